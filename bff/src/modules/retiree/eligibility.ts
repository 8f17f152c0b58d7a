import type { AssistanceRule, EligibilityFacts } from '@renshe/shared/retiree/schemas'
import { ruleHolds } from '../../platform/rules'

/** The rules one pensioner meets: the region matches (or the rule is province-wide) and the logic holds. */
export function matchingRules<R extends Pick<AssistanceRule, 'regionCode' | 'logic'>>(rules: readonly R[], facts: EligibilityFacts): R[] {
  return rules.filter((rule) => (rule.regionCode === null || rule.regionCode === facts.regionCode) && ruleHolds(rule.logic, facts))
}

