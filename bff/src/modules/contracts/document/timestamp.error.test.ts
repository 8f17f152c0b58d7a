import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { issueTimestamp, verifyTimestamp } from './timestamp'

const now = new Date('2026-11-29T02:05:03.000Z')
const digest = 'c'.repeat(64)
const { privateKey } = generateKeyPairSync('ed25519')

describe('the portal is asked to timestamp what it must not', () => {
  test.each([
    ['a digest that is not 64 hex digits', 'c'.repeat(63), 'ts-2026', 'TS-1'],
    ['an upper-case digest (one spelling only)', 'C'.repeat(64), 'ts-2026', 'TS-1'],
    ['a key id outside the key id alphabet', digest, 'TS 2026', 'TS-1'],
    ['an empty serial', digest, 'ts-2026', ''],
    ['a serial with a quote in it', digest, 'ts-2026', 'TS-"1'],
  ])('%s is refused', (_what, value, keyId, serial) => {
    expect(() => issueTimestamp(value, { key: privateKey, keyId, now, serial })).toThrow()
  })

  test('a time that is no time is refused', () => {
    expect(() => issueTimestamp(digest, { key: privateKey, keyId: 'ts-2026', now: new Date(Number.NaN), serial: 'TS-1' })).toThrow()
  })

  test('a key of another kind (ECDSA P-256, RSA) neither signs nor verifies', () => {
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    expect(() => issueTimestamp(digest, { key: p256.privateKey, keyId: 'ts-2026', now, serial: 'TS-1' })).toThrow(/Ed25519/)
    const token = issueTimestamp(digest, { key: privateKey, keyId: 'ts-2026', now, serial: 'TS-1' })
    expect(() => verifyTimestamp(token, [{ keyId: 'ts-2026', key: p256.publicKey }], digest)).toThrow(/Ed25519/)
  })
})
