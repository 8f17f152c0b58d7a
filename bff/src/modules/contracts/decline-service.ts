import type { Contract, ContractSigner } from '@renshe/shared/contracts/schemas'
import type { Locale } from '@renshe/shared/platform/locale'
import type { Tx } from '../../db/database'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { contractForCaller } from './access'
import { tellEmployer, tellWorker } from './notices'
import { insertContractEvent, lockedContractById, updateContractFrom, type ContractRow } from './repo'
import { contractThrough } from './view'

/**
 * The worker declines the contract put to her, with her reason if she gives one (sealed in the
 * evidence chain, which the employer reads too); the employer is told.
 */
export async function declineContract(deps: Deps, actor: Actor, principal: Principal, locale: Locale, id: string, reason: string): Promise<Result<Contract>> {
  return endUnsigned(deps, actor, principal, locale, id, {
    by: 'worker',
    from: ['awaiting_worker'],
    to: 'declined',
    reason,
    action: 'contracts.declineContract',
    tell: (tx, row, now) => tellEmployer(tx, deps, now, row, 'contracts.declined', { contractNumber: row.contractNumber, contractId: row.id }),
  })
}

/**
 * The employer withdraws a contract the worker has not signed: its draft, or the contract put to
 * her, who is then told (a draft she never saw stays unknown to her).
 */
export async function withdrawContract(deps: Deps, actor: Actor, principal: Principal, locale: Locale, id: string): Promise<Result<Contract>> {
  return endUnsigned(deps, actor, principal, locale, id, {
    by: 'employer',
    from: ['draft', 'awaiting_worker'],
    to: 'withdrawn',
    reason: '',
    action: 'contracts.withdrawContract',
    tell: async (tx, row, now, was) => {
      if (was === 'awaiting_worker') await tellWorker(tx, deps, now, row, 'contracts.withdrawn', { contractNumber: row.contractNumber, employerName: row.employerName })
    },
  })
}

interface Ending {
  readonly by: ContractSigner
  readonly from: readonly ContractRow['status'][]
  readonly to: 'declined' | 'withdrawn'
  readonly reason: string
  readonly action: 'contracts.declineContract' | 'contracts.withdrawContract'
  readonly tell: (tx: Tx, row: ContractRow, now: Date, was: ContractRow['status']) => Promise<void>
}

/** Ends a contract before it is signed, as `ending.by` may: read again, locked, and changed only if still as read. */
async function endUnsigned(deps: Deps, actor: Actor, principal: Principal, locale: Locale, id: string, ending: Ending): Promise<Result<Contract>> {
  const found = await deps.db.read((q) => contractForCaller(q, principal, id))
  if (!found) return fail('not_found')
  if (found.role !== ending.by) return fail('illegal_transition', { detail: 'not_your_action' })
  const now = deps.clock.now()
  const at = now.toISOString()

  return deps.db.transaction(async (tx): Promise<Result<Contract>> => {
    const row = await lockedContractById(tx, id)
    if (!row) return fail('not_found')
    if (!ending.from.includes(row.status)) return fail('illegal_transition', { detail: 'not_at_this_stage' })
    const changes = { status: ending.to, updatedAt: at }
    if (!(await updateContractFrom(tx, row, changes))) return fail('illegal_transition', { detail: 'not_at_this_stage' })
    const ended: ContractRow = { ...row, ...changes }
    await insertContractEvent(tx, {
      id: newId(deps.random),
      contractId: id,
      kind: ending.to,
      at,
      byParty: ending.by,
      byUserId: principal.user.id,
      deviceEnc: null,
      detailEnc: ending.reason === '' ? null : deps.sealer.seal(ending.reason),
    })
    await ending.tell(tx, ended, now, row.status)
    await appendAudit(tx, now, actor, { action: ending.action, kind: 'write', objectType: 'labour_contract', objectId: id })
    return ok(await contractThrough(tx, deps, ended, ending.by, locale))
  })
}
