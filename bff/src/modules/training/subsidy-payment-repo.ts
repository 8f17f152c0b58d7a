import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { realNames, trainingSubsidies, users } from '../../db/schema'
import type { SubsidyRow } from './subsidy-repo'

/*
 * The payment columns of a subsidy (decision 063). Every change is one conditional update on
 * where the payment stands, so two runs, the scheduled job, the holder's check and a channel
 * notification arriving together change it once.
 */

/**
 * Gives an approved subsidy a payment under a new number: only while it has none, or while its
 * last one failed under `failedOutBillNo`. Of two runs at once, one assigns the number and the
 * other finds the payment on its way. Undefined when it was not (the caller reads it again).
 */
export async function startPaymentRow(
  tx: Tx,
  id: string,
  failedOutBillNo: string | null,
  change: Pick<SubsidyRow, 'outBillNo' | 'paymentChannel' | 'paymentSentAt'>,
): Promise<SubsidyRow | undefined> {
  const s = trainingSubsidies
  const unpaid = failedOutBillNo === null ? isNull(s.paymentStatus) : and(eq(s.paymentStatus, 'failed'), eq(s.outBillNo, failedOutBillNo))
  const [row] = await tx
    .update(s)
    .set({ ...change, paymentStatus: 'pending', paymentFailure: null, transferBillNo: null, payoutPackage: null })
    .where(and(eq(s.id, id), eq(s.status, 'approved'), unpaid))
    .returning()
  return row
}

/** Ends a payment once, only while it is on its way: paid (and the subsidy with it) or failed. */
export async function endPaymentRow(
  tx: Tx,
  id: string,
  change: Pick<SubsidyRow, 'status' | 'paymentStatus' | 'paymentFailure' | 'transferBillNo' | 'paidAt'>,
): Promise<SubsidyRow | undefined> {
  const [row] = await tx
    .update(trainingSubsidies)
    .set({ ...change, payoutPackage: null })
    .where(and(eq(trainingSubsidies.id, id), eq(trainingSubsidies.paymentStatus, 'pending')))
    .returning()
  return row
}

/** Keeps what the holder confirms a waiting transfer with, only while the payment is on its way. */
export async function keepPayoutPackageRow(tx: Tx, id: string, payoutPackage: string): Promise<SubsidyRow | undefined> {
  const [row] = await tx
    .update(trainingSubsidies)
    .set({ payoutPackage })
    .where(and(eq(trainingSubsidies.id, id), eq(trainingSubsidies.paymentStatus, 'pending')))
    .returning()
  return row
}

/** The subsidy whose payment the channel knows by this number. */
export async function subsidyByOutBillNo(q: Query, outBillNo: string): Promise<SubsidyRow | undefined> {
  const [row] = await q.select().from(trainingSubsidies).where(eq(trainingSubsidies.outBillNo, outBillNo))
  return row
}

/** Payments still on their way, the longest waiting first: what the scheduled job asks after. */
export function paymentsOnTheirWay(q: Query, limit: number): Promise<SubsidyRow[]> {
  return q
    .select()
    .from(trainingSubsidies)
    .where(eq(trainingSubsidies.paymentStatus, 'pending'))
    .orderBy(asc(trainingSubsidies.paymentSentAt), asc(trainingSubsidies.id))
    .limit(limit)
}

/** What paying a holder to her WeChat balance needs: her openid and real name, both sealed. */
export async function holderPayeeOf(q: Query, holderUserId: string): Promise<{ openidEnc: string | null; nameEnc: string | null }> {
  const [row] = await q
    .select({ openidEnc: users.wechatOpenidEnc, nameEnc: realNames.nameEnc })
    .from(users)
    .leftJoin(realNames, eq(realNames.userId, users.id))
    .where(eq(users.id, holderUserId))
  return { openidEnc: row?.openidEnc ?? null, nameEnc: row?.nameEnc ?? null }
}
