/**
 * The local monthly minimum wage by county, in fen: what an award's finality is judged against
 * (劳动争议调解仲裁法 art. 47: claims up to twelve months of it). Local data that the province
 * changes every few years; these are development figures of Wenzhou's counties in the province's
 * first tier (浙江省最低工资标准, 第一档, 2,490 yuan a month) until the office loads its table.
 */
export const localMonthlyMinimumFen: Readonly<Record<string, number>> = {
  '330302': 249_000,
  '330303': 249_000,
  '330304': 249_000,
}

/** The province's lowest tier, for a county not listed: the smaller figure keeps fewer awards final. */
export const defaultMonthlyMinimumFen = 201_000

export function monthlyMinimumOf(regionCode: string): number {
  return localMonthlyMinimumFen[regionCode] ?? defaultMonthlyMinimumFen
}
