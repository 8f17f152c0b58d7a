import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../../../bff/src/config'
import type { DepsOverrides } from '../../../bff/src/platform/create-deps'
import { startServer, type RunningServer } from '../../../bff/src/serve'

const root = new URL('../../../', import.meta.url).pathname

export interface Portal extends RunningServer {
  readonly dataDir: string
}

/**
 * The real server, as `npm start` runs it (development mode, demo data, the built h5 client),
 * on a free port with its own fresh database in a temporary folder.
 */
export async function startPortal(overrides: DepsOverrides = {}, env: Record<string, string> = {}): Promise<Portal> {
  const dataDir = mkdtempSync(join(tmpdir(), 'renshe-e2e-'))
  const loaded = loadConfig({
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    CLIENT_DIST: join(root, 'client/dist/h5'),
    LOG_LEVEL: 'warn',
    ...env,
  })
  if (!loaded.ok) throw new Error(loaded.message)
  const running = await startServer(loaded.config, overrides)
  return {
    ...running,
    dataDir,
    close: async () => {
      await running.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
