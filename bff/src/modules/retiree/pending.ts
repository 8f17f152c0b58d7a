import type { PendingItem } from '@renshe/shared/inbox/schemas'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { offeredCount } from './assistance-repo'
import { cycleRulesOf, pensionerState, todayOf } from './certification'
import { pensionerOfUser } from './pensioners-repo'
import { visitsPending } from './visits-pending'

/**
 * For a pensioner (or a helper acting for one under `retiree.assist`): where the survival
 * certification stands, always, so Home shows the days left; and benefits waiting for a tap.
 * Nothing once the pension has stopped. Then the grid staff's and officers' items.
 */
export async function retireePending(deps: Deps, principal: Principal, actor: Actor): Promise<PendingItem[]> {
  const items: PendingItem[] = []
  const { actingFor, user } = principal
  if (actingFor ? actingFor.scopes.includes('retiree.assist') : user.roles.includes('citizen')) {
    const found = await deps.db.read(async (q) => {
      const pensioner = await pensionerOfUser(q, subjectOf(principal))
      return pensioner && pensioner.status !== 'stopped' ? { pensioner, offered: await offeredCount(q, pensioner.id) } : null
    })
    if (found) {
      const { state, dueDate, daysLeft } = pensionerState(found.pensioner, todayOf(deps), cycleRulesOf(deps))
      items.push({ kind: 'retiree_certification', state, dueDate, daysLeft, deathRecordUnderReview: found.pensioner.deathHoldId !== null })
      if (found.offered > 0) items.push({ kind: 'retiree_assistance', count: found.offered })
    }
  }
  return [...items, ...(await visitsPending(deps, principal, actor))]
}
