import { z } from 'zod'
import { addMonths, monthIndex } from '../records/months'
import { YearMonth } from '../records/schemas'

// The statutory retirement age after the Standing Committee's decision of 2024-09-13 on
// gradually raising it (全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定, in force
// 2025-01-01), article 1 of the attached measures: from 1 January 2025 the age of men and of
// women whose original age was 55 rises by one month every four months, to 63 and 58; that of
// women whose original age was 50 by one month every two months, to 55. Decision 054 says where
// the rule text was read and which rows of the attached tables the tests check.

/**
 * Whose rule applies. A woman's original statutory age was 50 (女职工, workers) or 55 (女干部,
 * cadres and staff); which of them she is cannot be read from her ID number.
 */
export const RetirementCategory = z.enum(['male', 'female_worker', 'female_cadre'])
export type RetirementCategory = z.infer<typeof RetirementCategory>

export interface RetirementAgeRule {
  /** The statutory age before the reform, in years. */
  originalAgeYears: number
  /** The age rises one month for every this many months of original retirement dates from `firstDelayedMonth`. */
  monthsPerStep: number
  /** The most it rises: 3 years for men and cadres, 5 for women workers. */
  maxDelayMonths: number
}

/** The first month whose original retirement is delayed: the decision is in force from 2025-01-01. */
export const firstDelayedMonth = '2025-01'

export const retirementAgeRules: Readonly<Record<RetirementCategory, RetirementAgeRule>> = {
  male: { originalAgeYears: 60, monthsPerStep: 4, maxDelayMonths: 36 },
  female_cadre: { originalAgeYears: 55, monthsPerStep: 4, maxDelayMonths: 36 },
  female_worker: { originalAgeYears: 50, monthsPerStep: 2, maxDelayMonths: 60 },
}

export interface StatutoryRetirement {
  /** The month the person reaches the statutory retirement age (`YYYY-MM`). */
  month: string
  /** That age, in whole months (60 years 1 month is 721). */
  ageMonths: number
  /** Months beyond the original age. */
  delayMonths: number
}

/**
 * When a person born in `birthMonth` (`YYYY-MM`) reaches the statutory retirement age. Whoever
 * would have retired under the original age before 2025 keeps it; from there every step of
 * `monthsPerStep` original retirement months adds one month (retiring originally in January to
 * April 2025: one month later; May to August: two; …) up to the cap. A month is enough: the
 * attached tables go by month of birth.
 */
export function statutoryRetirement(birthMonth: string, category: RetirementCategory, rules: Readonly<Record<RetirementCategory, RetirementAgeRule>> = retirementAgeRules): StatutoryRetirement {
  if (!YearMonth.safeParse(birthMonth).success) throw new RangeError(`Not a month: ${birthMonth}`)
  const rule = rules[category]
  const originalMonth = addMonths(birthMonth, rule.originalAgeYears * 12)
  const stepsFromStart = monthIndex(originalMonth) - monthIndex(firstDelayedMonth)
  const delayMonths = stepsFromStart < 0 ? 0 : Math.min(rule.maxDelayMonths, Math.floor(stepsFromStart / rule.monthsPerStep) + 1)
  const ageMonths = rule.originalAgeYears * 12 + delayMonths
  return { month: addMonths(birthMonth, ageMonths), ageMonths, delayMonths }
}

/** Whole years from `from` to `to` (both `YYYY-MM`), rounded down; negative when `to` is earlier. */
export function wholeYearsBetween(from: string, to: string): number {
  return Math.floor((monthIndex(to) - monthIndex(from)) / 12)
}
