import { expect, test } from 'vitest'
import { openDatabase } from '../db/client'
import { hitRateLimit, peekRateLimit, purgeRateLimits } from './rate-limit'

const start = new Date('2026-11-29T02:00:00.000Z')
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000)

test('a window lets the limit through, refuses the next with the seconds left, and starts afresh at the next window', () => {
  const db = openDatabase(':memory:')
  const hit = (seconds: number) => hitRateLimit(db, { bucket: 'login:10.0.0.1', limit: 3, windowSeconds: 60, now: at(seconds) })
  expect([hit(0), hit(10), hit(20)]).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }])
  expect(hit(21)).toEqual({ allowed: false, retryAfterSeconds: 39 })
  expect(hit(59.5)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  expect(hit(60)).toEqual({ allowed: true })
  expect([hit(61), hit(62)]).toEqual([{ allowed: true }, { allowed: true }])
  expect(hit(63)).toEqual({ allowed: false, retryAfterSeconds: 57 })
})

test('windows are aligned to the clock, not to the first attempt', () => {
  const db = openDatabase(':memory:')
  const hit = (seconds: number) => hitRateLimit(db, { bucket: 'verification:a', limit: 1, windowSeconds: 60, now: at(seconds) })
  expect(hit(50)).toEqual({ allowed: true })
  expect(hit(55)).toEqual({ allowed: false, retryAfterSeconds: 5 })
  expect(hit(60)).toEqual({ allowed: true })
})

test('each bucket counts on its own', () => {
  const db = openDatabase(':memory:')
  const hit = (bucket: string) => hitRateLimit(db, { bucket, limit: 1, windowSeconds: 60, now: start })
  expect(hit('login:a')).toEqual({ allowed: true })
  expect(hit('login:b')).toEqual({ allowed: true })
  expect(hit('verification:a')).toEqual({ allowed: true })
  expect(hit('login:a')).toEqual({ allowed: false, retryAfterSeconds: 60 })
})

test('counters of windows that ended over an hour ago are purged, and recent ones kept', () => {
  const db = openDatabase(':memory:')
  hitRateLimit(db, { bucket: 'old', limit: 5, windowSeconds: 60, now: start })
  hitRateLimit(db, { bucket: 'recent', limit: 5, windowSeconds: 60, now: at(3000) })
  expect(purgeRateLimits(db, at(3600))).toBe(0)
  expect(purgeRateLimits(db, at(3660))).toBe(1)
  expect(db.$client.prepare('select bucket from rate_limits').pluck().all()).toEqual(['recent'])
})

test('peeking at a bucket tells whether it is over its limit without counting', () => {
  const db = openDatabase(':memory:')
  const limit = { bucket: 'partnerRefused:10.0.0.1', limit: 2, windowSeconds: 60 }
  expect(peekRateLimit(db, { ...limit, now: at(0) })).toEqual({ allowed: true })
  hitRateLimit(db, { ...limit, now: at(1) })
  hitRateLimit(db, { ...limit, now: at(2) })
  for (let i = 0; i < 5; i += 1) expect(peekRateLimit(db, { ...limit, now: at(3) })).toEqual({ allowed: true })
  hitRateLimit(db, { ...limit, now: at(4) })
  expect(peekRateLimit(db, { ...limit, now: at(10) })).toEqual({ allowed: false, retryAfterSeconds: 50 })
  expect(peekRateLimit(db, { ...limit, now: at(60) })).toEqual({ allowed: true })
})
