import { expect, test } from 'vitest'
import { loadConfig } from '../config'

test('an empty environment gives a development configuration with safe defaults', () => {
  const loaded = loadConfig({})
  expect(loaded.ok).toBe(true)
  if (!loaded.ok) return
  expect(loaded.config).toMatchObject({
    mode: 'development',
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
    trustProxy: false,
    logLevel: 'info',
  })
})

test('a postgres:// DATABASE_URL runs the portal on PostgreSQL, with its pool size; the SQLite path is then not used', () => {
  const loaded = loadConfig({ DATABASE_URL: 'postgres://portal:secret@db.internal:5432/portal', DATABASE_POOL_SIZE: '25', DATABASE_PATH: '/tmp/ignored.db' })
  expect(loaded.ok).toBe(true)
  if (!loaded.ok) return
  expect(loaded.config.database).toEqual({ engine: 'postgres', url: 'postgres://portal:secret@db.internal:5432/portal', poolSize: 25 })
})

test('a production configuration with both keys loads, and keeps the keys as 32-byte buffers', () => {
  const key = Buffer.alloc(32, 3).toString('base64')
  const loaded = loadConfig({
    NODE_ENV: 'production',
    DATA_ENCRYPTION_KEY: key,
    BLIND_INDEX_KEY: key,
    PUBLIC_BASE_URL: 'https://renshe.example.gov.cn/',
    WECHAT_APPID: 'wx123',
    WECHAT_SECRET: 'secret',
    PORT: '9000',
  })
  expect(loaded.ok).toBe(true)
  if (!loaded.ok) return
  expect(loaded.config.keys.dataEncryption?.length).toBe(32)
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
