import fc from 'fast-check'
import { expect, test } from 'vitest'
import { officialCalendar2026 } from './holidays'
import { addCalendarDays, addWorkingDays, calendarDaysBetween, createWorkCalendar, workingDaysBetween, type WorkCalendar } from './work-calendar'

const china2026 = createWorkCalendar(officialCalendar2026)
const weekendsOnly = createWorkCalendar([])

test('an ordinary week works Monday to Friday and rests at the weekend', () => {
  const week = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']
  expect(week.map((day) => china2026.isWorkingDay(day))).toEqual([true, true, true, true, true, false, false])
})

test('the whole Spring Festival week rests, even its weekdays, and work resumes on 24 February', () => {
  for (let day = 15; day <= 23; day += 1) expect(china2026.isWorkingDay(`2026-02-${day}`)).toBe(false)
  expect(china2026.isWorkingDay('2026-02-24')).toBe(true)
})

test('the make-up Saturdays before and after Spring Festival are working days', () => {
  expect(china2026.isWorkingDay('2026-02-14')).toBe(true)
  expect(china2026.isWorkingDay('2026-02-28')).toBe(true)
  expect(weekendsOnly.isWorkingDay('2026-02-14')).toBe(false)
})

test('National Day week rests and the make-up Sunday before and Saturday after it work', () => {
  for (let day = 1; day <= 7; day += 1) expect(china2026.isWorkingDay(`2026-10-0${day}`)).toBe(false)
  expect(china2026.isWorkingDay('2026-09-20')).toBe(true)
  expect(china2026.isWorkingDay('2026-10-10')).toBe(true)
  expect(china2026.isWorkingDay('2026-10-11')).toBe(false)
})

test('a day filed on a Friday before Spring Festival counts the make-up Saturday first, then jumps the holiday', () => {
  expect(addWorkingDays(china2026, '2026-02-13', 1)).toBe('2026-02-14')
  expect(addWorkingDays(china2026, '2026-02-13', 2)).toBe('2026-02-24')
})

test('the starting day never counts, even when it is itself a working day or a holiday', () => {
  expect(addWorkingDays(china2026, '2026-03-09', 1)).toBe('2026-03-10')
  expect(addWorkingDays(china2026, '2026-10-03', 1)).toBe('2026-10-08')
  expect(addWorkingDays(china2026, '2026-10-03', 0)).toBe('2026-10-03')
})

test('calendar days cross months, leap days and years', () => {
  expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01')
  expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29')
  expect(addCalendarDays('2100-02-28', 1)).toBe('2100-03-01')
  expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28')
  expect(calendarDaysBetween('2026-01-01', '2027-01-01')).toBe(365)
  expect(calendarDaysBetween('2027-01-01', '2026-01-01')).toBe(-365)
})

test('impossible dates and negative counts are refused rather than rolled over', () => {
  expect(() => addCalendarDays('2026-02-30', 0)).toThrow(RangeError)
  expect(() => addCalendarDays('2026-13-01', 0)).toThrow(RangeError)
  expect(() => addCalendarDays('2100-02-29', 0)).toThrow(RangeError)
  expect(() => china2026.isWorkingDay('26-2-1')).toThrow(RangeError)
  expect(() => addWorkingDays(china2026, '2026-02-13', -1)).toThrow(RangeError)
  expect(() => addWorkingDays(china2026, '2026-02-13', 1.5)).toThrow(RangeError)
})

test('a calendar that never works is reported instead of hanging', () => {
  const never: WorkCalendar = { isWorkingDay: () => false }
  expect(() => addWorkingDays(never, '2026-01-01', 1)).toThrow(RangeError)
})

test('the last entry for a date wins, as when an administrator corrects a row', () => {
  const corrected = createWorkCalendar([
    { date: '2026-03-10', kind: 'holiday' },
    { date: '2026-03-10', kind: 'workday' },
  ])
  expect(corrected.isWorkingDay('2026-03-10')).toBe(true)
})

// Days as offsets from a base keep the generators within real dates.
const base = '2025-12-01'
const dayIn = (span: number) => fc.integer({ min: 0, max: span }).map((offset) => addCalendarDays(base, offset))
const randomCalendar = fc
  .array(fc.record({ date: dayIn(500), kind: fc.constantFrom('holiday' as const, 'workday' as const) }), { maxLength: 80 })
  .map((days) => createWorkCalendar(days))
const anyCalendar = fc.oneof(fc.constant(china2026), fc.constant(weekendsOnly), randomCalendar)

test('adding working days always lands on a working day strictly later, at least n calendar days on', () => {
  fc.assert(
    fc.property(anyCalendar, dayIn(400), fc.integer({ min: 1, max: 120 }), (calendar, from, n) => {
      const result = addWorkingDays(calendar, from, n)
      expect(calendar.isWorkingDay(result)).toBe(true)
      expect(result > from).toBe(true)
      expect(calendarDaysBetween(from, result)).toBeGreaterThanOrEqual(n)
    }),
  )
})

test('counting the working days back gives the number added', () => {
  fc.assert(
    fc.property(anyCalendar, dayIn(400), fc.integer({ min: 0, max: 120 }), (calendar, from, n) => {
      const result = addWorkingDays(calendar, from, n)
      expect(workingDaysBetween(calendar, from, result)).toBe(n)
      expect(workingDaysBetween(calendar, result, from)).toBe(0 - n)
    }),
  )
})

test('adding n then m working days is the same as adding n + m', () => {
  fc.assert(
    fc.property(anyCalendar, dayIn(400), fc.nat(80), fc.nat(80), (calendar, from, n, m) => {
      expect(addWorkingDays(calendar, addWorkingDays(calendar, from, n), m)).toBe(addWorkingDays(calendar, from, n + m))
    }),
  )
})

test('working days between two days never exceed the calendar days between them', () => {
  fc.assert(
    fc.property(anyCalendar, dayIn(400), dayIn(400), (calendar, from, to) => {
      const working = workingDaysBetween(calendar, from, to)
      const calendarDays = calendarDaysBetween(from, to)
      expect(Math.abs(working)).toBeLessThanOrEqual(Math.abs(calendarDays))
      expect(Math.sign(working) * Math.sign(calendarDays)).toBeGreaterThanOrEqual(0)
      expect(Object.is(working, -0)).toBe(false)
    }),
  )
})

test('calendar arithmetic agrees with the JavaScript clock in UTC, across centuries', () => {
  const dayMs = 86_400_000
  fc.assert(
    fc.property(fc.integer({ min: -25_000, max: 75_000 }), fc.integer({ min: -5_000, max: 5_000 }), (day, n) => {
      const from = new Date(day * dayMs).toISOString().slice(0, 10)
      expect(addCalendarDays(from, n)).toBe(new Date((day + n) * dayMs).toISOString().slice(0, 10))
      expect(calendarDaysBetween(from, addCalendarDays(from, n))).toBe(n)
    }),
  )
})
