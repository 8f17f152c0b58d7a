import type { PendingItem } from '@renshe/shared/inbox/schemas'
import { realNameGate } from '../../platform/real-name-gate'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { recordsGaps } from './service'

/** Contributions that have stopped (pension and medical matter most) go to the top of Home. */
export async function recordsPending(deps: Deps, principal: Principal, actor: Actor): Promise<PendingItem[]> {
  if (principal.actingFor && !principal.actingFor.scopes.includes('records.read')) return []
  const subject = subjectOf(principal)
  if (await deps.db.read((q) => realNameGate(q, subject))) return []
  return (await recordsGaps(deps, actor, subject))
    .filter((gap) => gap.ongoing && (gap.type === 'pension' || gap.type === 'medical'))
    .map((gap): PendingItem => ({ kind: 'contribution_gap', type: gap.type, from: gap.from, months: gap.months }))
}
