import type { SQL } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { assertOutsideTransaction, runInsideTransaction, type Database, type Tx } from './database'

export interface PostgresDatabase extends Database {
  readonly engine: 'postgres'
  readonly pool: pg.Pool
}

/** Deadlock detected, serialization failure: the transaction lost a race and may run again. */
const retryable = new Set(['40P01', '40001'])
const attempts = 3

function codeOf(error: unknown): string | undefined {
  const cause = error instanceof Error && 'cause' in error ? error.cause : undefined
  for (const candidate of [error, cause]) {
    if (candidate && typeof candidate === 'object' && 'code' in candidate && typeof candidate.code === 'string') return candidate.code
  }
  return undefined
}

/**
 * PostgreSQL through a node-postgres pool. A transaction holds one pooled connection from BEGIN to
 * COMMIT; rows it must not see change under it are locked in SQL (`forUpdate`, `lockKey`). A
 * transaction that loses a deadlock runs again, up to three times.
 */
export function openPostgres(url: string, options: { readonly poolSize: number; readonly idleTimeoutMs?: number }): PostgresDatabase {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize, ...(options.idleTimeoutMs ? { idleTimeoutMillis: options.idleTimeoutMs } : {}) })
  // A connection dropped by the server while idle in the pool must not crash the process.
  pool.on('error', () => undefined)
  const db = drizzle({ client: pool })
  // A transaction runs on one pooled connection, through a handle made once for that connection:
  // the statements prepared from it (`preparedPer`) are then built once per connection, as
  // PostgreSQL keeps them, not again in every transaction (decision 059).
  const handles = new WeakMap<pg.PoolClient, Tx>()
  const handleOf = (client: pg.PoolClient): Tx => {
    let handle = handles.get(client)
    if (!handle) {
      handle = drizzle({ client }) as unknown as Tx
      handles.set(client, handle)
    }
    return handle
  }

  return {
    engine: 'postgres',
    pool,
    async transaction(work) {
      assertOutsideTransaction()
      for (let attempt = 1; ; attempt += 1) {
        const client = await pool.connect()
        // A connection that cannot even begin or roll back is not given back to the pool.
        let broken = false
        try {
          await client.query('begin').catch((error: unknown) => {
            broken = true
            throw error
          })
          try {
            const result = await runInsideTransaction(() => work(handleOf(client)))
            await client.query('commit')
            return result
          } catch (error) {
            await client.query('rollback').catch(() => {
              broken = true
            })
            throw error
          }
        } catch (error) {
          if (attempt >= attempts || !retryable.has(codeOf(error) ?? '')) throw error
        } finally {
          client.release(broken)
        }
      }
    },
    async read(work) {
      assertOutsideTransaction()
      return work(db)
    },
    async rows<T>(statement: SQL) {
      assertOutsideTransaction()
      const result = await db.execute(statement)
      return result.rows as T[]
    },
    async close() {
      await pool.end()
    },
  }
}
