import type { VerificationResult } from '@renshe/shared/contracts/schemas'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { checkEvidenceFile } from '../../platform/files'
import { fail, ok, type Result } from '../../platform/problem'
import type { UploadedFile } from '../../platform/upload'
import { verifyContractDigest, verifyContractFile as checkContractFile, type ContractFileCheck, type ContractRecords, type PublicContractFacts, type RecordedContract } from './document/verify'
import { documentByContractNumber, documentBySha256, signingTimesOf, type PublicDocumentFacts } from './repo'
import { timestampPublicKeys, tokenOfStored } from './signed-document'

/*
 * The public check of a contract (decision 073): no login, rate limited, answered only with what
 * `VerificationResult` allows — the contract number, kind, employer, when it was signed and
 * timestamped, and its status. Never the worker's name or ID number, nor the terms.
 */

type VerifyDeps = Pick<Deps, 'db' | 'clock' | 'audit' | 'logger' | 'timestampKeys'>

/** The records the check reads, remembering what they found so the answer can add a contract's kind and status. */
function recordsOf(deps: VerifyDeps): ContractRecords & { found(contractNumber: string): PublicDocumentFacts | undefined } {
  const found = new Map<string, PublicDocumentFacts>()
  const recorded = async (facts: PublicDocumentFacts | undefined): Promise<RecordedContract | null> => {
    if (!facts) return null
    found.set(facts.contractNumber, facts)
    const signatures = await deps.db.read((q) => signingTimesOf(q, facts.contractId))
    return { contractNumber: facts.contractNumber, employerName: facts.employerName, signatures, timestamp: tokenOfStored(facts.timestamp) }
  }
  return {
    byDigest: async (sha256) => recorded(await deps.db.read((q) => documentBySha256(q, sha256))),
    byContractNumber: async (contractNumber) => recorded(await deps.db.read((q) => documentByContractNumber(q, contractNumber))),
    found: (contractNumber) => found.get(contractNumber),
  }
}

/** A contract's public facts as the answer gives them: signed when its last side signed. */
function publicContract(facts: PublicContractFacts, stored: PublicDocumentFacts | undefined): VerificationResult['contract'] {
  const signedAt = facts.signatures.map((signature) => signature.signedAt).sort().at(-1)
  if (!stored || signedAt === undefined) return null
  return { contractNumber: facts.contractNumber, kind: stored.kind, employerName: facts.employerName, signedAt, timestampedAt: facts.timestampedAt, status: stored.status }
}

/**
 * The check's verdict in the answer's terms. A recorded hash whose timestamp does not verify is
 * the portal's own records disagreeing: the holder is told nothing is confirmed (`unknown`), and
 * the operators are told in the log, by reason only.
 */
function resultOf(deps: VerifyDeps, check: ContractFileCheck, records: ReturnType<typeof recordsOf>): VerificationResult {
  switch (check.verdict) {
    case 'valid': {
      const stored = records.found(check.contract.contractNumber)
      return { result: 'valid', documentKind: stored?.documentKind ?? null, contract: publicContract(check.contract, stored), sha256: check.sha256 }
    }
    case 'altered': {
      const stored = check.contract ? records.found(check.contract.contractNumber) : undefined
      return { result: 'altered', documentKind: stored?.documentKind ?? null, contract: check.contract && publicContract(check.contract, stored), sha256: check.sha256 }
    }
    case 'unconfirmed':
      deps.logger.warn('contract_timestamp_unconfirmed', { code: check.reason })
      return { result: 'unknown', documentKind: null, contract: null, sha256: check.sha256 }
    case 'unknown':
      return { result: 'unknown', documentKind: null, contract: null, sha256: check.sha256 }
  }
}

/** Each check is recorded as a public read of the contract it found (in its worker's access log), or of none. */
async function recordCheck(deps: VerifyDeps, actor: Actor, action: string, result: VerificationResult, records: ReturnType<typeof recordsOf>): Promise<void> {
  const stored = result.contract ? records.found(result.contract.contractNumber) : undefined
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: stored?.workerUserId ?? null }, {
    action,
    kind: 'read',
    objectType: 'labour_contract',
    ...(stored ? { objectId: stored.contractId } : {}),
  })
}

/** The check of an uploaded file: by its hash, else by the contract number it claims (`altered`). Anything but a PDF is refused. */
export async function verifyContractFile(deps: VerifyDeps, actor: Actor, file: UploadedFile): Promise<Result<VerificationResult>> {
  const type = await checkEvidenceFile(file.bytes)
  if (!type.ok || type.mime !== 'application/pdf') return fail('validation_failed', { errors: [{ path: 'file', key: 'contracts.notAPdf' }] })
  const records = recordsOf(deps)
  const result = resultOf(deps, await checkContractFile(file.bytes, records, timestampPublicKeys(deps)), records)
  await recordCheck(deps, actor, 'contracts.verifyContractFile', result, records)
  return ok(result)
}

/** The check of a SHA-256 alone: `valid` or `unknown`. */
export async function verifyContractHash(deps: VerifyDeps, actor: Actor, sha256: string): Promise<Result<VerificationResult>> {
  const records = recordsOf(deps)
  const result = resultOf(deps, await verifyContractDigest(sha256, records, timestampPublicKeys(deps)), records)
  await recordCheck(deps, actor, 'contracts.verifyContractHash', result, records)
  return ok(result)
}
