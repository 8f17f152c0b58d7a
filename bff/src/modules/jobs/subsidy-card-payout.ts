import type { Query, Tx } from '../../db/database'
import { cardPaymentOf, orderCardPayment, type LedgerAct, type LedgerDeps } from '../../platform/card-money'
import { cardSourceRef, type SubsidyApplicationRow } from './subsidy-repo'

/*
 * A subsidy paid onto the worker's citizen card instead of her WeChat balance (decision 068): the
 * approval orders it in the ledger of money onto cards, in the transaction that gives the payout
 * its number, and the ledger's payment is then asked where it stands as a channel's transfer is.
 * The bank's confirmation, not the portal, ends it.
 */

/**
 * Orders the approved amount onto her card: queued to the bank of her working card, or held while
 * it is stopped (lost, being replaced) or she has none. Ordered again under the same number, it
 * orders nothing, so a retry never pays twice.
 */
export async function orderSubsidyOntoCard(tx: Tx, deps: LedgerDeps, now: Date, row: SubsidyApplicationRow, act: LedgerAct): Promise<void> {
  if (row.outBillNo === null || row.amountFen === null) throw new Error(`Application ${row.id} is paid onto the card without a number or an amount`)
  await orderCardPayment(
    tx,
    deps,
    now,
    { holderUserId: row.userId, source: 'flexible_subsidy', sourceRef: cardSourceRef(row), period: null, amountFen: row.amountFen, regionCode: row.regionCode },
    act,
  )
}

/** How a payout onto the card ends, by the ledger's payment: paid or failed (named by the reference the bank knows it by), or not yet (null). */
export interface CardPayoutEnd {
  readonly ended: 'paid' | 'failed' | null
  readonly transferBillNo: string | null
}

/**
 * Where the card payment of an application stands: credited → paid, returned to the programme →
 * failed, held or at the bank → still on its way; undefined when it was never ordered.
 */
export async function cardPayoutEndOf(q: Query, row: SubsidyApplicationRow): Promise<CardPayoutEnd | undefined> {
  const payment = await cardPaymentOf(q, 'flexible_subsidy', cardSourceRef(row))
  if (!payment) return undefined
  if (payment.status === 'credited') return { ended: 'paid', transferBillNo: payment.reference }
  if (payment.status === 'returned') return { ended: 'failed', transferBillNo: payment.reference }
  return { ended: null, transferBillNo: null }
}
