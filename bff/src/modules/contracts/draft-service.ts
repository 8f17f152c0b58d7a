import { checkTerms } from '@renshe/shared/contracts/terms'
import type { Contract, NewContract } from '@renshe/shared/contracts/schemas'
import { checkIdNumber } from '@renshe/shared/identity/id-number'
import type { Locale } from '@renshe/shared/platform/locale'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newCode, newId } from '../../platform/random'
import { contractForCaller } from './access'
import { unprintableFields } from './contract-document'
import { employersOfUser, insertContract, insertContractEvent, lockedContractById, nextContractSerial, updateContractFrom, type ContractRow } from './repo'
import { contractThrough, sealTerms, todayOf } from './view'

type FieldErrors = { path: string; key: string }[]

/**
 * What makes a draft refused before anything is written, field by field: the law's limits on the
 * terms (`checkTerms`, the same messages as the form's), an ID number of someone not yet born, and
 * text the contract's font cannot print.
 */
function refusalsOf(deps: Pick<Deps, 'clock'>, input: NewContract, employer: { name: string; creditCode: string }): FieldErrors {
  const errors: FieldErrors = checkTerms(input.kind, input.terms, input.regionCode).map((issue) => ({ path: ['body', ...issue.path].join('.'), key: issue.key }))
  const now = deps.clock.now()
  const idNumber = checkIdNumber(input.worker.idNumber, now)
  if (!idNumber.ok) errors.push({ path: 'body.worker.idNumber', key: idNumber.error })
  if (errors.length > 0) return errors
  const texts = {
    'body.worker.name': input.worker.name,
    'body.terms.position': input.terms.position,
    'body.terms.workPlace': input.terms.workPlace,
    'body.terms.task': input.terms.task,
    'body.terms.otherTerms': input.terms.otherTerms,
  }
  const parties = { employerName: employer.name, employerCreditCode: employer.creditCode, workerName: input.worker.name, workerIdNumber: input.worker.idNumber }
  return unprintableFields(texts, { kind: input.kind, terms: input.terms, parties, signatures: [] }, now.toISOString()).map((path) => ({ path, key: 'contracts.unprintable' }))
}

/**
 * The contract's number: `HT`, the county, the year and its serial there, then six random
 * characters (HT3303022026000001-QK7M2D). The public check tells a file claiming a number that
 * contract's employer and signing times (`altered`): the random part keeps the numbers of others'
 * contracts from being counted through.
 */
function contractNumberOf(deps: Pick<Deps, 'random'>, regionCode: string, year: string, serial: number): string {
  return `HT${regionCode}${year}${String(serial).padStart(6, '0')}-${newCode(deps.random, 6)}`
}

/** The columns a draft's content fills: the worker sealed with the blind index of her ID number, the terms sealed whole. */
function draftColumns(deps: Pick<Deps, 'sealer' | 'blindIndex'>, input: NewContract) {
  return {
    kind: input.kind,
    workerNameEnc: deps.sealer.seal(input.worker.name),
    workerIdNumberEnc: deps.sealer.seal(input.worker.idNumber),
    workerIdNumberIndex: deps.blindIndex('id_number', input.worker.idNumber),
    regionCode: input.regionCode,
    termsEnc: sealTerms(deps, input.terms),
    position: input.terms.position,
    startsOn: input.terms.startsOn,
    endsOn: input.terms.endsOn,
  }
}

/**
 * Drafts a contract for the organisation the employer account speaks for (an account that speaks
 * for none is refused), naming the worker by her name and ID number. Whether she has an account is
 * not looked at, so the answer is the same either way. Numbered, recorded in the evidence chain
 * and audited in one transaction; a retry with the same Idempotency-Key answers this contract.
 */
export async function createContract(deps: Deps, actor: Actor, principal: Principal, locale: Locale, input: NewContract): Promise<Result<Contract>> {
  const [employer] = await deps.db.read((q) => employersOfUser(q, principal.user.id))
  if (!employer) return fail('forbidden', { detail: 'This account speaks for no organisation the portal knows' })
  const errors = refusalsOf(deps, input, employer)
  if (errors.length > 0) return fail('validation_failed', { errors })
  const now = deps.clock.now()
  const at = now.toISOString()
  const year = todayOf(deps).slice(0, 4)

  return deps.db.transaction(async (tx) => {
    const serial = await nextContractSerial(tx, input.regionCode, Number(year))
    const row: ContractRow = {
      id: newId(deps.random),
      contractNumber: contractNumberOf(deps, input.regionCode, year, serial),
      status: 'draft',
      employerId: employer.id,
      employerName: employer.name,
      employerCreditCode: employer.creditCode,
      createdByUserId: principal.user.id,
      ...draftColumns(deps, input),
      workerUserId: null,
      version: 1,
      readVersion: null,
      endedOn: null,
      keepUntil: null,
      createdAt: at,
      updatedAt: at,
    }
    await insertContract(tx, row)
    await insertContractEvent(tx, { id: newId(deps.random), contractId: row.id, kind: 'drafted', at, byParty: 'employer', byUserId: principal.user.id, deviceEnc: null, detailEnc: null })
    await appendAudit(tx, now, actor, { action: 'contracts.createContract', kind: 'write', objectType: 'labour_contract', objectId: row.id })
    return ok(await contractThrough(tx, deps, row, 'employer', locale))
  })
}

/**
 * Changes a draft until the employer signs it: each change raises its version, so a signature
 * begun on the text before is no longer good. Read again, locked, and changed only if still a
 * draft of the version read.
 */
export async function updateContract(deps: Deps, actor: Actor, principal: Principal, locale: Locale, id: string, input: NewContract): Promise<Result<Contract>> {
  const found = await deps.db.read((q) => contractForCaller(q, principal, id))
  if (!found) return fail('not_found')
  if (found.role !== 'employer') return fail('illegal_transition', { detail: 'not_your_action' })
  const errors = refusalsOf(deps, input, { name: found.row.employerName, creditCode: found.row.employerCreditCode })
  if (errors.length > 0) return fail('validation_failed', { errors })
  const now = deps.clock.now()
  const at = now.toISOString()

  return deps.db.transaction(async (tx): Promise<Result<Contract>> => {
    const row = await lockedContractById(tx, id)
    if (!row) return fail('not_found')
    if (row.status !== 'draft') return fail('illegal_transition', { detail: 'not_a_draft' })
    const changes = { ...draftColumns(deps, input), version: row.version + 1, readVersion: null, updatedAt: at }
    if (!(await updateContractFrom(tx, row, changes))) return fail('illegal_transition', { detail: 'not_a_draft' })
    const updated: ContractRow = { ...row, ...changes }
    await insertContractEvent(tx, { id: newId(deps.random), contractId: id, kind: 'updated', at, byParty: 'employer', byUserId: principal.user.id, deviceEnc: null, detailEnc: null })
    await appendAudit(tx, now, actor, { action: 'contracts.updateContract', kind: 'write', objectType: 'labour_contract', objectId: id })
    return ok(await contractThrough(tx, deps, updated, 'employer', locale))
  })
}
