import type { DatabaseConfig } from '../config'
import type { Database } from './database'
import { processEngine } from './engine'
import { openPostgres } from './postgres'
import { openSqlite } from './sqlite'

/** Opens the configured database (not migrating it: see migrate.ts). */
export function openDatabase(config: DatabaseConfig): Database {
  if (config.engine !== processEngine) {
    throw new Error(`This process was started for ${processEngine} (DATABASE_URL) but was configured for ${config.engine}`)
  }
  return config.engine === 'postgres' ? openPostgres(config.url, { poolSize: config.poolSize }) : openSqlite(config.path)
}
