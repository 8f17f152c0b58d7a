import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, onTestFinished, test } from 'vitest'
import { loadConfig } from '../config'

const key = Buffer.alloc(32, 3).toString('base64')

function message(env: Record<string, string>): string {
  const loaded = loadConfig(env)
  if (loaded.ok) throw new Error(`expected ${JSON.stringify(env)} to be refused`)
  return loaded.message
}

test('a bad PORT is refused in one line that names PORT', () => {
  for (const port of ['abc', '70000', '-1', '80.5']) {
    const text = message({ PORT: port })
    expect(text, port).toMatch(/^Invalid configuration: PORT /)
    expect(text).not.toContain('\n')
  }
})

test('production without the encryption keys is refused, naming the missing key', () => {
  expect(message({ NODE_ENV: 'production' })).toBe('Invalid configuration: DATA_ENCRYPTION_KEY is required in production')
  expect(message({ NODE_ENV: 'production', DATA_ENCRYPTION_KEY: key })).toBe('Invalid configuration: BLIND_INDEX_KEY is required in production')
})

test('a key that is not 32 bytes of base64 is refused, naming the variable', () => {
  expect(message({ DATA_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toBe('Invalid configuration: DATA_ENCRYPTION_KEY must be 32 bytes, base64-encoded')
  expect(message({ BLIND_INDEX_KEY: 'not-a-key' })).toBe('Invalid configuration: BLIND_INDEX_KEY must be 32 bytes, base64-encoded')
})

test('half a WeChat configuration, an unknown mode or a bad limit is refused in one line naming it', () => {
  expect(message({ WECHAT_APPID: 'wx123' })).toBe('Invalid configuration: WECHAT_APPID and WECHAT_SECRET must be set together')
  expect(message({ NODE_ENV: 'staging' })).toMatch(/^Invalid configuration: NODE_ENV /)
  expect(message({ LOGIN_RATE_LIMIT: '0' })).toMatch(/^Invalid configuration: LOGIN_RATE_LIMIT /)
  expect(message({ PUBLIC_BASE_URL: 'not a url' })).toMatch(/^Invalid configuration: PUBLIC_BASE_URL /)
  expect(message({ TRUST_PROXY: 'yes' })).toMatch(/^Invalid configuration: TRUST_PROXY /)
})

test('demo mode bound to an address other than loopback is refused unless that is asked for as well', () => {
  for (const host of ['0.0.0.0', '::', '10.0.0.5', 'portal.example.gov.cn']) {
    expect(message({ DEMO_MODE: '1', HOST: host }), host).toBe(
      `Invalid configuration: DEMO_MODE serves the demo accounts and their development login to anyone who reaches HOST ${host}: bind to 127.0.0.1, or set DEMO_ALLOW_NON_LOOPBACK=1 as well`,
    )
  }
})

test('demo mode in production is refused, and so is a demo switch that is not 1 or 0', () => {
  const keys = { DATA_ENCRYPTION_KEY: key, BLIND_INDEX_KEY: key }
  expect(message({ NODE_ENV: 'production', DEMO_MODE: '1', ...keys })).toBe('Invalid configuration: DEMO_MODE cannot be used with NODE_ENV=production')
  expect(message({ NODE_ENV: 'production', DEMO_MODE: '1', DEMO_ALLOW_NON_LOOPBACK: '1', HOST: '0.0.0.0', ...keys })).toBe('Invalid configuration: DEMO_MODE cannot be used with NODE_ENV=production')
  expect(message({ DEMO_MODE: 'yes' })).toMatch(/^Invalid configuration: DEMO_MODE /)
  expect(message({ DEMO_MODE: '1', DEMO_ALLOW_NON_LOOPBACK: 'true' })).toMatch(/^Invalid configuration: DEMO_ALLOW_NON_LOOPBACK /)
})

test('a DATABASE_URL that is not a postgres:// URL is refused in one line naming it, without echoing it', () => {
  const loaded = loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/portal' })
  expect(loaded).toEqual({ ok: false, message: 'Invalid configuration: DATABASE_URL must be a postgres:// URL' })
})

test('a certification cycle of no months, negative days or a partner limit of zero is refused in one line naming it', () => {
  for (const [name, value] of [
    ['RETIREE_CYCLE_MONTHS', '0'],
    ['RETIREE_CYCLE_MONTHS', '1.5'],
    ['RETIREE_DUE_SOON_DAYS', '-1'],
    ['RETIREE_GRACE_DAYS', 'thirty'],
    ['RETIREE_JOB_INTERVAL_SECONDS', '-60'],
    ['PARTNER_RATE_LIMIT', '0'],
    ['PARTNER_RATE_WINDOW_SECONDS', '0'],
  ] as const) {
    const text = message({ [name]: value })
    expect(text, `${name}=${value}`).toMatch(new RegExp(`^Invalid configuration: ${name} `))
    expect(text).not.toContain('\n')
  }
})

test('the server refuses to start on a bad PORT, with one line on stderr and exit code 1, creating nothing', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'renshe-config-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  const bffDir = fileURLToPath(new URL('../..', import.meta.url))
  const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server.ts'],
      { cwd: bffDir, env: { PATH: process.env.PATH ?? '', PORT: 'eighty', DATA_DIR: dir }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
  expect(run.code).toBe(1)
  expect(run.stdout).toBe('')
  expect(run.stderr).toMatch(/^Invalid configuration: PORT [^\n]+\n$/)
  expect(readdirSync(dir)).toEqual([])
})

test('proxies given wrongly, or in two ways at once, are refused in one line naming them', () => {
  for (const proxies of ['10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/1', ',', 'fd00::/129']) {
    expect(message({ TRUSTED_PROXIES: proxies }), proxies).toBe(
      'Invalid configuration: TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR ranges, e.g. 10.0.0.0/8, fd00::/8',
    )
  }
  for (const hops of ['-1', '1.5', 'two', '17']) {
    expect(message({ TRUST_PROXY_HOPS: hops }), hops).toBe('Invalid configuration: TRUST_PROXY_HOPS must be a whole number of proxies from 0 to 16')
  }
  const twice = 'Invalid configuration: set only one of TRUST_PROXY, TRUST_PROXY_HOPS and TRUSTED_PROXIES'
  expect(message({ TRUST_PROXY: 'true', TRUST_PROXY_HOPS: '2' })).toBe(twice)
  expect(message({ TRUST_PROXY_HOPS: '1', TRUSTED_PROXIES: '10.0.0.0/8' })).toBe(twice)
  expect(message({ PARTNER_KEY_GRACE_HOURS: '-1' })).toMatch(/^Invalid configuration: PARTNER_KEY_GRACE_HOURS /)
})
