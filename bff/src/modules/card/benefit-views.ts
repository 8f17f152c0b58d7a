import type { CountyBenefit } from '@renshe/shared/card/benefits'
import type { OpenedBenefit } from '@renshe/shared/card/schemas'
import { openingKey } from './benefits-repo'

/** A county's benefit with whether its county opened it to the whole city (`opened`: the `region:kind` of each opened one). */
export function openedBenefit(benefit: CountyBenefit, opened: ReadonlySet<string>): OpenedBenefit {
  return { ...benefit, tiers: benefit.tiers.map((tier) => ({ ...tier })), openToCity: opened.has(openingKey(benefit.regionCode, benefit.kind)) }
}
