import { expect, test } from 'vitest'
import { loadConfig } from '../config'

test('an empty environment gives a development configuration with safe defaults, and no demo', () => {
  const loaded = loadConfig({})
  expect(loaded.ok).toBe(true)
  if (!loaded.ok) return
  expect(loaded.config).toMatchObject({
    mode: 'development',
    demo: false,
    host: '127.0.0.1',
    port: 8787,
    database: { engine: 'sqlite', path: 'data/portal.db' },
    publicBaseUrl: 'http://127.0.0.1:8787',
    session: { idleMinutes: 30, absoluteMinutes: 720 },
    wechat: null,
    subscribeTemplates: { case: null },
    rateLimits: {
      login: 10,
      verification: 30,
      windowSeconds: 60,
      realName: 5,
      realNameWindowSeconds: 3600,
      submission: 60,
      submissionWindowSeconds: 3600,
      partner: 120,
      partnerWindowSeconds: 60,
    },
    maxBodyBytes: 65536,
    wagesJobIntervalSeconds: 300,
    retiree: { cycleMonths: 12, dueSoonDays: 30, graceDays: 30, jobIntervalSeconds: 3600 },
    jobLeaseSeconds: 60,
    partnerKeyGraceHours: 24,
    trustProxy: { kind: 'none' },
    logLevel: 'info',
  })
})

test('the demo is only there when asked for: DEMO_MODE=1 on loopback, or with DEMO_ALLOW_NON_LOOPBACK=1 elsewhere', () => {
  const demoOf = (env: Record<string, string>) => {
    const loaded = loadConfig(env)
    return loaded.ok ? loaded.config.demo : loaded.message
  }
  expect(demoOf({ DEMO_MODE: '0' })).toBe(false)
  expect(demoOf({ NODE_ENV: 'test' })).toBe(false)
  for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1']) expect(demoOf({ DEMO_MODE: '1', HOST: host }), host).toBe(true)
  expect(demoOf({ DEMO_MODE: '1', HOST: '0.0.0.0', DEMO_ALLOW_NON_LOOPBACK: '1' })).toBe(true)
  expect(demoOf({ HOST: '0.0.0.0' })).toBe(false)
})

test('a postgres:// DATABASE_URL runs the portal on PostgreSQL, with its pool size; the SQLite path is then not used', () => {
  const loaded = loadConfig({ DATABASE_URL: 'postgres://portal:secret@db.internal:5432/portal', DATABASE_POOL_SIZE: '25', DATABASE_PATH: '/tmp/ignored.db' })
  expect(loaded.ok).toBe(true)
  if (!loaded.ok) return
  expect(loaded.config.database).toEqual({ engine: 'postgres', url: 'postgres://portal:secret@db.internal:5432/portal', poolSize: 25 })
})

test('a production configuration with both keys and the e-card’s signing key loads, and keeps the keys as 32-byte buffers', () => {
  const key = Buffer.alloc(32, 3).toString('base64')
  const loaded = loadConfig({
    NODE_ENV: 'production',
    DATA_ENCRYPTION_KEY: key,
    BLIND_INDEX_KEY: key,
    CARD_SIGNING_KEYS: `k2026a:${key}`,
    CONTRACT_TIMESTAMP_KEYS: `t2026a:${key}`,
    PUBLIC_BASE_URL: 'https://renshe.example.gov.cn/',
    WECHAT_APPID: 'wx123',
    WECHAT_SECRET: 'secret',
    PORT: '9000',
  })
  expect(loaded.ok).toBe(true)
  if (!loaded.ok) return
  expect(loaded.config.keys.dataEncryption?.length).toBe(32)
  expect(loaded.config.cardSigningKeys?.map((entry) => [entry.kid, entry.seed.length])).toEqual([['k2026a', 32]])
  expect(loaded.config.publicBaseUrl).toBe('https://renshe.example.gov.cn')
  expect(loaded.config.wechat).toEqual({ appId: 'wx123', secret: 'secret', apiBase: 'https://api.weixin.qq.com' })
  expect(loaded.config.port).toBe(9000)
})

test('the submission limit and the case-progress template come from the environment', () => {
  const loaded = loadConfig({ SUBMISSION_RATE_LIMIT: '3', SUBMISSION_RATE_WINDOW_SECONDS: '60', WECHAT_SUBSCRIBE_TEMPLATE_CASE: 'tmpl-abc' })
  expect(loaded.ok && loaded.config.rateLimits).toMatchObject({ submission: 3, submissionWindowSeconds: 60 })
  expect(loaded.ok && loaded.config.subscribeTemplates).toEqual({ case: 'tmpl-abc' })
})

test('the survival certification cycle, its reminders, its grace and the partner limit come from the environment', () => {
  const loaded = loadConfig({
    RETIREE_CYCLE_MONTHS: '6',
    RETIREE_DUE_SOON_DAYS: '14',
    RETIREE_GRACE_DAYS: '0',
    RETIREE_JOB_INTERVAL_SECONDS: '0',
    PARTNER_RATE_LIMIT: '5',
    PARTNER_RATE_WINDOW_SECONDS: '10',
  })
  expect(loaded.ok && loaded.config.retiree).toEqual({ cycleMonths: 6, dueSoonDays: 14, graceDays: 0, jobIntervalSeconds: 0 })
  expect(loaded.ok && loaded.config.rateLimits).toMatchObject({ partner: 5, partnerWindowSeconds: 10 })
})

test('the proxies in front are told by number or by address; TRUST_PROXY=true still means one', () => {
  const trustOf = (env: Record<string, string>) => {
    const loaded = loadConfig(env)
    return loaded.ok ? loaded.config.trustProxy : loaded.message
  }
  expect(trustOf({ TRUST_PROXY: 'true' })).toEqual({ kind: 'hops', hops: 1 })
  expect(trustOf({ TRUST_PROXY: 'false' })).toEqual({ kind: 'none' })
  expect(trustOf({ TRUST_PROXY_HOPS: '2' })).toEqual({ kind: 'hops', hops: 2 })
  expect(trustOf({ TRUST_PROXY_HOPS: '0' })).toEqual({ kind: 'none' })
  expect(trustOf({ TRUSTED_PROXIES: '10.0.0.0/8, fd00::/8,192.0.2.7' })).toEqual({ kind: 'proxies', networks: ['10.0.0.0/8', 'fd00::/8', '192.0.2.7'] })
})

test('how long a rotated partner key goes on working comes from the environment', () => {
  const loaded = loadConfig({ PARTNER_KEY_GRACE_HOURS: '2' })
  expect(loaded.ok && loaded.config.partnerKeyGraceHours).toBe(2)
})

test('the transaction guard is on unless TRANSACTION_GUARD=0 turns it off, production included', () => {
  const guardOf = (env: Record<string, string>) => {
    const loaded = loadConfig(env)
    return loaded.ok ? loaded.config.transactionGuard : undefined
  }
  const keys = { DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'), BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'), CARD_SIGNING_KEYS: `k1:${Buffer.alloc(32, 3).toString('base64')}`, CONTRACT_TIMESTAMP_KEYS: `t1:${Buffer.alloc(32, 4).toString('base64')}` }
  expect(guardOf({})).toBe(true)
  expect(guardOf({ NODE_ENV: 'test' })).toBe(true)
  expect(guardOf({ NODE_ENV: 'production', ...keys })).toBe(true)
  expect(guardOf({ NODE_ENV: 'production', TRANSACTION_GUARD: '0', ...keys })).toBe(false)
  expect(guardOf({ TRANSACTION_GUARD: '0' })).toBe(false)
})
