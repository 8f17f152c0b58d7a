import { z } from 'zod'
import type { Locale } from '../platform/locale'
import { addMonths, monthIndex } from '../records/months'
import { Fen, YearMonth } from '../records/schemas'
import { IsoDate } from '../wages/schemas'
import { wholeYearsBetween } from './retirement-age'

// Basic pension of flexible workers (灵活就业人员参保): the contribution base they may choose,
// what a payment period costs, and the social-insurance subsidy. Every number that policy sets
// is data here, with where it comes from; decision 043 says which of them are confirmed.

/** A province (`33`) or a longer region-code prefix (`3303`, `330302`) a row of data applies to. */
export const RegionPrefix = z.string().regex(/^\d{2}(\d{2}){0,2}$/, { message: 'field.invalid' })
export type RegionPrefix = z.infer<typeof RegionPrefix>

/**
 * The average wage the contribution base is chosen against, for one region and one contribution
 * year. `averageMonthlyWageFen` is the province's average wage of the year before `year`, per
 * month. When the province publishes its lower and upper base in yuan, `publishedLimits` holds
 * them and is used as published; otherwise the limits are derived by `baseLimitRules`.
 */
export const AverageWageRow = z.object({
  regionPrefix: RegionPrefix,
  /** The contribution year these limits apply to (a calendar year). */
  year: z.number().int().min(2000).max(2100),
  averageMonthlyWageFen: Fen.positive(),
  publishedLimits: z.object({ minFen: Fen, maxFen: Fen }).nullable(),
  /** Where the figure comes from: a document number or a URL. */
  source: z.string().min(1),
  /** True while the figure is a stand-in for development, not a published one. */
  placeholder: z.boolean(),
})
export type AverageWageRow = z.infer<typeof AverageWageRow>

export const AverageWageTable = z.array(AverageWageRow)
export type AverageWageTable = z.infer<typeof AverageWageTable>

/**
 * The 60 %–300 % band of 国办发〔2019〕13号, in whole percent so that the arithmetic stays in
 * integers. How a province rounds the derived limits is not confirmed: we round to the whole
 * yuan, half up (`roundToFen: 100`), the form in which limits are published. Change it here.
 */
export const baseLimitRules = { minimumPercent: 60, maximumPercent: 300, roundToFen: 100 } as const
export type BaseLimitRules = { minimumPercent: number; maximumPercent: number; roundToFen: number }

/**
 * DEVELOPMENT PLACEHOLDER, not a published figure: no official Zhejiang average wage or base
 * limits could be confirmed (decision 043). Replace this row with the figures of the province's
 * yearly notice (and set `publishedLimits`, `source`, `placeholder: false`) before going live.
 */
export const averageWages: AverageWageTable = [
  {
    regionPrefix: '33',
    year: 2026,
    averageMonthlyWageFen: 800_000,
    publishedLimits: null,
    source: 'development placeholder (decision 043); replace with the Zhejiang notice for 2026',
    placeholder: true,
  },
]

export interface ContributionBaseLimits {
  minFen: number
  maxFen: number
  /** The row the limits come from, so a screen can say which year's wage and whether it is final. */
  row: AverageWageRow
}

export type LimitsResult = { ok: true; value: ContributionBaseLimits } | { ok: false; error: 'contributionBase.yearUnknown' }

/**
 * The lowest and highest monthly base a flexible worker of `regionCode` may choose in `year`.
 * The most specific row wins (a city's own row over the province's), so a region that
 * publishes its own figures needs one row, not a code change.
 */
export function contributionBaseLimits(table: AverageWageTable, regionCode: string, year: number, rules: BaseLimitRules = baseLimitRules): LimitsResult {
  const row = mostSpecific(table.filter((candidate) => candidate.year === year && regionCode.startsWith(candidate.regionPrefix)))
  if (row === undefined) return { ok: false, error: 'contributionBase.yearUnknown' }
  if (row.publishedLimits !== null) return { ok: true, value: { ...row.publishedLimits, row } }
  return {
    ok: true,
    value: {
      minFen: percentOf(row.averageMonthlyWageFen, rules.minimumPercent, rules.roundToFen),
      maxFen: percentOf(row.averageMonthlyWageFen, rules.maximumPercent, rules.roundToFen),
      row,
    },
  }
}

function mostSpecific<R extends { regionPrefix: string }>(rows: readonly R[]): R | undefined {
  return rows.reduce<R | undefined>((best, row) => (best === undefined || row.regionPrefix.length > best.regionPrefix.length ? row : best), undefined)
}

// `percent` % of `amountFen`, rounded half up to a multiple of `roundToFen`, in integers only.
function percentOf(amountFen: number, percent: number, roundToFen: number): number {
  const divisor = 100 * roundToFen
  return Math.floor((amountFen * percent + divisor / 2) / divisor) * roundToFen
}

export type BaseCheck =
  | { ok: true; limits: ContributionBaseLimits }
  | { ok: false; error: 'contributionBase.yearUnknown' }
  | { ok: false; error: 'contributionBase.belowMinimum' | 'contributionBase.aboveMaximum'; limits: ContributionBaseLimits }

/** Whether a chosen monthly base is allowed; both limits are allowed themselves. */
export function checkContributionBase(table: AverageWageTable, regionCode: string, year: number, baseFen: number, rules: BaseLimitRules = baseLimitRules): BaseCheck {
  const limits = contributionBaseLimits(table, regionCode, year, rules)
  if (!limits.ok) return limits
  if (baseFen < limits.value.minFen) return { ok: false, error: 'contributionBase.belowMinimum', limits: limits.value }
  if (baseFen > limits.value.maxFen) return { ok: false, error: 'contributionBase.aboveMaximum', limits: limits.value }
  return { ok: true, limits: limits.value }
}

/**
 * How long the channel's order of a payment stays payable (WeChat Pay's `time_expire`), in
 * minutes. The worker starts a payment when she means to pay it, and WeChat's pay sheet opens
 * at once: half an hour is ample to finish in it, also for someone slow with the phone. A longer
 * life would keep an abandoned order (and the months it holds) open for nothing, and an order
 * that outlives the day may meet a change of base; a shorter one would close orders under
 * people still paying. Past it the order is closed with the channel and a new start opens a
 * new one (decision 051).
 */
export const paymentOrderExpiryMinutes = 30

export const PaymentPeriod = z.enum(['month', 'quarter', 'half_year', 'year'])
export type PaymentPeriod = z.infer<typeof PaymentPeriod>

const monthsInPeriod: Record<PaymentPeriod, number> = { month: 1, quarter: 3, half_year: 6, year: 12 }

/**
 * Which payment periods a region offers. The national rule names all four; which ones each
 * Zhejiang collection office offers is not confirmed, so every region gets all four until a
 * row here says otherwise. The most specific prefix wins.
 */
export const allowedPaymentPeriods: Readonly<Record<string, readonly PaymentPeriod[]>> = {
  '33': PaymentPeriod.options,
}

export function periodsAllowedIn(regionCode: string, table: Readonly<Record<string, readonly PaymentPeriod[]>> = allowedPaymentPeriods): readonly PaymentPeriod[] {
  const prefix = Object.keys(table)
    .filter((candidate) => regionCode.startsWith(candidate))
    .sort((a, b) => b.length - a.length)[0]
  return prefix === undefined ? PaymentPeriod.options : (table[prefix] ?? PaymentPeriod.options)
}

export function checkPaymentPeriod(
  regionCode: string,
  period: PaymentPeriod,
  table: Readonly<Record<string, readonly PaymentPeriod[]>> = allowedPaymentPeriods,
): { ok: true } | { ok: false; error: 'paymentPeriod.notOffered' } {
  return periodsAllowedIn(regionCode, table).includes(period) ? { ok: true } : { ok: false, error: 'paymentPeriod.notOffered' }
}

/**
 * The months one payment covers. Periods follow the calendar: quarters are January–March and
 * so on, half-years January–June and July–December, a year January–December. A payment that
 * starts inside a period covers the rest of that period only, so the next one starts on the
 * calendar again and no payment ever spans two years — each year has its own base limits.
 */
export function monthsOfPeriod(period: PaymentPeriod, startMonth: string): string[] {
  if (!YearMonth.safeParse(startMonth).success) throw new RangeError(`Not a month: ${startMonth}`)
  const length = monthsInPeriod[period]
  const positionInPeriod = (Number(startMonth.slice(5, 7)) - 1) % length
  return Array.from({ length: length - positionInPeriod }, (_, offset) => addMonths(startMonth, offset))
}

export interface ContributionInput {
  baseFen: number
  period: PaymentPeriod
  startMonth: string
  /** Basic pension of flexible workers: 20 % of the base (decision 043). */
  pensionRate?: number
  /** Of which 8 % of the base goes to the personal account. */
  personalAccountRate?: number
}

export interface ContributionDue {
  months: string[]
  perMonthFen: number
  totalFen: number
  personalAccountPerMonthFen: number
  personalAccountFen: number
}

/**
 * What one payment costs. Each month's amount is rounded on its own, to the fen, half up; the
 * total is that amount times the months, so paying by the quarter costs exactly three monthly
 * payments and the months of the contribution record add up to what was paid.
 */
export function contributionDue({ baseFen, period, startMonth, pensionRate = 0.2, personalAccountRate = 0.08 }: ContributionInput): ContributionDue {
  if (!Number.isSafeInteger(baseFen) || baseFen < 0) throw new RangeError(`Not an amount in fen: ${baseFen}`)
  if (personalAccountRate > pensionRate) throw new RangeError('The personal account cannot take more than the whole contribution')
  const months = monthsOfPeriod(period, startMonth)
  const perMonthFen = rateOf(baseFen, pensionRate)
  const personalAccountPerMonthFen = rateOf(baseFen, personalAccountRate)
  return {
    months,
    perMonthFen,
    totalFen: perMonthFen * months.length,
    personalAccountPerMonthFen,
    personalAccountFen: personalAccountPerMonthFen * months.length,
  }
}

// Rates are taken to the basis point (0.2 → 2000) so that the product is exact in integers and
// "half up" means exactly that, never a float that lands just below one half.
function rateOf(amountFen: number, rate: number): number {
  const basisPoints = Math.round(rate * 10_000)
  if (basisPoints < 0 || Math.abs(basisPoints - rate * 10_000) > 1e-6) throw new RangeError(`A rate must be a whole number of basis points: ${rate}`)
  return Math.floor((amountFen * basisPoints + 5_000) / 10_000)
}

/** The subsidy is at most this share of what was paid (原则上不超过实际缴费的 2/3; decision 043 on its source). */
export const subsidyShare = { numerator: 2, denominator: 3 } as const

/** The most a subsidy can be for `paidFen` paid: two thirds, rounded down so it never exceeds the cap. */
export function subsidyAmountFen(paidFen: number, share: { numerator: number; denominator: number } = subsidyShare): number {
  if (!Number.isSafeInteger(paidFen) || paidFen < 0) throw new RangeError(`Not an amount in fen: ${paidFen}`)
  return Math.floor((paidFen * share.numerator) / share.denominator)
}

/** What the subsidy rules are evaluated over; gathered by the service from the person's records. */
export const SubsidyFacts = z.object({
  /** Certified as a person with employment difficulty (就业困难人员). */
  employmentDifficulty: z.boolean(),
  /** The year they left college; null for someone who is not a college graduate. */
  graduateYear: z.number().int().min(1950).max(2100).nullable(),
  /** First month of flexible-worker enrolment the subsidy is claimed for; its term counts from here. */
  enrolledSince: YearMonth,
  today: IsoDate,
  ageYears: z.number().int().nonnegative(),
  /**
   * Whole years from the start of the subsidised period (`enrolledSince`, where every term counts
   * from) to the month of the statutory retirement age (`yearsToRetirementAtStart`); negative
   * when retired before it; null when unknown.
   */
  yearsToRetirementAtStart: z.number().int().nullable(),
})
export type SubsidyFacts = z.infer<typeof SubsidyFacts>

/**
 * The facts as the rules see them: JSON Logic cannot count months between dates, so the
 * differences are worked out here, once, as plain numbers.
 */
export interface SubsidyRuleFacts extends SubsidyFacts {
  /** Whole calendar months from `enrolledSince` to the month of `today` (0 in the first month). */
  monthsSinceEnrolment: number
  /** Calendar years from leaving college to enrolling; null for someone who is not a graduate. */
  yearsFromGraduationToEnrolment: number | null
}

export function subsidyRuleFacts(facts: SubsidyFacts): SubsidyRuleFacts {
  return {
    ...facts,
    monthsSinceEnrolment: monthIndex(facts.today.slice(0, 7)) - monthIndex(facts.enrolledSince),
    yearsFromGraduationToEnrolment: facts.graduateYear === null ? null : Number(facts.enrolledSince.slice(0, 4)) - facts.graduateYear,
  }
}

/**
 * One kind of subsidy: who qualifies (`when`, JSON Logic over `SubsidyRuleFacts`) and for how
 * long (`maxYears` from `enrolledSince`; null: no limit of its own, e.g. until retirement).
 */
export const SubsidyRule = z.object({
  id: z.string().min(1),
  title: z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) } satisfies Record<Locale, z.ZodString>),
  when: z.record(z.string(), z.unknown()),
  maxYears: z.number().int().positive().nullable(),
})
export type SubsidyRule = z.infer<typeof SubsidyRule>

/**
 * The national rules as restated by the sources in decision 043 (none read in an official
 * text yet; local rules may differ). Comparisons guard against null first, because JSON Logic
 * reads `null < 5` as `0 < 5`, which is true.
 */
export const subsidyRules: readonly SubsidyRule[] = [
  {
    id: 'employment_difficulty',
    title: { 'zh-CN': '就业困难人员灵活就业社会保险补贴', en: 'Social-insurance subsidy for people with employment difficulty' },
    when: { '==': [{ var: 'employmentDifficulty' }, true] },
    maxYears: 3,
  },
  {
    id: 'employment_difficulty_near_retirement',
    title: { 'zh-CN': '距法定退休年龄不足5年的就业困难人员社会保险补贴', en: 'Subsidy for people with employment difficulty within 5 years of retirement' },
    when: {
      and: [
        { '==': [{ var: 'employmentDifficulty' }, true] },
        { '!==': [{ var: 'yearsToRetirementAtStart' }, null] },
        { '<': [{ var: 'yearsToRetirementAtStart' }, 5] },
      ],
    },
    maxYears: null,
  },
  {
    id: 'recent_graduate',
    title: { 'zh-CN': '离校2年内未就业高校毕业生社会保险补贴', en: 'Social-insurance subsidy for college graduates within 2 years of leaving' },
    when: {
      and: [
        { '!==': [{ var: 'yearsFromGraduationToEnrolment' }, null] },
        { '>=': [{ var: 'yearsFromGraduationToEnrolment' }, 0] },
        { '<=': [{ var: 'yearsFromGraduationToEnrolment' }, 2] },
      ],
    },
    maxYears: 2,
  },
]

/** The last month a rule subsidises for someone enrolled since `enrolledSince`; null: no end of its own. */
export function subsidyLastMonth(rule: Pick<SubsidyRule, 'maxYears'>, enrolledSince: string): string | null {
  return rule.maxYears === null ? null : addMonths(enrolledSince, rule.maxYears * 12 - 1)
}

/**
 * Whole years from the first subsidised month to the month the person reaches the statutory
 * retirement age (`statutoryRetirement` in retirement-age.ts): "less than 5 years from retirement
 * when first subsidised" is this number below 5, so 4 years and 11 months is near retirement.
 */
export function yearsToRetirementAtStart(enrolledSince: string, retirementMonth: string): number {
  return wholeYearsBetween(enrolledSince, retirementMonth)
}

/** Whether the month of `today` falls in the rule's term: from `enrolledSince` to its last month. */
export function withinSubsidyTerm(rule: Pick<SubsidyRule, 'maxYears'>, facts: Pick<SubsidyFacts, 'enrolledSince' | 'today'>): boolean {
  const month = facts.today.slice(0, 7)
  const lastMonth = subsidyLastMonth(rule, facts.enrolledSince)
  return month >= facts.enrolledSince && (lastMonth === null || month <= lastMonth)
}
