import { LogicEngine } from 'json-logic-engine'

// One engine for the whole process: rules are data (JSON Logic), the engine is the only code
// that reads them. The retiree module's assistance rules and the jobs module's subsidy rules
// are read the same way (decision 021).
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

/**
 * Whether a rule holds for these facts: only an exact `true` does. A rule that cannot be
 * evaluated for them (a comparison with a missing number) finds nobody, rather than stopping the
 * evaluation of every other rule and person.
 */
export function ruleHolds(logic: Record<string, unknown>, facts: object): boolean {
  try {
    return engine.run(logic, facts) === true
  } catch {
    return false
  }
}
