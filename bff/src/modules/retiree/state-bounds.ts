import { addMonthsClamped, type CycleRules } from '@renshe/shared/retiree/cycle'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'

/**
 * Where the certification states of living pensioners divide on one day, as latest cycle starts:
 * a pensioner not held back is suspended (by the calendar) if their cycle started on or before
 * `suspendedUpTo`, overdue if on or before `overdueUpTo`, due if on or before `dueUpTo`, and
 * certified after that. A pensioner held back (`status = 'suspended'`) is suspended whatever
 * the date, and one who died is stopped.
 *
 * The state is `cycleOn`'s (shared/retiree/cycle.ts), worked out from the rules in force on the
 * day, so it is not stored; these bounds let SQL pick the pensioners of one state, count them
 * and page through them in cycle-start order without reading a region into memory.
 */
export interface StateBounds {
  readonly suspendedUpTo: string
  readonly overdueUpTo: string
  readonly dueUpTo: string
}

/**
 * The latest cycle start whose due date falls on or before `date`. A due date only ever moves
 * forward with the cycle start (clamping at the end of a month can give two starts one due
 * date, never reverse them), so every start up to this one is due by `date` and none after it.
 */
export function lastStartDueBy(date: string, cycleMonths: number): string {
  const dueOf = (start: string) => addMonthsClamped(start, cycleMonths)
  let start = addMonthsClamped(date, -cycleMonths)
  while (dueOf(start) > date) start = addCalendarDays(start, -1)
  while (dueOf(addCalendarDays(start, 1)) <= date) start = addCalendarDays(start, 1)
  return start
}

export function stateBoundsOn(today: string, rules: CycleRules): StateBounds {
  return {
    // Suspended once today reaches the due date plus the grace days and one.
    suspendedUpTo: lastStartDueBy(addCalendarDays(today, -(rules.graceDays + 1)), rules.cycleMonths),
    // Overdue once the due date is past.
    overdueUpTo: lastStartDueBy(addCalendarDays(today, -1), rules.cycleMonths),
    // Due once the days left are no more than the reminder window.
    dueUpTo: lastStartDueBy(addCalendarDays(today, rules.dueSoonDays), rules.cycleMonths),
  }
}
