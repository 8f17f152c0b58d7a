import { expect, test } from 'vitest'
import { deadlineAfter, extendDeadline, legalDeadlines, payrollDueDate } from './deadlines'
import { officialCalendar2026 } from './holidays'
import { createWorkCalendar } from './work-calendar'

const china2026 = createWorkCalendar(officialCalendar2026)

test('a complaint filed on the Friday before Spring Festival must be accepted by the Friday after it', () => {
  // 14 Feb is a make-up Saturday (1), 15–23 Feb rest, then 24, 25, 26, 27 Feb.
  expect(deadlineAfter(china2026, legalDeadlines.acceptance, '2026-02-13')).toBe('2026-02-27')
})

test('a complaint filed on 30 September skips National Day week and counts the make-up Saturday', () => {
  // 8, 9 Oct, the make-up Saturday 10 Oct, then Monday 12 and Tuesday 13 Oct.
  expect(deadlineAfter(china2026, legalDeadlines.acceptance, '2026-09-30')).toBe('2026-10-13')
})

test('an investigation opened on 2 March must finish within 60 working days, past Qingming and May Day', () => {
  expect(deadlineAfter(china2026, legalDeadlines.investigation, '2026-03-02')).toBe('2026-05-28')
})

test('an extended investigation has 30 more working days, counted on from the first deadline', () => {
  expect(deadlineAfter(china2026, legalDeadlines.investigation, '2026-03-02', true)).toBe('2026-07-10')
  expect(extendDeadline(china2026, legalDeadlines.investigation, '2026-05-28')).toBe('2026-07-10')
})

test('mediation counts calendar days and ends on its 15th day even in a holiday', () => {
  expect(deadlineAfter(china2026, legalDeadlines.mediation, '2026-02-13')).toBe('2026-02-28')
  expect(deadlineAfter(china2026, legalDeadlines.mediation, '2026-09-16')).toBe('2026-10-01')
})

test('arbitration accepts within 5 working days and awards within 45 calendar days, extendable by 15', () => {
  // Was 5 October (5 calendar days): the 2017 arbitration rules count 5 days as working days, so
  // National Day week is skipped and the make-up Saturday 10 October counts (decision 069).
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationAcceptance, '2026-09-30')).toBe('2026-10-13')
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationAward, '2026-10-05')).toBe('2026-11-19')
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationAward, '2026-10-05', true)).toBe('2026-12-04')
})

test('a time limit the law does not let be extended cannot be', () => {
  expect(() => deadlineAfter(china2026, legalDeadlines.acceptance, '2026-02-13', true)).toThrow(RangeError)
  expect(() => deadlineAfter(china2026, legalDeadlines.mediation, '2026-02-13', true)).toThrow(RangeError)
})

test("December's payroll is due on 15 January of the next year", () => {
  expect(payrollDueDate('2026-12')).toBe('2027-01-15')
  expect(payrollDueDate('2026-01')).toBe('2026-02-15')
  expect(() => payrollDueDate('2026-13')).toThrow(RangeError)
})

test('an arbitration applied for on the Friday before Spring Festival must be decided on by the Friday after it', () => {
  // The make-up Saturday 14 Feb counts (1), 15–23 Feb rest, then 24, 25, 26, 27 Feb.
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationAcceptance, '2026-02-13')).toBe('2026-02-27')
})

test('a defence due 10 working days after service skips Spring Festival and counts both of its make-up Saturdays', () => {
  // 13, 14 (make-up), 24, 25, 26, 27, 28 (make-up) Feb, then 2, 3, 4 Mar.
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationDefence, '2026-02-12')).toBe('2026-03-04')
})

test('the tribunal is notified within 5 working days of acceptance, weekends skipped', () => {
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationTribunalNotice, '2026-03-04')).toBe('2026-03-11')
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationService, '2026-03-04')).toBe('2026-03-11')
})

test('a period in calendar days whose last day is a Saturday ends on the Monday', () => {
  expect(deadlineAfter(china2026, legalDeadlines.suitAfterAward, '2026-03-06')).toBe('2026-03-23')
})

test("an employer's 30 days ending in Spring Festival end on the first working day after it, but not when they end on a make-up Saturday", () => {
  expect(deadlineAfter(china2026, legalDeadlines.injuryEmployerApplication, '2026-01-16')).toBe('2026-02-24')
  expect(deadlineAfter(china2026, legalDeadlines.injuryEmployerApplication, '2026-01-15')).toBe('2026-02-14')
})

test('an award due on National Day ends on 8 October; its extension counts 60 days from acceptance, not 15 from the moved day', () => {
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationAward, '2026-08-17')).toBe('2026-10-08')
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationAward, '2026-08-17', true)).toBe('2026-10-16')
  expect(extendDeadline(china2026, legalDeadlines.arbitrationAward, '2026-10-08')).toBe('2026-10-23')
})

test('a review request due on the Mid-Autumn holiday ends on the Monday after it', () => {
  expect(deadlineAfter(china2026, legalDeadlines.assessmentReview, '2026-09-10')).toBe('2026-09-28')
})

test('a period in years ends on the same day a year later, moved off a rest day', () => {
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationLimitation, '2025-03-10')).toBe('2026-03-10')
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationLimitation, '2025-10-03')).toBe('2026-10-08')
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationLimitation, '2025-02-15')).toBe('2026-02-24')
  // A make-up Saturday is a working day: nothing moves.
  expect(deadlineAfter(china2026, legalDeadlines.injuryWorkerApplication, '2025-02-14')).toBe('2026-02-14')
  // Across 29 February 2028 a year is 366 days.
  expect(deadlineAfter(china2026, legalDeadlines.injuryWorkerApplication, '2027-03-01')).toBe('2028-03-01')
})

test('a year from 29 February ends on 28 February, or the next working day when that is a rest day', () => {
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationLimitation, '2028-02-29')).toBe('2029-02-28')
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationLimitation, '2024-02-29')).toBe('2025-02-28')
  // 28 February 2021 was a Sunday.
  expect(deadlineAfter(china2026, legalDeadlines.injuryWorkerApplication, '2020-02-29')).toBe('2021-03-01')
})

test('a period in years cannot be extended, nor counted from a day that does not exist', () => {
  expect(() => deadlineAfter(china2026, legalDeadlines.arbitrationLimitation, '2026-02-13', true)).toThrow(RangeError)
  expect(() => deadlineAfter(china2026, legalDeadlines.arbitrationLimitation, '2026-02-30')).toThrow(RangeError)
  expect(() => deadlineAfter(china2026, legalDeadlines.suitAfterAward, '2026-02-13', true)).toThrow(RangeError)
})
