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
 * Zhejiang's provincial notices (decision 046, brought up to date by decision 075), the latest
 * last. The figures of both were read in the notices' text as reprinted by the press (浙政发〔2021〕22
 * 号, from 1 August 2021; and its successor, in force from 1 January 2024, which repealed it); they
 * stay flagged as placeholders until read on the provincial government's own site. Each city
 * chooses its counties' tiers: only Lucheng (330302) is placed, in the first, because the press
 * said almost all urban districts of Wenzhou adopted it; every other area gets the third (lowest)
 * tier, so that no post is held, and no award made final, against a figure higher than may apply
 * there. Load the city's list of areas (and set the flags to false) before going live.
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
      'the Zhejiang notice 浙政发〔2021〕22号 in force from 2021-08-01, as reprinted at http://www.angelgibson.com/policy/118500.html and reported at https://ningbo.chinadaily.com.cn/2021-07/30/c_647511.htm (the provincial site not read; decisions 046, 075)',
    areasSource:
      'press report that almost all urban districts of Wenzhou adopted the first tier, http://en.1234567g.com/ww/News/content/2021-09/27/content_8062570.html (county list not read; decision 046)',
    placeholder: true,
    areasPlaceholder: true,
  },
  {
    provincePrefix: '33',
    effectiveFrom: '2024-01-01',
    tiers: {
      first: { monthlyFen: 249_000, hourlyFen: 2_400 },
      second: { monthlyFen: 226_000, hourlyFen: 2_200 },
      third: { monthlyFen: 201_000, hourlyFen: 2_000 },
    },
    areas: [{ regionPrefix: '330302', tier: 'first' }],
    otherAreasTier: 'third',
    source:
      'the Zhejiang notice in force from 2024-01-01 (repealing 浙政发〔2021〕22号) as reprinted by CCTV on 2024-01-15, http://tibet.cn/cn/Instant/culture/202401/t20240115_7557132.html (the provincial site not read; decision 075)',
    areasSource:
      'press report that almost all urban districts of Wenzhou adopted the first tier (of the 2021 notice), http://en.1234567g.com/ww/News/content/2021-09/27/content_8062570.html (county list not read; decision 075)',
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
