import { addMonths, monthIndex, monthOfIndex } from './months'
import type { Gap, InsuranceType } from './schemas'

/**
 * Runs of unpaid months from the first paid month up to `until` (the last month that should be
 * paid by now, or the month before retirement). A run that reaches `until` is ongoing: the
 * person has stopped contributing, which is what they most need to see.
 */
export function findGaps(type: InsuranceType, paidMonths: readonly string[], until: string): Gap[] {
  const paid = new Set(paidMonths)
  const first = [...paid].sort()[0]
  if (first === undefined || first > until) return []
  const gaps: Gap[] = []
  let runStart: number | null = null
  const end = monthIndex(until)
  for (let index = monthIndex(first); index <= end + 1; index += 1) {
    const missing = index <= end && !paid.has(monthOfIndex(index))
    if (missing && runStart === null) runStart = index
    if (!missing && runStart !== null) {
      gaps.push({
        type,
        from: monthOfIndex(runStart),
        to: monthOfIndex(index - 1),
        months: index - runStart,
        ongoing: index - 1 === end,
      })
      runStart = null
    }
  }
  return gaps
}

/** The latest month whose contribution should be on record at `currentMonth`: the one before it. */
export function lastDueMonth(currentMonth: string): string {
  return addMonths(currentMonth, -1)
}

/** Gaps clipped to one calendar year, for the year view. */
export function gapsWithinYear(gaps: readonly Gap[], year: number): Gap[] {
  const from = `${year}-01`
  const to = `${year}-12`
  return gaps.flatMap((gap) => {
    if (gap.to < from || gap.from > to) return []
    const clippedFrom = gap.from < from ? from : gap.from
    const clippedTo = gap.to > to ? to : gap.to
    return [{ ...gap, from: clippedFrom, to: clippedTo, months: monthIndex(clippedTo) - monthIndex(clippedFrom) + 1 }]
  })
}
