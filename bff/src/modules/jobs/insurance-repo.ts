import { and, asc, desc, eq, inArray, isNull, lte, or } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import { contributions, flexibleEnrolments, flexiblePayments, insuredPersons, realNames, users } from '../../db/schema'

export type FlexibleEnrolmentRow = typeof flexibleEnrolments.$inferSelect
export type FlexiblePaymentRow = typeof flexiblePayments.$inferSelect

/** How many of a worker's payments a page shows: more than four years of monthly payments. */
export const paymentsShown = 60

/** The register entry an account's real name leads to; undefined without a real name or an entry. */
export async function registeredPersonOf(q: Query, userId: string): Promise<{ personId: string; regionCode: string } | undefined> {
  const [row] = await q
    .select({ personId: insuredPersons.id, regionCode: insuredPersons.regionCode })
    .from(realNames)
    .innerJoin(insuredPersons, eq(insuredPersons.idNumberIndex, realNames.idNumberIndex))
    .where(eq(realNames.userId, userId))
  return row
}

/** The sealed openid WeChat Pay names the payer by; null for an account that never logged in through WeChat. */
export async function wechatOpenidEncOf(q: Query, userId: string): Promise<string | null> {
  const [row] = await q.select({ openidEnc: users.wechatOpenidEnc }).from(users).where(eq(users.id, userId))
  return row?.openidEnc ?? null
}

export async function enrolmentOf(q: Query, userId: string): Promise<FlexibleEnrolmentRow | undefined> {
  const [row] = await q.select().from(flexibleEnrolments).where(eq(flexibleEnrolments.userId, userId))
  return row
}

/** Enrols, or changes what the worker chose; the first enrolment's time and month stay. */
export async function saveEnrolment(tx: Tx, row: FlexibleEnrolmentRow): Promise<FlexibleEnrolmentRow> {
  const { baseFen, period, medical, updatedAt } = row
  const [saved] = await tx
    .insert(flexibleEnrolments)
    .values(row)
    .onConflictDoUpdate({ target: flexibleEnrolments.userId, set: { baseFen, period, medical, updatedAt } })
    .returning()
  if (!saved) throw new Error('saving an enrolment returned no row')
  return saved
}

/** A worker's payments, newest first. */
export function paymentsOf(q: Query, userId: string): Promise<FlexiblePaymentRow[]> {
  return q
    .select()
    .from(flexiblePayments)
    .where(eq(flexiblePayments.userId, userId))
    .orderBy(desc(flexiblePayments.createdAt), desc(flexiblePayments.id))
    .limit(paymentsShown)
}

/** The payments that hold months of a person (pending or paid), locked against a second start. */
export function holdingPaymentsOf(tx: Tx, personId: string): Promise<FlexiblePaymentRow[]> {
  return forUpdate(
    tx
      .select()
      .from(flexiblePayments)
      .where(and(eq(flexiblePayments.personId, personId), eq(flexiblePayments.holdsMonths, true)))
      .orderBy(desc(flexiblePayments.firstMonth)),
  )
}

/** Months of `months` that already have a pension contribution of the person, from any payer. */
export async function pensionMonthsPaid(q: Query, personId: string, months: readonly string[]): Promise<Set<string>> {
  if (months.length === 0) return new Set()
  const rows = await q
    .select({ month: contributions.month })
    .from(contributions)
    .where(and(eq(contributions.personId, personId), eq(contributions.type, 'pension'), inArray(contributions.month, [...months])))
  return new Set(rows.map((row) => row.month))
}

export async function insertPayment(tx: Tx, row: FlexiblePaymentRow): Promise<void> {
  await tx.insert(flexiblePayments).values(row)
}

export async function paymentById(q: Query, id: string): Promise<FlexiblePaymentRow | undefined> {
  const [row] = await q.select().from(flexiblePayments).where(eq(flexiblePayments.id, id))
  return row
}

export async function paymentByOutTradeNo(q: Query, outTradeNo: string): Promise<FlexiblePaymentRow | undefined> {
  const [row] = await q.select().from(flexiblePayments).where(eq(flexiblePayments.outTradeNo, outTradeNo))
  return row
}

/**
 * Moves a payment out of pending, only while it is pending: of a notification and a query
 * arriving together, the second finds nothing to change. Undefined when nothing changed.
 */
export async function settlePaymentRow(
  tx: Tx,
  id: string,
  change: Pick<FlexiblePaymentRow, 'status' | 'transactionId' | 'paidAt' | 'holdsMonths' | 'updatedAt'>,
): Promise<FlexiblePaymentRow | undefined> {
  const [row] = await tx
    .update(flexiblePayments)
    .set(change)
    .where(and(eq(flexiblePayments.id, id), eq(flexiblePayments.status, 'pending')))
    .returning()
  return row
}

/** The paid months, as the contribution record keeps every month: one pension row each, paid by the worker. */
export async function insertFlexibleContributions(tx: Tx, rows: (typeof contributions.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return
  await tx.insert(contributions).values(rows)
}

/**
 * Pending payments whose order can no longer be paid: past their expiry, or — started before
 * orders had one — made before `startedBefore`. Oldest first, at most `limit`.
 */
export function expiredPendingPayments(q: Query, now: string, startedBefore: string, limit: number): Promise<FlexiblePaymentRow[]> {
  return q
    .select()
    .from(flexiblePayments)
    .where(
      and(
        eq(flexiblePayments.status, 'pending'),
        or(lte(flexiblePayments.expiresAt, now), and(isNull(flexiblePayments.expiresAt), lte(flexiblePayments.createdAt, startedBefore))),
      ),
    )
    .orderBy(asc(flexiblePayments.createdAt), asc(flexiblePayments.id))
    .limit(limit)
}

/**
 * Claims the refund of money received for a payment closed or failed here, once: the first
 * caller sets its number and `processing`; any later one (a repeated notification, a second
 * instance) finds it claimed and changes nothing. Undefined when nothing changed.
 */
export async function claimRefundRow(
  tx: Tx,
  id: string,
  change: Pick<FlexiblePaymentRow, 'outRefundNo' | 'transactionId' | 'updatedAt'>,
): Promise<FlexiblePaymentRow | undefined> {
  const [row] = await tx
    .update(flexiblePayments)
    .set({ ...change, refundStatus: 'processing' })
    .where(and(eq(flexiblePayments.id, id), inArray(flexiblePayments.status, ['closed', 'failed']), isNull(flexiblePayments.outRefundNo)))
    .returning()
  return row
}

/** Ends a refund on its way, only while it is on its way; undefined when nothing changed. */
export async function endRefundRow(
  tx: Tx,
  id: string,
  change: Pick<FlexiblePaymentRow, 'refundStatus' | 'refundId' | 'refundedAt' | 'updatedAt'>,
): Promise<FlexiblePaymentRow | undefined> {
  const [row] = await tx
    .update(flexiblePayments)
    .set(change)
    .where(and(eq(flexiblePayments.id, id), eq(flexiblePayments.refundStatus, 'processing')))
    .returning()
  return row
}

/** Refunds the channel has not finished yet, oldest first, at most `limit`. */
export function refundsOnTheirWay(q: Query, limit: number): Promise<FlexiblePaymentRow[]> {
  return q
    .select()
    .from(flexiblePayments)
    .where(eq(flexiblePayments.refundStatus, 'processing'))
    .orderBy(asc(flexiblePayments.updatedAt), asc(flexiblePayments.id))
    .limit(limit)
}
