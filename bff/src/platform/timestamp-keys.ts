import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto'
import { CardSigningKeys } from './ecard-signing'

/*
 * The portal's timestamping keys (decision 073): Ed25519, as the e-card's (decision 064), but keys
 * of their own, so a key leaked or rotated on one side never touches the other. The first key
 * timestamps; every key is kept to check the timestamps it made, for as long as contracts are kept.
 */

/** `CONTRACT_TIMESTAMP_KEYS`: `kid:seed[,kid:seed…]`, the same form as `CARD_SIGNING_KEYS`. */
export const ContractTimestampKeys = CardSigningKeys

export interface TimestampKeys {
  /** The key id that timestamps now. */
  readonly keyId: string
  readonly privateKey: KeyObject
  /** Every key a timestamp of the portal's may have been made with, the timestamping one first. */
  readonly publicKeys: readonly { readonly keyId: string; readonly key: KeyObject }[]
  /** True when the key is the development one (derived, not configured): never in production. */
  readonly development: boolean
}

/** PKCS #8 wrapping of a raw Ed25519 private key (RFC 8410): what node:crypto imports. */
const pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex')

export function createTimestampKeys(keys: readonly { kid: string; seed: Buffer }[], options: { development?: boolean } = {}): TimestampKeys {
  const held = keys.map(({ kid, seed }) => ({ keyId: kid, privateKey: createPrivateKey({ key: Buffer.concat([pkcs8Prefix, seed]), format: 'der', type: 'pkcs8' }) }))
  const [first] = held
  if (!first) throw new Error('the timestamping keys need at least one key')
  return {
    keyId: first.keyId,
    privateKey: first.privateKey,
    publicKeys: held.map(({ keyId, privateKey }) => ({ keyId, key: createPublicKey(privateKey) })),
    development: options.development ?? false,
  }
}

/**
 * The development key, when none is configured outside production: derived from the development
 * blind-index key (the same across restarts of one data folder), with a key id that says so.
 */
export function developmentTimestampKeys(secret: Buffer): TimestampKeys {
  const seed = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'renshe contract timestamp development key', 32))
  return createTimestampKeys([{ kid: 'development', seed }], { development: true })
}
