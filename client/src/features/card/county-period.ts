import { IsoDate } from '@renshe/shared/platform/primitives'

/** The periods an officer picks from: the last 7, 30 or 90 days, or dates of her own. */
export type PeriodChoice = '7' | '30' | '90' | 'dates'

const dayMs = 86_400_000

/** The last `days` days up to `today`, both included (China dates): the last 7 days are today and the 6 before it. */
export function lastDays(today: string, days: number): { readonly from: string; readonly to: string } {
  const start = new Date(Date.parse(`${today}T00:00:00.000Z`) - (days - 1) * dayMs)
  return { from: start.toISOString().slice(0, 10), to: today }
}

/** A typed date as the contract takes it, or null; full-width digits, 2026/12/1 and 2026年12月1日 are forgiven. */
export function typedDate(text: string): string | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.normalize('NFKC').replace(/\s/g, ''))
  if (!match) return null
  const [, year = '', month = '', day = ''] = match
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return IsoDate.safeParse(date).success ? date : null
}

/** A China date shown as a date: noon in China is the same day in every time zone the formatter meets. */
export const dateAtNoon = (date: string) => `${date}T04:00:00.000Z`
