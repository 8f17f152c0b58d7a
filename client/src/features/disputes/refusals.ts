import type { Problem } from '@renshe/shared/platform/problem'

/** Why the machine of decision 069 refused an act, as the case page says it. */
export type MachineRefusal = 'hearing_too_soon' | 'before_hearing_day' | 'deadline_passed' | 'illegal_transition' | 'not_your_action'

const refusals: readonly string[] = ['hearing_too_soon', 'before_hearing_day', 'deadline_passed', 'illegal_transition', 'not_your_action'] satisfies readonly MachineRefusal[]
const isRefusal = (value: string | undefined): value is MachineRefusal => value !== undefined && refusals.includes(value)

/**
 * The refusal in a problem answer. The disputes module answers a machine's refusal 409 with the
 * machine's reason as its `detail` — there a stable code, not words for developers — which the page
 * says in its own words. Without one, the codes alone: `illegal_transition` or `conflict` (the case
 * moved on), `forbidden` (another side's act). Null for anything else, said as the problem it is.
 */
export function machineRefusal(problem: Problem): MachineRefusal | null {
  if ((problem.code === 'conflict' || problem.code === 'illegal_transition') && isRefusal(problem.detail)) return problem.detail
  if (problem.code === 'illegal_transition' || problem.code === 'conflict') return 'illegal_transition'
  if (problem.code === 'forbidden') return 'not_your_action'
  return null
}
