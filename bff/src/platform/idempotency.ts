import { and, eq, lt, sql } from 'drizzle-orm'
import type { Database, Query, Tx } from '../db/database'
import { idempotencyKeys } from '../db/schema'
import { sha256 } from './crypto'
import { preparedPer } from './prepared'

export const idempotencyKeyPattern = /^[A-Za-z0-9_-]{16,64}$/
/** How long a key is remembered: long enough for any retry a phone on a weak network makes. */
export const idempotencyRetentionMs = 24 * 60 * 60 * 1000

/**
 * What a claim finds. A replay carries the first call's status and a reference to what it
 * created or acted on, never its answer: the store holds no personal data, and the caller
 * reads the resource again, authorised and audited as any read of it.
 */
export type Claim =
  | { readonly kind: 'first' }
  | { readonly kind: 'replay'; readonly status: number; readonly reference: string }
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
const owned = and(eq(idempotencyKeys.owner, sql.placeholder('owner')), eq(idempotencyKeys.key, sql.placeholder('key')))

/** Every submission passes through these: prepared once per handle. */
const writes = preparedPer((tx: Tx) => ({
  claim: tx
    .insert(idempotencyKeys)
    .values({
      owner: sql.placeholder('owner'),
      key: sql.placeholder('key'),
      operation: sql.placeholder('operation'),
      requestHash: sql.placeholder('requestHash'),
      state: 'running',
      createdAt: sql.placeholder('createdAt'),
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key })
    .prepare('idempotency_claim'),
  complete: tx
    .update(idempotencyKeys)
    .set({ state: 'done', responseStatus: sql`${sql.placeholder('status')}`, reference: sql`${sql.placeholder('reference')}` })
    .where(owned)
    .prepare('idempotency_complete'),
  release: tx
    .delete(idempotencyKeys)
    .where(and(owned, eq(idempotencyKeys.state, 'running')))
    .prepare('idempotency_release'),
}))
const reads = preparedPer((q: Query) => ({
  stored: q.select().from(idempotencyKeys).where(owned).prepare('idempotency_stored'),
}))

/**
 * Claims a key for its owner. Insert-or-nothing is one statement, so of twenty simultaneous
 * retries, on any number of instances, exactly one gets `first`; the others see it running, or
 * what it left to replay.
 */
export async function claimIdempotencyKey(
  db: Database,
  input: Owned & { readonly operation: string; readonly requestHash: string; readonly now: Date },
): Promise<Claim> {
  const { owner, key, operation, requestHash } = input
  const inserted = await db.transaction((tx) => writes(tx).claim.execute({ owner, key, operation, requestHash, createdAt: input.now.toISOString() }))
  if (inserted.length === 1) return { kind: 'first' }

  const [existing] = await db.read((q) => reads(q).stored.execute({ owner, key }))
  // Released between the insert and the read: claim it again.
  if (!existing) return claimIdempotencyKey(db, input)
  if (existing.requestHash !== input.requestHash) return { kind: 'mismatch' }
  if (existing.state === 'running' || existing.responseStatus === null || existing.reference === null) return { kind: 'in_progress' }
  return { kind: 'replay', status: existing.responseStatus, reference: existing.reference }
}

/** The first call succeeded: keep its status and the id of what it made or acted on. */
export async function completeIdempotencyKey(db: Database, input: Owned & { readonly status: number; readonly reference: string }): Promise<void> {
  await db.transaction((tx) => writes(tx).complete.execute({ owner: input.owner, key: input.key, status: input.status, reference: input.reference }))
}

/** The first attempt failed unexpectedly: forget the key so a retry can run again. */
export async function releaseIdempotencyKey(db: Database, input: Owned): Promise<void> {
  await db.transaction((tx) => writes(tx).release.execute({ owner: input.owner, key: input.key }))
}

export async function purgeIdempotencyKeys(db: Database, now: Date): Promise<number> {
  const before = new Date(now.getTime() - idempotencyRetentionMs).toISOString()
  const purged = await db.transaction((tx) => tx.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).returning({ key: idempotencyKeys.key }))
  return purged.length
}
