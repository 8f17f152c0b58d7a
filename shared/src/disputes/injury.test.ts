import { describe, expect, test } from 'vitest'
import { officialCalendar2026, officialCalendar2027 } from '../wages/holidays'
import { createWorkCalendar } from '../wages/work-calendar'
import { applicationDeadline, mayStillApply } from './injury'

const china = createWorkCalendar([...officialCalendar2026, ...officialCalendar2027])

describe('who may apply for recognition of a work injury, and by when', () => {
  test("an employer's 30 days from an accident on 16 January end in Spring Festival, so on 24 February", () => {
    expect(applicationDeadline(china, '2026-01-16', 'employer')).toBe('2026-02-24')
  })

  test("the worker's side has a year, which ends on Saturday 16 January 2027 and so on the Monday", () => {
    for (const kind of ['worker', 'relative', 'union'] as const) expect(applicationDeadline(china, '2026-01-16', kind)).toBe('2027-01-18')
  })

  test('a year from an accident on 29 February ends on 28 February', () => {
    expect(applicationDeadline(china, '2028-02-29', 'union')).toBe('2029-02-28')
  })

  test('the employer may apply until its last day, and not after', () => {
    expect(mayStillApply(china, '2026-01-16', 'employer', '2026-02-24')).toEqual({ state: 'open', by: '2026-02-24', employerBy: '2026-02-24' })
    expect(mayStillApply(china, '2026-01-16', 'employer', '2026-02-25')).toEqual({ state: 'closed', by: '2026-02-24', employerBy: '2026-02-24' })
  })

  test("a worker is told the employer applies first, and once its 30 days have passed that she may, until a year after the accident", () => {
    expect(mayStillApply(china, '2026-01-16', 'worker', '2026-02-01')).toEqual({ state: 'employer_first', by: '2027-01-18', employerBy: '2026-02-24' })
    expect(mayStillApply(china, '2026-01-16', 'worker', '2026-02-24')).toEqual({ state: 'employer_first', by: '2027-01-18', employerBy: '2026-02-24' })
    expect(mayStillApply(china, '2026-01-16', 'relative', '2026-02-25')).toEqual({ state: 'open', by: '2027-01-18', employerBy: '2026-02-24' })
    expect(mayStillApply(china, '2026-01-16', 'union', '2027-01-18')).toEqual({ state: 'open', by: '2027-01-18', employerBy: '2026-02-24' })
    expect(mayStillApply(china, '2026-01-16', 'worker', '2027-01-19')).toEqual({ state: 'closed', by: '2027-01-18', employerBy: '2026-02-24' })
  })
})
