import { and, eq, lt } from 'drizzle-orm'
import type { Database } from '../db/database'
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

type Owned = { readonly owner: string; readonly key: string }
const ownedBy = (input: Owned) => and(eq(idempotencyKeys.owner, input.owner), eq(idempotencyKeys.key, input.key))

/**
 * Claims a key for its owner. Insert-or-nothing is one statement, so of twenty simultaneous
 * retries, on any number of instances, exactly one gets `first`; the others see it running, or
 * its stored response.
 */
export async function claimIdempotencyKey(
  db: Database,
  input: Owned & { readonly operation: string; readonly requestHash: string; readonly now: Date },
): Promise<Claim> {
  const inserted = await db.transaction((tx) =>
    tx
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
      .returning({ key: idempotencyKeys.key }),
  )
  if (inserted.length === 1) return { kind: 'first' }

  const [existing] = await db.read((q) => q.select().from(idempotencyKeys).where(ownedBy(input)))
  // Released between the insert and the read: claim it again.
  if (!existing) return claimIdempotencyKey(db, input)
  if (existing.requestHash !== input.requestHash) return { kind: 'mismatch' }
  if (existing.state === 'running' || existing.responseStatus === null || existing.responseBody === null) return { kind: 'in_progress' }
  return { kind: 'replay', status: existing.responseStatus, body: existing.responseBody }
}

export async function completeIdempotencyKey(db: Database, input: Owned & { readonly status: number; readonly body: string }): Promise<void> {
  await db.transaction((tx) =>
    tx.update(idempotencyKeys).set({ state: 'done', responseStatus: input.status, responseBody: input.body }).where(ownedBy(input)),
  )
}

/** The first attempt failed unexpectedly: forget the key so a retry can run again. */
export async function releaseIdempotencyKey(db: Database, input: Owned): Promise<void> {
  await db.transaction((tx) => tx.delete(idempotencyKeys).where(and(ownedBy(input), eq(idempotencyKeys.state, 'running'))))
}

export async function purgeIdempotencyKeys(db: Database, now: Date): Promise<number> {
  const before = new Date(now.getTime() - idempotencyRetentionMs).toISOString()
  const purged = await db.transaction((tx) => tx.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).returning({ key: idempotencyKeys.key }))
  return purged.length
}
