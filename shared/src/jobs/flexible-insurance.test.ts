import fc from 'fast-check'
import { expect, test } from 'vitest'
import {
  averageWages,
  AverageWageTable,
  checkContributionBase,
  checkPaymentPeriod,
  contributionBaseLimits,
  contributionDue,
  monthsOfPeriod,
  PaymentPeriod,
  periodsAllowedIn,
  SubsidyFacts,
  SubsidyRule,
  subsidyAmountFen,
  subsidyLastMonth,
  subsidyRuleFacts,
  subsidyRules,
  withinSubsidyTerm,
} from './flexible-insurance'

// Made-up figures, chosen for their rounding: the tests are about the rules, not a year's wage.
const table: AverageWageTable = [
  { regionPrefix: '33', year: 2025, averageMonthlyWageFen: 1_234_567, publishedLimits: null, source: 'test', placeholder: true },
  { regionPrefix: '33', year: 2026, averageMonthlyWageFen: 1_000_250, publishedLimits: null, source: 'test', placeholder: true },
  { regionPrefix: '33', year: 2027, averageMonthlyWageFen: 1_000_000, publishedLimits: { minFen: 610_000, maxFen: 3_050_000 }, source: 'test', placeholder: true },
  { regionPrefix: '3303', year: 2026, averageMonthlyWageFen: 900_000, publishedLimits: null, source: 'test', placeholder: true },
]

const limitsOf = (regionCode: string, year: number) => {
  const result = contributionBaseLimits(table, regionCode, year)
  return result.ok ? { minFen: result.value.minFen, maxFen: result.value.maxFen } : result.error
}

test('the base for a year in the table runs from 60 % to 300 % of the average wage, to the whole yuan', () => {
  // 60 % of 12,345.67 yuan is 7,407.40; 300 % is 37,037.01.
  expect(limitsOf('330102', 2025)).toEqual({ minFen: 740_700, maxFen: 3_703_700 })
})

test('a limit that falls on half a yuan is rounded up', () => {
  // 60 % of 10,002.50 yuan is 6,001.50; 300 % is 30,007.50.
  expect(limitsOf('330102', 2026)).toEqual({ minFen: 600_200, maxFen: 3_000_800 })
})

test('a year the province has published limits for uses them as published, not derived', () => {
  expect(limitsOf('330102', 2027)).toEqual({ minFen: 610_000, maxFen: 3_050_000 })
})

test('a city with its own row uses it; the rest of the province uses the province row', () => {
  expect(limitsOf('330302', 2026)).toEqual({ minFen: 540_000, maxFen: 2_700_000 })
  expect(limitsOf('330102', 2026)).toEqual({ minFen: 600_200, maxFen: 3_000_800 })
})

test('a year not in the table has no limits yet, and says so', () => {
  expect(limitsOf('330102', 2024)).toBe('contributionBase.yearUnknown')
  expect(limitsOf('110101', 2025)).toBe('contributionBase.yearUnknown')
  expect(checkContributionBase(table, '330102', 2030, 600_000)).toEqual({ ok: false, error: 'contributionBase.yearUnknown' })
})

test('a base exactly at either limit is accepted; one fen outside is refused with its reason', () => {
  const check = (baseFen: number) => {
    const result = checkContributionBase(table, '330102', 2025, baseFen)
    return result.ok ? 'ok' : result.error
  }
  expect(check(740_700)).toBe('ok')
  expect(check(3_703_700)).toBe('ok')
  expect(check(740_699)).toBe('contributionBase.belowMinimum')
  expect(check(3_703_701)).toBe('contributionBase.aboveMaximum')
})

test('the seeded Zhejiang row is marked as a placeholder until the published figures replace it', () => {
  expect(AverageWageTable.safeParse(averageWages).success).toBe(true)
  for (const row of averageWages) {
    if (row.placeholder) expect(row.source).toMatch(/placeholder/)
  }
})

test('a payment period starting at the start of its period covers the whole of it', () => {
  expect(monthsOfPeriod('month', '2026-05')).toEqual(['2026-05'])
  expect(monthsOfPeriod('quarter', '2026-04')).toEqual(['2026-04', '2026-05', '2026-06'])
  expect(monthsOfPeriod('half_year', '2026-07')).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'])
  expect(monthsOfPeriod('year', '2026-01')).toHaveLength(12)
})

test('someone who starts in the middle of a quarter pays for the rest of that quarter only', () => {
  expect(monthsOfPeriod('quarter', '2026-05')).toEqual(['2026-05', '2026-06'])
  expect(monthsOfPeriod('half_year', '2026-03')).toEqual(['2026-03', '2026-04', '2026-05', '2026-06'])
  expect(monthsOfPeriod('year', '2026-10')).toEqual(['2026-10', '2026-11', '2026-12'])
})

test('a payment never crosses into the next year, whose base limits may differ', () => {
  expect(monthsOfPeriod('quarter', '2026-12')).toEqual(['2026-12'])
  expect(monthsOfPeriod('year', '2026-12')).toEqual(['2026-12'])
  expect(monthsOfPeriod('month', '2026-12')).toEqual(['2026-12'])
  expect(monthsOfPeriod('quarter', '2027-01')).toEqual(['2027-01', '2027-02', '2027-03'])
})

test('a start that is not a month is refused', () => {
  expect(() => monthsOfPeriod('month', '2026-13')).toThrow(RangeError)
})

test('every region has all four periods unless its own row says otherwise', () => {
  expect(periodsAllowedIn('330302')).toEqual(['month', 'quarter', 'half_year', 'year'])
  const local = { '33': PaymentPeriod.options, '3303': ['month', 'year'] as const }
  expect(periodsAllowedIn('330302', local)).toEqual(['month', 'year'])
  expect(periodsAllowedIn('330102', local)).toEqual(['month', 'quarter', 'half_year', 'year'])
  expect(checkPaymentPeriod('330302', 'quarter', local)).toEqual({ ok: false, error: 'paymentPeriod.notOffered' })
  expect(checkPaymentPeriod('330302', 'year', local)).toEqual({ ok: true })
})

test('a quarter on a base of 6,000 yuan costs 1,200 yuan a month, 480 of them into the personal account', () => {
  expect(contributionDue({ baseFen: 600_000, period: 'quarter', startMonth: '2026-01' })).toEqual({
    months: ['2026-01', '2026-02', '2026-03'],
    perMonthFen: 120_000,
    totalFen: 360_000,
    personalAccountPerMonthFen: 48_000,
    personalAccountFen: 144_000,
  })
})

test('each month is rounded to the fen, half up, before the months are added', () => {
  // 20 % of 7,407.43 yuan is 1,481.486 → 1,481.49; 8 % is 592.5944 → 592.59.
  const due = contributionDue({ baseFen: 740_743, period: 'half_year', startMonth: '2026-01' })
  expect(due.perMonthFen).toBe(148_149)
  expect(due.totalFen).toBe(148_149 * 6)
  expect(due.personalAccountPerMonthFen).toBe(59_259)
  expect(due.personalAccountFen).toBe(59_259 * 6)
  // At 20 % and 8 % a whole-fen base never lands on exactly half a fen; at 10 %, 2.5 fen becomes 3.
  expect(contributionDue({ baseFen: 25, period: 'month', startMonth: '2026-01', pensionRate: 0.1 }).perMonthFen).toBe(3)
  expect(contributionDue({ baseFen: 3, period: 'month', startMonth: '2026-01' }).perMonthFen).toBe(1)
})

test('other rates can be passed, to the basis point; a finer rate, or a personal account larger than the whole, is refused', () => {
  expect(contributionDue({ baseFen: 600_000, period: 'month', startMonth: '2026-01', pensionRate: 0.16, personalAccountRate: 0.08 }).perMonthFen).toBe(96_000)
  expect(() => contributionDue({ baseFen: 600_000, period: 'month', startMonth: '2026-01', pensionRate: 0.123456 })).toThrow(RangeError)
  expect(() => contributionDue({ baseFen: 600_000, period: 'month', startMonth: '2026-01', pensionRate: 0.05 })).toThrow(RangeError)
})

test('the total is the monthly amount times the months, and the personal account never exceeds it', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.constantFrom(...PaymentPeriod.options),
      fc.integer({ min: 2000, max: 2099 }),
      fc.integer({ min: 1, max: 12 }),
      (baseFen, period, year, month) => {
        const due = contributionDue({ baseFen, period, startMonth: `${year}-${String(month).padStart(2, '0')}` })
        expect(due.totalFen).toBe(due.perMonthFen * due.months.length)
        expect(due.personalAccountFen).toBeLessThanOrEqual(due.totalFen)
        expect(due.months.every((covered) => covered.startsWith(String(year)))).toBe(true)
        // 20 % of the base to within half a fen.
        expect(Math.abs(due.perMonthFen * 5 - baseFen)).toBeLessThanOrEqual(2)
      },
    ),
  )
})

test('the subsidy is at most two thirds of what was paid, rounded down to the fen', () => {
  expect(subsidyAmountFen(360_000)).toBe(240_000)
  expect(subsidyAmountFen(100)).toBe(66)
  expect(subsidyAmountFen(0)).toBe(0)
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (paidFen) => {
      const subsidy = subsidyAmountFen(paidFen)
      expect(subsidy * 3).toBeLessThanOrEqual(paidFen * 2)
      expect((subsidy + 1) * 3).toBeGreaterThan(paidFen * 2)
    }),
  )
})

const facts: SubsidyFacts = {
  employmentDifficulty: false,
  graduateYear: null,
  enrolledSince: '2024-01',
  today: '2026-12-15',
  ageYears: 45,
  yearsToRetirementAtStart: null,
}

test('the rules see months since enrolment and years from graduation as plain numbers', () => {
  expect(subsidyRuleFacts(facts)).toMatchObject({ monthsSinceEnrolment: 35, yearsFromGraduationToEnrolment: null })
  expect(subsidyRuleFacts({ ...facts, graduateYear: 2023, today: '2024-01-01' })).toMatchObject({ monthsSinceEnrolment: 0, yearsFromGraduationToEnrolment: 1 })
})

test('a 3-year subsidy from January 2024 covers up to December 2026 and not January 2027', () => {
  const threeYears = { maxYears: 3 }
  expect(subsidyLastMonth(threeYears, '2024-01')).toBe('2026-12')
  expect(withinSubsidyTerm(threeYears, { enrolledSince: '2024-01', today: '2026-12-31' })).toBe(true)
  expect(withinSubsidyTerm(threeYears, { enrolledSince: '2024-01', today: '2027-01-01' })).toBe(false)
  expect(withinSubsidyTerm(threeYears, { enrolledSince: '2024-01', today: '2023-12-31' })).toBe(false)
  expect(withinSubsidyTerm({ maxYears: null }, { enrolledSince: '2024-01', today: '2040-06-01' })).toBe(true)
})

test('the seeded subsidy rules are well formed, and give 3 years for employment difficulty and 2 for graduates', () => {
  expect(subsidyRules.every((rule) => SubsidyRule.safeParse(rule).success)).toBe(true)
  expect(Object.fromEntries(subsidyRules.map((rule) => [rule.id, rule.maxYears]))).toEqual({
    employment_difficulty: 3,
    employment_difficulty_near_retirement: null,
    recent_graduate: 2,
  })
})
