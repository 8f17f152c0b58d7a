import type { Hono } from 'hono'
import { createApp } from '../app'
import { startServer, type RunningServer } from '../serve'
import { loadConfig, type Config } from '../config'
import { demoLogins } from '../db/seed/demo-accounts'
import { seedDemoData } from '../db/seed/seed'
import type { AppEnv } from '../platform/app-env'
import { manualClock, type ManualClock } from '../platform/clock'
import { createDeps } from '../platform/create-deps'
import type { Deps } from '../platform/deps'
import type { FaceVerifier } from '../platform/face-verification'
import type { AccountTransferChannel } from '../platform/payments/account-transfer'
import type { PaymentChannel } from '../platform/payments/payment-channel'
import { createLogger } from '../platform/logger'
import { seededRandom, type Random } from '../platform/random'
import type { WechatLogin } from '../platform/wechat'
import { openTestDatabase } from './test-database'

if (process.env.NODE_ENV !== 'test') throw new Error('The test harness runs only with NODE_ENV=test')

const testKey = (fill: number) => Buffer.alloc(32, fill).toString('base64')
/**
 * The keys every test database is sealed with: what another process needs to read one. The e-card
 * is signed with a configured key, as in production (the development key has tests of its own).
 */
export const testKeys = {
  DATA_ENCRYPTION_KEY: testKey(1),
  BLIND_INDEX_KEY: testKey(2),
  CARD_SIGNING_KEYS: `test:${testKey(3)}`,
  CONTRACT_TIMESTAMP_KEYS: `test:${testKey(4)}`,
} as const

/**
 * The configuration of a test: keys fixed, logs silent, and the database of the engine this run
 * is for (SQLite in memory; PostgreSQL when the suite runs with DATABASE_URL). Tests log in with
 * the demo accounts, so they ask for demo mode as `npm start` does, except in production, which
 * never runs in it; a test of a start without it passes `DEMO_MODE: '0'`.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  const loaded = loadConfig({
    NODE_ENV: 'test',
    DEMO_MODE: env.NODE_ENV === 'production' ? '0' : '1',
    DATABASE_PATH: ':memory:',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    DATA_DIR: '/nonexistent-test-data',
    CLIENT_DIST: '/nonexistent-client-dist',
    ...testKeys,
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
  /** A JSON request with an optional bearer token (or partner key), acting-for grant and idempotency key. */
  call(method: string, path: string, options?: CallOptions): Promise<Response>
  /** What points another process (a command under test) at this context's database. */
  readonly databaseEnv: Readonly<Record<string, string>>
  /** Waits for group-committed audit rows, then closes the database. Done for every context when its file ends. */
  close(): Promise<void>
}

export interface CallOptions {
  readonly token?: string
  readonly actingFor?: string
  readonly idempotencyKey?: string
  /** A partner department's key, sent as `X-Partner-Key`. */
  readonly partnerKey?: string
  readonly body?: unknown
  readonly headers?: Record<string, string>
}

export const testStart = '2026-11-29T02:00:00.000Z'

const randomSeed = 42

const open = new Set<TestContext>()

/**
 * Closes every context and server the file opened. Called after each file by the BFF's setup
 * file (testing/setup.ts): one worker runs file after file, importing this module once, so a
 * hook registered here would run after the first file only.
 */
export async function closeOpenContexts(): Promise<void> {
  const closing = [...open]
  open.clear()
  await Promise.all(closing.map((t) => t.close()))
}

/**
 * The real server (`startServer`, jobs and all) on a fresh seeded database of the test's engine,
 * on a free port: for tests of what runs in the background, or of what a real socket does.
 * With `logLines`, every log line of the server is pushed there. Closed when the file ends.
 */
export async function startTestServer(
  env: Record<string, string>,
  options: { clock?: ManualClock; logLines?: string[] } = {},
): Promise<RunningServer> {
  const t = await createTestContext({ env })
  const { logLines, ...overrides } = options
  const logger = logLines ? { logger: createLogger('debug', (line) => logLines.push(line)) } : {}
  const server = await startServer(testConfig({ PORT: '0', ...env }), { db: t.deps.db, random: t.deps.random, ...overrides, ...logger })
  // The server owns the database now: closing it drains the audit and closes the database.
  open.delete(t)
  open.add({ ...t, close: () => server.close() })
  return server
}

/**
 * A fresh database, seeded (with the same keys, clock and random seed it always holds the same
 * data, so it is made once per worker and copied), with a clock the test moves by hand. Its
 * random stream starts where seeding left it: identical to seeding anew.
 */
export async function createTestContext(
  options: { env?: Record<string, string>; wechat?: WechatLogin | null; face?: FaceVerifier; payments?: PaymentChannel; accountTransfers?: AccountTransferChannel; seed?: boolean; logLines?: string[] } = {},
): Promise<TestContext> {
  const clock = manualClock(testStart)
  const logger = options.logLines ? createLogger('debug', (line) => options.logLines?.push(line)) : undefined
  const config = testConfig(options.env)
  const seed = options.seed !== false
  const keys = `${config.keys.dataEncryption?.toString('base64')}|${config.keys.blindIndex?.toString('base64')}|${seed ? 'seeded' : 'empty'}`
  const { db, randomBytesUsed, env: databaseEnv } = await openTestDatabase(config, keys, async (fresh) => {
    if (!seed) return 0
    const source = seededRandom(randomSeed)
    let used = 0
    const counting: Random = {
      bytes(length) {
        used += length
        return source.bytes(length)
      },
    }
    const seeding = createDeps(config, { db: fresh, clock: manualClock(testStart), random: counting, logger: createLogger('silent'), wechat: null })
    await seedDemoData(seeding)
    return used
  })
  const random = seededRandom(randomSeed)
  random.bytes(randomBytesUsed)
  const deps = createDeps(config, {
    db,
    demoAccounts: demoLogins,
    clock,
    random,
    wechat: options.wechat ?? null,
    ...(options.face ? { face: options.face } : {}),
    ...(options.payments ? { payments: options.payments } : {}),
    ...(options.accountTransfers ? { accountTransfers: options.accountTransfers } : {}),
    ...(logger ? { logger } : {}),
  })
  const app = createApp(deps)

  const call: TestContext['call'] = (method, path, callOptions = {}) => {
    const headers: Record<string, string> = { ...callOptions.headers }
    if (callOptions.token) headers.authorization = `Bearer ${callOptions.token}`
    if (callOptions.actingFor) headers['x-acting-for'] = callOptions.actingFor
    if (callOptions.idempotencyKey) headers['idempotency-key'] = callOptions.idempotencyKey
    if (callOptions.partnerKey !== undefined) headers['x-partner-key'] = callOptions.partnerKey
    let body: string | undefined
    if (callOptions.body !== undefined) {
      body = typeof callOptions.body === 'string' ? callOptions.body : JSON.stringify(callOptions.body)
      headers['content-type'] ??= 'application/json'
    }
    return Promise.resolve(app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) }))
  }

  let closed: Promise<void> | null = null
  const context: TestContext = {
    app,
    deps,
    clock,
    call,
    databaseEnv,
    async login(account) {
      const response = await call('POST', '/api/auth/dev/login', { body: { account } })
      if (response.status !== 200) throw new Error(`login ${account} failed: ${response.status} ${await response.text()}`)
      const session = (await response.json()) as { token: string }
      return session.token
    },
    close() {
      closed ??= (async () => {
        open.delete(context)
        await deps.audit.drain()
        await db.close()
      })()
      return closed
    },
  }
  open.add(context)
  return context
}
