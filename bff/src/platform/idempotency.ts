import { and, eq, lt } from 'drizzle-orm'
import type { Db } from '../db/client'
import { idempotencyKeys } from '../db/schema'
import { sha256 } from './crypto'

export const idempotencyKeyPattern = /^[A-Za-z0-9_-]{16,64}$/
/** How long a key is remembered: long enough for any retry a phone on a weak network makes. */
export const idempotencyRetentionMs = 24 * 60 * 60 * 1000

export type Claim =
  | { readonly kind: 'first' }
  | { readonly kind: 'replay'; readonly status: number; readonly body: string }
  | { readonly kind: 'in_progress' }
  | { readonly kind: 'mismatch' }

/** What makes two requests "the same": the operation, its path parameters and its body. */
export function fingerprint(operationId: string, params: unknown, body: unknown): string {
  return sha256(JSON.stringify([operationId, canonical(params), canonical(body)]))
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    )
  }
  return value
}

/**
 * Claims a key for its owner. Insert-or-nothing is one statement, so of twenty simultaneous
 * retries exactly one gets `first`; the others see it running, or its stored response.
 */
export function claimIdempotencyKey(
  db: Db,
  input: { owner: string; key: string; operation: string; requestHash: string; now: Date },
): Claim {
  const inserted = db
    .insert(idempotencyKeys)
    .values({
      owner: input.owner,
      key: input.key,
      operation: input.operation,
      requestHash: input.requestHash,
      state: 'running',
      createdAt: input.now.toISOString(),
    })
    .onConflictDoNothing()
    .run()
  if (inserted.changes === 1) return { kind: 'first' }

  const existing = db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.owner, input.owner), eq(idempotencyKeys.key, input.key)))
    .get()
  if (!existing) return claimIdempotencyKey(db, input)
  if (existing.requestHash !== input.requestHash) return { kind: 'mismatch' }
  if (existing.state === 'running' || existing.responseStatus === null || existing.responseBody === null) return { kind: 'in_progress' }
  return { kind: 'replay', status: existing.responseStatus, body: existing.responseBody }
}

export function completeIdempotencyKey(db: Db, input: { owner: string; key: string; status: number; body: string }): void {
  db.update(idempotencyKeys)
    .set({ state: 'done', responseStatus: input.status, responseBody: input.body })
    .where(and(eq(idempotencyKeys.owner, input.owner), eq(idempotencyKeys.key, input.key)))
    .run()
}

/** The first attempt failed unexpectedly: forget the key so a retry can run again. */
export function releaseIdempotencyKey(db: Db, input: { owner: string; key: string }): void {
  db.delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.owner, input.owner), eq(idempotencyKeys.key, input.key), eq(idempotencyKeys.state, 'running')))
    .run()
}

export function purgeIdempotencyKeys(db: Db, now: Date): number {
  const before = new Date(now.getTime() - idempotencyRetentionMs).toISOString()
  return db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).run().changes
}
