import type { CalendarDayKind, IsoDate } from './schemas'

/** Whether government offices work on a day: the basis of every "working days" deadline. */
export interface WorkCalendar {
  isWorkingDay(date: IsoDate): boolean
}

/**
 * Weekends rest and weekdays work, except where the list says otherwise: a public holiday rests
 * even on a weekday, a make-up working day (调休上班) works even on a weekend. A date listed twice
 * takes its last entry, as a table row replaced by an administrator would.
 */
export function createWorkCalendar(days: readonly { date: string; kind: CalendarDayKind }[]): WorkCalendar {
  const exceptions = new Map<number, CalendarDayKind>()
  for (const day of days) exceptions.set(dayNumber(day.date), day.kind)
  const calendar: WorkCalendar = { isWorkingDay: (date) => worksOn(exceptions, dayNumber(date)) }
  exceptionsOf.set(calendar, exceptions)
  return calendar
}

/** The exceptions of each calendar made here, so that counting days need not write each one as a date. */
const exceptionsOf = new WeakMap<WorkCalendar, ReadonlyMap<number, CalendarDayKind>>()

function worksOn(exceptions: ReadonlyMap<number, CalendarDayKind>, day: number): boolean {
  const kind = exceptions.get(day)
  if (kind) return kind === 'workday'
  const weekday = mod(day + 4, 7) // 1970-01-01 was a Thursday; 0 is Sunday
  return weekday !== 0 && weekday !== 6
}

/** Whether day number `day` is a working day, for a calendar made by `createWorkCalendar` or any other. */
function isWorkingDayNumber(calendar: WorkCalendar, day: number): boolean {
  const exceptions = exceptionsOf.get(calendar)
  return exceptions ? worksOn(exceptions, day) : calendar.isWorkingDay(dateOf(day))
}

/**
 * The n-th working day after `from`. `from` itself never counts, whatever it is: a complaint filed
 * on a Monday has its first working day on Tuesday, one filed on a Saturday on Monday.
 */
export function addWorkingDays(calendar: WorkCalendar, from: IsoDate, n: number): IsoDate {
  assertCount(n)
  let day = dayNumber(from)
  let resting = 0
  for (let counted = 0; counted < n; ) {
    day += 1
    if (isWorkingDayNumber(calendar, day)) {
      counted += 1
      resting = 0
    } else if (++resting > maxRestingRun) {
      // Only a broken calendar rests this long; looping on would hang the request.
      throw new RangeError(`No working day within ${maxRestingRun} days after ${dateOf(day - resting)}`)
    }
  }
  return dateOf(day)
}

export function addCalendarDays(from: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`)
  return dateOf(dayNumber(from) + n)
}

/** `to − from` in days; negative when `to` is earlier. */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from)
}

/**
 * Working days in (from, to], so that `workingDaysBetween(from, addWorkingDays(from, n)) === n`;
 * negative, counting (to, from], when `to` is earlier.
 */
export function workingDaysBetween(calendar: WorkCalendar, from: IsoDate, to: IsoDate): number {
  const [a, b] = [dayNumber(from), dayNumber(to)]
  const [start, end, sign] = a <= b ? [a, b, 1] : [b, a, -1]
  let count = 0
  for (let day = start + 1; day <= end; day += 1) if (isWorkingDayNumber(calendar, day)) count += sign
  return count
}

/** Far longer than any public holiday: a calendar that rests a whole year is broken. */
const maxRestingRun = 366

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a count of working days: ${n}`)
}

function mod(a: number, b: number): number {
  return ((a % b) + b) % b
}

// Days since 1970-01-01 on the proleptic Gregorian calendar, in integers only: no Date, so no
// local time zone and no two-digit-year surprises (Date.UTC(99, 0, 1) is 1999).
// Algorithm: Howard Hinnant, "chrono-compatible low-level date algorithms".

function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])]
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`Not a date: ${date}`)
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

function dateOf(days: number): IsoDate {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  if (year < 0 || year > 9999) throw new RangeError(`Date out of range: day ${days}`)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}
