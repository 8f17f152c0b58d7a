import { addMonthsClamped } from '../records/months'
import { addCalendarDays, calendarDaysBetween } from '../wages/work-calendar'
import type { CertificationState, IsoDate } from './schemas'

export { addMonthsClamped }

/** How the yearly survival certification is counted; the numbers come from the BFF's config. */
export interface CycleRules {
  /** Length of one cycle; 12 by default. */
  readonly cycleMonths: number
  /** Reminders start this many days before the cycle ends. */
  readonly dueSoonDays: number
  /** Days after the cycle's end until payments are held. */
  readonly graceDays: number
}

export const defaultCycleRules: CycleRules = { cycleMonths: 12, dueSoonDays: 30, graceDays: 30 }

export interface CycleFacts {
  /** The last certification that counts, or the first day of the pension. */
  readonly cycleStart: IsoDate
  readonly diedOn: IsoDate | null
  /** The pension is held (stored by the payment run): shown as suspended even on the day it ends. */
  readonly suspended: boolean
}

export interface CycleView {
  readonly state: CertificationState
  readonly dueDate: IsoDate
  readonly daysLeft: number
  readonly suspendsOn: IsoDate
}

/** Where one pensioner's certification stands on `today`. */
export function cycleOn(today: IsoDate, facts: CycleFacts, rules: CycleRules): CycleView {
  const dueDate = addMonthsClamped(facts.cycleStart, rules.cycleMonths)
  const suspendsOn = addCalendarDays(dueDate, rules.graceDays + 1)
  const daysLeft = calendarDaysBetween(today, dueDate)
  return { state: stateOf(today, facts, dueDate, suspendsOn, daysLeft, rules), dueDate, daysLeft, suspendsOn }
}

function stateOf(
  today: IsoDate,
  facts: CycleFacts,
  dueDate: IsoDate,
  suspendsOn: IsoDate,
  daysLeft: number,
  rules: CycleRules,
): CertificationState {
  if (facts.diedOn !== null) return 'stopped'
  if (facts.suspended || today >= suspendsOn) return 'suspended'
  if (today > dueDate) return 'overdue'
  if (daysLeft <= rules.dueSoonDays) return 'due'
  return 'certified'
}

/**
 * The cycle start after a certification on `certifiedOn`: a certification only ever moves the
 * cycle forward (a late-arriving old signal does not shorten the current one).
 */
export function cycleStartAfter(current: IsoDate, certifiedOn: IsoDate): IsoDate {
  return certifiedOn > current ? certifiedOn : current
}
