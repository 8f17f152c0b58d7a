import { chinaDate } from '@renshe/shared/platform/china-time'
import { cycleOn, cycleStartAfter, type CycleRules, type CycleView } from '@renshe/shared/retiree/cycle'
import { arrearsOf, type Sum } from '@renshe/shared/retiree/payments'
import type { Certification, CertificationMethod, PartnerKind } from '@renshe/shared/retiree/schemas'
import type { Query, Tx } from '../../db/database'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { completeInboxAction, inboxTaskDone } from '../../platform/notify'
import { newId } from '../../platform/random'
import { evaluateAssistance } from './assistance-service'
import type { AuditTrail } from './audit-trail'
import { tellPensioner } from './notices'
import {
  certificationById,
  endOutstandingTasks,
  heldPayments,
  insertCertification,
  lastCountingCertification,
  outstandingTaskOf,
  payHeldMonths,
  pensionerForUpdate,
  portalUserOfPensioner,
  rejectCertification,
  updatePensioner,
  type PensionerChanges,
  type PensionerRow,
} from './pensioners-repo'

/** Failed face checks in one cycle after which a grid staff member is offered instead. */
export const faceFailuresBeforeVisit = 3

/** Today in China: cycles, pay days and deaths are dates there. */
export function todayOf(deps: Pick<Deps, 'clock'>): string {
  return chinaDate(deps.clock.now())
}

export function cycleRulesOf(deps: Pick<Deps, 'config'>): CycleRules {
  const { cycleMonths, dueSoonDays, graceDays } = deps.config.retiree
  return { cycleMonths, dueSoonDays, graceDays }
}

/** Where a pensioner's certification stands on `today`: state, due date, days left, suspension day. */
export function pensionerState(row: Pick<PensionerRow, 'cycleStart' | 'diedOn' | 'status'>, today: string, rules: CycleRules): CycleView {
  return cycleOn(today, { cycleStart: row.cycleStart, diedOn: row.diedOn, suspended: row.status === 'suspended' }, rules)
}

/** Failed face checks that count: only those of the current cycle. */
export function faceFailuresOf(row: Pick<PensionerRow, 'faceFailures' | 'faceFailuresFor' | 'cycleStart'>): number {
  return row.faceFailuresFor === row.cycleStart ? row.faceFailures : 0
}

/** The certification of one pensioner as both the pensioner and the staff see it today. */
export async function certificationView(q: Query, deps: Pick<Deps, 'config'>, row: PensionerRow, today: string): Promise<Certification> {
  const cycle = pensionerState(row, today, cycleRulesOf(deps))
  const last = await lastCountingCertification(q, row.id)
  const faceFailures = faceFailuresOf(row)
  return {
    state: cycle.state,
    cycleStart: row.cycleStart,
    dueDate: cycle.dueDate,
    daysLeft: cycle.daysLeft,
    suspendsOn: cycle.suspendsOn,
    lastCertifiedOn: last?.certifiedOn ?? null,
    lastMethod: last?.method ?? null,
    lastSource: last?.source ?? null,
    faceFailures,
    homeVisitOffered: faceFailures >= faceFailuresBeforeVisit,
    homeVisitPending: row.status !== 'stopped' && (await outstandingTaskOf(q, row.id)) !== undefined,
  }
}

export interface CertifyInput {
  readonly pensionerId: string
  /** China date the pensioner was seen alive. */
  readonly certifiedOn: string
  readonly method: CertificationMethod
  /** For a partner signal: the kind of partner that sent it. */
  readonly source: PartnerKind | null
  readonly signalId: string | null
  /** For a home visit: the task it was done on (the caller records the visit on it). */
  readonly taskId: string | null
  /** `pending` for a home visit an officer has still to review; it counts meanwhile. */
  readonly review: 'none' | 'pending'
}

export interface Certified {
  readonly certificationId: string
  /** Set when the pension was suspended: the held months now paid. */
  readonly resumed: Sum | null
}

/**
 * The one place a pensioner is certified, whichever way: inside the caller's transaction, it
 * records the certification, moves the cycle (`cycleStartAfter`: never backwards), clears the
 * cycle's failed face checks, resumes a suspended pension (held months paid today as arrears,
 * unless a death record is being checked: then they wait for the officer's decision),
 * tells the pensioner, notes its audit rows on `audit` (appended when the caller's work ends),
 * and looks again at which assistance they qualify for. The pensioner is locked first.
 *
 * Visit tasks: a certification ends every outstanding task of the pensioner (open, or reopened
 * after a rejected visit) except `taskId`, which the caller records itself. The ended tasks are
 * marked `approved` with this certification and no visit: nothing left to do and nothing to
 * review, so they leave the worker's list and the officer's review list alike.
 *
 * The caller must not certify a pensioner whose pension has stopped (a death was recorded).
 */
export async function certify(tx: Tx, audit: AuditTrail, deps: Deps, actor: Actor, input: CertifyInput): Promise<Certified> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = chinaDate(now)
  const row = await pensionerForUpdate(tx, input.pensionerId)
  if (!row) throw new Error(`No pensioner ${input.pensionerId}`)
  if (row.status === 'stopped') throw new Error(`Pensioner ${row.id} has died: nothing to certify`)

  const certificationId = newId(deps.random)
  await insertCertification(tx, {
    id: certificationId,
    pensionerId: row.id,
    certifiedOn: input.certifiedOn,
    method: input.method,
    source: input.source,
    signalId: input.signalId,
    taskId: input.taskId,
    review: input.review,
    actorUserId: actor.actorUserId,
    createdAt: at,
  })
  audit.add(now, actor, { action: 'retiree.certify', kind: 'write', objectType: 'pension_certification', objectId: certificationId })

  const cycleStart = cycleStartAfter(row.cycleStart, input.certifiedOn)
  const changes: PensionerChanges = { cycleStart, faceFailures: 0, faceFailuresFor: cycleStart }
  let resumed: Sum | null = null
  if (row.status === 'suspended') {
    changes.status = 'active'
    // While a death record is checked, payments stay held: they are paid if it is found wrong.
    if (row.deathHoldId === null) {
      resumed = arrearsOf(await heldPayments(tx, row.id), row.diedOn)
      await payHeldMonths(tx, row.id, resumed.months, today)
    }
    audit.add(now, actor, { action: 'retiree.resume', kind: 'write', objectType: 'pensioner', objectId: row.id })
  }
  await updatePensioner(tx, row.id, changes)
  const updated: PensionerRow = { ...row, ...changes }
  await endOutstandingTasks(tx, row.id, input.taskId, certificationId, at)

  const userId = await portalUserOfPensioner(tx, row)
  // The reminders to certify, and the grid staff's requests to visit, are done with.
  if (userId !== null && (await completeInboxAction(tx, { userId, kind: 'certify', targetId: row.id, at }))) audit.add(now, actor, inboxTaskDone('certify', row.id))
  if (await completeInboxAction(tx, { kind: 'home_visit', targetId: row.id, at })) audit.add(now, actor, inboxTaskDone('home_visit', row.id))
  const next = pensionerState(updated, today, cycleRulesOf(deps))
  await tellPensioner(tx, deps, now, userId, 'retiree.certified', {
    method: input.method,
    ...(input.source ? { source: input.source } : {}),
    certifiedOn: input.certifiedOn,
    nextDueDate: next.dueDate,
  })
  const [firstMonth] = resumed?.months ?? []
  const lastMonth = resumed?.months.at(-1)
  if (resumed && firstMonth && lastMonth) {
    await tellPensioner(tx, deps, now, userId, 'retiree.resumed', { months: resumed.months.length, fromMonth: firstMonth, toMonth: lastMonth, amountFen: resumed.amountFen })
  }
  await evaluateAssistance(tx, audit, deps, actor, updated, now)
  return { certificationId, resumed }
}

/**
 * A certification an officer rejected on review: it no longer counts. The cycle starts again
 * from the latest certification that does (or the first day of the pension), so the pensioner
 * may be due, overdue or, at the next run of the jobs, suspended again.
 */
export async function revokeCertification(tx: Tx, audit: AuditTrail, deps: Deps, actor: Actor, certificationId: string): Promise<void> {
  const certification = await certificationById(tx, certificationId)
  if (!certification) throw new Error(`No certification ${certificationId}`)
  // The pensioner first, as every write about them does; then the review, rejected only once.
  const row = await pensionerForUpdate(tx, certification.pensionerId)
  if (!row) throw new Error(`No pensioner ${certification.pensionerId}`)
  if (!(await rejectCertification(tx, certificationId))) return
  const cycleStart = (await lastCountingCertification(tx, row.id))?.certifiedOn ?? `${row.firstMonth}-01`
  await updatePensioner(tx, row.id, { cycleStart })
  audit.add(deps.clock.now(), actor, { action: 'retiree.revokeCertification', kind: 'write', objectType: 'pension_certification', objectId: certificationId })
}
