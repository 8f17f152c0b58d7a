import type { z } from 'zod'
import type { Contract, ContractSigner, SignatureInput, SigningSession, SigningStart } from '@renshe/shared/contracts/schemas'
import { keepUntilOf } from '@renshe/shared/contracts/terms'
import { checkIdNumber } from '@renshe/shared/identity/id-number'
import type { Locale } from '@renshe/shared/platform/locale'
import type { Tx } from '../../db/database'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, type Actor } from '../../platform/audit'
import { minutes } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import type { FaceFailureReason } from '../../platform/face-verification'
import type { Principal } from '../../platform/principal'
import { fail, ok, type ProblemInit, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { aboutTheWorker, contractForCaller } from './access'
import { unprintableFields } from './contract-document'
import { tellEmployer, tellWorker } from './notices'
import {
  insertContractEvent,
  insertDocument,
  insertSignature,
  lockedContractById,
  markSigned,
  realNameOf,
  sealedOpenidOf,
  signatureById,
  signatureOf,
  updateContractFrom,
  type ContractRow,
  type SignatureRow,
} from './repo'
import { issueSignedDocument } from './signed-document'
import { checkOf, contractThrough, openTerms, partiesOf, readByWorker, sealedDevice } from './view'

/** An identity check's answer must come back within this long after it began. */
export const signingAttemptMaxAgeMs = minutes(10)

/**
 * Whether it is `role`'s turn to sign, as the contract stands: the employer's authorised person on
 * the draft, then the worker once she has read the version the employer signed.
 */
function turnRefusal(row: ContractRow, role: ContractSigner): ProblemInit | null {
  if (role === 'employer') return row.status === 'draft' ? null : { code: 'illegal_transition', detail: 'not_your_turn' }
  if (row.status !== 'awaiting_worker') return { code: 'illegal_transition', detail: 'not_your_turn' }
  return readByWorker(row) ? null : { code: 'illegal_transition', detail: 'not_read' }
}

const changedMeanwhile: ProblemInit = { code: 'conflict', detail: 'changed_meanwhile' }

interface Signatory {
  readonly name: string
  readonly idNumber: string
}

/**
 * Who is to be checked: for the employer, the authorised person it names (required, checked as an
 * ID number and as printable text); for the worker, her own bound real name, which has the
 * contract's ID number (that is how she is its worker), and no one else.
 */
async function signatoryOf(deps: Deps, principal: Principal, row: ContractRow, role: ContractSigner, given: Signatory | undefined): Promise<Result<Signatory>> {
  if (role === 'worker') {
    if (given !== undefined) return fail('validation_failed', { errors: [{ path: 'body.signatory', key: 'field.unknownKey' }] })
    const bound = await deps.db.read((q) => realNameOf(q, principal.user.id))
    if (!bound || bound.idNumberIndex !== row.workerIdNumberIndex) return fail('not_found')
    return ok({ name: deps.sealer.open(bound.nameEnc), idNumber: deps.sealer.open(bound.idNumberEnc) })
  }
  if (given === undefined) return fail('validation_failed', { errors: [{ path: 'body.signatory', key: 'field.required' }] })
  const idNumber = checkIdNumber(given.idNumber, deps.clock.now())
  if (!idNumber.ok) return fail('validation_failed', { errors: [{ path: 'body.signatory.idNumber', key: idNumber.error }] })
  const signatures = [{ signer: 'employer' as const, name: given.name, signedAt: deps.clock.now().toISOString(), provider: deps.face.kind }]
  const unprintable = unprintableFields({ 'body.signatory.name': given.name }, { kind: row.kind, terms: openTerms(deps, row), parties: partiesOf(deps, row), signatures }, deps.clock.now().toISOString())
  if (unprintable.length > 0) return fail('validation_failed', { errors: unprintable.map((path) => ({ path, key: 'contracts.unprintable' })) })
  return ok(given)
}

/**
 * Opens the identity check that begins a signature: the face verifier opens a session for the
 * signer in the caller's own WeChat account, bound to a new attempt of this version of the
 * contract. The attempt (with the session sealed) is the signer's alone; only its id and the
 * session go back to the signer's phone.
 */
export async function startSigning(deps: Deps, actor: Actor, principal: Principal, id: string, input: z.output<typeof SigningStart>): Promise<Result<SigningSession>> {
  const found = await deps.db.read((q) => contractForCaller(q, principal, id))
  if (!found) return fail('not_found')
  const { row, role } = found
  const refused = turnRefusal(row, role)
  if (refused) return { ok: false, problem: refused }
  const signatory = await signatoryOf(deps, principal, row, role, input.signatory)
  if (!signatory.ok) return signatory
  const sealedOpenid = await deps.db.read((q) => sealedOpenidOf(q, principal.user.id))
  const attemptId = newId(deps.random)
  // The provider is asked outside any transaction: nothing is held while it answers.
  const session = await deps.face.start({
    outSeqNo: attemptId,
    openid: sealedOpenid === null ? null : deps.sealer.open(sealedOpenid),
    name: signatory.value.name,
    idNumber: signatory.value.idNumber,
  })
  if (!session.ok) {
    return session.error === 'no_wechat_account'
      ? fail('conflict', { detail: 'A face check runs in the WeChat mini-program, logged in with WeChat' })
      : fail('partner_unavailable')
  }
  const now = deps.clock.now()
  const at = now.toISOString()
  const started = await deps.db.transaction(async (tx): Promise<Result<null>> => {
    // Locked: a change of the draft, or the other side's act, since it was read is seen here.
    const current = await lockedContractById(tx, id)
    if (!current || current.status !== row.status || current.version !== row.version) return { ok: false, problem: changedMeanwhile }
    await insertSignature(tx, {
      id: attemptId,
      contractId: id,
      signer: role,
      userId: principal.user.id,
      signatoryNameEnc: deps.sealer.seal(signatory.value.name),
      signatoryIdNumberEnc: deps.sealer.seal(signatory.value.idNumber),
      verifyIdEnc: deps.sealer.seal(session.verifyId),
      provider: deps.face.kind,
      version: row.version,
      startedAt: at,
      signedAt: null,
      deviceEnc: sealedDevice(deps, input.device),
    })
    await appendAudit(tx, now, actor, { action: 'contracts.startSigning', kind: 'write', objectType: 'contract_signature', objectId: attemptId })
    return ok(null)
  })
  if (!started.ok) return started
  return ok({ attemptId, verifyId: session.verifyId, provider: deps.face.kind })
}

/** Why an attempt cannot be signed with now, before the provider is asked. */
function attemptRefusal(deps: Pick<Deps, 'clock'>, attempt: SignatureRow, row: ContractRow): ProblemInit | null {
  if (attempt.signedAt !== null) return { code: 'conflict', detail: 'already_signed' }
  if (attempt.version !== row.version) return { code: 'conflict', detail: 'version_changed' }
  if (deps.clock.now().getTime() - new Date(attempt.startedAt).getTime() > signingAttemptMaxAgeMs) return { code: 'conflict', detail: 'attempt_expired' }
  return null
}

/**
 * Signs, once the identity check of the caller's own attempt on this version has passed: the
 * employer first (the draft then goes to the worker, who is told), then the worker (the PDF is
 * made, hashed and timestamped, and both are told). An attempt of someone else, or of the other
 * side, does not exist for the caller. A check that did not pass is recorded in the evidence chain
 * and answered with its field message; the provider unreachable records nothing, so the same
 * session may be asked about again. A signature is one conditional write: of two at once, one.
 */
export async function signContract(deps: Deps, actor: Actor, principal: Principal, locale: Locale, id: string, input: z.output<typeof SignatureInput>): Promise<Result<Contract>> {
  const found = await deps.db.read(async (q) => {
    const caller = await contractForCaller(q, principal, id)
    const attempt = caller && (await signatureById(q, input.attemptId))
    const openid = caller && (await sealedOpenidOf(q, principal.user.id))
    return caller && attempt ? { ...caller, attempt, openid } : null
  })
  if (!found) return fail('not_found')
  const { row, role, attempt } = found
  // The attempt is the caller's own, on this contract, for her side: anything else is not there for her.
  if (attempt.contractId !== id || attempt.userId !== principal.user.id || attempt.signer !== role) return fail('not_found')
  const refused = turnRefusal(row, role) ?? attemptRefusal(deps, attempt, row)
  if (refused) return { ok: false, problem: refused }

  const verifyId = deps.sealer.open(attempt.verifyIdEnc)
  const name = deps.sealer.open(attempt.signatoryNameEnc)
  // The provider is asked outside any transaction, about the session this attempt opened.
  const verdict =
    input.verifyId === verifyId
      ? await deps.face.verify({
          verifyId,
          ...(input.simulated ? { simulated: input.simulated } : {}),
          outSeqNo: attempt.id,
          openid: found.openid === null ? null : deps.sealer.open(found.openid),
          name,
          idNumber: deps.sealer.open(attempt.signatoryIdNumberEnc),
        })
      : ({ ok: true, passed: false, reason: 'rejected' } as const)
  if (!verdict.ok) return fail('partner_unavailable')
  if (!verdict.passed) return recordFailedCheck(deps, actor, principal, row, role, input.device, verdict.reason ?? 'not_identified')

  const now = deps.clock.now()
  const at = now.toISOString()
  try {
    if (role === 'employer') return await signAsEmployer(deps, actor, principal, locale, row, attempt, input.device, now)
    // The file is made before the transaction, from the contract as read: the transaction only checks it is still so.
    const employerSignature = await deps.db.read((q) => signatureOf(q, id, 'employer'))
    if (!employerSignature?.signedAt) return { ok: false, problem: changedMeanwhile }
    const document = await issueSignedDocument(deps, row, [
      { signer: 'employer', name: deps.sealer.open(employerSignature.signatoryNameEnc), signedAt: employerSignature.signedAt, provider: employerSignature.provider },
      { signer: 'worker', name, signedAt: at, provider: attempt.provider },
    ], at)
    return await deps.db.transaction(async (tx): Promise<Result<Contract>> => {
      const current = await lockedContractById(tx, id)
      if (!current || current.status !== 'awaiting_worker' || current.version !== row.version || !readByWorker(current)) return { ok: false, problem: changedMeanwhile }
      if (!(await markSigned(tx, attempt.id, at))) return { ok: false, problem: { code: 'conflict', detail: 'already_signed' } }
      const changes = { status: 'signed' as const, workerUserId: principal.user.id, keepUntil: keepUntilOf(current.endsOn), updatedAt: at }
      if (!(await updateContractFrom(tx, current, changes))) return { ok: false, problem: changedMeanwhile }
      const signed: ContractRow = { ...current, ...changes }
      await insertDocument(tx, {
        contractId: id,
        sha256: document.sha256,
        size: document.pdf.length,
        pdfEnc: deps.sealer.sealBytes(document.pdf),
        timestamp: document.timestamp,
        timestampedAt: document.timestampedAt,
      })
      await recordSignature(tx, deps, principal, signed, attempt, input.device, at)
      await insertContractEvent(tx, { id: newId(deps.random), contractId: id, kind: 'timestamped', at: document.timestampedAt, byParty: 'system', byUserId: null, deviceEnc: null, detailEnc: null })
      const params = { contractNumber: signed.contractNumber, contractId: id }
      await tellWorker(tx, deps, now, signed, 'contracts.signed', params)
      await tellEmployer(tx, deps, now, signed, 'contracts.signed', params)
      await appendAudit(tx, now, aboutTheWorker(actor, signed), { action: 'contracts.signContract', kind: 'write', objectType: 'labour_contract', objectId: id })
      return ok(await contractThrough(tx, deps, signed, 'worker', locale))
    })
  } catch (error) {
    // Another attempt of the same side signed at the same moment: the unique index let one through.
    if (isUniqueViolation(error)) return { ok: false, problem: { code: 'conflict', detail: 'already_signed' } }
    throw error
  }
}

async function signAsEmployer(
  deps: Deps,
  actor: Actor,
  principal: Principal,
  locale: Locale,
  row: ContractRow,
  attempt: SignatureRow,
  device: string,
  now: Date,
): Promise<Result<Contract>> {
  const at = now.toISOString()
  return deps.db.transaction(async (tx): Promise<Result<Contract>> => {
    const current = await lockedContractById(tx, row.id)
    if (!current || current.status !== 'draft' || current.version !== row.version) return { ok: false, problem: changedMeanwhile }
    if (!(await markSigned(tx, attempt.id, at))) return { ok: false, problem: { code: 'conflict', detail: 'already_signed' } }
    const changes = { status: 'awaiting_worker' as const, updatedAt: at }
    if (!(await updateContractFrom(tx, current, changes))) return { ok: false, problem: changedMeanwhile }
    const signed: ContractRow = { ...current, ...changes }
    await recordSignature(tx, deps, principal, signed, attempt, device, at)
    await tellWorker(tx, deps, now, signed, 'contracts.toSign', { contractNumber: signed.contractNumber, employerName: signed.employerName, contractId: signed.id })
    await appendAudit(tx, now, actor, { action: 'contracts.signContract', kind: 'write', objectType: 'labour_contract', objectId: row.id })
    return ok(await contractThrough(tx, deps, signed, 'employer', locale))
  })
}

/** The two links of the evidence chain a signature adds: the identity checked (by whom, nothing of the session), then the signature. */
async function recordSignature(tx: Tx, deps: Deps, principal: Principal, row: ContractRow, attempt: SignatureRow, device: string, at: string): Promise<void> {
  const deviceEnc = sealedDevice(deps, device)
  const event = { contractId: row.id, at, byParty: attempt.signer, byUserId: principal.user.id, deviceEnc }
  await insertContractEvent(tx, { ...event, id: newId(deps.random), kind: 'identity_checked', detailEnc: deps.sealer.seal(checkOf(attempt)) })
  await insertContractEvent(tx, { ...event, id: newId(deps.random), kind: 'signed', detailEnc: null })
}

/** A check that did not pass: kept in the evidence chain (with why, never the session), and answered with its field message. */
async function recordFailedCheck(
  deps: Deps,
  actor: Actor,
  principal: Principal,
  row: ContractRow,
  role: ContractSigner,
  device: string,
  reason: FaceFailureReason,
): Promise<Result<Contract>> {
  const now = deps.clock.now()
  await deps.db.transaction(async (tx) => {
    await insertContractEvent(tx, {
      id: newId(deps.random),
      contractId: row.id,
      kind: 'identity_check_failed',
      at: now.toISOString(),
      byParty: role,
      byUserId: principal.user.id,
      deviceEnc: sealedDevice(deps, device),
      detailEnc: deps.sealer.seal(reason),
    })
    await appendAudit(tx, now, actor, { action: 'contracts.identityCheckFailed', kind: 'write', objectType: 'labour_contract', objectId: row.id })
  })
  return fail('validation_failed', { errors: [{ path: 'body.verifyId', key: 'contracts.identityCheckFailed' }] })
}
