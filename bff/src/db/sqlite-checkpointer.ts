import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** Runs in the worker: its own connection to the file, checkpointing on a timer. */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.path)
db.pragma('busy_timeout = 5000')
const checkpoint = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)') } catch {}
}
const timer = setInterval(checkpoint, workerData.everyMs)
parentPort.on('message', (message) => {
  if (message !== 'stop') return
  clearInterval(timer)
  checkpoint()
  db.close()
  parentPort.postMessage('stopped')
})
`

export interface Checkpointer {
  stop(): Promise<void>
}

/**
 * Copies the write-ahead log back into the database file from a worker thread, so that no
 * commit on the event loop waits for a checkpoint and its fsync (they made a write transaction
 * nearly twice as slow). The writing connection turns its own automatic checkpoints off.
 */
export function startCheckpointer(path: string, everyMs = 200): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(workerSource, { eval: true, workerData: { path, driver, everyMs } })
  worker.unref()
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        worker.once('message', () => void worker.terminate().then(() => resolve()))
        worker.once('error', () => resolve())
        worker.postMessage('stop')
      }),
  }
}
