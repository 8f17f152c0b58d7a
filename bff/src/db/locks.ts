import { sql } from 'drizzle-orm'
import type { NodePgDatabase } from 'drizzle-orm/node-postgres'
import type { Tx } from './database'
import { processEngine } from './engine'

/**
 * Locks the rows a select reads until the transaction ends: `SELECT … FOR UPDATE` on
 * PostgreSQL, where other transactions run beside this one; on SQLite the transaction already
 * holds the one writer's lock, so the rows cannot change under it and the select runs as it is.
 */
export function forUpdate<Q extends { for(strength: 'update'): unknown }>(query: Q): Q {
  return processEngine === 'postgres' ? (query.for('update') as Q) : query
}

/**
 * Serializes transactions on one key until they end, for a check-then-write with no row to lock
 * yet (the first case filed from a draft): a transaction-scoped advisory lock on PostgreSQL,
 * the single writer on SQLite.
 */
export async function lockKey(tx: Tx, key: string): Promise<void> {
  if (processEngine !== 'postgres') return
  await (tx as unknown as NodePgDatabase).execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`)
}

/** A unique index refused the row: another transaction wrote the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = 'cause' in e ? e.cause : undefined) {
    if ('code' in e && (e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY')) return true
  }
  return false
}
