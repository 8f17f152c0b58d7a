import { maskIdNumber, maskName } from '@renshe/shared/identity/masking'
import type { CertificationRecord, Payment, PensionAccount } from '@renshe/shared/retiree/schemas'
import type { Query } from '../../db/database'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { fail, ok, type Result } from '../../platform/problem'
import { auditLast } from './audit-trail'
import { certificationView, faceFailuresOf, faceFailuresBeforeVisit, todayOf } from './certification'
import { retireeLinks } from './notices'
import { insertTask } from './visits-repo'
import { newTaskRow } from './visits-service'
import {
  certificationsOf,
  gridStaffOf,
  heldTotalFen,
  outstandingTaskOf,
  pensionerById,
  pensionerForUpdate,
  pensionerOfUser,
  recentPayments,
  type PensionerRow,
} from './pensioners-repo'

/** The payment history an account shows: two years of months. */
export const paymentHistoryMonths = 24
const certificationHistory = 10

/** The pension account as its holder sees it: name and ID number masked, newest payments first. */
export async function accountView(q: Query, deps: Deps, row: PensionerRow): Promise<PensionAccount> {
  const payments = (await recentPayments(q, row.id, paymentHistoryMonths)).map(
    (p): Payment => ({ month: p.month, amountFen: p.amountFen, status: p.status, paidOn: p.paidOn, arrears: p.arrears }),
  )
  const certifications = (await certificationsOf(q, row.id, certificationHistory)).map(
    (c): CertificationRecord => ({ certifiedOn: c.certifiedOn, method: c.method, source: c.source, review: c.review }),
  )
  return {
    maskedName: maskName(deps.sealer.open(row.nameEnc)),
    maskedIdNumber: maskIdNumber(deps.sealer.open(row.idNumberEnc)),
    regionCode: row.regionCode,
    status: row.status,
    monthlyFen: row.monthlyFen,
    firstMonth: row.firstMonth,
    diedOn: row.diedOn,
    certification: await certificationView(q, deps, row, todayOf(deps)),
    heldFen: await heldTotalFen(q, row.id),
    deathRecordUnderReview: row.deathHoldId !== null,
    payments,
    certifications,
  }
}

/**
 * The pension account of the caller, or of the pensioner a helper acts for under a
 * `retiree.assist` grant (the grant itself is checked before this runs). Someone who draws no
 * pension has none: 404. Every read is recorded.
 */
export async function getAccount(deps: Deps, actor: Actor, subjectUserId: string): Promise<Result<PensionAccount>> {
  const found = await deps.db.read(async (q) => {
    const row = await pensionerOfUser(q, subjectUserId)
    return row ? { row, view: await accountView(q, deps, row) } : null
  })
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), actor, { action: 'retiree.getAccount', kind: 'read', objectType: 'pensioner', objectId: found.row.id })
  return ok(found.view)
}

/**
 * Asks the grid staff member of the pensioner's grid to come and certify at home. One request
 * makes one task: while one is outstanding, asking again returns the account unchanged.
 */
export async function requestHomeVisit(deps: Deps, actor: Actor, subjectUserId: string): Promise<Result<PensionAccount>> {
  const row = await deps.db.read((q) => pensionerOfUser(q, subjectUserId))
  if (!row) return fail('not_found')
  const now = deps.clock.now()
  const asked = await deps.db.transaction((tx) =>
    auditLast(tx, async (audit) => {
      // The pensioner locked: two requests at once (two taps, two instances) make one task.
      const current = await pensionerForUpdate(tx, row.id)
      if (!current) return fail('not_found')
      if (current.status === 'stopped') return fail('conflict')
      if (await outstandingTaskOf(tx, current.id)) return ok(null)
      const reason = faceFailuresOf(current) >= faceFailuresBeforeVisit ? 'face_failed' : 'requested'
      const staffUserId = await gridStaffOf(tx, current.gridCode)
      const task = newTaskRow(deps, current, { staffUserId, reason, createdByUserId: actor.actorUserId, grantId: actor.viaGrantId })
      await insertTask(tx, task)
      if (staffUserId) await notify(tx, deps.random, now, { userId: staffUserId, template: 'retiree.visitAssigned', params: { reason }, link: retireeLinks.visit(task.id), action: { kind: 'home_visit', targetId: current.id } })
      audit.add(now, actor, { action: 'retiree.requestHomeVisit', kind: 'write', objectType: 'visit_task', objectId: task.id })
      return ok(null)
    }),
  )
  if (!asked.ok) return asked
  const view = await deps.db.read(async (q) => {
    const fresh = await pensionerById(q, row.id)
    return fresh ? accountView(q, deps, fresh) : null
  })
  return view ? ok(view) : fail('not_found')
}
