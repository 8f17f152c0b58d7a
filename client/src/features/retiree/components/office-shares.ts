import { CertificationMethod } from '@renshe/shared/retiree/schemas'

export interface MethodShare {
  readonly method: CertificationMethod
  readonly count: number
  /** Whole percent of all certified this cycle; the shares add up to exactly 100. */
  readonly percent: number
}

/**
 * Each certification method's share of those certified this cycle, in whole percents. Rounded
 * by largest remainder, so a list of three never reads 33 + 33 + 33 = 99.
 */
export function methodShares(byMethod: Readonly<Record<CertificationMethod, number>>): { readonly total: number; readonly shares: MethodShare[] } {
  const methods = CertificationMethod.options
  const total = methods.reduce((sum, method) => sum + byMethod[method], 0)
  if (total === 0) return { total, shares: methods.map((method) => ({ method, count: 0, percent: 0 })) }

  const exact = methods.map((method) => (byMethod[method] * 100) / total)
  const percents = exact.map(Math.floor)
  const left = 100 - percents.reduce((sum, percent) => sum + percent, 0)
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of byRemainder.slice(0, left)) percents[index] = (percents[index] ?? 0) + 1

  return { total, shares: methods.map((method, index) => ({ method, count: byMethod[method], percent: percents[index] ?? 0 })) }
}
