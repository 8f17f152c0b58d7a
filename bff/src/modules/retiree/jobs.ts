import { chinaDate } from '@renshe/shared/platform/china-time'
import { decidePayment, monthsToPay, payDateOf } from '@renshe/shared/retiree/payments'
import type { Tx } from '../../db/client'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { dispatchOutbound, type DispatchSummary } from '../../platform/outbox'
import { newId } from '../../platform/random'
import { evaluateAssistance } from './assistance-service'
import { cycleRulesOf, pensionerState } from './certification'
import { retireeLinks, tellPensioner } from './notices'
import {
  insertPayments,
  lastPaymentMonth,
  livingPensionersAfter,
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

const pageSize = 200

/**
 * The periodic work of the module, for every pension not stopped: the due-soon and overdue
 * notices (once per cycle each), the suspension once the grace period is over, the months whose
 * pay day has come (paid, or held while suspended), and the assistance rules once a day. Each
 * step is guarded by what it leaves behind, so running it twice in a day changes nothing the
 * second time. Then the queued subscribe messages go out.
 */
export async function runRetireeJobs(deps: Deps): Promise<RetireeJobSummary> {
  const counts: Counts = { dueSoonNotices: 0, overdueNotices: 0, suspended: 0, paid: 0, held: 0, offers: 0 }
  for (let after = '', page = livingPensionersAfter(deps.db, after, pageSize); page.length > 0; page = livingPensionersAfter(deps.db, after, pageSize)) {
    for (const candidate of page) {
      // One transaction per pensioner: a certification arriving meanwhile is seen, never overwritten.
      deps.db.transaction((tx) => {
        const row = pensionerForUpdate(tx, candidate.id)
        if (row && row.status !== 'stopped') runFor(tx, deps, row, counts)
      }, { behavior: 'immediate' })
    }
    after = page.at(-1)?.id ?? after
  }
  const outbound = await dispatchOutbound(deps)
  return { ...counts, outbound }
}

function runFor(tx: Tx, deps: Deps, row: PensionerRow, counts: Counts): void {
  const now = deps.clock.now()
  const today = chinaDate(now)
  const cycle = pensionerState(row, today, cycleRulesOf(deps))
  const userId = portalUserOfPensioner(deps.db, row)
  const system: Actor = { requestId: 'retiree-job', actorUserId: null, subjectUserId: userId, viaGrantId: null }
  const changes: PensionerChanges = {}

  if (cycle.state === 'due' && row.dueSoonNoticeFor !== cycle.dueDate) {
    changes.dueSoonNoticeFor = cycle.dueDate
    tellPensioner(tx, deps, now, userId, 'retiree.dueSoon', { dueDate: cycle.dueDate, daysLeft: cycle.daysLeft }, retireeLinks.certify)
    counts.dueSoonNotices += 1
  }
  if (cycle.state === 'overdue' && row.overdueNoticeFor !== cycle.dueDate) {
    changes.overdueNoticeFor = cycle.dueDate
    tellPensioner(tx, deps, now, userId, 'retiree.overdue', { dueDate: cycle.dueDate, suspendsOn: cycle.suspendsOn }, retireeLinks.certify)
    counts.overdueNotices += 1
  }
  const wasSuspended = row.status === 'suspended'
  if (cycle.state === 'suspended' && !wasSuspended) {
    changes.status = 'suspended'
    appendAudit(tx, now, system, { action: 'retiree.suspend', kind: 'write', objectType: 'pensioner', objectId: row.id })
    counts.suspended += 1
    // A certification rejected on review may suspend the same cycle again: one notice per cycle.
    if (row.suspendedNoticeFor !== cycle.dueDate) {
      changes.suspendedNoticeFor = cycle.dueDate
      tellPensioner(tx, deps, now, userId, 'retiree.suspended', { dueDate: cycle.dueDate }, retireeLinks.certify)
    }
  }

  // A month is held when its pay day fell on or after the day payments were to stop, even if
  // the job runs late and catches up several months at once.
  const heldFrom = wasSuspended ? '' : cycle.state === 'suspended' ? cycle.suspendsOn : null
  const payments: PaymentRow[] = monthsToPay(row.firstMonth, lastPaymentMonth(deps.db, row.id), today).map((month) => {
    const suspended = heldFrom !== null && payDateOf(month) >= heldFrom
    const status = decidePayment(month, { diedOn: row.diedOn, suspended })
    return { id: newId(deps.random), pensionerId: row.id, month, amountFen: row.monthlyFen, status, paidOn: status === 'paid' ? today : null, arrears: false }
  })
  insertPayments(tx, payments)
  if (payments.length > 0) appendAudit(tx, now, system, { action: 'retiree.pay', kind: 'write', objectType: 'pensioner', objectId: row.id })
  counts.paid += payments.filter((p) => p.status === 'paid').length
  counts.held += payments.filter((p) => p.status === 'held').length

  if (Object.keys(changes).length > 0) updatePensioner(tx, row.id, changes)
  const checkedToday = row.assistanceCheckedAt !== null && chinaDate(new Date(row.assistanceCheckedAt)) === today
  if (!checkedToday) counts.offers += evaluateAssistance(tx, deps, system, { ...row, ...changes }, now)
}
