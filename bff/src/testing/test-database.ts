import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import { inject } from 'vitest'
import type { Config } from '../config'
import type { Database } from '../db/database'
import { migrateDatabase } from '../db/migrate'
import { openPostgres } from '../db/postgres'
import { openSqlite } from '../db/sqlite'

/** A database made for one test, and how far making it (seeding) moved the random stream. */
export interface TestDatabase {
  readonly db: Database
  readonly randomBytesUsed: number
  /** What points another process (a command under test) at this database. */
  readonly env: Readonly<Record<string, string>>
}

/** Fills a freshly migrated database (seeding), counting the random bytes it takes. */
export type Fill = (db: Database) => Promise<number>

/** Every database a test makes on PostgreSQL is named with this prefix, then its run's. */
export const testDatabasePrefix = 'renshe_t_'

declare module 'vitest' {
  export interface ProvidedContext {
    /** `renshe_t_<seconds>_<random>_`: the run's own databases, so runs side by side on one server leave each other alone. */
    testDatabaseRun: string
  }
}

/** The prefix of a run's databases; the time in it lets a later run drop what a crashed one left. */
export function testDatabaseRun(now: Date, random: string): string {
  return `${testDatabasePrefix}${Math.floor(now.getTime() / 1000)}_${random}_`
}

const sqliteImages = new Map<string, Promise<{ image: Buffer; randomBytesUsed: number }>>()

/**
 * SQLite: the first context of a worker migrates and fills an in-memory database once and keeps
 * its bytes; every context then opens its own copy of them (identical to filling anew).
 */
async function sqliteTestDatabase(path: string, imageKey: string, fill: Fill): Promise<TestDatabase> {
  let image = sqliteImages.get(imageKey)
  if (!image) {
    image = (async () => {
      const db = openSqlite(':memory:')
      await migrateDatabase(db)
      const randomBytesUsed = await fill(db)
      const bytes = db.connection.serialize()
      await db.close()
      return { image: bytes, randomBytesUsed }
    })()
    sqliteImages.set(imageKey, image)
  }
  const { image: bytes, randomBytesUsed } = await image
  if (path === ':memory:') return { db: openSqlite(bytes), randomBytesUsed, env: {} }
  // A file, for a test that hands the database to another process.
  const copy = openSqlite(bytes)
  await copy.rows(sql`vacuum into ${path}`)
  await copy.close()
  return { db: openSqlite(path), randomBytesUsed, env: { DATABASE_PATH: path } }
}

function databaseUrl(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

let created = 0

/** Per template this worker has used: where seeding left the random stream, once it is built. */
const builtTemplates = new Map<string, Promise<number>>()
/** Per template, the copy the next context gets, made while the test before it runs. */
const spareCopies = new Map<string, Promise<string>>()

/**
 * PostgreSQL: the first worker to need a kind of database builds it once as a template
 * (migrated, filled), under an advisory lock so workers do not build it twice; every context
 * then gets its own copy (`CREATE DATABASE … TEMPLATE`, about 0.15 s), dropped when it closes.
 * Each worker makes the next copy while the test that took the last one runs, so a test rarely
 * waits for its database. A spare left when the run ends is dropped with the run's databases (or,
 * if its copy was still under way then, with a crashed run's, a day later).
 */
async function postgresTestDatabase(url: string, imageKey: string, fill: Fill): Promise<TestDatabase> {
  const run = inject('testDatabaseRun')
  const template = `${run}template_${imageKey}`
  let built = builtTemplates.get(template)
  if (!built) {
    built = buildTemplate(url, template, fill)
    builtTemplates.set(template, built)
    // A build that failed is tried again by the next context, as before.
    built.catch(() => builtTemplates.delete(template))
  }
  const randomBytesUsed = await built
  const taken = spareCopies.get(template) ?? copyOf(url, template, run)
  const spare = copyOf(url, template, run)
  // A copy that fails fails the test that takes it.
  spare.catch(() => undefined)
  spareCopies.set(template, spare)
  const name = await taken
  // Idle connections close soon: a file may hold dozens of contexts open until it ends.
  const db = openPostgres(databaseUrl(url, name), { poolSize: 4, idleTimeoutMs: 500 })
  return {
    randomBytesUsed,
    env: { DATABASE_URL: databaseUrl(url, name) },
    db: {
      ...db,
      close: async () => {
        await db.close()
        await dropDatabase(url, name)
      },
    },
  }
}

/** Builds the template unless another worker has, and says how far filling it moved the random stream. */
async function buildTemplate(url: string, template: string, fill: Fill): Promise<number> {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query('select pg_advisory_lock(hashtext($1))', [template])
    try {
      const found = await admin.query<{ description: string | null }>(
        'select shobj_description(oid, $2) as description from pg_database where datname = $1',
        [template, 'pg_database'],
      )
      if (found.rows.length > 0) return Number(found.rows[0]?.description ?? 0)
      await admin.query(`create database "${template}"`)
      const db = openPostgres(databaseUrl(url, template), { poolSize: 2 })
      let randomBytesUsed: number
      try {
        await migrateDatabase(db)
        randomBytesUsed = await fill(db)
      } finally {
        await db.close()
      }
      // The random stream's position travels with the template, for workers that did not fill it.
      await admin.query(`comment on database "${template}" is '${randomBytesUsed}'`)
      return randomBytesUsed
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [template])
    }
  } finally {
    await admin.end()
  }
}

/** A new database copied from the template, named for this run and worker. */
async function copyOf(url: string, template: string, run: string): Promise<string> {
  created += 1
  const name = `${run}${process.pid}_${created}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    // PostgreSQL 15 copies a template through the WAL by default, block by block; for a small
    // database a file copy is quicker (its checkpoint is cheap on a test cluster without fsync).
    const strategy = Number((await admin.query<{ server_version_num: string }>('show server_version_num')).rows[0]?.server_version_num ?? 0) >= 150_000 ? ' strategy file_copy' : ''
    await admin.query(`create database "${name}" template "${template}"${strategy}`)
    return name
  } finally {
    await admin.end()
  }
}

async function dropDatabase(url: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query(`drop database if exists "${name}" with (force)`)
  } finally {
    await admin.end()
  }
}

/**
 * A fresh database for one test on the configured engine, filled by `fill` (the same bytes for
 * the same `key`: the keys and seed it was filled with).
 */
export function openTestDatabase(config: Config, key: string, fill: Fill): Promise<TestDatabase> {
  const imageKey = createHash('sha256').update(key).digest('hex').slice(0, 16)
  return config.database.engine === 'postgres'
    ? postgresTestDatabase(config.database.url, imageKey, fill)
    : sqliteTestDatabase(config.database.path, imageKey, fill)
}

/**
 * Drops test databases on this PostgreSQL: those of one run (when it ends), or those of runs
 * started before `olderThan` (what a run that crashed left behind).
 */
export async function dropTestDatabases(url: string, which: { readonly run: string } | { readonly olderThan: Date }): Promise<void> {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${testDatabasePrefix}%`])
    const doomed = rows
      .map((row) => row.datname)
      .filter((name) => {
        if ('run' in which) return name.startsWith(which.run)
        const started = Number(/^renshe_t_(\d+)_/.exec(name)?.[1] ?? 0)
        return started * 1000 < which.olderThan.getTime()
      })
    for (const name of doomed) await admin.query(`drop database if exists "${name}" with (force)`)
  } finally {
    await admin.end()
  }
}

/** The names of the portal's tables, on either engine. */
export async function tableNames(db: Database): Promise<string[]> {
  const rows =
    db.engine === 'sqlite'
      ? await db.rows<{ name: string }>(sql`select name from sqlite_master where type = 'table' and name <> '__drizzle_migrations' and name not like 'sqlite%' order by name`)
      : await db.rows<{ name: string }>(sql`select table_name as name from information_schema.tables where table_schema = 'public' order by table_name`)
  return rows.map((row) => row.name)
}
