import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3'
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres'
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator'
import { z } from 'zod'
import type { Database } from './database'
import type { Engine } from './engine'
import type { PostgresDatabase } from './postgres'
import type { SqliteDatabase } from './sqlite'

const here = dirname(fileURLToPath(import.meta.url))

export function migrationsFolder(engine: Engine): string {
  return join(here, 'migrations', engine)
}

const Journal = z.object({ entries: z.array(z.object({ tag: z.string(), when: z.number() })) })

function knownMigrations(engine: Engine) {
  return Journal.parse(JSON.parse(readFileSync(join(migrationsFolder(engine), 'meta', '_journal.json'), 'utf8'))).entries
}

/** Any number: one key every migrating process agrees on. */
const migrationLock = 7_231_110_940

/**
 * Brings the schema up to date. Run by `npm run db:migrate` (and by `npm start` on the embedded
 * default), never by each instance as it starts. On PostgreSQL a session advisory lock makes a
 * second migrator wait for the first instead of racing it.
 */
export async function migrateDatabase(db: Database): Promise<void> {
  if (db.engine === 'sqlite') {
    migrateSqlite(drizzleSqlite({ client: (db as SqliteDatabase).connection }), { migrationsFolder: migrationsFolder('sqlite') })
    return
  }
  const { pool } = db as PostgresDatabase
  const holder = await pool.connect()
  try {
    await holder.query('select pg_advisory_lock($1)', [migrationLock])
    await migratePostgres(drizzlePostgres({ client: pool }), { migrationsFolder: migrationsFolder('postgres') })
  } finally {
    await holder.query('select pg_advisory_unlock($1)', [migrationLock]).catch(() => undefined)
    holder.release()
  }
}

export interface SchemaStatus {
  readonly applied: number
  readonly known: number
  /** The name of the first migration not yet applied; null when the schema is current. */
  readonly pending: string | null
}

const AppliedRow = z.object({ created_at: z.union([z.number(), z.string()]).nullable() })

/** Whether the schema is current, without changing it: a server refuses to start on an old one. */
export async function schemaStatus(db: Database): Promise<SchemaStatus> {
  const known = knownMigrations(db.engine)
  const table = db.engine === 'sqlite' ? sql`__drizzle_migrations` : sql`drizzle.__drizzle_migrations`
  const exists =
    db.engine === 'sqlite'
      ? await db.rows(sql`select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'`)
      : await db.rows(sql`select 1 from information_schema.tables where table_schema = 'drizzle' and table_name = '__drizzle_migrations'`)
  const applied = exists.length === 0 ? [] : z.array(AppliedRow).parse(await db.rows(sql`select created_at from ${table}`))
  const last = Math.max(0, ...applied.map((row) => Number(row.created_at ?? 0)))
  const pending = known.find((entry) => entry.when > last)
  return { applied: applied.length, known: known.length, pending: pending?.tag ?? null }
}
