import { createHash } from 'node:crypto'
import { claimedContractNumber } from './marker'
import { parseTimestampToken, verifyTimestamp, type TimestampPublicKey } from './timestamp'

/*
 * The public check of a contract file (decision 073): anyone holding a PDF, or only its SHA-256,
 * asks whether it is a contract the portal recorded.
 *
 * - `valid`: the file's SHA-256 is one the portal recorded, and the portal's timestamp over it
 *   verifies with a key it holds.
 * - `altered`: the file names one of the portal's contract numbers in its metadata, yet it is not
 *   a recorded file — edited, re-saved by another program, or made to look like one of ours.
 * - `unknown`: neither.
 * - `unconfirmed`: the SHA-256 is recorded but the timestamp does not verify — the portal's own
 *   records disagree, which is for its operators to look into; the holder is told it cannot be
 *   confirmed, never that it is valid.
 *
 * What an answer may say is fixed here, field by field, whatever the records hold: the contract
 * number, the employer's name, when each side signed and when the file was timestamped. Never the
 * worker's name or ID number, nor the terms: the holder of the file already has them, and someone
 * holding only a hash learns nothing about a person. An `altered` answer names the number the file
 * claims — which its holder can read in it anyway — and that contract's public facts when it
 * exists. Anyone can write any number into a file, so those facts are as public as a contract
 * number is guessable: numbers should carry a random part.
 */

/** What the portal keeps of a signed contract for the check (more may be kept; only this is read). */
export interface RecordedContract {
  readonly contractNumber: string
  readonly employerName: string
  readonly signatures: readonly { readonly signer: 'employer' | 'worker'; readonly signedAt: string }[]
  /** The timestamp token over the recorded file, as stored (parsed again here). */
  readonly timestamp: unknown
}

export interface ContractRecords {
  /** The contract whose recorded file has this SHA-256 (64 lower-case hex digits). */
  byDigest(sha256: string): Promise<RecordedContract | null>
  byContractNumber(contractNumber: string): Promise<RecordedContract | null>
}

/** The whole of what an answer tells about a contract. */
export interface PublicContractFacts {
  readonly contractNumber: string
  readonly employerName: string
  readonly signatures: readonly { readonly signer: 'employer' | 'worker'; readonly signedAt: string }[]
  readonly timestampedAt: string
}

export type ContractFileCheck =
  | { readonly verdict: 'valid'; readonly sha256: string; readonly contract: PublicContractFacts }
  | { readonly verdict: 'altered'; readonly sha256: string; readonly claimedContractNumber: string; readonly contract: PublicContractFacts | null }
  | { readonly verdict: 'unknown'; readonly sha256: string }
  | { readonly verdict: 'unconfirmed'; readonly sha256: string; readonly reason: 'malformed' | 'unknown_key' | 'bad_signature' | 'digest_mismatch' }

export type ContractDigestCheck = Exclude<ContractFileCheck, { verdict: 'altered' }>

const sha256Pattern = /^[0-9a-f]{64}$/

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Facts of a recorded contract whose timestamp verifies for `digest`; the reason otherwise. */
function confirmedFacts(record: RecordedContract, keys: readonly TimestampPublicKey[], digest: string) {
  const check = verifyTimestamp(record.timestamp, keys, digest)
  if (!check.ok) return check
  const facts: PublicContractFacts = {
    contractNumber: record.contractNumber,
    employerName: record.employerName,
    signatures: record.signatures.map(({ signer, signedAt }) => ({ signer, signedAt })),
    timestampedAt: check.statement.time,
  }
  return { ok: true as const, facts }
}

/** The check by SHA-256 alone (the public page's second form): `valid`, `unknown` or `unconfirmed`. */
export async function verifyContractDigest(sha256: string, records: ContractRecords, keys: readonly TimestampPublicKey[]): Promise<ContractDigestCheck> {
  const digest = sha256.trim().toLowerCase()
  if (!sha256Pattern.test(digest)) return { verdict: 'unknown', sha256: digest }
  const record = await records.byDigest(digest)
  if (!record) return { verdict: 'unknown', sha256: digest }
  const confirmed = confirmedFacts(record, keys, digest)
  return confirmed.ok ? { verdict: 'valid', sha256: digest, contract: confirmed.facts } : { verdict: 'unconfirmed', sha256: digest, reason: confirmed.reason }
}

/** The check of a file: by its SHA-256 first, then by the contract number it claims. */
export async function verifyContractFile(bytes: Uint8Array, records: ContractRecords, keys: readonly TimestampPublicKey[]): Promise<ContractFileCheck> {
  const sha256 = sha256Hex(bytes)
  const byDigest = await verifyContractDigest(sha256, records, keys)
  if (byDigest.verdict !== 'unknown') return byDigest
  const claimed = await claimedContractNumber(bytes)
  if (!claimed) return byDigest
  const record = await records.byContractNumber(claimed)
  // That contract's facts are told only as far as its own recorded file's timestamp bears them out.
  const token = record ? parseTimestampToken(record.timestamp) : null
  const confirmed = record && token ? confirmedFacts(record, keys, token.digest) : null
  return { verdict: 'altered', sha256, claimedContractNumber: claimed, contract: confirmed?.ok ? confirmed.facts : null }
}
