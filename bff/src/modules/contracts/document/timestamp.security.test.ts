import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { canonicalStatement, issueTimestamp, verifyTimestamp, type TimestampToken } from './timestamp'

const now = new Date('2026-11-29T02:05:03.000Z')
const digest = 'a3f1c2d4e5b6978812345678909abcdef0123456789abcdef0123456789abcde'
const otherDigest = 'b'.repeat(64)
const portalKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32, 7)]), format: 'der', type: 'pkcs8' })
const keys = [{ keyId: 'ts-2026', key: createPublicKey(portalKey) }]
const genuine = issueTimestamp(digest, { key: portalKey, keyId: 'ts-2026', now, serial: 'TS-000001' })

describe('someone presents a timestamp the portal did not give', () => {
  test.each([
    ['an earlier time', { time: '2026-01-01T00:00:00.000Z' }],
    ['another file', { digest: otherDigest }],
    ['another serial', { serial: 'TS-999999' }],
  ] as const)('a genuine token edited to claim %s is refused as a bad signature', (_what, change) => {
    const edited = { ...genuine, ...change }
    expect(verifyTimestamp(edited, keys, edited.digest)).toEqual({ ok: false, reason: 'bad_signature' })
  })

  test('a token signed by a key of her own under the portal key id is refused', () => {
    const forger = generateKeyPairSync('ed25519')
    const forged = issueTimestamp(digest, { key: forger.privateKey, keyId: 'ts-2026', now, serial: 'TS-000001' })
    expect(verifyTimestamp(forged, keys, digest)).toEqual({ ok: false, reason: 'bad_signature' })
  })

  test('a token naming a key the verifier does not hold is refused as unknown', () => {
    const forger = generateKeyPairSync('ed25519')
    const forged = issueTimestamp(digest, { key: forger.privateKey, keyId: 'ts-forged', now, serial: 'TS-000001' })
    expect(verifyTimestamp(forged, keys, digest)).toEqual({ ok: false, reason: 'unknown_key' })
  })

  test('a key out of service is not trusted for a time outside its service, even with a good signature', () => {
    const retired = generateKeyPairSync('ed25519')
    const late = issueTimestamp(digest, { key: retired.privateKey, keyId: 'ts-2025', now, serial: 'TS-000001' })
    const held = [{ keyId: 'ts-2025', key: retired.publicKey, validFrom: '2025-01-01T00:00:00.000Z', validUntil: '2026-01-01T00:00:00.000Z' }]
    expect(verifyTimestamp(late, held, digest)).toEqual({ ok: false, reason: 'unknown_key' })
  })

  test('a genuine token over another file says so: the digest does not match', () => {
    expect(verifyTimestamp(genuine, keys, otherDigest)).toEqual({ ok: false, reason: 'digest_mismatch' })
  })

  test('a signature the portal made over the bare statement (without the timestamp label) is no timestamp', () => {
    const { signature: _signature, ...statement } = genuine
    const unlabelled = sign(null, Buffer.from(canonicalStatement(statement)), portalKey).toString('base64url')
    expect(verifyTimestamp({ ...genuine, signature: unlabelled }, keys, digest)).toEqual({ ok: false, reason: 'bad_signature' })
  })

  test('extra fields, a changed version or algorithm, or another spelling of the signature make a token malformed', () => {
    const last = genuine.signature.at(-1) ?? 'A'
    // The last of 86 characters carries 2 spare bits: another letter with the same 4 high bits decodes alike.
    const sameBytes = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const index = sameBytes.indexOf(last)
    const respelled = `${genuine.signature.slice(0, -1)}${sameBytes[index ^ 1] ?? 'A'}`
    expect(Buffer.from(respelled, 'base64url').equals(Buffer.from(genuine.signature, 'base64url'))).toBe(true)
    const variants: unknown[] = [
      { ...genuine, workerName: '王秀英' },
      { ...genuine, version: 2 },
      { ...genuine, hashAlgorithm: 'sha-1' },
      { ...genuine, signature: respelled },
      { ...genuine, time: '2026-11-29T10:05:03+08:00' },
      '{"version":1',
      null,
      42,
    ]
    for (const variant of variants) expect(verifyTimestamp(variant as TimestampToken, keys, digest)).toEqual({ ok: false, reason: 'malformed' })
  })
})
