import { chinaDate } from '@renshe/shared/platform/china-time'
import { addMonths, monthIndex, monthOfIndex } from '@renshe/shared/records/months'
import { payrollDueDate } from '@renshe/shared/wages/deadlines'
import type { IsoDate } from '@renshe/shared/wages/schemas'

/**
 * The last month whose payroll deadline has passed on `today` (a date in China): on 2026-11-15
 * October is still due that day, so it is September; from 2026-11-16 it is October.
 */
export function lastOverdueMonth(today: IsoDate): string {
  const previous = addMonths(today.slice(0, 7), -1)
  return payrollDueDate(previous) < today ? previous : addMonths(previous, -1)
}

export function lastOverdueMonthAt(now: Date): string {
  return lastOverdueMonth(chinaDate(now))
}

/** `from`..`to` inclusive; empty when `to` is earlier. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  for (let index = monthIndex(from); index <= monthIndex(to); index += 1) months.push(monthOfIndex(index))
  return months
}

interface ProjectPeriod {
  readonly startMonth: string
  readonly endMonth: string | null
}

/**
 * The months of a project past their payroll deadline: from its start to its end, or to the last
 * overdue month while it runs on. `to` is earlier than `from` while none is.
 */
export function overdueSpan(project: ProjectPeriod, lastOverdue: string): { from: string; to: string } {
  return { from: project.startMonth, to: project.endMonth !== null && project.endMonth < lastOverdue ? project.endMonth : lastOverdue }
}

/** Months of a project past their payroll deadline that have nothing in `settled`. */
export function unsettledMonths(project: ProjectPeriod, settled: ReadonlySet<string>, lastOverdue: string): string[] {
  const { from, to } = overdueSpan(project, lastOverdue)
  return monthsBetween(from, to).filter((month) => !settled.has(month))
}

/** How many months `unsettledMonths` holds, from how many of the span's months are settled. */
export function unsettledCount(project: ProjectPeriod, settledInSpan: number, lastOverdue: string): number {
  const { from, to } = overdueSpan(project, lastOverdue)
  return Math.max(0, monthsBetween(from, to).length - settledInSpan)
}
