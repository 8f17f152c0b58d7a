import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { canonicalStatement, encodeTimestampToken, issueTimestamp, parseTimestampToken, verifyTimestamp } from './timestamp'

// The tests' moment: 2026-11-29 10:05:03 in China.
const now = new Date('2026-11-29T02:05:03.000Z')
const digest = 'a3f1c2d4e5b6978812345678909abcdef0123456789abcdef0123456789abcde'
/** A key from a fixed seed (RFC 8410 PKCS #8), so its tokens are the same on every run. */
const fixedKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32, 7)]), format: 'der', type: 'pkcs8' })
const keys = [{ keyId: 'ts-2026', key: createPublicKey(fixedKey) }]

describe('the portal timestamps a contract file', () => {
  test('the token says which hash, when, which serial and which key, and verifies with the published key', () => {
    const token = issueTimestamp(digest, { key: fixedKey, keyId: 'ts-2026', now, serial: 'TS-000001' })
    expect(token).toMatchObject({ version: 1, hashAlgorithm: 'sha-256', digest, time: '2026-11-29T02:05:03.000Z', serial: 'TS-000001', keyId: 'ts-2026' })
    expect(verifyTimestamp(token, keys, digest)).toEqual({ ok: true, statement: { version: 1, hashAlgorithm: 'sha-256', digest, time: '2026-11-29T02:05:03.000Z', serial: 'TS-000001', keyId: 'ts-2026' } })
  })

  test('the same statement always gives the same token, in one canonical text', () => {
    const first = issueTimestamp(digest, { key: fixedKey, keyId: 'ts-2026', now, serial: 'TS-000001' })
    const second = issueTimestamp(digest, { key: fixedKey, keyId: 'ts-2026', now: new Date(now), serial: 'TS-000001' })
    expect(encodeTimestampToken(second)).toBe(encodeTimestampToken(first))
    expect(encodeTimestampToken(first)).toBe(`{"version":1,"hashAlgorithm":"sha-256","digest":"${digest}","time":"2026-11-29T02:05:03.000Z","serial":"TS-000001","keyId":"ts-2026","signature":"${first.signature}"}`)
    expect(canonicalStatement(first)).toBe(encodeTimestampToken(first).replace(/,"signature":"[^"]+"\}$/, '}'))
  })

  test('a token kept as text is read back and still verifies', () => {
    const token = issueTimestamp(digest, { key: fixedKey, keyId: 'ts-2026', now, serial: 'TS-000002' })
    const stored = encodeTimestampToken(token)
    expect(parseTimestampToken(stored)).toEqual(token)
    expect(verifyTimestamp(stored, keys, digest).ok).toBe(true)
    expect(verifyTimestamp(JSON.parse(stored), keys, digest.toUpperCase()).ok).toBe(true)
  })

  test('keys given in PEM sign and verify as KeyObjects do', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    const token = issueTimestamp(digest, { key: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), keyId: 'ts-pem', now, serial: 'TS-000003' })
    expect(verifyTimestamp(token, [{ keyId: 'ts-pem', key: publicKey.export({ format: 'pem', type: 'spki' }).toString() }], digest).ok).toBe(true)
  })

  test('after a rotation the old key still verifies what it signed while in service, among several keys', () => {
    const retired = generateKeyPairSync('ed25519')
    const old = issueTimestamp(digest, { key: retired.privateKey, keyId: 'ts-2025', now: new Date('2025-06-01T00:00:00.000Z'), serial: 'TS-000004' })
    const held = [...keys, { keyId: 'ts-2025', key: retired.publicKey, validFrom: '2025-01-01T00:00:00.000Z', validUntil: '2026-01-01T00:00:00.000Z' }]
    expect(verifyTimestamp(old, held, digest).ok).toBe(true)
    expect(verifyTimestamp(issueTimestamp(digest, { key: fixedKey, keyId: 'ts-2026', now, serial: 'TS-000005' }), held, digest).ok).toBe(true)
  })
})
