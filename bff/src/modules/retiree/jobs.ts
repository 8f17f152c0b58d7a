import { chinaDate } from '@renshe/shared/platform/china-time'
import { decidePayment, monthsToPay, payDateOf } from '@renshe/shared/retiree/payments'
import type { Tx } from '../../db/database'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { forEachIdPage } from '../../platform/paging'
import { orderCardPayment, type LedgerAct } from '../../platform/card-money'
import { dispatchOutbound, type DispatchSummary } from '../../platform/outbox'
import { newId } from '../../platform/random'
import { confirmedOfferOf } from './assistance-repo'
import { evaluateAssistance } from './assistance-service'
import { auditLast, type AuditTrail } from './audit-trail'
import { cycleRulesOf, pensionerState } from './certification'
import { retireeLinks, tellPensioner } from './notices'
import {
  insertPaymentsOnce,
  lastPaymentMonth,
  livingPensionerIdsAfter,
  pensionerForUpdate,
  portalUserOfPensioner,
  updatePensioner,
  type PaymentRow,
  type PensionerChanges,
  type PensionerRow,
} from './pensioners-repo'

export interface RetireeJobSummary {
  readonly dueSoonNotices: number
  readonly overdueNotices: number
  readonly suspended: number
  readonly paid: number
  readonly held: number
  readonly offers: number
  readonly outbound: DispatchSummary
}

interface Counts {
  dueSoonNotices: number
  overdueNotices: number
  suspended: number
  paid: number
  held: number
  offers: number
}

const noCounts = (): Counts => ({ dueSoonNotices: 0, overdueNotices: 0, suspended: 0, paid: 0, held: 0, offers: 0 })

const pageSize = 200

/**
 * The periodic work of the module, for every pension not stopped (nor held while a death record
 * is checked: see `holdFor`): the due-soon and overdue
 * notices (once per cycle each), the suspension once the grace period is over, the months whose
 * pay day has come (paid, or held while suspended), and the assistance rules once a day. Each
 * step is guarded by what it leaves behind, written in the same transaction, so running it
 * again (the same day, or from the start after a run killed part-way, on another instance)
 * changes nothing the second time: no notice twice, no month paid twice. Then the queued
 * subscribe messages go out, each claimed before it is sent.
 */
export async function runRetireeJobs(deps: Deps): Promise<RetireeJobSummary> {
  const counts = noCounts()
  await forEachIdPage(
    pageSize,
    (after) => deps.db.read((q) => livingPensionerIdsAfter(q, after, pageSize)),
    async (ids) => {
      for (const id of ids) {
        // One transaction per pensioner, the pensioner locked: a certification arriving meanwhile
        // is seen, never overwritten, and two runs at once take turns.
        const done = await deps.db.transaction((tx) =>
          auditLast(tx, async (audit) => {
            const row = await pensionerForUpdate(tx, id)
            return row && row.status !== 'stopped' ? runFor(tx, audit, deps, row) : noCounts()
          }),
        )
        // Counted once committed: a transaction run again (a lost deadlock) counts once.
        for (const key of Object.keys(counts) as (keyof Counts)[]) counts[key] += done[key]
      }
    },
  )
  const outbound = await dispatchOutbound(deps)
  return { ...counts, outbound }
}

async function runFor(tx: Tx, audit: AuditTrail, deps: Deps, row: PensionerRow): Promise<Counts> {
  const counts = noCounts()
  const now = deps.clock.now()
  const today = chinaDate(now)
  const cycle = pensionerState(row, today, cycleRulesOf(deps))
  const userId = await portalUserOfPensioner(tx, row)
  const system: Actor = { requestId: 'retiree-job', actorUserId: null, subjectUserId: userId, viaGrantId: null }
  const changes: PensionerChanges = {}
  if (row.deathHoldId !== null) return holdFor(tx, audit, deps, system, row)
  // Each reminder asks for the certification, and is done with once it is given.
  const certifyTask = { kind: 'certify', targetId: row.id } as const

  if (cycle.state === 'due' && row.dueSoonNoticeFor !== cycle.dueDate) {
    changes.dueSoonNoticeFor = cycle.dueDate
    await tellPensioner(tx, deps, now, userId, 'retiree.dueSoon', { dueDate: cycle.dueDate, daysLeft: cycle.daysLeft }, retireeLinks.certify, certifyTask)
    counts.dueSoonNotices += 1
  }
  if (cycle.state === 'overdue' && row.overdueNoticeFor !== cycle.dueDate) {
    changes.overdueNoticeFor = cycle.dueDate
    await tellPensioner(tx, deps, now, userId, 'retiree.overdue', { dueDate: cycle.dueDate, suspendsOn: cycle.suspendsOn }, retireeLinks.certify, certifyTask)
    counts.overdueNotices += 1
  }
  const wasSuspended = row.status === 'suspended'
  if (cycle.state === 'suspended' && !wasSuspended) {
    changes.status = 'suspended'
    audit.add(now, system, { action: 'retiree.suspend', kind: 'write', objectType: 'pensioner', objectId: row.id })
    counts.suspended += 1
    // A certification rejected on review may suspend the same cycle again: one notice per cycle.
    if (row.suspendedNoticeFor !== cycle.dueDate) {
      changes.suspendedNoticeFor = cycle.dueDate
      await tellPensioner(tx, deps, now, userId, 'retiree.suspended', { dueDate: cycle.dueDate }, retireeLinks.certify, certifyTask)
    }
  }

  // A month is held when its pay day fell on or after the day payments were to stop, even if
  // the job runs late and catches up several months at once.
  const heldFrom = wasSuspended ? '' : cycle.state === 'suspended' ? cycle.suspendsOn : null
  const payments: PaymentRow[] = monthsToPay(row.firstMonth, await lastPaymentMonth(tx, row.id), today).map((month) => {
    const suspended = heldFrom !== null && payDateOf(month) >= heldFrom
    const status = decidePayment(month, { diedOn: row.diedOn, suspended })
    return { id: newId(deps.random), pensionerId: row.id, month, amountFen: row.monthlyFen, status, paidOn: status === 'paid' ? today : null, arrears: false }
  })
  const inserted = await insertPaymentsOnce(tx, payments)
  if (inserted.length > 0) audit.add(now, system, { action: 'retiree.pay', kind: 'write', objectType: 'pensioner', objectId: row.id })
  counts.paid += inserted.filter((p) => p.status === 'paid').length
  counts.held += inserted.filter((p) => p.status === 'held').length
  await orderAllowances(tx, { actor: system, audit }, deps, now, row, userId, inserted)

  if (Object.keys(changes).length > 0) await updatePensioner(tx, row.id, changes)
  const checkedToday = row.assistanceCheckedAt !== null && chinaDate(new Date(row.assistanceCheckedAt)) === today
  if (!checkedToday) counts.offers += await evaluateAssistance(tx, audit, deps, system, { ...row, ...changes }, now)
  return counts
}

/**
 * The longevity allowance of a confirmed offer onto the card (decision 068), with each month's
 * pension paid, for the months whose pay day came after the confirmation (no back pay). Ordered
 * once per offer and month, whatever runs again. A pensioner with no portal account has no card
 * here: the office pays her allowance as before.
 */
async function orderAllowances(tx: Tx, act: LedgerAct, deps: Deps, now: Date, row: PensionerRow, userId: string | null, inserted: readonly Pick<PaymentRow, 'month' | 'status'>[]): Promise<void> {
  const paid = inserted.filter((p) => p.status === 'paid')
  if (userId === null || paid.length === 0) return
  const offer = await confirmedOfferOf(tx, row.id, 'longevity_allowance')
  if (!offer || offer.amountFen === null || offer.confirmedAt === null) return
  const confirmedOn = chinaDate(new Date(offer.confirmedAt))
  for (const { month } of paid) {
    if (confirmedOn > payDateOf(month)) continue
    const order = { holderUserId: userId, source: 'longevity_allowance', sourceRef: `${offer.id}:${month}`, period: month, amountFen: offer.amountFen, regionCode: row.regionCode } as const
    await orderCardPayment(tx, deps, now, order, act)
  }
}

/**
 * A pension held while a death record is checked: each month whose pay day comes is held, and
 * nothing else happens: no reminder, suspension or offer goes to someone who may have died.
 */
async function holdFor(tx: Tx, audit: AuditTrail, deps: Deps, system: Actor, row: PensionerRow): Promise<Counts> {
  const counts = noCounts()
  const now = deps.clock.now()
  const today = chinaDate(now)
  const payments: PaymentRow[] = monthsToPay(row.firstMonth, await lastPaymentMonth(tx, row.id), today).map((month) => ({
    id: newId(deps.random),
    pensionerId: row.id,
    month,
    amountFen: row.monthlyFen,
    status: decidePayment(month, { diedOn: row.diedOn, suspended: true }),
    paidOn: null,
    arrears: false,
  }))
  const inserted = await insertPaymentsOnce(tx, payments)
  if (inserted.length > 0) audit.add(now, system, { action: 'retiree.pay', kind: 'write', objectType: 'pensioner', objectId: row.id })
  counts.held += inserted.filter((p) => p.status === 'held').length
  return counts
}
