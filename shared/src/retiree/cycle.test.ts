import fc from 'fast-check'
import { expect, test } from 'vitest'
import { monthIndex } from '../records/months'
import { addCalendarDays, calendarDaysBetween } from '../wages/work-calendar'
import { addMonthsClamped, cycleOn, cycleStartAfter, defaultCycleRules, type CycleFacts, type CycleRules } from './cycle'
import type { CertificationState } from './schemas'

const living = (cycleStart: string): CycleFacts => ({ cycleStart, diedOn: null, suspended: false })

test('someone certified on 29 February of a leap year is next due on 28 February', () => {
  expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28')
  expect(cycleOn('2025-01-01', living('2024-02-29'), defaultCycleRules).dueDate).toBe('2025-02-28')
})

test('someone certified on 28 February before a leap year stays due on the 28th, not the 29th', () => {
  expect(addMonthsClamped('2023-02-28', 12)).toBe('2024-02-28')
})

test('a month counted from the 31st ends on the last day of February, leap or not', () => {
  expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29')
  expect(addMonthsClamped('2023-01-31', 1)).toBe('2023-02-28')
  expect(addMonthsClamped('2026-08-31', 1)).toBe('2026-09-30')
  expect(addMonthsClamped('2026-12-31', 2)).toBe('2027-02-28')
})

test('counting months back keeps the day inside the month too', () => {
  expect(addMonthsClamped('2024-03-31', -1)).toBe('2024-02-29')
  expect(addMonthsClamped('2025-03-31', -1)).toBe('2025-02-28')
  expect(addMonthsClamped('2026-01-15', -12)).toBe('2025-01-15')
  expect(addMonthsClamped('2026-01-31', 0)).toBe('2026-01-31')
})

test('four years on from 29 February is 29 February again', () => {
  expect(addMonthsClamped('2028-02-29', 48)).toBe('2032-02-29')
  expect(addMonthsClamped('2096-02-29', 48)).toBe('2100-02-28')
})

test('a fractional number of months is refused rather than rounded', () => {
  expect(() => addMonthsClamped('2026-01-15', 1.5)).toThrow(RangeError)
  expect(() => addMonthsClamped('2026-01-15', Number.NaN)).toThrow(RangeError)
})

// Certified on 15 October 2025: due 15 October 2026, payments held from 15 November 2026.
const lastYear = living('2025-10-15')

test('a pensioner certified this year sees the date due and the days left, with no reminder yet', () => {
  expect(cycleOn('2026-09-14', lastYear, defaultCycleRules)).toEqual({
    state: 'certified',
    dueDate: '2026-10-15',
    daysLeft: 31,
    suspendsOn: '2026-11-15',
  })
})

test('the reminder starts exactly 30 days before the cycle ends', () => {
  expect(cycleOn('2026-09-15', lastYear, defaultCycleRules)).toMatchObject({ state: 'due', daysLeft: 30 })
})

test('on the last day of the cycle the pensioner is still in time, with 0 days left', () => {
  expect(cycleOn('2026-10-15', lastYear, defaultCycleRules)).toMatchObject({ state: 'due', daysLeft: 0 })
})

test('the day after the cycle ends the pensioner is overdue, and payments go on through the grace period', () => {
  expect(cycleOn('2026-10-16', lastYear, defaultCycleRules)).toMatchObject({ state: 'overdue', daysLeft: -1 })
  expect(cycleOn('2026-11-14', lastYear, defaultCycleRules)).toMatchObject({ state: 'overdue', daysLeft: -30 })
})

test('after 30 days of grace the payments of a pensioner who has not certified are held', () => {
  expect(cycleOn('2026-11-15', lastYear, defaultCycleRules)).toMatchObject({ state: 'suspended', daysLeft: -31, suspendsOn: '2026-11-15' })
  expect(cycleOn('2027-06-01', lastYear, defaultCycleRules).state).toBe('suspended')
})

test('a pension the payment run has held shows as suspended whatever the day', () => {
  expect(cycleOn('2026-11-14', { ...lastYear, suspended: true }, defaultCycleRules).state).toBe('suspended')
  expect(cycleOn('2026-01-01', { ...lastYear, suspended: true }, defaultCycleRules).state).toBe('suspended')
})

test('once a death is recorded nothing is due any more, even for a held pension', () => {
  expect(cycleOn('2026-01-01', { ...lastYear, diedOn: '2025-12-20' }, defaultCycleRules).state).toBe('stopped')
  expect(cycleOn('2026-12-01', { cycleStart: '2025-10-15', diedOn: '2026-11-20', suspended: true }, defaultCycleRules).state).toBe('stopped')
})

test('a region on a 6-month cycle is due half a year on, at the month end when counted from one', () => {
  const sixMonths: CycleRules = { ...defaultCycleRules, cycleMonths: 6 }
  expect(cycleOn('2026-05-01', living('2026-03-31'), sixMonths)).toEqual({
    state: 'certified',
    dueDate: '2026-09-30',
    daysLeft: 152,
    suspendsOn: '2026-10-31',
  })
  expect(cycleOn('2026-08-31', living('2026-03-31'), sixMonths)).toMatchObject({ state: 'due', daysLeft: 30 })
})

test('certifying moves the cycle to the day of the certification and the pensioner is certified again', () => {
  const start = cycleStartAfter('2025-10-15', '2026-10-20')
  expect(start).toBe('2026-10-20')
  expect(cycleOn('2026-10-20', living(start), defaultCycleRules)).toMatchObject({ state: 'certified', dueDate: '2027-10-20', daysLeft: 365 })
})

test('a late-arriving old signal never shortens the current cycle', () => {
  expect(cycleStartAfter('2026-03-01', '2026-02-27')).toBe('2026-03-01')
  expect(cycleStartAfter('2026-03-01', '2026-03-01')).toBe('2026-03-01')
})

// Days as offsets from a base keep the generators within real dates, across leap years and 2100.
const base = '2019-01-01'
const anyDay = fc.integer({ min: 0, max: 30_000 }).map((offset) => addCalendarDays(base, offset))
const anyRules = fc.record({
  cycleMonths: fc.integer({ min: 1, max: 36 }),
  dueSoonDays: fc.integer({ min: 0, max: 90 }),
  graceDays: fc.integer({ min: 0, max: 90 }),
})
const rank: Record<CertificationState, number> = { certified: 0, due: 1, overdue: 2, suspended: 3, stopped: 4 }

function lastDayOf(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()
}

test('whatever the day and cycle length, the due date falls in the right month and never past its last day', () => {
  fc.assert(
    fc.property(anyDay, fc.integer({ min: -120, max: 120 }), (date, months) => {
      const result = addMonthsClamped(date, months)
      const month = result.slice(0, 7)
      expect(monthIndex(month)).toBe(monthIndex(date.slice(0, 7)) + months)
      expect(Number(result.slice(8, 10))).toBe(Math.min(Number(date.slice(8, 10)), lastDayOf(month)))
      expect(addCalendarDays(result, 0)).toBe(result)
    }),
  )
})

test('each day that passes takes exactly one day off the days left', () => {
  fc.assert(
    fc.property(anyDay, fc.integer({ min: -400, max: 1_500 }), anyRules, (cycleStart, offset, rules) => {
      const today = addCalendarDays(cycleStart, offset)
      const tomorrow = addCalendarDays(today, 1)
      expect(cycleOn(tomorrow, living(cycleStart), rules).daysLeft).toBe(cycleOn(today, living(cycleStart), rules).daysLeft - 1)
    }),
  )
})

test('without a new certification a pensioner only ever moves from certified to due, overdue and suspended, never back', () => {
  fc.assert(
    fc.property(anyDay, anyRules, (cycleStart, rules) => {
      const facts = living(cycleStart)
      const { suspendsOn } = cycleOn(cycleStart, facts, rules)
      let previous = cycleOn(cycleStart, facts, rules).state
      for (let day = cycleStart; day <= addCalendarDays(suspendsOn, 2); day = addCalendarDays(day, 1)) {
        const { state } = cycleOn(day, facts, rules)
        expect(rank[state]).toBeGreaterThanOrEqual(rank[previous])
        expect(state === 'suspended').toBe(day >= suspendsOn)
        previous = state
      }
      expect(previous).toBe('suspended')
    }),
    { numRuns: 60 },
  )
})

test('the grace period is exactly as long as configured: overdue for graceDays days, then suspended', () => {
  fc.assert(
    fc.property(anyDay, anyRules, (cycleStart, rules) => {
      const { dueDate, suspendsOn } = cycleOn(cycleStart, living(cycleStart), rules)
      expect(calendarDaysBetween(dueDate, suspendsOn)).toBe(rules.graceDays + 1)
      if (rules.graceDays > 0) expect(cycleOn(addCalendarDays(dueDate, 1), living(cycleStart), rules).state).toBe('overdue')
      expect(cycleOn(addCalendarDays(suspendsOn, -1), living(cycleStart), rules).state).not.toBe('suspended')
    }),
  )
})

test('a certification never moves the cycle back, and certifying on the day makes the pensioner certified', () => {
  fc.assert(
    fc.property(anyDay, anyDay, anyRules, (current, certifiedOn, rules) => {
      const start = cycleStartAfter(current, certifiedOn)
      expect(start >= current).toBe(true)
      expect(start >= certifiedOn).toBe(true)
      expect([current, certifiedOn]).toContain(start)
      if (certifiedOn >= current && calendarDaysBetween(certifiedOn, addMonthsClamped(certifiedOn, rules.cycleMonths)) > rules.dueSoonDays) {
        expect(cycleOn(certifiedOn, living(start), rules).state).toBe('certified')
      }
    }),
  )
})
