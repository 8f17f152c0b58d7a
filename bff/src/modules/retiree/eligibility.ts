import { LogicEngine } from 'json-logic-engine'
import type { AssistanceRule, EligibilityFacts } from '@renshe/shared/retiree/schemas'

// One engine for the whole process: rules are data, the engine is the only code that reads them.
const engine = new LogicEngine()

/** Whether a rule's JSON Logic can run at all (unknown operators are refused when a rule is loaded). */
export function checkRuleLogic(logic: Record<string, unknown>): { ok: true } | { ok: false; error: string } {
  try {
    engine.build(logic)
    return { ok: true }
  } catch (error) {
    return { ok: false, error: refusalOf(error) }
  }
}

// The engine throws plain objects such as `{ type: 'Unknown Operator', key: 'older_than' }`, not Errors.
function refusalOf(error: unknown): string {
  if (error instanceof Error) return error.message
  const { type, key } = (typeof error === 'object' && error !== null ? error : {}) as { type?: unknown; key?: unknown }
  if (typeof type !== 'string') return 'invalid rule'
  return typeof key === 'string' ? `${type}: ${key}` : type
}

/** The rules one pensioner meets: the region matches (or the rule is province-wide) and the logic holds. */
export function matchingRules<R extends Pick<AssistanceRule, 'regionCode' | 'logic'>>(rules: readonly R[], facts: EligibilityFacts): R[] {
  return rules.filter((rule) => (rule.regionCode === null || rule.regionCode === facts.regionCode) && holds(rule.logic, facts))
}

// A rule that cannot be evaluated for these facts (e.g. a comparison with a missing number)
// finds nobody, rather than stopping the evaluation of every other rule and pensioner.
function holds(logic: Record<string, unknown>, facts: EligibilityFacts): boolean {
  try {
    return engine.run(logic, facts) === true
  } catch {
    return false
  }
}

/** Age in whole years on `today` (`YYYY-MM-DD`), from a birth date. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1
}
