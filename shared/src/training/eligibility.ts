import type { EligibilityChoice } from './schemas'

/**
 * The JSON Logic a programme's choice of people becomes (decision 021): stored with the
 * programme and evaluated by the portal's one rules engine over each person's `TrainingFacts`.
 * The region is not part of it: a programme reaches the people of its officer's region.
 */
export function eligibilityLogic(choice: EligibilityChoice): Record<string, unknown> {
  const age = { var: 'age' }
  // 16 is the lowest working age (劳动法 art. 15): the floor when the officer leaves it open.
  const conditions: Record<string, unknown>[] = [{ '>=': [age, choice.minAge ?? 16] }]
  if (choice.maxAge !== null) conditions.push({ '<=': [age, choice.maxAge] })
  if (choice.groups.length > 0) conditions.push({ or: choice.groups.map((group) => ({ '==': [{ var: group }, true] })) })
  return { and: conditions }
}
