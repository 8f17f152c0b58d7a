import { addMonths, monthIndex } from '../records/months'
import type { IsoDate, Payment } from './schemas'

/** The pension of a month is paid on this day of that month. */
export const pensionPayDay = 10

export function payDateOf(month: string): IsoDate {
  return `${month}-${String(pensionPayDay).padStart(2, '0')}`
}

/**
 * Months whose pay day has come by `today` and that have no payment row yet: from the month
 * after `lastMonth` (or from `firstMonth` when nothing was paid), in order.
 */
export function monthsToPay(firstMonth: string, lastMonth: string | null, today: IsoDate): string[] {
  const months: string[] = []
  for (let month = lastMonth === null ? firstMonth : addMonths(lastMonth, 1); payDateOf(month) <= today; month = addMonths(month, 1)) {
    months.push(month)
  }
  return months
}

/**
 * A pension is owed up to and including the month of death, and stops from the month after:
 * someone who dies on 17 September is paid for September, not for October.
 */
export function isOwedAfterDeath(month: string, diedOn: IsoDate | null): boolean {
  return diedOn === null || monthIndex(month) <= monthIndex(diedOn.slice(0, 7))
}

export type PaymentDecision = 'paid' | 'held' | 'cancelled'

/** What happens to a month's pension on its pay day. */
export function decidePayment(month: string, facts: { readonly diedOn: IsoDate | null; readonly suspended: boolean }): PaymentDecision {
  if (!isOwedAfterDeath(month, facts.diedOn)) return 'cancelled'
  return facts.suspended ? 'held' : 'paid'
}

export interface Sum {
  readonly months: string[]
  readonly amountFen: number
}

/** Paid months after the month of death: the amount to recover. */
export function overpaidAfterDeath(diedOn: IsoDate, payments: readonly Pick<Payment, 'month' | 'amountFen' | 'status'>[]): Sum {
  const overpaid = payments.filter((p) => p.status === 'paid' && !isOwedAfterDeath(p.month, diedOn))
  return sumOf(overpaid)
}

/** Held months that are owed (not after a death): paid all at once when payments resume. */
export function arrearsOf(payments: readonly Pick<Payment, 'month' | 'amountFen' | 'status'>[], diedOn: IsoDate | null): Sum {
  return sumOf(payments.filter((p) => p.status === 'held' && isOwedAfterDeath(p.month, diedOn)))
}

function sumOf(payments: readonly Pick<Payment, 'month' | 'amountFen'>[]): Sum {
  const sorted = [...payments].sort((a, b) => a.month.localeCompare(b.month))
  return { months: sorted.map((p) => p.month), amountFen: sorted.reduce((total, p) => total + p.amountFen, 0) }
}
