import { maskIdNumber, maskName } from '@renshe/shared/identity/masking'
import type { CertificationRecord, Payment, PensionAccount } from '@renshe/shared/retiree/schemas'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { fail, ok, type Result } from '../../platform/problem'
import { certificationView, faceFailuresOf, faceFailuresBeforeVisit, todayOf } from './certification'
import { retireeLinks } from './notices'
import { insertTask } from './visits-repo'
import { newTaskRow } from './visits-service'
import {
  certificationsOf,
  gridStaffOf,
  heldTotalFen,
  outstandingTaskIn,
  pensionerById,
  pensionerOfUser,
  recentPayments,
  type PensionerRow,
} from './pensioners-repo'

/** The payment history an account shows: two years of months. */
export const paymentHistoryMonths = 24
const certificationHistory = 10

/** The pension account as its holder sees it: name and ID number masked, newest payments first. */
export function accountView(deps: Deps, row: PensionerRow): PensionAccount {
  const payments = recentPayments(deps.db, row.id, paymentHistoryMonths).map(
    (p): Payment => ({ month: p.month, amountFen: p.amountFen, status: p.status, paidOn: p.paidOn, arrears: p.arrears }),
  )
  const certifications = certificationsOf(deps.db, row.id, certificationHistory).map(
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
    certification: certificationView(deps, row, todayOf(deps)),
    heldFen: heldTotalFen(deps.db, row.id),
    payments,
    certifications,
  }
}

/**
 * The pension account of the caller, or of the pensioner a helper acts for under a
 * `retiree.assist` grant (the grant itself is checked before this runs). Someone who draws no
 * pension has none: 404. Every read is recorded.
 */
export function getAccount(deps: Deps, actor: Actor, subjectUserId: string): Result<PensionAccount> {
  const row = pensionerOfUser(deps.db, subjectUserId)
  if (!row) return fail('not_found')
  recordAudit(deps.db, deps.clock.now(), actor, { action: 'retiree.getAccount', kind: 'read', objectType: 'pensioner', objectId: row.id })
  return ok(accountView(deps, row))
}

/**
 * Asks the grid staff member of the pensioner's grid to come and certify at home. One request
 * makes one task: while one is outstanding, asking again returns the account unchanged.
 */
export function requestHomeVisit(deps: Deps, actor: Actor, subjectUserId: string): Result<PensionAccount> {
  const row = pensionerOfUser(deps.db, subjectUserId)
  if (!row) return fail('not_found')
  if (row.status === 'stopped') return fail('conflict')
  const now = deps.clock.now()
  const reason = faceFailuresOf(row) >= faceFailuresBeforeVisit ? 'face_failed' : 'requested'
  deps.db.transaction(
    (tx) => {
      if (outstandingTaskIn(tx, row.id)) return
      const staffUserId = gridStaffOf(tx, row.gridCode)
      const task = newTaskRow(deps, row, { staffUserId, reason, createdByUserId: actor.actorUserId, grantId: actor.viaGrantId })
      insertTask(tx, task)
      const id = task.id
      appendAudit(tx, now, actor, { action: 'retiree.requestHomeVisit', kind: 'write', objectType: 'visit_task', objectId: id })
      if (staffUserId) notify(tx, deps.random, now, { userId: staffUserId, template: 'retiree.visitAssigned', params: { reason }, link: retireeLinks.visit(id) })
    },
    { behavior: 'immediate' },
  )
  const fresh = pensionerById(deps.db, row.id)
  return fresh ? ok(accountView(deps, fresh)) : fail('not_found')
}
