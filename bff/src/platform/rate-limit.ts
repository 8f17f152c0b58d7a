import { eq, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rateLimits } from '../db/schema'
import { preparedPerDatabase } from './prepared'

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number }

/**
 * Fixed-window counter kept in the database (not in memory), so every BFF instance behind a
 * load balancer counts together. One statement increments and reads, so it cannot race.
 */
const hit = preparedPerDatabase((db) =>
  db
    .insert(rateLimits)
    .values({ bucket: sql.placeholder('bucket'), windowStart: sql.placeholder('windowStart'), count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.bucket,
      set: {
        count: sql`case when ${rateLimits.windowStart} = excluded.window_start then ${rateLimits.count} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart })
    .prepare(),
)

export function hitRateLimit(db: Db, input: { bucket: string; limit: number; windowSeconds: number; now: Date }): RateDecision {
  const nowSeconds = Math.floor(input.now.getTime() / 1000)
  const windowStart = nowSeconds - (nowSeconds % input.windowSeconds)
  const [row] = hit(db).all({ bucket: input.bucket, windowStart })
  if (!row || row.count <= input.limit) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, row.windowStart + input.windowSeconds - nowSeconds) }
}

const read = preparedPerDatabase((db) =>
  db
    .select({ count: rateLimits.count, windowStart: rateLimits.windowStart })
    .from(rateLimits)
    .where(eq(rateLimits.bucket, sql.placeholder('bucket')))
    .prepare(),
)

/**
 * Whether a bucket is already over its limit in this window, without counting: for limits that
 * count only failures, yet must also stop a success that comes after too many of them.
 */
export function peekRateLimit(db: Db, input: { bucket: string; limit: number; windowSeconds: number; now: Date }): RateDecision {
  const nowSeconds = Math.floor(input.now.getTime() / 1000)
  const windowStart = nowSeconds - (nowSeconds % input.windowSeconds)
  const row = read(db).get({ bucket: input.bucket })
  if (!row || row.windowStart !== windowStart || row.count <= input.limit) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, row.windowStart + input.windowSeconds - nowSeconds) }
}

/** Windows that ended more than an hour ago can no longer limit anyone. */
export function purgeRateLimits(db: Db, now: Date): number {
  const before = Math.floor(now.getTime() / 1000) - 3600
  return db.run(sql`delete from rate_limits where window_start < ${before}`).changes
}
