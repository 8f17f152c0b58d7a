import { describe, expect, test } from 'vitest'
import { officialCalendar2026 } from '../wages/holidays'
import { createWorkCalendar } from '../wages/work-calendar'
import { awardFinality, limitationEndsOn, withinLimitation } from './arbitration'
import type { Claim } from './schemas'

const china2026 = createWorkCalendar(officialCalendar2026)

describe('the year to apply for arbitration', () => {
  test('a worker who learned of the harm on 10 March 2025 may apply until 10 March 2026, and not a day later', () => {
    expect(limitationEndsOn(china2026, '2025-03-10')).toBe('2026-03-10')
    expect(withinLimitation(china2026, '2025-03-10', '2026-03-10')).toBe(true)
    expect(withinLimitation(china2026, '2025-03-10', '2026-03-11')).toBe(false)
  })

  test('a year ending in National Day week ends on the first working day after it', () => {
    expect(limitationEndsOn(china2026, '2025-10-03')).toBe('2026-10-08')
    expect(withinLimitation(china2026, '2025-10-03', '2026-10-08')).toBe(true)
    expect(withinLimitation(china2026, '2025-10-03', '2026-10-09')).toBe(false)
  })

  test('a year from 29 February ends on 28 February', () => {
    expect(limitationEndsOn(china2026, '2028-02-29')).toBe('2029-02-28')
    expect(withinLimitation(china2026, '2028-02-29', '2029-03-01')).toBe(false)
  })
})

// Zhejiang's first-tier monthly minimum of ¥2,490 (a placeholder figure): the limit is ¥29,880.
const minimum = 249_000
const limit = 12 * minimum

const finality: [string, Claim[], ReturnType<typeof awardFinality>['reason']][] = [
  ['wages of exactly twelve months of the minimum', [{ kind: 'wages', amountFen: limit }], 'small_claims'],
  ['wages one fen over twelve months of the minimum', [{ kind: 'wages', amountFen: limit + 1 }], 'not_final'],
  [
    'three money claims each under the limit, together over it',
    [
      { kind: 'wages', amountFen: limit - 1 },
      { kind: 'compensation', amountFen: limit },
      { kind: 'injury_medical', amountFen: 500_000 },
    ],
    'small_claims',
  ],
  ['damages under the limit beside wages over it', [{ kind: 'damages', amountFen: 100 }, { kind: 'wages', amountFen: limit + 100 }], 'not_final'],
  ['a money claim whose amount is not known', [{ kind: 'compensation' }], 'not_final'],
  ['working time', [{ kind: 'working_time' }], 'labour_standards'],
  ['rest and leave with social insurance', [{ kind: 'rest_leave' }, { kind: 'social_insurance', amountFen: 10 * limit }], 'labour_standards'],
  ['a small wage claim with social insurance', [{ kind: 'wages', amountFen: 1_000_000 }, { kind: 'social_insurance' }], 'small_claims'],
  ['a small wage claim with another claim', [{ kind: 'wages', amountFen: 1_000_000 }, { kind: 'other' }], 'not_final'],
  ['labour standards with another claim', [{ kind: 'working_time' }, { kind: 'other' }], 'not_final'],
  ['another claim alone', [{ kind: 'other', amountFen: 100 }], 'not_final'],
  ['no claims', [], 'not_final'],
]

describe('whether an award binds the employer', () => {
  for (const [name, claims, reason] of finality)
    test(`${name}: ${reason}`, () => {
      const answer = awardFinality({ claims, localMonthlyMinimumFen: minimum })
      expect(answer).toEqual({ finalForEmployer: reason !== 'not_final', reason, workerMaySueWithinDays: 15, employerMaySue: reason === 'not_final' })
    })

  test('the limit follows the local minimum wage', () => {
    const claims: Claim[] = [{ kind: 'wages', amountFen: 2_000_000 }]
    expect(awardFinality({ claims, localMonthlyMinimumFen: 166_667 }).reason).toBe('small_claims')
    expect(awardFinality({ claims, localMonthlyMinimumFen: 166_666 }).reason).toBe('not_final')
  })
})
