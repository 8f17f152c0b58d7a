import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../src/config'
import { processEngine } from '../src/db/engine'
import { migrateDatabase } from '../src/db/migrate'
import { openSqlite } from '../src/db/sqlite'
import { createDeps } from '../src/platform/create-deps'
import type { Deps } from '../src/platform/deps'

/**
 * The portal's own services on a temporary, migrated SQLite file, in this process, with its clock
 * stopped at `at`: where a figure measures a service rather than the HTTP server. Removed after.
 */
export async function onTemporarySqlite<T>(name: string, at: Date, work: (deps: Deps) => Promise<T>): Promise<T> {
  if (processEngine !== 'sqlite') throw new Error(`the ${name} figure runs on SQLite: start the bench without DATABASE_URL`)
  const dir = mkdtempSync(join(tmpdir(), `renshe-${name}-bench-`))
  const path = join(dir, `${name}.db`)
  const key = (fill: number) => Buffer.alloc(32, fill).toString('base64')
  const loaded = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir, DATABASE_PATH: path, DATA_ENCRYPTION_KEY: key(1), BLIND_INDEX_KEY: key(2), LOG_LEVEL: 'silent' })
  if (!loaded.ok) throw new Error(loaded.message)
  const db = openSqlite(path)
  const deps = createDeps(loaded.config, { db, clock: { now: () => at } })
  try {
    await migrateDatabase(db)
    return await work(deps)
  } finally {
    await deps.audit.drain()
    await db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
