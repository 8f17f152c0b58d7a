import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Sqlite from 'better-sqlite3'
import { Mutex } from 'async-mutex'
import type { SQL } from 'drizzle-orm'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'
import { assertOutsideTransaction, runInsideTransaction, type Database, type Query, type Tx } from './database'
import { startCheckpointer } from './sqlite-checkpointer'

export interface SqliteDatabase extends Database {
  readonly engine: 'sqlite'
  /** The writing connection, for migrations and the test harness's snapshots. */
  readonly connection: Sqlite.Database
}

function configure(connection: Sqlite.Database): Sqlite.Database {
  connection.pragma('journal_mode = WAL')
  connection.pragma('synchronous = NORMAL')
  connection.pragma('foreign_keys = ON')
  connection.pragma('busy_timeout = 5000')
  return connection
}

/**
 * The embedded engine: one writing connection, whose transactions run one at a time (`BEGIN
 * IMMEDIATE` … `COMMIT` held under a lock for the whole asynchronous unit of work, so no other
 * request's statement can fall inside it), and a read-only connection beside it for reads, which
 * WAL lets run while a transaction is open. An in-memory database has one connection: its reads
 * wait for the lock too.
 */
export function openSqlite(source: string | Buffer): SqliteDatabase {
  if (typeof source === 'string' && source !== ':memory:') mkdirSync(dirname(source), { recursive: true })
  const connection = configure(new Sqlite(source))
  const file = typeof source === 'string' && source !== ':memory:' ? source : null
  const reader = file ? new Sqlite(file, { readonly: true, fileMustExist: true }) : null
  reader?.pragma('busy_timeout = 5000')
  // A file's log is checkpointed by a worker thread, not by whichever commit fills it.
  if (file) connection.pragma('wal_autocheckpoint = 0')
  const checkpointer = file ? startCheckpointer(file) : null
  const writing = drizzle({ client: connection })
  const reading = reader ? drizzle({ client: reader }) : null
  const lock = new Mutex()
  const dialect = new SQLiteSyncDialect()

  const asTx = (db: BetterSQLite3Database) => db as unknown as Tx
  const asQuery = (db: BetterSQLite3Database) => db as unknown as Query

  return {
    engine: 'sqlite',
    connection,
    async transaction(work) {
      assertOutsideTransaction()
      return lock.runExclusive(async () => {
        connection.exec('BEGIN IMMEDIATE')
        try {
          const result = await runInsideTransaction(() => work(asTx(writing)))
          connection.exec('COMMIT')
          return result
        } catch (error) {
          if (connection.inTransaction) connection.exec('ROLLBACK')
          throw error
        }
      })
    },
    async read(work) {
      assertOutsideTransaction()
      if (reading) return work(asQuery(reading))
      return lock.runExclusive(() => work(asQuery(writing)))
    },
    async rows<T>(statement: SQL) {
      assertOutsideTransaction()
      const query = dialect.sqlToQuery(statement)
      return lock.runExclusive(() => {
        const prepared = connection.prepare(query.sql)
        if (prepared.reader) return prepared.all(...query.params) as T[]
        prepared.run(...query.params)
        return []
      })
    },
    async close() {
      await lock.waitForUnlock()
      await checkpointer?.stop()
      reader?.close()
      // The last connection to close checkpoints what is left and removes the log.
      connection.close()
    },
  }
}
