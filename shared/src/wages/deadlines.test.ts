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

test('mediation and arbitration count calendar days, holidays included', () => {
  expect(deadlineAfter(china2026, legalDeadlines.mediation, '2026-02-13')).toBe('2026-02-28')
  expect(deadlineAfter(china2026, legalDeadlines.arbitrationAcceptance, '2026-09-30')).toBe('2026-10-05')
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
