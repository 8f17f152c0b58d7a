import { z } from 'zod'
import { Fen } from '../records/schemas'
import { IsoDate } from '../wages/schemas'
import { RegionPrefix } from './flexible-insurance'

// Minimum wages (最低工资规定, 劳动和社会保障部令第21号): a province sets a few tiers of monthly
// and part-time hourly minimums and says which county falls in which tier. Every figure is data
// with where it comes from; decision 046 says which of them are confirmed.

/** 一类、二类、三类 areas of a provincial notice, highest minimum first. */
export const MinimumWageTier = z.enum(['first', 'second', 'third'])
export type MinimumWageTier = z.infer<typeof MinimumWageTier>

const TierAmounts = z.object({
  /** Monthly minimum wage (月最低工资标准) for full-time work. */
  monthlyFen: Fen.positive(),
  /** Hourly minimum wage for part-time work (非全日制工作小时最低工资标准). */
  hourlyFen: Fen.positive(),
})

/**
 * One provincial notice: its figures per tier, from the day it takes effect, and the areas it
 * puts in each tier. An area the notice lists is a county or district code (or a city prefix);
 * any other area of the province gets `otherAreasTier`.
 */
export const MinimumWageStandard = z.object({
  provincePrefix: RegionPrefix,
  effectiveFrom: IsoDate,
  tiers: z.object({ first: TierAmounts, second: TierAmounts, third: TierAmounts }),
  areas: z.array(z.object({ regionPrefix: RegionPrefix, tier: MinimumWageTier })),
  otherAreasTier: MinimumWageTier,
  /** Where the figures come from: a document number or a URL. */
  source: z.string().min(1),
  /** Where the list of areas per tier comes from. */
  areasSource: z.string().min(1),
  /** True while the figures are a stand-in for development, not read in the notice itself. */
  placeholder: z.boolean(),
  /** True while the areas per tier are not read in the notice itself. */
  areasPlaceholder: z.boolean(),
})
export type MinimumWageStandard = z.infer<typeof MinimumWageStandard>

/** The minimum wage of one region from one date: what `minimumWageOn` answers. */
export const MinimumWageRow = z.object({
  regionPrefix: RegionPrefix,
  effectiveFrom: IsoDate,
  tier: MinimumWageTier,
  monthlyFen: Fen.positive(),
  hourlyFen: Fen.positive(),
  source: z.string().min(1),
  placeholder: z.boolean(),
})
export type MinimumWageRow = z.infer<typeof MinimumWageRow>

export const MinimumWageTable = z.array(MinimumWageRow)
export type MinimumWageTable = z.infer<typeof MinimumWageTable>

/**
 * DEVELOPMENT PLACEHOLDER, not read in the official notice: the figures are the three tiers
 * that took effect in Zhejiang on 1 August 2021 as reported by the press (decision 046); the
 * notice itself was not found, and whether a later notice has replaced them was not confirmed.
 * Only Lucheng (330302) is placed in a tier, and only because the press said that almost all
 * urban districts of Wenzhou adopted the first tier; every other area gets the third (lowest)
 * tier, so that no post is held against a figure higher than may apply there. Replace with the
 * current notice and its full list of areas (and set both flags to false) before going live.
 */
export const zhejiangMinimumWageStandards: readonly MinimumWageStandard[] = [
  {
    provincePrefix: '33',
    effectiveFrom: '2021-08-01',
    tiers: {
      first: { monthlyFen: 228_000, hourlyFen: 2_200 },
      second: { monthlyFen: 207_000, hourlyFen: 2_000 },
      third: { monthlyFen: 184_000, hourlyFen: 1_800 },
    },
    areas: [{ regionPrefix: '330302', tier: 'first' }],
    otherAreasTier: 'third',
    source:
      'press report of the Zhejiang notice effective 2021-08-01, https://ningbo.chinadaily.com.cn/2021-07/30/c_647511.htm (notice not read; later notices not checked; decision 046)',
    areasSource:
      'press report that almost all urban districts of Wenzhou adopted the first tier, http://en.1234567g.com/ww/News/content/2021-09/27/content_8062570.html (county list not read; decision 046)',
    placeholder: true,
    areasPlaceholder: true,
  },
]

/**
 * The rows of a set of notices: one per listed area and one for the rest of the province. A
 * listed area's row is a placeholder when either its figures or its tier are.
 */
export function minimumWageRows(standards: readonly MinimumWageStandard[]): MinimumWageTable {
  return standards.flatMap((standard) => {
    const rowOf = (regionPrefix: string, tier: MinimumWageTier, listed: boolean): MinimumWageRow => ({
      regionPrefix,
      effectiveFrom: standard.effectiveFrom,
      tier,
      ...standard.tiers[tier],
      source: listed ? `${standard.source}; tier: ${standard.areasSource}` : standard.source,
      placeholder: standard.placeholder || (listed && standard.areasPlaceholder),
    })
    return [rowOf(standard.provincePrefix, standard.otherAreasTier, false), ...standard.areas.map((area) => rowOf(area.regionPrefix, area.tier, true))]
  })
}

export const minimumWages: MinimumWageTable = minimumWageRows(zhejiangMinimumWageStandards)

/**
 * The minimum wage in force in `regionCode` on `date`: of the rows that cover the region and
 * have taken effect, the latest; of those, the most specific. The date comes first because a
 * new provincial notice replaces every earlier figure of its areas, local ones included, and
 * lists its own areas. Undefined when no row covers the region yet.
 */
export function minimumWageOn(regionCode: string, date: string, table: MinimumWageTable = minimumWages): MinimumWageRow | undefined {
  return table
    .filter((row) => regionCode.startsWith(row.regionPrefix) && row.effectiveFrom <= date)
    .reduce<MinimumWageRow | undefined>((best, row) => {
      if (best === undefined || row.effectiveFrom > best.effectiveFrom) return row
      if (row.effectiveFrom === best.effectiveFrom && row.regionPrefix.length > best.regionPrefix.length) return row
      return best
    }, undefined)
}
