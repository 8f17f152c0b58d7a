import type { Hono } from 'hono'
import { createApp } from '../app'
import { loadConfig, type Config } from '../config'
import { seedDemoData } from '../db/seed/seed'
import type { AppEnv } from '../platform/app-env'
import { manualClock, type ManualClock } from '../platform/clock'
import { createDeps } from '../platform/create-deps'
import type { Deps } from '../platform/deps'
import { createLogger } from '../platform/logger'
import { seededRandom } from '../platform/random'
import type { WechatLogin } from '../platform/wechat'

if (process.env.NODE_ENV !== 'test') throw new Error('The test harness runs only with NODE_ENV=test')

const testKey = (fill: number) => Buffer.alloc(32, fill).toString('base64')

export function testConfig(env: Record<string, string> = {}): Config {
  const loaded = loadConfig({
    NODE_ENV: 'test',
    DATABASE_PATH: ':memory:',
    DATA_DIR: '/nonexistent-test-data',
    CLIENT_DIST: '/nonexistent-client-dist',
    DATA_ENCRYPTION_KEY: testKey(1),
    BLIND_INDEX_KEY: testKey(2),
    LOG_LEVEL: 'silent',
    ...env,
  })
  if (!loaded.ok) throw new Error(loaded.message)
  return loaded.config
}

export interface TestContext {
  readonly app: Hono<AppEnv>
  readonly deps: Deps
  readonly clock: ManualClock
  /** Logs in a demo account through the real development login and returns its bearer token. */
  login(account: string): Promise<string>
  /** A JSON request with an optional bearer token, acting-for grant and idempotency key. */
  call(method: string, path: string, options?: CallOptions): Promise<Response>
}

export interface CallOptions {
  readonly token?: string
  readonly actingFor?: string
  readonly idempotencyKey?: string
  readonly body?: unknown
  readonly headers?: Record<string, string>
}

export const testStart = '2026-11-29T02:00:00.000Z'

/** A fresh in-memory database, seeded, with a clock the test moves by hand. */
export function createTestContext(options: { env?: Record<string, string>; wechat?: WechatLogin | null; seed?: boolean; logLines?: string[] } = {}): TestContext {
  const clock = manualClock(testStart)
  const logger = options.logLines ? createLogger('debug', (line) => options.logLines?.push(line)) : undefined
  const deps = createDeps(testConfig(options.env), {
    clock,
    random: seededRandom(42),
    wechat: options.wechat ?? null,
    ...(logger ? { logger } : {}),
  })
  if (options.seed !== false) seedDemoData(deps)
  const app = createApp(deps)

  const call: TestContext['call'] = (method, path, callOptions = {}) => {
    const headers: Record<string, string> = { ...callOptions.headers }
    if (callOptions.token) headers.authorization = `Bearer ${callOptions.token}`
    if (callOptions.actingFor) headers['x-acting-for'] = callOptions.actingFor
    if (callOptions.idempotencyKey) headers['idempotency-key'] = callOptions.idempotencyKey
    let body: string | undefined
    if (callOptions.body !== undefined) {
      body = typeof callOptions.body === 'string' ? callOptions.body : JSON.stringify(callOptions.body)
      headers['content-type'] ??= 'application/json'
    }
    return Promise.resolve(app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) }))
  }

  return {
    app,
    deps,
    clock,
    call,
    async login(account) {
      const response = await call('POST', '/api/auth/dev/login', { body: { account } })
      if (response.status !== 200) throw new Error(`login ${account} failed: ${response.status} ${await response.text()}`)
      const session = (await response.json()) as { token: string }
      return session.token
    },
  }
}
