import type { Contract } from '@renshe/shared/contracts/schemas'
import type { Locale } from '@renshe/shared/platform/locale'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { contractForCaller } from './access'
import { insertContractEvent, lockedContractById, updateContractFrom, type ContractRow } from './repo'
import { contractThrough, sealedDevice } from './view'

/**
 * The worker has read the whole text of the version put to her (the page says so when its end
 * was reached): recorded in the evidence chain with her device, and from then on she may sign
 * that version. Only she reads for herself, and only while the contract awaits her.
 */
export async function recordReading(deps: Deps, actor: Actor, principal: Principal, locale: Locale, id: string, device: string): Promise<Result<Contract>> {
  const found = await deps.db.read((q) => contractForCaller(q, principal, id))
  if (!found) return fail('not_found')
  if (found.role !== 'worker') return fail('illegal_transition', { detail: 'not_your_action' })
  const now = deps.clock.now()
  const at = now.toISOString()

  return deps.db.transaction(async (tx): Promise<Result<Contract>> => {
    const row = await lockedContractById(tx, id)
    if (!row) return fail('not_found')
    if (row.status !== 'awaiting_worker') return fail('illegal_transition', { detail: 'not_awaiting_worker' })
    const changes = { readVersion: row.version, updatedAt: at }
    if (!(await updateContractFrom(tx, row, changes))) return fail('illegal_transition', { detail: 'not_awaiting_worker' })
    const updated: ContractRow = { ...row, ...changes }
    await insertContractEvent(tx, {
      id: newId(deps.random),
      contractId: id,
      kind: 'viewed',
      at,
      byParty: 'worker',
      byUserId: principal.user.id,
      deviceEnc: sealedDevice(deps, device),
      detailEnc: null,
    })
    await appendAudit(tx, now, actor, { action: 'contracts.recordReading', kind: 'write', objectType: 'labour_contract', objectId: id })
    return ok(await contractThrough(tx, deps, updated, 'worker', locale))
  })
}
