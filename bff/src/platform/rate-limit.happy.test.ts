import { expect, test } from 'vitest'
import { sql } from 'drizzle-orm'
import type { Database } from '../db/database'
import { createTestContext } from '../testing/harness'
import { createRateLimiter, peekRateLimit, purgeRateLimits, type RateHit } from './rate-limit'

const start = new Date('2026-11-29T02:00:00.000Z')
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000)

/** An empty database and a limiter counting in it. */
async function counters(): Promise<{ db: Database; hit: (input: RateHit) => Promise<unknown> }> {
  const { deps } = await createTestContext({ seed: false })
  const limiter = createRateLimiter(deps.db)
  return { db: deps.db, hit: (input) => limiter.hit(input) }
}

test('a window lets the limit through, refuses the next with the seconds left, and starts afresh at the next window', async () => {
  const limiter = await counters()
  const hit = (seconds: number) => limiter.hit({ bucket: 'login:10.0.0.1', limit: 3, windowSeconds: 60, now: at(seconds) })
  expect([await hit(0), await hit(10), await hit(20)]).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }])
  expect(await hit(21)).toEqual({ allowed: false, retryAfterSeconds: 39 })
  expect(await hit(59.5)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  expect(await hit(60)).toEqual({ allowed: true })
  expect([await hit(61), await hit(62)]).toEqual([{ allowed: true }, { allowed: true }])
  expect(await hit(63)).toEqual({ allowed: false, retryAfterSeconds: 57 })
})

test('hits that arrive together are counted together, and exactly: the first ones up to the limit pass, in the order they came', async () => {
  const limiter = await counters()
  const decisions = await Promise.all(Array.from({ length: 15 }, () => limiter.hit({ bucket: 'submission:u1', limit: 10, windowSeconds: 60, now: at(5) })))
  expect(decisions.slice(0, 10)).toEqual(Array.from({ length: 10 }, () => ({ allowed: true })))
  expect(decisions.slice(10)).toEqual(Array.from({ length: 5 }, () => ({ allowed: false, retryAfterSeconds: 55 })))
})

test('two instances on one database share each limit: ten in all, not ten each', async () => {
  const { deps } = await createTestContext({ seed: false })
  const [one, other] = [createRateLimiter(deps.db), createRateLimiter(deps.db)]
  const hit = (limiter: typeof one) => limiter.hit({ bucket: 'login:10.0.0.9', limit: 10, windowSeconds: 60, now: at(1) })
  const decisions = await Promise.all(Array.from({ length: 20 }, (_, i) => hit(i % 2 === 0 ? one : other)))
  expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10)
})

test('windows are aligned to the clock, not to the first attempt', async () => {
  const limiter = await counters()
  const hit = (seconds: number) => limiter.hit({ bucket: 'verification:a', limit: 1, windowSeconds: 60, now: at(seconds) })
  expect(await hit(50)).toEqual({ allowed: true })
  expect(await hit(55)).toEqual({ allowed: false, retryAfterSeconds: 5 })
  expect(await hit(60)).toEqual({ allowed: true })
})

test('each bucket counts on its own', async () => {
  const limiter = await counters()
  const hit = (bucket: string) => limiter.hit({ bucket, limit: 1, windowSeconds: 60, now: start })
  expect(await hit('login:a')).toEqual({ allowed: true })
  expect(await hit('login:b')).toEqual({ allowed: true })
  expect(await hit('verification:a')).toEqual({ allowed: true })
  expect(await hit('login:a')).toEqual({ allowed: false, retryAfterSeconds: 60 })
})

test('counters of windows that ended over an hour ago are purged, and recent ones kept', async () => {
  const { db, hit } = await counters()
  await hit({ bucket: 'old', limit: 5, windowSeconds: 60, now: start })
  await hit({ bucket: 'recent', limit: 5, windowSeconds: 60, now: at(3000) })
  expect(await purgeRateLimits(db, at(3600))).toBe(0)
  expect(await purgeRateLimits(db, at(3660))).toBe(1)
  expect(await db.rows(sql`select bucket from rate_limits`)).toEqual([{ bucket: 'recent' }])
})

test('peeking at a bucket tells whether it is over its limit without counting', async () => {
  const { db, hit } = await counters()
  const limit = { bucket: 'partnerRefused:10.0.0.1', limit: 2, windowSeconds: 60 }
  expect(await peekRateLimit(db, { ...limit, now: at(0) })).toEqual({ allowed: true })
  await hit({ ...limit, now: at(1) })
  await hit({ ...limit, now: at(2) })
  for (let i = 0; i < 5; i += 1) expect(await peekRateLimit(db, { ...limit, now: at(3) })).toEqual({ allowed: true })
  await hit({ ...limit, now: at(4) })
  expect(await peekRateLimit(db, { ...limit, now: at(10) })).toEqual({ allowed: false, retryAfterSeconds: 50 })
  expect(await peekRateLimit(db, { ...limit, now: at(60) })).toEqual({ allowed: true })
})
