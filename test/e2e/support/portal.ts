import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../../../bff/src/config'
import { openDatabase } from '../../../bff/src/db/client'
import { migrateDatabase } from '../../../bff/src/db/migrate'
import { runningClock, type ManualClock } from '../../../bff/src/platform/clock'
import type { DepsOverrides } from '../../../bff/src/platform/create-deps'
import { startServer, type RunningServer } from '../../../bff/src/serve'
import { freePort } from '../../../bff/src/testing/free-port'

const root = new URL('../../../', import.meta.url).pathname

export interface Portal extends RunningServer {
  readonly dataDir: string
  /** The portal's clock: every journey runs on the same days, whatever the date it is run on. */
  readonly clock: ManualClock
}

/**
 * A Monday, 10:00 in China, when every journey starts: what the seed places relative to "today"
 * (due dates, missing payroll months, gaps in contributions) reads the same on every run.
 */
export const journeyStart = '2026-11-16T02:00:00.000Z'

/**
 * The real server, as `npm start` runs it (migrated, demo mode, demo data, the built h5 client),
 * on a free port with its own fresh database in a temporary folder, on a clock that starts at
 * `journeyStart` and runs.
 */
export async function startPortal(overrides: Omit<DepsOverrides, 'clock'> = {}, env: Record<string, string> = {}): Promise<Portal> {
  const clock = runningClock(journeyStart)
  const dataDir = mkdtempSync(join(tmpdir(), 'renshe-e2e-'))
  const loaded = loadConfig({
    NODE_ENV: 'development',
    DEMO_MODE: '1',
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    DATA_DIR: dataDir,
    // A copy of the build may be named, so journeys can run beside a build in progress.
    CLIENT_DIST: process.env.E2E_CLIENT_DIST ?? join(root, 'client/dist/h5'),
    LOG_LEVEL: 'warn',
    ...env,
  })
  if (!loaded.ok) throw new Error(loaded.message)
  // As `npm start` does before it serves: bring the new database up to date.
  const db = openDatabase(loaded.config.database)
  await migrateDatabase(db)
  await db.close()
  const running = await startServer(loaded.config, { ...overrides, clock })
  return {
    ...running,
    dataDir,
    clock,
    close: async () => {
      await running.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
