import { addMonths, monthIndex, monthOfIndex } from './months'
import type { Gap, InsuranceType } from './schemas'

interface Run {
  readonly from: string
  readonly to: string
  readonly months: number
}

/** Runs of months from `from` to `to` (inclusive) that are not in `paid`. */
function unpaidRuns(paid: ReadonlySet<string>, from: string, to: string): Run[] {
  const runs: Run[] = []
  let runStart: number | null = null
  const end = monthIndex(to)
  for (let index = monthIndex(from); index <= end + 1; index += 1) {
    const missing = index <= end && !paid.has(monthOfIndex(index))
    if (missing && runStart === null) runStart = index
    if (!missing && runStart !== null) {
      runs.push({ from: monthOfIndex(runStart), to: monthOfIndex(index - 1), months: index - runStart })
      runStart = null
    }
  }
  return runs
}

/**
 * Runs of unpaid months from the first paid month up to `until` (the last month that should be
 * paid by now, or the month before retirement). A run that reaches `until` is ongoing: the
 * person has stopped contributing, which is what they most need to see.
 */
export function findGaps(type: InsuranceType, paidMonths: readonly string[], until: string): Gap[] {
  const paid = new Set(paidMonths)
  const first = [...paid].sort()[0]
  if (first === undefined || first > until) return []
  return unpaidRuns(paid, first, until).map((run) => ({ type, ...run, ongoing: run.to === until }))
}

/**
 * The same gaps seen within one calendar year, from that year's paid months and the first and
 * last paid month up to `until`, without reading the person's whole history.
 */
export function findGapsOfYear(
  type: InsuranceType,
  year: number,
  paidInYear: readonly string[],
  span: { readonly first: string; readonly last: string },
  until: string,
): Gap[] {
  const from = span.first > `${year}-01` ? span.first : `${year}-01`
  const to = until < `${year}-12` ? until : `${year}-12`
  if (from > to) return []
  // A run is ongoing when nothing was paid after it began, anywhere in the history.
  return unpaidRuns(new Set(paidInYear), from, to).map((run) => ({ type, ...run, ongoing: run.to === to && span.last < run.from }))
}

/** The latest month whose contribution should be on record at `currentMonth`: the one before it. */
export function lastDueMonth(currentMonth: string): string {
  return addMonths(currentMonth, -1)
}
