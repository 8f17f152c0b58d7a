import type { AssistanceRule, EligibilityFacts } from '@renshe/shared/retiree/schemas'
import { ruleHolds } from '../../platform/rules'

/** The rules one pensioner meets: the region matches (or the rule is province-wide) and the logic holds. */
export function matchingRules<R extends Pick<AssistanceRule, 'regionCode' | 'logic'>>(rules: readonly R[], facts: EligibilityFacts): R[] {
  return rules.filter((rule) => (rule.regionCode === null || rule.regionCode === facts.regionCode) && ruleHolds(rule.logic, facts))
}

/** Age in whole years on `today` (`YYYY-MM-DD`), from a birth date. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1
}
