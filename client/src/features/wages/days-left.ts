import { chinaDate } from '@renshe/shared/platform/china-time'

/** Today's date in China, where the deadlines are counted. */
export function chinaToday(now: Date = new Date()): string {
  return chinaDate(now)
}

function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number)
  return Math.round(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1) / 86_400_000)
}

/** Calendar days from `today` to `date`: positive before it, 0 on the day, negative after. */
export function daysUntil(date: string, today: string): number {
  return dayNumber(date) - dayNumber(today)
}

export type DaysLeftKey = 'days.left' | 'days.leftOne' | 'days.today' | 'days.overdue' | 'days.overdueOne'

/** Which words say how far a deadline is: "3 days left", "due today", "overdue by 2 days". */
export function daysLeftWords(days: number): { readonly key: DaysLeftKey; readonly days: number; readonly overdue: boolean } {
  if (days > 1) return { key: 'days.left', days, overdue: false }
  if (days === 1) return { key: 'days.leftOne', days, overdue: false }
  if (days === 0) return { key: 'days.today', days, overdue: false }
  if (days === -1) return { key: 'days.overdueOne', days: 1, overdue: true }
  return { key: 'days.overdue', days: -days, overdue: true }
}
