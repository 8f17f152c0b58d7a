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
export function retireePending(deps: Deps, principal: Principal, actor: Actor): PendingItem[] {
  const items: PendingItem[] = []
  const { actingFor, user } = principal
  if (actingFor ? actingFor.scopes.includes('retiree.assist') : user.roles.includes('citizen')) {
    const pensioner = pensionerOfUser(deps.db, subjectOf(principal))
    if (pensioner && pensioner.status !== 'stopped') {
      const { state, dueDate, daysLeft } = pensionerState(pensioner, todayOf(deps), cycleRulesOf(deps))
      items.push({ kind: 'retiree_certification', state, dueDate, daysLeft })
      const offered = offeredCount(deps.db, pensioner.id)
      if (offered > 0) items.push({ kind: 'retiree_assistance', count: offered })
    }
  }
  return [...items, ...visitsPending(deps, principal, actor)]
}
