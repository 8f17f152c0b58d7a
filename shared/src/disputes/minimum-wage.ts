import { minimumWageOn } from '../jobs/minimum-wages'
import type { IsoDate } from '../platform/primitives'

/**
 * The county's monthly minimum wage in fen on the day of an award: what its finality is judged
 * against (劳动争议调解仲裁法 art. 47: claims up to twelve months of it). Read from the province's one
 * table (shared/src/jobs/minimum-wages.ts, decision 075), which job posts and labour contracts are
 * held against too. A county the table does not cover gets the province's lowest figure then:
 * the smaller figure keeps fewer awards final.
 */
export function monthlyMinimumOf(regionCode: string, on: IsoDate): number {
  const row = minimumWageOn(regionCode, on)
  if (row) return row.monthlyFen
  return minimumWageOn('33', on)?.monthlyFen ?? 0
}
