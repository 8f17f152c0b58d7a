import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import { z } from 'zod'
import { KeyId } from '@renshe/shared/card/ecard-token'

/*
 * The portal's timestamp over a contract file (decision 073): a statement — this SHA-256 existed
 * at this time, serial n, key k — signed with the portal's own timestamping key, Ed25519 through
 * node:crypto as for the e-card (decision 064). Ed25519 signs deterministically, so a statement
 * has one token. The statement is JSON with its fields in one fixed order and nothing else; what
 * is signed is that text behind a label of its own, so no other signature of the portal's can be
 * passed off as a timestamp.
 *
 * Not an RFC 3161 token: that is a CMS SignedData in DER under an X.509 certificate with the
 * timeStamping purpose, whose worth is a third-party authority that readers already trust. Issued
 * by the portal's own key under a certificate it made itself, it would look like such a token
 * without being one, and cost an ASN.1/CMS stack (and its parsing of uploads) for no added trust.
 * A token from an accredited time-stamping authority can be kept beside this one when a
 * deployment contracts one.
 */

export const timestampVersion = 1
const signingLabel = 'renshe-portal contract timestamp v1\n'

const Digest = z.string().regex(/^[0-9a-f]{64}$/)
const Serial = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)
/** ISO 8601 in UTC to the millisecond, as Date#toISOString writes it. */
const Time = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/).refine((value) => new Date(value).toISOString() === value)

export const TimestampStatement = z.strictObject({
  version: z.literal(timestampVersion),
  hashAlgorithm: z.literal('sha-256'),
  digest: Digest,
  time: Time,
  serial: Serial,
  keyId: KeyId,
})
export type TimestampStatement = z.infer<typeof TimestampStatement>

/** The signature's 64 bytes in base64url, written one way only (no stray low bits in the last character). */
const Signature = z
  .string()
  .regex(/^[A-Za-z0-9_-]{86}$/)
  .refine((value) => Buffer.from(value, 'base64url').toString('base64url') === value)

export const TimestampToken = TimestampStatement.extend({ signature: Signature })
export type TimestampToken = z.infer<typeof TimestampToken>

/** A key a verifier holds, with the time it was in service: a token from outside that time is refused. */
export interface TimestampPublicKey {
  readonly keyId: string
  /** The public key (a private one gives its public half), as a KeyObject or in PEM. */
  readonly key: KeyObject | string
  readonly validFrom?: string
  readonly validUntil?: string
}

export type TimestampCheck =
  | { readonly ok: true; readonly statement: TimestampStatement }
  | { readonly ok: false; readonly reason: 'malformed' | 'unknown_key' | 'bad_signature' | 'digest_mismatch' }

/** The statement's one text: its fields in the order of the schema, no spaces. */
export function canonicalStatement(statement: TimestampStatement): string {
  const { version, hashAlgorithm, digest, time, serial, keyId } = statement
  return JSON.stringify({ version, hashAlgorithm, digest, time, serial, keyId })
}

const signingInput = (statement: TimestampStatement) => Buffer.from(`${signingLabel}${canonicalStatement(statement)}`, 'utf8')

function ed25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the timestamping ${what} must be an Ed25519 key`)
  return key
}

const privateKeyOf = (key: KeyObject | string) => ed25519(typeof key === 'string' ? createPrivateKey(key) : key, 'key')
const publicKeyOf = (key: KeyObject | string) => ed25519(typeof key !== 'string' && key.type === 'public' ? key : createPublicKey(key), 'public key')

export interface IssueOptions {
  /** The portal's timestamping private key, as a KeyObject or in PEM. */
  readonly key: KeyObject | string
  readonly keyId: string
  /** The injected clock's reading. */
  readonly now: Date
  /** Unique per token: the issuer's sequence or a random id. */
  readonly serial: string
}

/** A signed timestamp over a SHA-256 (64 lower-case hex digits). */
export function issueTimestamp(digest: string, options: IssueOptions): TimestampToken {
  const statement = TimestampStatement.parse({
    version: timestampVersion,
    hashAlgorithm: 'sha-256',
    digest,
    time: options.now.toISOString(),
    serial: options.serial,
    keyId: options.keyId,
  })
  const signature = sign(null, signingInput(statement), privateKeyOf(options.key)).toString('base64url')
  return { ...statement, signature }
}

/** The token as kept and handed out: canonical JSON, the signature last. */
export function encodeTimestampToken(token: TimestampToken): string {
  return `${canonicalStatement(token).slice(0, -1)},"signature":${JSON.stringify(token.signature)}}`
}

/** A token read back from storage or from a stranger; null when it is not one. */
export function parseTimestampToken(value: unknown): TimestampToken | null {
  let candidate = value
  if (typeof value === 'string') {
    try {
      candidate = JSON.parse(value)
    } catch {
      return null
    }
  }
  const parsed = TimestampToken.safeParse(candidate)
  return parsed.success ? parsed.data : null
}

/**
 * Checks a token against the keys a verifier holds and the SHA-256 of the file in hand. The
 * signature is checked before the digest, so `digest_mismatch` is only ever said of a genuine
 * token (one over another file).
 */
export function verifyTimestamp(token: unknown, publicKeys: readonly TimestampPublicKey[], digest: string): TimestampCheck {
  const parsed = parseTimestampToken(token)
  if (!parsed) return { ok: false, reason: 'malformed' }
  const { signature, ...statement } = parsed
  const at = Date.parse(statement.time)
  const held = publicKeys.find(
    (candidate) =>
      candidate.keyId === statement.keyId &&
      (candidate.validFrom === undefined || Date.parse(candidate.validFrom) <= at) &&
      (candidate.validUntil === undefined || at < Date.parse(candidate.validUntil)),
  )
  if (!held) return { ok: false, reason: 'unknown_key' }
  if (!verify(null, signingInput(statement), publicKeyOf(held.key), Buffer.from(signature, 'base64url'))) return { ok: false, reason: 'bad_signature' }
  if (statement.digest !== digest.toLowerCase()) return { ok: false, reason: 'digest_mismatch' }
  return { ok: true, statement }
}
