import { addMonths } from '../records/months'
import { YearMonth } from '../records/schemas'
import type { IsoDate } from './schemas'
import { addCalendarDays, addWorkingDays, type WorkCalendar } from './work-calendar'

/**
 * Every legal time limit a wage case runs on, and the only place their numbers are written.
 * Each counts from the day after the event (the day of the event itself never counts).
 */
export const legalDeadlines = {
  // The 5 working days are not in the State Council's regulation itself but in the ministry's
  // rules implementing it (劳动和社会保障部令第25号).
  acceptance: { days: 5, unit: 'working', basis: '关于实施《劳动保障监察条例》若干规定 第十八条' },
  investigation: { days: 60, unit: 'working', extensionDays: 30, basis: '劳动保障监察条例 第十七条' },
  mediation: { days: 15, unit: 'calendar', basis: '劳动争议调解仲裁法 第十四条' },
  arbitrationAcceptance: { days: 5, unit: 'calendar', basis: '劳动争议调解仲裁法 第二十九条' },
  arbitrationAward: { days: 45, unit: 'calendar', extensionDays: 15, basis: '劳动争议调解仲裁法 第四十三条' },
} as const

export type LegalDeadline = keyof typeof legalDeadlines
export type DeadlineRule = (typeof legalDeadlines)[LegalDeadline]
/** The rules the law lets be extended once. */
export type ExtendableRule = Extract<DeadlineRule, { extensionDays: number }>

/** The last day to act under `rule` for an event on `from`; `extended` adds the one extension. */
export function deadlineAfter(calendar: WorkCalendar, rule: DeadlineRule, from: IsoDate, extended = false): IsoDate {
  if (!extended) return addDays(calendar, rule.unit, from, rule.days)
  if (!('extensionDays' in rule)) throw new RangeError(`${rule.basis} allows no extension`)
  return addDays(calendar, rule.unit, from, rule.days + rule.extensionDays)
}

/** A deadline under `rule` moved by its one extension. */
export function extendDeadline(calendar: WorkCalendar, rule: ExtendableRule, deadline: IsoDate): IsoDate {
  return addDays(calendar, rule.unit, deadline, rule.extensionDays)
}

function addDays(calendar: WorkCalendar, unit: DeadlineRule['unit'], from: IsoDate, days: number): IsoDate {
  return unit === 'working' ? addWorkingDays(calendar, from, days) : addCalendarDays(from, days)
}

/** Payroll of a month must be paid, and its list uploaded, by this day of the next month. */
export const payrollDueDay = 15

/** The day a month's payroll is due: `2026-12` → `2027-01-15`. */
export function payrollDueDate(month: string): IsoDate {
  if (!YearMonth.safeParse(month).success) throw new RangeError(`Not a month: ${month}`)
  return `${addMonths(month, 1)}-${String(payrollDueDay).padStart(2, '0')}`
}
