import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { aboutTheWorker, contractForCaller } from './access'
import { documentOf, insertContractEvent } from './repo'
import { stillKept, todayOf } from './view'

export interface ContractFile {
  readonly fileName: string
  readonly sha256: string
  readonly dataUrl: string
}

/**
 * The signed PDF, free, to either party while it is kept. Each download is a link of the evidence
 * chain, written with the audited read in one transaction.
 */
export async function downloadContract(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<ContractFile>> {
  const found = await deps.db.read(async (q) => {
    const caller = await contractForCaller(q, principal, id)
    const document = caller && (await documentOf(q, id))
    return caller ? { ...caller, document } : null
  })
  if (!found) return fail('not_found')
  const { row, role, document } = found
  if ((row.status !== 'signed' && row.status !== 'ended') || !document) return fail('illegal_transition', { detail: 'not_signed' })
  if (!stillKept(row, todayOf(deps))) return fail('conflict', { detail: 'no_longer_kept' })
  const pdf = deps.sealer.openBytes(document.pdfEnc)
  const now = deps.clock.now()
  await deps.db.transaction(async (tx) => {
    await insertContractEvent(tx, { id: newId(deps.random), contractId: id, kind: 'downloaded', at: now.toISOString(), byParty: role, byUserId: principal.user.id, deviceEnc: null, detailEnc: null })
    await appendAudit(tx, now, aboutTheWorker(actor, row), { action: 'contracts.downloadContract', kind: 'read', objectType: 'labour_contract', objectId: id })
  })
  return ok({ fileName: `劳动合同-${row.contractNumber}.pdf`, sha256: document.sha256, dataUrl: `data:application/pdf;base64,${pdf.toString('base64')}` })
}
