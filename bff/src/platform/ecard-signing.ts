import { createPrivateKey, createPublicKey, hkdfSync, sign, verify, type KeyObject } from 'node:crypto'
import { z } from 'zod'
import { ecardSigningInput, ecardToken, KeyId, type EcardClaims, type EcardPublicKey, type Ed25519Verify } from '@renshe/shared/card/ecard-token'

/*
 * The portal's e-card signing keys (decision 064): Ed25519 through node:crypto. The first key signs;
 * every key is published, so a verifier that fetched the list yesterday still checks a token
 * signed by a key added since only if it was published before it signed. Rotation therefore goes:
 * add the new key second (published, not signing), let verifiers fetch, move it first, and drop
 * the old one once no token of it can still be good (a minute later).
 */

/** `CARD_SIGNING_KEYS`: `kid:seed[,kid:seed…]`, each seed the 32-byte Ed25519 private key in base64. */
export const CardSigningKeys = z
  .string()
  .transform((value, context) => {
    const keys = value.split(',').map((entry) => entry.trim())
    const parsed: { kid: string; seed: Buffer }[] = []
    for (const entry of keys) {
      const [kid = '', seed = ''] = entry.split(':')
      const bytes = Buffer.from(seed, 'base64')
      if (!KeyId.safeParse(kid).success || bytes.length !== 32 || bytes.toString('base64') !== seed) {
        context.addIssue({ code: 'custom', message: 'must be kid:seed pairs, each kid of a-z, 0-9 and "-" (at most 16) and each seed 32 bytes in base64' })
        return z.NEVER
      }
      if (parsed.some((key) => key.kid === kid)) {
        context.addIssue({ code: 'custom', message: `names the key id ${kid} twice` })
        return z.NEVER
      }
      parsed.push({ kid, seed: bytes })
    }
    return parsed
  })

export interface EcardSigner {
  /** The key id that signs now. */
  readonly kid: string
  /** A token of these claims, signed by the first key. */
  sign(claims: EcardClaims): string
  /** Every key a verifier should hold, the signing one first. */
  publicKeys(): readonly EcardPublicKey[]
  /** True when the keys are the development ones (derived, not configured): shown as such wherever they are published. */
  readonly development: boolean
}

/** PKCS #8 wrapping of a raw Ed25519 private key (RFC 8410): what node:crypto imports. */
const pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex')

function privateKeyOf(seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([pkcs8Prefix, seed]), format: 'der', type: 'pkcs8' })
}

function rawPublicKey(privateKey: KeyObject): Uint8Array {
  // The SubjectPublicKeyInfo of an Ed25519 key ends with its 32 raw bytes.
  return new Uint8Array(createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32))
}

export function createEcardSigner(keys: readonly { kid: string; seed: Buffer }[], options: { development?: boolean } = {}): EcardSigner {
  const [first] = keys
  if (!first) throw new Error('an e-card signer needs at least one key')
  const held = keys.map(({ kid, seed }) => {
    const privateKey = privateKeyOf(seed)
    return { kid, privateKey, publicKey: rawPublicKey(privateKey) }
  })
  const signing = held[0]
  if (!signing) throw new Error('an e-card signer needs at least one key')
  return {
    kid: signing.kid,
    development: options.development ?? false,
    sign(claims) {
      const input = ecardSigningInput(signing.kid, claims)
      return ecardToken(input, new Uint8Array(sign(null, Buffer.from(input, 'ascii'), signing.privateKey)))
    },
    publicKeys: () => held.map(({ kid, publicKey }) => ({ kid, publicKey })),
  }
}

/**
 * The development signer, when no keys are configured outside production: one key derived from
 * the development blind-index key (so it stays the same across restarts of one data folder), with
 * a key id that says it is for development.
 */
export function developmentEcardSigner(secret: Buffer): EcardSigner {
  const seed = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'renshe e-card development signing key', 32))
  return createEcardSigner([{ kid: 'development', seed }], { development: true })
}

/** node:crypto's Ed25519 check, for the portal's own online verification (strict RFC 8032). */
export const nodeVerify: Ed25519Verify = (signature, message, publicKey) => {
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(publicKey)])
  return verify(null, message, createPublicKey({ key: spki, format: 'der', type: 'spki' }), signature)
}
