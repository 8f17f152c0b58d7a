import { z } from 'zod'

/*
 * Benefits on the citizen card, county by county (decision 066), kept as data: who counts as what
 * (categories, JSON Logic the portal's rules engine evaluates over a holder's facts), and what
 * each county's buses, parks, museums and scenic spots give each category. A venue's phone decides
 * offline from a token's categories and this table; the portal decides again when the use is
 * recorded, from the holder's facts as they are now.
 *
 * "Same city, same treatment" (同城同待遇): a county gives its benefits to holders of its own
 * county, and to holders of every county of the city once its officers open them (a table the
 * officers keep, not this file).
 */

export const BenefitCategory = z.enum(['disabled', 'senior70', 'senior60', 'student'])
export type BenefitCategory = z.infer<typeof BenefitCategory>

/** What the rules see of a holder: her age in whole years on the day, and whether the disabled persons' federation has certified a disability. */
export interface BenefitFacts {
  readonly age: number
  readonly disabilityCertified: boolean
}

/**
 * Each category's rule, JSON Logic over `BenefitFacts`. Age is in whole years on the day of use
 * ("年满 70 周岁": from the 70th birthday on). `student` is school age, 6 to 14: a bus fare rule
 * for pupils, who carry the card of their own.
 */
export const categoryRules: Readonly<Record<BenefitCategory, Record<string, unknown>>> = {
  disabled: { '==': [{ var: 'disabilityCertified' }, true] },
  senior70: { '>=': [{ var: 'age' }, 70] },
  senior60: { and: [{ '>=': [{ var: 'age' }, 60] }, { '<': [{ var: 'age' }, 70] }] },
  student: { and: [{ '>=': [{ var: 'age' }, 6] }, { '<=': [{ var: 'age' }, 14] }] },
}

export const BenefitKind = z.enum(['bus', 'park', 'museum', 'scenic'])
export type BenefitKind = z.infer<typeof BenefitKind>

/** Who a tier is for: a category, or every holder of the card (`everyone`). */
export const TierFor = z.union([BenefitCategory, z.literal('everyone')])
export type TierFor = z.infer<typeof TierFor>

export const BenefitTier = z.object({
  for: TierFor,
  /** What the holder pays, in per cent of the full price: 0 is free. */
  payPercent: z.number().int().min(0).max(100),
})
export type BenefitTier = z.infer<typeof BenefitTier>

/** One county's benefit of one kind (at most one per county and kind). */
export const CountyBenefit = z.object({
  regionCode: z.string().regex(/^\d{6}$/),
  kind: BenefitKind,
  tiers: z.array(BenefitTier).min(1),
})
export type CountyBenefit = z.infer<typeof CountyBenefit>

/**
 * The pilot city's benefits. Lucheng's bus fares are the rule the issue cites (card fare 95 %,
 * pupils 6–14 80 %, 60–69 50 %, 70 and over and certified disabilities free); the rest follow the
 * common shape of Wenzhou's county rules. Sources and dates: decision 066.
 */
export const countyBenefits: readonly CountyBenefit[] = [
  {
    regionCode: '330302',
    kind: 'bus',
    tiers: [
      { for: 'everyone', payPercent: 95 },
      { for: 'student', payPercent: 80 },
      { for: 'senior60', payPercent: 50 },
      { for: 'senior70', payPercent: 0 },
      { for: 'disabled', payPercent: 0 },
    ],
  },
  {
    regionCode: '330302',
    kind: 'museum',
    tiers: [
      { for: 'senior60', payPercent: 0 },
      { for: 'senior70', payPercent: 0 },
      { for: 'disabled', payPercent: 0 },
      { for: 'student', payPercent: 0 },
    ],
  },
  {
    regionCode: '330303',
    kind: 'bus',
    tiers: [
      { for: 'everyone', payPercent: 90 },
      { for: 'senior70', payPercent: 0 },
      { for: 'disabled', payPercent: 0 },
    ],
  },
  {
    regionCode: '330304',
    kind: 'park',
    tiers: [
      { for: 'senior70', payPercent: 0 },
      { for: 'senior60', payPercent: 50 },
      { for: 'disabled', payPercent: 0 },
      { for: 'student', payPercent: 50 },
    ],
  },
  {
    regionCode: '330304',
    kind: 'bus',
    tiers: [
      { for: 'everyone', payPercent: 95 },
      { for: 'senior60', payPercent: 50 },
      { for: 'senior70', payPercent: 0 },
      { for: 'disabled', payPercent: 0 },
    ],
  },
  {
    regionCode: '330305',
    kind: 'scenic',
    tiers: [
      { for: 'senior60', payPercent: 50 },
      { for: 'senior70', payPercent: 0 },
      { for: 'disabled', payPercent: 0 },
    ],
  },
]

export function countyBenefitOf(regionCode: string, kind: BenefitKind, table: readonly CountyBenefit[] = countyBenefits): CountyBenefit | undefined {
  return table.find((benefit) => benefit.regionCode === regionCode && benefit.kind === kind)
}

/** Why a holder gets nothing here: the county keeps it for its own holders, or no tier is hers. */
export type NotEntitled = 'not_open' | 'no_tier'

export type Entitlement =
  | { readonly entitled: true; readonly payPercent: number; readonly because: TierFor }
  | { readonly entitled: false; readonly reason: NotEntitled }

/**
 * What a holder with these categories, from this home county, gets from a county's benefit: the
 * tier that makes her pay least among those that are hers (the first listed of equals), when the
 * benefit is hers at all — her own county's always, another county's of the same city only when
 * it is open to the whole city (a holder from another city gets nothing by it). Pure data, so the venue's phone and the portal decide alike.
 */
export function entitlementOf(benefit: CountyBenefit, holder: { readonly categories: readonly string[]; readonly homeRegionCode: string }, openToCity: boolean): Entitlement {
  const home = holder.homeRegionCode === benefit.regionCode
  const sameCity = holder.homeRegionCode.slice(0, 4) === benefit.regionCode.slice(0, 4)
  if (!home && !(openToCity && sameCity)) return { entitled: false, reason: 'not_open' }
  let best: BenefitTier | undefined
  for (const tier of benefit.tiers) {
    const hers = tier.for === 'everyone' || holder.categories.includes(tier.for)
    if (hers && (!best || tier.payPercent < best.payPercent)) best = tier
  }
  return best ? { entitled: true, payPercent: best.payPercent, because: best.for } : { entitled: false, reason: 'no_tier' }
}
