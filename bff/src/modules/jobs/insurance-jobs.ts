import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { expiredPendingPayments, refundsOnTheirWay } from './insurance-repo'
import { askRefund, closeExpiredPayment, paymentOrderExpiryMs, recordRefund } from './insurance-service'

/*
 * The scheduled work of a flexible worker's payments (decision 051): orders past their expiry
 * are closed with the channel, and refunds on their way are followed to their end. It runs
 * under the job runner's lease (one instance at a time), and every step is safe to repeat: a
 * run killed part-way, or a worker's own start closing the same order at the same moment,
 * changes a row only once.
 */

/** The scheduled job's name in `job_runs` and in logs. */
export const insurancePaymentsJob = 'jobs-insurance-payments'

/** How many payments (and how many refunds) one run looks at; the rest wait for the next run. */
const rowsPerRun = 100

/** The channel, not a person, ends these: the audit names no actor, only the worker. */
function systemActor(userId: string, paymentId: string): Actor {
  return { requestId: `${insurancePaymentsJob}-${paymentId}`, actorUserId: null, subjectUserId: userId, viaGrantId: null }
}

export interface InsurancePaymentsRun {
  /** Pending payments past their expiry that ended this run (closed, or paid after all). */
  readonly ended: number
  /** Refunds that ended this run (refunded, or left for an officer). */
  readonly refundsEnded: number
}

export async function followFlexiblePayments(deps: Deps): Promise<InsurancePaymentsRun> {
  const now = deps.clock.now()
  const startedBefore = new Date(now.getTime() - paymentOrderExpiryMs).toISOString()
  const expired = await deps.db.read((q) => expiredPendingPayments(q, now.toISOString(), startedBefore, rowsPerRun))
  let ended = 0
  for (const row of expired) {
    const after = await closeExpiredPayment(deps, systemActor(row.userId, row.id), row, now)
    if (after.status !== 'pending') ended += 1
  }
  const refunds = await deps.db.read((q) => refundsOnTheirWay(q, rowsPerRun))
  let refundsEnded = 0
  for (const row of refunds) {
    if (row.outRefundNo === null) continue
    const actor = systemActor(row.userId, row.id)
    const known = await deps.payments.queryRefund(row.outRefundNo)
    // Never received (the first ask did not arrive): asked again under the same number, so it is refunded once.
    const after = !known.ok && known.error === 'not_found' ? await askRefund(deps, actor, row, now) : await recordRefund(deps, actor, row, known, now)
    if (after.refundStatus !== 'processing') refundsEnded += 1
  }
  return { ended, refundsEnded }
}
