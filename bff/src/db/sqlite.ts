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
  // Each unit of work runs in a savepoint, whose journal (the first copy of every page the unit
  // changes, kept to roll it back alone) is a temporary file by default: two system calls a page,
  // most of a submission's writes. In memory it costs a copy (decision 059).
  connection.pragma('temp_store = MEMORY')
  return connection
}

interface Unit {
  readonly work: (tx: Tx) => Promise<unknown>
  readonly resolve: (value: unknown) => void
  readonly reject: (error: unknown) => void
}

/** Units of work committed together at most: a bound on how long the first one waits. */
const maxUnitsPerCommit = 64

/**
 * The embedded engine: one writing connection, whose units of work run one at a time (each
 * held under a lock for its whole asynchronous length, so no other request's statement can fall
 * inside it), and a read-only connection beside it for reads, which WAL lets run while a
 * transaction is open. An in-memory database has one connection: its reads wait for the lock too.
 *
 * Units of work that arrive together are committed together (group commit): they run one after
 * another inside one `BEGIN IMMEDIATE … COMMIT`, each in a savepoint of its own, so one that
 * fails is rolled back alone; each is answered once the commit that holds it is done. A commit
 * writes every page it changed to the log, and the pages units share (indexes, counters, the
 * head of the audit chain) are then written once per commit instead of once per unit.
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

  const waiting: Unit[] = []
  let committing: Promise<void> | null = null
  let closed = false

  /** One commit: the units waiting now, in order, each in its savepoint. */
  async function commitWaiting(): Promise<void> {
    const done: { unit: Unit; value: unknown }[] = []
    try {
      connection.exec('BEGIN IMMEDIATE')
    } catch (error) {
      // No commit can start (the connection is gone): every unit waiting is told, none is left hanging.
      for (const unit of waiting.splice(0)) unit.reject(error)
      return
    }
    try {
      for (let unit = waiting.shift(); unit; unit = done.length < maxUnitsPerCommit ? waiting.shift() : undefined) {
        const current = unit
        connection.exec('SAVEPOINT unit')
        try {
          const value = await runInsideTransaction(() => current.work(asTx(writing)))
          connection.exec('RELEASE unit')
          done.push({ unit: current, value })
        } catch (error) {
          connection.exec('ROLLBACK TO unit')
          connection.exec('RELEASE unit')
          current.reject(error)
        }
      }
      connection.exec('COMMIT')
    } catch (error) {
      if (connection.inTransaction) connection.exec('ROLLBACK')
      for (const { unit } of done) unit.reject(error)
      return
    }
    for (const { unit, value } of done) unit.resolve(value)
  }

  async function commitAll(): Promise<void> {
    // One turn of the event loop first: the requests read in this turn join the same commit.
    await new Promise<void>((resolve) => setImmediate(resolve))
    while (waiting.length > 0) await lock.runExclusive(commitWaiting)
    committing = null
  }

  return {
    engine: 'sqlite',
    connection,
    transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      assertOutsideTransaction()
      // A write that comes while the database closes (a request answered during shutdown) is refused, not lost in a queue.
      if (closed) return Promise.reject(new Error('the database is closed'))
      return new Promise<T>((resolve, reject) => {
        waiting.push({ work, resolve: resolve as (value: unknown) => void, reject })
        committing ??= commitAll()
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
      closed = true
      while (committing) await committing
      await lock.waitForUnlock()
      await checkpointer?.stop()
      reader?.close()
      // The last connection to close checkpoints what is left and removes the log.
      connection.close()
    },
  }
}
