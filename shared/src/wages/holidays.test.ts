import { expect, test } from 'vitest'
import { officialCalendar2026, officialCalendar2027 } from './holidays'
import { CalendarDay } from './schemas'

test('the 2026 arrangement has its 33 rest days and 6 make-up working days, each a valid row', () => {
  expect(officialCalendar2026.filter((day) => day.kind === 'holiday')).toHaveLength(33)
  expect(officialCalendar2026.filter((day) => day.kind === 'workday').map((day) => day.date)).toEqual([
    '2026-01-04',
    '2026-02-14',
    '2026-02-28',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ])
  for (const day of [...officialCalendar2026, ...officialCalendar2027]) expect(CalendarDay.parse(day)).toEqual(day)
  expect(new Set(officialCalendar2026.map((day) => day.date)).size).toBe(officialCalendar2026.length)
})

test('make-up working days fall on weekends, as the notice lists them', () => {
  for (const day of officialCalendar2026.filter((d) => d.kind === 'workday')) expect([0, 6]).toContain(new Date(`${day.date}T00:00:00Z`).getUTCDay())
})
