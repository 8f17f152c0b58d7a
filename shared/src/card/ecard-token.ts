import { z } from 'zod'
import { fromBase64url, toBase64url } from './base64url'

/*
 * The e-card's rotating code (decision 064): a token the portal signs with Ed25519 and a verifier —
 * a bus gate, a park, a museum — checks offline with the portal's published public key. It names
 * the card by an opaque reference (never its number or the holder's ID number), the holder's
 * masked name, her benefit categories and home county, and a minute of validity. Small enough for
 * a QR code: `RC1.<kid>.<claims>.<signature>`, the claims short-keyed JSON in base64url, the
 * signature over the ASCII text before it. The key id lets keys rotate: a verifier holds every
 * published key and picks the one the token names.
 */

export const ecardTokenPrefix = 'RC1'

/** How long a token is good for, in seconds. */
export const ecardTokenSeconds = 60

/** How far a verifier's clock may be from the portal's (phones at a gate are not synchronised), in seconds. */
export const ecardClockSkewSeconds = 30

export const KeyId = z.string().regex(/^[a-z0-9-]{1,16}$/)

/** What a token says, as signed. Short keys keep the QR code small. */
export const EcardClaims = z.strictObject({
  /** The card, by an opaque reference the portal resolves; never the card number. */
  c: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/),
  /** The holder's masked name, all a venue is shown of her. */
  m: z.string().min(1).max(20),
  /** Her benefit categories (e.g. `senior70`), as the rules found them when the token was made. */
  b: z.array(z.string().regex(/^[a-z0-9_]{1,24}$/)).max(12),
  /** Her home county's region code. */
  r: z.string().regex(/^\d{6}$/),
  /** Issued at and expires at, Unix seconds. */
  i: z.number().int().nonnegative(),
  e: z.number().int().nonnegative(),
  /** Unique per token: what an online check remembers to refuse a second use at a venue. */
  n: z.string().regex(/^[A-Za-z0-9_-]{8,24}$/),
})
export type EcardClaims = z.infer<typeof EcardClaims>

export interface EcardPublicKey {
  readonly kid: string
  /** The raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array
}

/** Why a token was refused. `malformed`: not a token of ours at all; `unknown_key`: signed by a key the verifier does not hold. */
export type EcardRefusal = 'malformed' | 'unknown_key' | 'bad_signature' | 'expired' | 'not_yet_valid'

export type EcardVerdict = { readonly ok: true; readonly kid: string; readonly claims: EcardClaims } | { readonly ok: false; readonly reason: EcardRefusal }

/** Checks a signature: `(signature, message, publicKey) => valid`, strict RFC 8032 (node:crypto, or noble without ZIP 215). */
export type Ed25519Verify = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => boolean

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

/** The text a token's signature covers: everything before its last dot. */
export function ecardSigningInput(kid: string, claims: EcardClaims): string {
  return `${ecardTokenPrefix}.${kid}.${toBase64url(encoder.encode(JSON.stringify(EcardClaims.parse(claims))))}`
}

/** A whole token from its signing input and the signature over it. */
export function ecardToken(signingInput: string, signature: Uint8Array): string {
  return `${signingInput}.${toBase64url(signature)}`
}

interface ParsedToken {
  readonly kid: string
  readonly claims: EcardClaims
  readonly message: Uint8Array
  readonly signature: Uint8Array
}

function parse(token: string): ParsedToken | null {
  if (token.length > 600) return null
  const parts = token.split('.')
  if (parts.length !== 4 || parts[0] !== ecardTokenPrefix) return null
  const [, kid = '', body = '', signatureText = ''] = parts
  const bytes = fromBase64url(body)
  const signature = fromBase64url(signatureText)
  if (!KeyId.safeParse(kid).success || !bytes || !signature || signature.length !== 64) return null
  try {
    const claims = EcardClaims.safeParse(JSON.parse(decoder.decode(bytes)))
    return claims.success ? { kid, claims: claims.data, message: encoder.encode(`${ecardTokenPrefix}.${kid}.${body}`), signature } : null
  } catch {
    return null
  }
}

/** The signature's check; a key or signature the library cannot even read is a signature that fails. */
function signedBy(verify: Ed25519Verify, parsed: ParsedToken, key: EcardPublicKey): boolean {
  try {
    return verify(parsed.signature, parsed.message, key.publicKey)
  } catch {
    return false
  }
}

/**
 * Checks a token offline: its form, the key it names among those held, the signature, and its
 * minute (with the allowed skew). Nothing is believed before the signature is: a token whose
 * signature fails is refused whatever its claims say.
 */
export function verifyEcardToken(token: string, keys: readonly EcardPublicKey[], nowSeconds: number, verify: Ed25519Verify): EcardVerdict {
  const parsed = parse(token)
  if (!parsed) return { ok: false, reason: 'malformed' }
  const key = keys.find((candidate) => candidate.kid === parsed.kid)
  if (!key) return { ok: false, reason: 'unknown_key' }
  if (!signedBy(verify, parsed, key)) return { ok: false, reason: 'bad_signature' }
  const { claims } = parsed
  if (claims.i > nowSeconds + ecardClockSkewSeconds) return { ok: false, reason: 'not_yet_valid' }
  if (claims.e + ecardClockSkewSeconds <= nowSeconds || claims.e <= claims.i || claims.e - claims.i > ecardTokenSeconds) return { ok: false, reason: 'expired' }
  return { ok: true, kid: parsed.kid, claims }
}
