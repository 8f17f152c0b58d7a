import type { StoredTimestamp } from '../../db/schema/contracts'
import { sha256 } from '../../platform/crypto'
import type { Deps } from '../../platform/deps'
import { newId } from '../../platform/random'
import { documentOfContract, type DocumentSignature } from './contract-document'
import { renderContractPdf } from './document/render'
import { issueTimestamp, parseTimestampToken, type TimestampPublicKey, type TimestampToken } from './document/timestamp'
import type { ContractRow } from './repo'

export interface SignedDocument {
  readonly pdf: Uint8Array
  readonly sha256: string
  readonly timestamp: StoredTimestamp
  readonly timestampedAt: string
}

/**
 * The signed contract as a file (decision 073): the PDF of its clauses and both signatures, issued
 * at the moment of the last one, its SHA-256, and the portal's timestamp over that hash with its
 * timestamping key. Made before the transaction that stores it, which holds nothing while it renders.
 */
export async function issueSignedDocument(deps: Pick<Deps, 'sealer' | 'random' | 'clock' | 'timestampKeys'>, row: ContractRow, signatures: readonly DocumentSignature[], issuedAt: string): Promise<SignedDocument> {
  const pdf = await renderContractPdf(documentOfContract(deps, row, signatures, issuedAt))
  const digest = sha256(pdf)
  const now = deps.clock.now()
  const token = issueTimestamp(digest, { key: deps.timestampKeys.privateKey, keyId: deps.timestampKeys.keyId, now, serial: newId(deps.random, now.getTime()) })
  return { pdf, sha256: digest, timestamp: storedTimestampOf(token), timestampedAt: token.time }
}

/** The token as the row keeps it: the statement, and its signature beside it. */
export function storedTimestampOf(token: TimestampToken): StoredTimestamp {
  const { signature, ...statement } = token
  return { token: statement, signature }
}

/** The token a row keeps, whole again for checking (null when what is kept is not one). */
export function tokenOfStored(stored: StoredTimestamp): TimestampToken | null {
  return parseTimestampToken({ ...stored.token, signature: stored.signature })
}

/** The keys a timestamp of the portal's is checked with. */
export function timestampPublicKeys(deps: Pick<Deps, 'timestampKeys'>): TimestampPublicKey[] {
  return deps.timestampKeys.publicKeys.map(({ keyId, key }) => ({ keyId, key }))
}
