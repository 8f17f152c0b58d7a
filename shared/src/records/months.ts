/** Months as `YYYY-MM` strings: they sort and compare correctly as text. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
}

export function monthOfIndex(index: number): string {
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

export function addMonths(month: string, count: number): string {
  return monthOfIndex(monthIndex(month) + count)
}

/** Inclusive: `2024-01`..`2024-03` is 3 months. */
export function monthsInclusive(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from) + 1
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The same day `months` later, kept inside the month it lands in: 29 Feb 2024 + 12 months is
 * 28 Feb 2025, 31 Jan + 1 month is the last day of February.
 */
export function addMonthsClamped(date: string, months: number): string {
  if (!Number.isSafeInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`)
  const month = addMonths(date.slice(0, 7), months)
  const [year, monthNumber] = month.split('-').map(Number) as [number, number]
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, monthNumber))
  return `${month}-${String(day).padStart(2, '0')}`
}
