import { addMonths, addMonthsClamped } from '../records/months'
import { YearMonth } from '../records/schemas'
import { IsoDate } from './schemas'
import { addCalendarDays, addWorkingDays, type WorkCalendar } from './work-calendar'

/**
 * A legal time limit: how long, in what unit, and the law that sets it. `endsOnWorkingDay`: a
 * period in calendar days or years whose last day is a rest day ends on the next working day
 * (民事诉讼法 第八十五条, which the arbitration rules adopt); a period in working days always ends
 * on one.
 */
export type PeriodRule =
  | { readonly days: number; readonly unit: 'working'; readonly extensionDays?: number; readonly basis: string }
  | { readonly days: number; readonly unit: 'calendar'; readonly extensionDays?: number; readonly endsOnWorkingDay: boolean; readonly basis: string }
  | { readonly years: number; readonly unit: 'year'; readonly endsOnWorkingDay: boolean; readonly basis: string }

/**
 * Every legal time limit the portal's cases run on (wage complaints, labour-dispute arbitration,
 * work-injury recognition), and the only place their numbers are written. Each counts from the
 * day after the event (the day of the event itself never counts). Decision 069.
 */
export const legalDeadlines = {
  // Wage complaints to labour inspection (decisions 017, 018).
  // The 5 working days are not in the State Council's regulation itself but in the ministry's
  // rules implementing it (劳动和社会保障部令第25号).
  acceptance: { days: 5, unit: 'working', basis: '关于实施《劳动保障监察条例》若干规定 第十八条' },
  investigation: { days: 60, unit: 'working', extensionDays: 30, basis: '劳动保障监察条例 第十七条' },
  // Mediation is not an arbitration procedure, and its end opens the way to arbitration: moving
  // it off a rest day would only keep the worker waiting longer.
  mediation: { days: 15, unit: 'calendar', endsOnWorkingDay: false, basis: '劳动争议调解仲裁法 第十四条' },

  // Labour-dispute arbitration. The 2017 rules count 3, 5 and 10 days as working days, 15 and 45
  // as calendar days (劳动人事争议仲裁办案规则, 人社部令第33号, 附则).
  arbitrationLimitation: { years: 1, unit: 'year', endsOnWorkingDay: true, basis: '劳动争议调解仲裁法 第二十七条' },
  arbitrationAcceptance: { days: 5, unit: 'working', basis: '劳动争议调解仲裁法 第二十九条；劳动人事争议仲裁办案规则（2017）' },
  // Serving the application on the respondent and the notice before a hearing are not in
  // decision 069's table; they are the same law's and the machine needs them.
  arbitrationService: { days: 5, unit: 'working', basis: '劳动争议调解仲裁法 第三十条' },
  arbitrationTribunalNotice: { days: 5, unit: 'working', basis: '劳动争议调解仲裁法 第三十二条' },
  arbitrationDefence: { days: 10, unit: 'working', basis: '劳动争议调解仲裁法 第三十条' },
  // The commission serves the defence's copy on the applicant within 5 days of receiving it (decision 072).
  arbitrationDefenceService: { days: 5, unit: 'working', basis: '劳动争议调解仲裁法 第三十条' },
  arbitrationHearingNotice: { days: 5, unit: 'working', basis: '劳动争议调解仲裁法 第三十五条' },
  arbitrationAward: { days: 45, unit: 'calendar', extensionDays: 15, endsOnWorkingDay: true, basis: '劳动争议调解仲裁法 第四十三条' },
  suitAfterAward: { days: 15, unit: 'calendar', endsOnWorkingDay: true, basis: '劳动争议调解仲裁法 第四十八条、第五十条' },

  // Work-injury recognition and disability assessment.
  injuryEmployerApplication: { days: 30, unit: 'calendar', endsOnWorkingDay: true, basis: '工伤保险条例 第十七条第一款' },
  injuryWorkerApplication: { years: 1, unit: 'year', endsOnWorkingDay: true, basis: '工伤保险条例 第十七条第二款' },
  injuryAcceptance: { days: 15, unit: 'calendar', endsOnWorkingDay: true, basis: '工伤认定办法 第八条' },
  injuryDecision: { days: 60, unit: 'calendar', endsOnWorkingDay: true, basis: '工伤保险条例 第二十条第一款' },
  injuryDecisionClearFacts: { days: 15, unit: 'calendar', endsOnWorkingDay: true, basis: '工伤保险条例 第二十条第二款' },
  disabilityAssessment: { days: 60, unit: 'calendar', extensionDays: 30, endsOnWorkingDay: true, basis: '工伤保险条例 第二十五条第二款' },
  assessmentReview: { days: 15, unit: 'calendar', endsOnWorkingDay: true, basis: '工伤保险条例 第二十六条' },
} as const satisfies Record<string, PeriodRule>

export type LegalDeadline = keyof typeof legalDeadlines
export type DeadlineRule = (typeof legalDeadlines)[LegalDeadline]
/** The rules the law lets be extended once. */
export type ExtendableRule = Extract<DeadlineRule, { extensionDays: number }>

/** The last day to act under `rule` for an event on `from`; `extended` adds the one extension. */
export function deadlineAfter(calendar: WorkCalendar, rule: PeriodRule, from: IsoDate, extended = false): IsoDate {
  if (rule.unit === 'year') {
    if (extended) throw new RangeError(`${rule.basis} allows no extension`)
    return endOn(calendar, rule, addYears(from, rule.years))
  }
  if (!extended) return addDays(calendar, rule, from, rule.days)
  if (rule.extensionDays === undefined) throw new RangeError(`${rule.basis} allows no extension`)
  return addDays(calendar, rule, from, rule.days + rule.extensionDays)
}

/**
 * A deadline under `rule` moved by its one extension, counted on from `deadline` as given. When
 * that day had itself been moved off a rest day, this counts from the moved day, which can end a
 * day or more later than counting from the period's start would; a case that keeps the day its
 * period started should ask `deadlineAfter(…, true)` instead, as the dispute machines do.
 */
export function extendDeadline(calendar: WorkCalendar, rule: ExtendableRule, deadline: IsoDate): IsoDate {
  return addDays(calendar, rule, deadline, rule.extensionDays)
}

type DayRule = Exclude<PeriodRule, { unit: 'year' }>

function addDays(calendar: WorkCalendar, rule: DayRule, from: IsoDate, days: number): IsoDate {
  return rule.unit === 'working' ? addWorkingDays(calendar, from, days) : endOn(calendar, rule, addCalendarDays(from, days))
}

/** The day a period in calendar days or years whose last day is `last` ends. */
function endOn(calendar: WorkCalendar, rule: Exclude<PeriodRule, { unit: 'working' }>, last: IsoDate): IsoDate {
  return rule.endsOnWorkingDay && !calendar.isWorkingDay(last) ? addWorkingDays(calendar, last, 1) : last
}

/**
 * The same month and day `years` later. A period from 29 February ends on 28 February of a common
 * year: a period in years ends on the corresponding day of its last month, or that month's last
 * day when it has none (民法典 第二百零二条).
 */
function addYears(from: IsoDate, years: number): IsoDate {
  if (!IsoDate.safeParse(from).success) throw new RangeError(`Not a date: ${from}`)
  return addMonthsClamped(from, 12 * years)
}

/** Payroll of a month must be paid, and its list uploaded, by this day of the next month. */
export const payrollDueDay = 15

/** The day a month's payroll is due: `2026-12` → `2027-01-15`. */
export function payrollDueDate(month: string): IsoDate {
  if (!YearMonth.safeParse(month).success) throw new RangeError(`Not a month: ${month}`)
  return `${addMonths(month, 1)}-${String(payrollDueDay).padStart(2, '0')}`
}
