import { eq, lt, sql } from 'drizzle-orm'
import type { Database, Tx } from '../db/database'
import { rateLimits } from '../db/schema'
import { createBatcher } from './batcher'
import { preparedPer } from './prepared'

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number }

export interface RateHit {
  readonly bucket: string
  readonly limit: number
  readonly windowSeconds: number
  readonly now: Date
}

export interface RateLimiter {
  /** Counts one request against its bucket and says whether it is within the limit. */
  hit(input: RateHit): Promise<RateDecision>
}

function windowOf(input: Pick<RateHit, 'windowSeconds' | 'now'>): { nowSeconds: number; windowStart: number } {
  const nowSeconds = Math.floor(input.now.getTime() / 1000)
  return { nowSeconds, windowStart: nowSeconds - (nowSeconds % input.windowSeconds) }
}

function decide(hit: RateHit, count: number, windowStart: number): RateDecision {
  if (count <= hit.limit) return { allowed: true }
  const { nowSeconds } = windowOf(hit)
  return { allowed: false, retryAfterSeconds: Math.max(1, windowStart + hit.windowSeconds - nowSeconds) }
}

/** Adds a bucket's hits to its window (or starts the window with them), and says where it stands. */
const count = preparedPer((tx: Tx) =>
  tx
    .insert(rateLimits)
    .values({ bucket: sql.placeholder('bucket'), windowStart: sql.placeholder('windowStart'), count: sql.placeholder('hits') })
    .onConflictDoUpdate({
      target: rateLimits.bucket,
      set: {
        count: sql`case when ${rateLimits.windowStart} = excluded.window_start then ${rateLimits.count} + excluded.count else excluded.count end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart })
    .prepare('rate_limit_count'),
)

/**
 * Fixed-window counters kept in the database (not in memory), so every instance behind a load
 * balancer counts together: a limit of 10 is 10 in all. Hits from concurrent requests are
 * counted together, one statement per bucket adding all of that bucket's hits at once, and
 * the counts it returns are handed out in the order the hits came: as exact as one statement
 * per hit, at the cost of one commit per batch.
 */
export function createRateLimiter(db: Database): RateLimiter {
  const batcher = createBatcher<RateHit, RateDecision>(
    (hits) =>
      db.transaction(async (tx) => {
        const groups = new Map<string, { bucket: string; windowStart: number; hits: number[] }>()
        hits.forEach((hit, i) => {
          const { windowStart } = windowOf(hit)
          const key = `${windowStart}:${hit.bucket}`
          const group = groups.get(key) ?? { bucket: hit.bucket, windowStart, hits: [] }
          group.hits.push(i)
          groups.set(key, group)
        })
        const decisions: RateDecision[] = []
        for (const group of groups.values()) {
          const [row] = await count(tx).execute({ bucket: group.bucket, windowStart: group.windowStart, hits: group.hits.length })
          const last = row?.count ?? group.hits.length
          group.hits.forEach((index, position) => {
            const hit = hits[index] as RateHit
            decisions[index] = decide(hit, last - group.hits.length + 1 + position, row?.windowStart ?? group.windowStart)
          })
        }
        return decisions
      }),
    { maxBatch: 2000 },
  )
  return { hit: (input) => batcher.add(input) }
}

/** Counts one request against its bucket: see `createRateLimiter`. */
export function hitRateLimit(deps: { readonly rateLimiter: RateLimiter }, input: RateHit): Promise<RateDecision> {
  return deps.rateLimiter.hit(input)
}

const read = preparedPer((q) =>
  q
    .select({ count: rateLimits.count, windowStart: rateLimits.windowStart })
    .from(rateLimits)
    .where(eq(rateLimits.bucket, sql.placeholder('bucket')))
    .prepare('rate_limit_peek'),
)

/**
 * Whether a bucket is already over its limit in this window, without counting: for limits that
 * count only failures, yet must also stop a success that comes after too many of them.
 */
export async function peekRateLimit(db: Database, input: RateHit): Promise<RateDecision> {
  const { windowStart } = windowOf(input)
  const [row] = await db.read((q) => read(q).execute({ bucket: input.bucket }))
  if (!row || row.windowStart !== windowStart) return { allowed: true }
  return decide(input, row.count, row.windowStart)
}

/** Windows that ended more than an hour ago can no longer limit anyone. */
export async function purgeRateLimits(db: Database, now: Date): Promise<number> {
  const before = Math.floor(now.getTime() / 1000) - 3600
  const purged = await db.transaction((tx) => tx.delete(rateLimits).where(lt(rateLimits.windowStart, before)).returning({ bucket: rateLimits.bucket }))
  return purged.length
}
