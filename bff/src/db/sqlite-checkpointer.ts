import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** Runs in the worker: its own connection to the file, checkpointing on a timer. */
const workerSource = `
const { statSync } = require('node:fs')
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.path)
db.pragma('busy_timeout = 5000')
const logBytes = () => {
  try { return statSync(workerData.path + '-wal').size } catch { return 0 }
}
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
    if (logBytes() > workerData.restartBytes) db.pragma('wal_checkpoint(RESTART)')
  } catch {}
}
const timer = setInterval(checkpoint, workerData.everyMs)
parentPort.postMessage('ready')
parentPort.on('message', (message) => {
  if (message !== 'stop') return
  clearInterval(timer)
  checkpoint()
  db.close()
  parentPort.postMessage('stopped')
})
`

export interface Checkpointer {
  /** Resolves once the worker has its connection and checkpoints. */
  readonly ready: Promise<void>
  stop(): Promise<void>
}

/**
 * Copies the write-ahead log back into the database file from a worker thread, so that no
 * commit on the event loop waits for a checkpoint and its fsync (they made a write transaction
 * nearly twice as slow). The writing connection turns its own automatic checkpoints off.
 *
 * A passive checkpoint copies what it can without waiting for anyone, but the log only starts
 * again from its beginning when a transaction begins after everything in it was copied, and
 * under steady writes that moment never comes: the log grew by about 5 MB a second under the
 * bench's load, without end. Once it is over `restartBytes`, a restarting checkpoint waits for the
 * writer's current transaction, copies the little a passive one left, and has the next
 * transaction write from the log's beginning, so the log stays near that size (decision 057).
 * That next commit then syncs the log's header, on the event loop: milliseconds each time, which
 * is why the size is large (a restart every few seconds at 4 MB tripled the p99 of a read).
 */
export function startCheckpointer(path: string, options: { readonly everyMs?: number; readonly restartBytes?: number } = {}): Checkpointer {
  const { everyMs = 200, restartBytes = 64 * 1024 * 1024 } = options
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(workerSource, { eval: true, workerData: { path, driver, everyMs, restartBytes } })
  worker.unref()
  const ready = new Promise<void>((resolve) => worker.once('message', () => resolve()))
  return {
    ready,
    stop: () =>
      new Promise<void>((resolve) => {
        worker.on('message', (message) => {
          if (message === 'stopped') void worker.terminate().then(() => resolve())
        })
        worker.once('error', () => resolve())
        worker.postMessage('stop')
      }),
  }
}
