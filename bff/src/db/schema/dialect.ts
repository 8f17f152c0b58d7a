import * as pg from 'drizzle-orm/pg-core'
import * as lite from 'drizzle-orm/sqlite-core'

const pgBigint = <N extends string>(name: N) => pg.bigint(name, { mode: 'number' })
const pgBytesType = pg.customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' })
const pgBytes = <N extends string>(name: N) => pgBytesType(name)

/**
 * The column kinds the portal's tables are written in, once, for both engines. Each schema file
 * is a function of a dialect; PostgreSQL's builders give the types (see decision 024), and
 * `sqliteDialect` builds the same tables for SQLite.
 *
 * - `text`: text on both; timestamps are ISO-8601 UTC text, dates `YYYY-MM-DD`, months `YYYY-MM`.
 * - `integer`: 32-bit integers; `bigint` for counters and sums that may outgrow them.
 * - `boolean`: boolean on PostgreSQL, 0/1 on SQLite.
 * - `json`: jsonb on PostgreSQL, JSON text on SQLite; read and written whole, never queried into.
 * - `bytes`: bytea on PostgreSQL, blob on SQLite.
 */
export interface Dialect {
  readonly engine: 'sqlite' | 'postgres'
  readonly table: typeof pg.pgTable
  readonly text: typeof pg.text
  readonly integer: typeof pg.integer
  readonly bigint: typeof pgBigint
  readonly boolean: typeof pg.boolean
  readonly json: typeof pg.jsonb
  readonly bytes: typeof pgBytes
  readonly index: typeof pg.index
  readonly uniqueIndex: typeof pg.uniqueIndex
  readonly primaryKey: typeof pg.primaryKey
}

export const postgresDialect: Dialect = {
  engine: 'postgres',
  table: pg.pgTable,
  text: pg.text,
  integer: pg.integer,
  bigint: pgBigint,
  boolean: pg.boolean,
  json: pg.jsonb,
  bytes: pgBytes,
  index: pg.index,
  uniqueIndex: pg.uniqueIndex,
  primaryKey: pg.primaryKey,
}

const sqliteBuilders = {
  engine: 'sqlite',
  table: lite.sqliteTable,
  text: lite.text,
  integer: lite.integer,
  bigint: (name: string) => lite.integer(name),
  boolean: (name: string) => lite.integer(name, { mode: 'boolean' }),
  json: (name: string) => lite.text(name, { mode: 'json' }),
  bytes: (name: string) => lite.blob(name, { mode: 'buffer' }),
  index: lite.index,
  uniqueIndex: lite.uniqueIndex,
  primaryKey: lite.primaryKey,
}

/**
 * The same tables for SQLite. Their builders take the same arguments and give columns that read
 * and write the same values; only their declared types are PostgreSQL's, so this is the one cast
 * between the two (decision 024).
 */
export const sqliteDialect = sqliteBuilders as unknown as Dialect
