import type { PaidMonth, SubsidyPayout } from '@renshe/shared/jobs/subsidy'
import type { Locale } from '@renshe/shared/platform/locale'
import { formatMonth } from '../../lib/format'

/** `2026年11月 – 2026年12月`: the first and last of a run of months. */
export function monthsText(months: readonly string[], locale: Locale): string {
  const first = months[0]
  const last = months[months.length - 1]
  if (first === undefined || last === undefined) return ''
  return first === last ? formatMonth(first, locale) : `${formatMonth(first, locale)} – ${formatMonth(last, locale)}`
}

export const paidMonthsText = (months: readonly PaidMonth[], locale: Locale) => monthsText(months.map((paid) => paid.month), locale)

/** The message key that says where a payout's money is: in her WeChat balance, or onto her card. */
export function payoutKey(payout: Pick<SubsidyPayout, 'status' | 'channel'>) {
  return payout.channel === 'card' ? (`subsidy.cardPayout.${payout.status}` as const) : (`subsidy.payout.${payout.status}` as const)
}
