import { expect, test } from 'vitest'
import { loadConfig } from '../config'
import { timestampKeysFor } from './create-deps'

const key = Buffer.alloc(32, 3).toString('base64')
const production = { NODE_ENV: 'production', DATA_ENCRYPTION_KEY: key, BLIND_INDEX_KEY: key, CARD_SIGNING_KEYS: `k1:${key}` }

test('production refuses to start without CONTRACT_TIMESTAMP_KEYS; a malformed list is refused naming the variable, never echoing a seed', () => {
  expect(loadConfig(production)).toEqual({ ok: false, message: 'Invalid configuration: CONTRACT_TIMESTAMP_KEYS is required in production' })
  const configured = loadConfig({ ...production, CONTRACT_TIMESTAMP_KEYS: `t2026b:${key},t2026a:${Buffer.alloc(32, 4).toString('base64')}` })
  expect(configured.ok && configured.config.contractTimestampKeys?.map((entry) => entry.kid)).toEqual(['t2026b', 't2026a'])
  const short = Buffer.alloc(16, 5).toString('base64')
  for (const value of [`t1:${short}`, key, `T1:${key}`, `t1:${key},t1:${key}`, '']) {
    const loaded = loadConfig({ ...production, CONTRACT_TIMESTAMP_KEYS: value })
    expect(loaded.ok, value).toBe(false)
    if (loaded.ok) continue
    expect(loaded.message).toMatch(/^Invalid configuration: CONTRACT_TIMESTAMP_KEYS /)
    expect(loaded.message).not.toContain(key)
    expect(loaded.message).not.toContain(short)
  }
})

test('the development key is never used in production, even when the configuration is built by hand', () => {
  const loaded = loadConfig({ ...production, CONTRACT_TIMESTAMP_KEYS: `t1:${key}` })
  if (!loaded.ok) throw new Error(loaded.message)
  expect(() => timestampKeysFor({ ...loaded.config, contractTimestampKeys: null }, { blindIndex: Buffer.alloc(32, 2) })).toThrow('CONTRACT_TIMESTAMP_KEYS is required in production')
})
