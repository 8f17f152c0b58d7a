import type { Deps } from '../../platform/deps'
import { refuse } from './refusals'
import { isSuspended } from './supervision-repo'

/*
 * What a suspension stops (decision 061): a suspended institution publishes no course, confirms
 * no enrolment, shows no check-in code; no one enrols in or checks in to its courses, and its
 * courses leave the search (in SQL: `notSuspended`). Every service asks here, so the rule is one.
 */

export const institutionSuspended = () => refuse('training.institutionSuspended', 'This training institution is suspended')

/** The refusal when the institution is suspended; undefined when it may act. */
export async function suspensionOf(deps: Pick<Deps, 'db'>, institutionUserId: string): Promise<ReturnType<typeof institutionSuspended> | undefined> {
  return (await deps.db.read((q) => isSuspended(q, institutionUserId))) ? institutionSuspended() : undefined
}
