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
