import { ruleHolds } from '../../platform/rules'
import { subsidyLastMonth, subsidyRuleFacts, withinSubsidyTerm, type SubsidyFacts, type SubsidyRule } from '@renshe/shared/jobs/flexible-insurance'

export type SubsidyDecision = { eligible: false } | { eligible: true; rule: SubsidyRule; lastMonth: string | null }

/**
 * Whether a flexible worker is subsidised this month, and under which rule. Of the rules
 * whose condition holds and whose term has not run out, the one that lasts longest is chosen
 * (no end of its own beats any number of years), so a person who fits two is never given the
 * shorter one.
 */
export function subsidyEligibility(rules: readonly SubsidyRule[], facts: SubsidyFacts): SubsidyDecision {
  const ruleFacts = subsidyRuleFacts(facts)
  const inForce = rules
    .filter((rule) => withinSubsidyTerm(rule, facts) && ruleHolds(rule.when, ruleFacts))
    .map((rule) => ({ rule, lastMonth: subsidyLastMonth(rule, facts.enrolledSince) }))
  const longest = inForce.reduce<(typeof inForce)[number] | undefined>((best, candidate) => (best === undefined || endsLater(candidate.lastMonth, best.lastMonth) ? candidate : best), undefined)
  return longest === undefined ? { eligible: false } : { eligible: true, ...longest }
}

function endsLater(month: string | null, than: string | null): boolean {
  if (than === null) return false
  return month === null || month > than
}
