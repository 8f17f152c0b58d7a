import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import type { Hono } from 'hono'
import { createApp } from '../app'
import { loadConfig, type Config } from '../config'
import type { Db } from '../db/client'
import * as schema from '../db/schema'
import { seedDemoData } from '../db/seed/seed'
import type { AppEnv } from '../platform/app-env'
import { manualClock, type ManualClock } from '../platform/clock'
import { createDeps } from '../platform/create-deps'
import type { Deps } from '../platform/deps'
import type { FaceVerifier } from '../platform/face-verification'
import { createLogger } from '../platform/logger'
import { seededRandom, type Random } from '../platform/random'
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
  /** A JSON request with an optional bearer token (or partner key), acting-for grant and idempotency key. */
  call(method: string, path: string, options?: CallOptions): Promise<Response>
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

/** A seeded database as bytes, and how far seeding moved the random stream. */
interface SeededImage {
  readonly image: Buffer
  readonly randomBytesUsed: number
}
const seededImages = new Map<string, SeededImage>()

/**
 * Seeding takes most of a test's time, and with the same keys, clock and random seed it always
 * writes the same bytes. So each worker seeds once per pair of keys and every context starts
 * from a copy, with its random stream moved to where seeding left it: identical to seeding anew.
 */
function seededImage(config: Config): SeededImage {
  const cacheKey = `${config.keys.dataEncryption?.toString('base64')}|${config.keys.blindIndex?.toString('base64')}`
  const cached = seededImages.get(cacheKey)
  if (cached) return cached
  const source = seededRandom(randomSeed)
  let randomBytesUsed = 0
  const counting: Random = {
    bytes(length) {
      randomBytesUsed += length
      return source.bytes(length)
    },
  }
  const deps = createDeps(config, { clock: manualClock(testStart), random: counting, logger: createLogger('silent'), wechat: null })
  seedDemoData(deps)
  const seeded = { image: deps.db.$client.serialize(), randomBytesUsed }
  deps.db.$client.close()
  seededImages.set(cacheKey, seeded)
  return seeded
}

function openImage(image: Buffer): Db {
  const sqlite = new Database(image)
  sqlite.pragma('foreign_keys = ON')
  return drizzle(sqlite, { schema })
}

/** A fresh in-memory database, seeded, with a clock the test moves by hand. */
export function createTestContext(
  options: { env?: Record<string, string>; wechat?: WechatLogin | null; face?: FaceVerifier; seed?: boolean; logLines?: string[] } = {},
): TestContext {
  const clock = manualClock(testStart)
  const logger = options.logLines ? createLogger('debug', (line) => options.logLines?.push(line)) : undefined
  const config = testConfig(options.env)
  const fromImage = options.seed !== false && config.databasePath === ':memory:' ? seededImage(config) : null
  const random = seededRandom(randomSeed)
  if (fromImage) random.bytes(fromImage.randomBytesUsed)
  const opened = createDeps(config, {
    clock,
    random,
    wechat: options.wechat ?? null,
    ...(options.face ? { face: options.face } : {}),
    ...(logger ? { logger } : {}),
  })
  let deps: Deps = opened
  if (fromImage) {
    opened.db.$client.close()
    deps = { ...opened, db: openImage(fromImage.image) }
  } else if (options.seed !== false) {
    seedDemoData(deps)
  }
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
