import { checkEnding, type EndContractInput } from '@renshe/shared/contracts/ending'
import { keepUntilOf } from '@renshe/shared/contracts/terms'
import type { Contract } from '@renshe/shared/contracts/schemas'
import { chinaDate } from '@renshe/shared/platform/china-time'
import type { Locale } from '@renshe/shared/platform/locale'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { aboutTheWorker, contractForCaller } from './access'
import { certificateNumberOf, issueCertificate } from './certificate'
import type { ContractFile } from './download-service'
import { tellWorker } from './notices'
import { endingOf, insertContractEvent, insertEndingOnce, lockedContractById, signingTimesOf, updateContractFrom, type ContractRow } from './repo'
import { contractThrough, stillKept, todayOf } from './view'

/*
 * The ending of a signed contract (劳动合同法 arts. 36–50; decision 074): the
 * employer records it on a lawful ground with the last working day, and the portal issues the
 * certificate of ending in its name (art. 50), rendered and timestamped as the contract is. The
 * worker is told in the inbox and by subscribe message. She does not end it here herself: her
 * notice (art. 37) is given to the employer, which records the ending on that ground.
 */

/**
 * Ends a signed contract, once. The certificate is made before the transaction, from the contract
 * as read; the transaction checks it is still so, and a second ending at the same moment finds
 * the first (the ending's key is the contract) and changes nothing.
 */
export async function endContract(deps: Deps, actor: Actor, principal: Principal, locale: Locale, id: string, input: EndContractInput): Promise<Result<Contract>> {
  const found = await deps.db.read(async (q) => {
    const caller = await contractForCaller(q, principal, id)
    return caller && { ...caller, signatures: await signingTimesOf(q, id) }
  })
  if (!found) return fail('not_found')
  const { row, role, signatures } = found
  if (role !== 'employer') return fail('illegal_transition', { detail: 'not_your_action' })
  if (row.status === 'ended') return fail('conflict', { detail: 'already_ended' })
  if (row.status !== 'signed') return fail('illegal_transition', { detail: 'not_signed' })
  const signedAt = signatures.map((signature) => signature.signedAt).sort().at(-1)
  if (signedAt === undefined) return fail('illegal_transition', { detail: 'not_signed' })
  const today = todayOf(deps)
  const issues = checkEnding(input, { kind: row.kind, startsOn: row.startsOn, endsOn: row.endsOn, signedOn: chinaDate(new Date(signedAt)) }, today)
  if (issues.length > 0) return fail('validation_failed', { errors: issues.map((issue) => ({ path: `body.${issue.path}`, key: issue.key })) })

  const now = deps.clock.now()
  const at = now.toISOString()
  const certificate = await issueCertificate(deps, row, input, at, today)
  return deps.db.transaction(async (tx): Promise<Result<Contract>> => {
    const current = await lockedContractById(tx, id)
    if (!current || current.status !== 'signed' || current.version !== row.version) return fail('conflict', { detail: 'already_ended' })
    const recorded = await insertEndingOnce(tx, {
      contractId: id,
      ground: input.ground,
      lastDay: input.lastDay,
      reasonEnc: input.reason === '' ? null : deps.sealer.seal(input.reason),
      byUserId: principal.user.id,
      recordedAt: at,
      certificateNumber: certificateNumberOf(current.contractNumber),
      sha256: certificate.sha256,
      size: certificate.pdf.length,
      pdfEnc: deps.sealer.sealBytes(certificate.pdf),
      timestamp: certificate.timestamp,
      timestampedAt: certificate.timestampedAt,
    })
    if (!recorded) return fail('conflict', { detail: 'already_ended' })
    const changes = { status: 'ended' as const, endedOn: input.lastDay, keepUntil: keepUntilOf(input.lastDay), updatedAt: at }
    if (!(await updateContractFrom(tx, current, changes))) return fail('conflict', { detail: 'already_ended' })
    const ended: ContractRow = { ...current, ...changes }
    await insertContractEvent(tx, {
      id: newId(deps.random),
      contractId: id,
      kind: 'ended',
      at,
      byParty: 'employer',
      byUserId: principal.user.id,
      deviceEnc: null,
      detailEnc: input.reason === '' ? null : deps.sealer.seal(input.reason),
    })
    await tellWorker(tx, deps, now, ended, 'contracts.ended', { contractNumber: ended.contractNumber, employerName: ended.employerName, lastDay: input.lastDay, contractId: id })
    await appendAudit(tx, now, aboutTheWorker(actor, ended), { action: 'contracts.endContract', kind: 'write', objectType: 'labour_contract', objectId: id })
    return ok(await contractThrough(tx, deps, ended, 'employer', locale))
  })
}

/** The certificate of ending, free, to either party while the contract is kept; each download a link of the evidence chain. */
export async function downloadCertificate(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<ContractFile>> {
  const found = await deps.db.read(async (q) => {
    const caller = await contractForCaller(q, principal, id)
    return caller && { ...caller, ending: await endingOf(q, id) }
  })
  if (!found) return fail('not_found')
  const { row, role, ending } = found
  if (row.status !== 'ended' || !ending) return fail('illegal_transition', { detail: 'not_ended' })
  if (!stillKept(row, todayOf(deps))) return fail('conflict', { detail: 'no_longer_kept' })
  const pdf = deps.sealer.openBytes(ending.pdfEnc)
  const now = deps.clock.now()
  await deps.db.transaction(async (tx) => {
    await insertContractEvent(tx, {
      id: newId(deps.random),
      contractId: id,
      kind: 'downloaded',
      at: now.toISOString(),
      byParty: role,
      byUserId: principal.user.id,
      deviceEnc: null,
      detailEnc: deps.sealer.seal(ending.certificateNumber),
    })
    await appendAudit(tx, now, aboutTheWorker(actor, row), { action: 'contracts.downloadCertificate', kind: 'read', objectType: 'labour_contract', objectId: id })
  })
  return ok({ fileName: `劳动合同终止证明-${ending.certificateNumber}.pdf`, sha256: ending.sha256, dataUrl: `data:application/pdf;base64,${pdf.toString('base64')}` })
}
