import { expect, test } from 'vitest'
import { issueTimestamp, verifyTimestamp } from '../modules/contracts/document/timestamp'
import { testConfig } from '../testing/harness'
import { timestampKeysFor } from './create-deps'
import { createTimestampKeys } from './timestamp-keys'

const digest = 'ab'.repeat(32)
const now = new Date('2026-11-29T02:00:00.000Z')

test('outside production without configured keys, contracts are timestamped with a development key derived from the blind-index key, the same across restarts', () => {
  const config = { ...testConfig(), contractTimestampKeys: null }
  const first = timestampKeysFor(config, { blindIndex: Buffer.alloc(32, 2) })
  const again = timestampKeysFor(config, { blindIndex: Buffer.alloc(32, 2) })
  const other = timestampKeysFor(config, { blindIndex: Buffer.alloc(32, 9) })
  expect(first).toMatchObject({ keyId: 'development', development: true })
  const token = issueTimestamp(digest, { key: first.privateKey, keyId: first.keyId, now, serial: 's1' })
  expect(verifyTimestamp(token, again.publicKeys, digest)).toMatchObject({ ok: true })
  expect(verifyTimestamp(token, other.publicKeys, digest)).toEqual({ ok: false, reason: 'bad_signature' })
})

test('configured keys: the first timestamps, and every key listed still checks what it timestamped', () => {
  const seed = (fill: number) => Buffer.alloc(32, fill)
  const old = createTimestampKeys([{ kid: 't2026a', seed: seed(5) }])
  const rotated = createTimestampKeys([
    { kid: 't2026b', seed: seed(6) },
    { kid: 't2026a', seed: seed(5) },
  ])
  expect(rotated).toMatchObject({ keyId: 't2026b', development: false })
  const before = issueTimestamp(digest, { key: old.privateKey, keyId: old.keyId, now, serial: 's1' })
  const after = issueTimestamp(digest, { key: rotated.privateKey, keyId: rotated.keyId, now, serial: 's2' })
  expect(verifyTimestamp(before, rotated.publicKeys, digest)).toMatchObject({ ok: true })
  expect(verifyTimestamp(after, rotated.publicKeys, digest)).toMatchObject({ ok: true, statement: { keyId: 't2026b' } })
  expect(verifyTimestamp(after, old.publicKeys, digest)).toEqual({ ok: false, reason: 'unknown_key' })
  expect(timestampKeysFor(testConfig(), { blindIndex: seed(2) })).toMatchObject({ keyId: 'test', development: false })
})
