import { createCipheriv, createDecipheriv, createHash, createHmac } from 'node:crypto'
import type { Random } from './random'

/**
 * Field encryption for personal data at rest: AES-256-GCM with a fresh 96-bit IV per value.
 * Sealed values read `v1.<iv>.<tag>.<ciphertext>` (base64url), so a key rotation can add `v2`.
 * Sealed bytes (files kept as blobs) read `<version byte 1><iv 12><tag 16><ciphertext>`: the
 * same scheme without base64's third more, which matters at megabytes.
 */
export interface Sealer {
  seal(plaintext: string): string
  open(sealed: string): string
  sealBytes(bytes: Uint8Array): Buffer
  /** Throws on anything that is not bytes sealed under this key, unaltered. */
  openBytes(sealed: Uint8Array): Buffer
}

const bytesVersion = 1
const ivLength = 12
const tagLength = 16

export function createSealer(key: Buffer, random: Random): Sealer {
  if (key.length !== 32) throw new Error('data encryption key must be 32 bytes')
  return {
    seal(plaintext) {
      const iv = random.bytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      return ['v1', iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.')
    },
    open(sealed) {
      const [version, iv, tag, ciphertext] = sealed.split('.')
      if (version !== 'v1' || !iv || !tag || ciphertext === undefined) throw new Error('not a sealed value')
      // Without a fixed tag length, GCM accepts a tag cut down to 4 bytes: integrity of 32 bits.
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: 16 })
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8')
    },
    sealBytes(bytes) {
      const iv = random.bytes(ivLength)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const ciphertext = Buffer.concat([cipher.update(bytes), cipher.final()])
      return Buffer.concat([Buffer.of(bytesVersion), iv, cipher.getAuthTag(), ciphertext])
    },
    openBytes(sealed) {
      if (sealed.length < 1 + ivLength + tagLength || sealed[0] !== bytesVersion) throw new Error('not sealed bytes')
      const iv = sealed.subarray(1, 1 + ivLength)
      const tag = sealed.subarray(1 + ivLength, 1 + ivLength + tagLength)
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: tagLength })
      decipher.setAuthTag(tag)
      return Buffer.concat([decipher.update(sealed.subarray(1 + ivLength + tagLength)), decipher.final()])
    },
  }
}

/**
 * Keyed HMAC-SHA256 of a value, so equal values can be found without storing them in clear.
 * The purpose label keeps the index of one kind of value from matching another's; under
 * `check_in_code` it makes the rotating codes of day jobs (decision 049).
 */
export type BlindIndex = (purpose: 'id_number' | 'wechat_openid' | 'check_in_code' | 'training_totp' | 'training_device' | 'card_number', value: string) => string

export function createBlindIndex(key: Buffer): BlindIndex {
  if (key.length !== 32) throw new Error('blind index key must be 32 bytes')
  return (purpose, value) => createHmac('sha256', key).update(`${purpose}\u0000${value}`).digest('base64url')
}

export function sha256(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex')
}
