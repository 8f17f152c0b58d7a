import { AsyncLocalStorage } from 'node:async_hooks'
import type { SQL } from 'drizzle-orm'
import type { NodePgDatabase } from 'drizzle-orm/node-postgres'
import type { Engine } from './engine'

/** The query builder both engines offer; PostgreSQL's types describe it (decision 024). */
type Builder = NodePgDatabase

declare const unitOfWork: unique symbol

/** What reads go through: the database outside a transaction, or a transaction. */
export type Query = Pick<Builder, 'select' | 'selectDistinct' | '$count' | '$with'>

/**
 * One unit of work: its reads and writes commit together or not at all. Writes take a `Tx`, so
 * a write can only happen inside a transaction; a `Tx` is also a `Query` for the reads in it.
 */
export type Tx = Query & Pick<Builder, 'insert' | 'update' | 'delete'> & { readonly [unitOfWork]: true }

/** The portal's data, on either engine. Repos take a `Query` or a `Tx`; only services open them. */
export interface Database {
  readonly engine: Engine
  /**
   * Runs `work` as one transaction and passes it down. Nothing inside may reach the database
   * any other way: asking this database for a read or another transaction from inside one
   * throws at once (on SQLite it would wait for itself; on PostgreSQL it would run on another
   * connection, outside the transaction).
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>
  /** Reads outside a transaction, each statement on its own. */
  read<T>(work: (q: Query) => Promise<T>): Promise<T>
  /** Rows of a raw statement, for scripts and tests that look beneath the repos. */
  rows<T = Record<string, unknown>>(statement: SQL): Promise<T[]>
  close(): Promise<void>
}

const insideTransaction = new AsyncLocalStorage<true>()

/**
 * Whether units of work are marked so that reaching the database from inside one throws. The
 * mark is an AsyncLocalStorage, and on Node 20 an AsyncLocalStorage in use puts a hook on every
 * promise of the process. So the storage is in use only while a unit of work runs: the first to
 * start turns it on, the last to end turns it off, and a request that comes while no transaction
 * runs pays nothing for it (decision 040). TRANSACTION_GUARD=0 turns the guard off altogether.
 * On by default.
 */
let guarded = true

/** Units of work running now, on this process; the storage is enabled while there is one. */
let running = 0

/** How many units of work run now on this process (the guard's storage is enabled while any does). */
export function unitsOfWorkRunning(): number {
  return running
}

/** Turns the guard on or off for this process (the configuration's `transactionGuard`). */
export function guardTransactions(on: boolean): void {
  guarded = on
}

/** Throws when called from inside a unit of work: the code there must use the transaction it was given. */
export function assertOutsideTransaction(): void {
  if (guarded && running > 0 && insideTransaction.getStore()) {
    throw new Error('The database was reached from inside a transaction: pass the transaction down instead')
  }
}

export async function runInsideTransaction<T>(work: () => Promise<T>): Promise<T> {
  if (!guarded) return work()
  running += 1
  try {
    return await insideTransaction.run(true, work)
  } finally {
    running -= 1
    // Disabling forgets every mark; none is needed once no unit of work runs.
    if (running === 0) insideTransaction.disable()
  }
}

