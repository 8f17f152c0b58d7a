import type { CardPayment } from '@renshe/shared/card/money'
import type { HolderPaymentRow } from './money-repo'

/** A payment as its holder sees it: the card by its masked number only, and why a held one waits. */
export function toCardPayment({ payment, cardNumberMasked, bankName }: HolderPaymentRow): CardPayment {
  return {
    id: payment.id,
    source: payment.source,
    period: payment.period,
    amountFen: payment.amountFen,
    status: payment.status,
    heldBecause: payment.status === 'held' ? payment.heldBecause : null,
    cardNumberMasked,
    bankName,
    orderedAt: payment.orderedAt,
    queuedAt: payment.queuedAt,
    creditedAt: payment.creditedAt,
    returnedAt: payment.returnedAt,
  }
}
