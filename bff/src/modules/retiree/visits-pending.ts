import type { PendingItem } from '@renshe/shared/inbox/schemas'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { pendingDeathRecordsOfRegion } from './death-records-repo'
import { countTasksToReview } from './office-repo'
import { todayOf } from './certification'
import { visitsToDo } from './visits-service'

/** Home visits still to do for grid staff; visits waiting for review and death records to check for the region's officers. */
export async function visitsPending(deps: Deps, principal: Principal, _actor: Actor): Promise<PendingItem[]> {
  const { actingFor, user } = principal
  // Acting for a citizen, Home shows that citizen's business, not the helper's own.
  if (actingFor) return []
  return deps.db.read(async (q) => {
    const items: PendingItem[] = []
    if (user.roles.includes('grid_staff')) {
      const { tasks, grantees } = await visitsToDo(q, deps, user.id, todayOf(deps))
      const count = tasks.length + grantees.length
      if (count > 0) items.push({ kind: 'retiree_visits', count })
    }
    if (user.regionCode !== null && (user.roles.includes('officer') || user.roles.includes('supervisor'))) {
      const count = await countTasksToReview(q, user.regionCode)
      if (count > 0) items.push({ kind: 'retiree_reviews', count })
      const deaths = await pendingDeathRecordsOfRegion(q, user.regionCode)
      if (deaths > 0) items.push({ kind: 'retiree_death_records', count: deaths })
    }
    return items
  })
}
