import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number }

/**
 * Fixed-window counter kept in the database (not in memory), so every BFF instance behind a
 * load balancer counts together. One statement increments and reads, so it cannot race.
 */
export function hitRateLimit(db: Db, input: { bucket: string; limit: number; windowSeconds: number; now: Date }): RateDecision {
  const nowSeconds = Math.floor(input.now.getTime() / 1000)
  const windowStart = nowSeconds - (nowSeconds % input.windowSeconds)
  const row = db.get<{ count: number; window_start: number }>(sql`
    insert into rate_limits (bucket, window_start, count) values (${input.bucket}, ${windowStart}, 1)
    on conflict (bucket) do update set
      count = case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end,
      window_start = excluded.window_start
    returning count, window_start`)
  if (row.count <= input.limit) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, row.window_start + input.windowSeconds - nowSeconds) }
}

/** Windows that ended more than an hour ago can no longer limit anyone. */
export function purgeRateLimits(db: Db, now: Date): number {
  const before = Math.floor(now.getTime() / 1000) - 3600
  return db.run(sql`delete from rate_limits where window_start < ${before}`).changes
}
