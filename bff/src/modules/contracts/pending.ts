import type { PendingItem } from '@renshe/shared/inbox/schemas'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { listerOf } from './access'
import { countAt } from './repo'

/**
 * What waits on a contract (decision 073): for the worker, contracts the employer has signed and
 * put to her; for an employer, its drafts waiting for its own signature. Her own only (the same
 * rule as her list); nothing for grid staff acting for someone, who cannot sign for her. Counted
 * in SQL; nothing personal is read.
 */
export async function contractsPending(deps: Deps, principal: Principal, _actor: Actor): Promise<PendingItem[]> {
  if (principal.actingFor !== null) return []
  return deps.db.read(async (q) => {
    const { employerIds, workerIdNumberIndex } = await listerOf(q, principal)
    const items: PendingItem[] = []
    if (workerIdNumberIndex !== null) {
      const toSign = await countAt(q, { employerIds: [], workerIdNumberIndex }, 'awaiting_worker')
      if (toSign.count > 0) items.push({ kind: 'contracts_to_sign', count: toSign.count, contractId: toSign.onlyId })
    }
    if (employerIds.length > 0) {
      const drafts = await countAt(q, { employerIds, workerIdNumberIndex: null }, 'draft')
      if (drafts.count > 0) items.push({ kind: 'contract_drafts', count: drafts.count, contractId: drafts.onlyId })
    }
    return items
  })
}
