import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { migrationsFolder } from '../db/migrate'

/**
 * The statements of one migration of an engine, as the migrator runs them: a test puts the
 * database back as it was before (its own statements), runs these, and looks at what they left.
 */
export function migrationStatements(engine: 'sqlite' | 'postgres', name: string): string[] {
  const file = readdirSync(migrationsFolder(engine)).find((entry) => entry.endsWith(`_${name}.sql`))
  if (!file) throw new Error(`No ${engine} migration ${name}`)
  return readFileSync(join(migrationsFolder(engine), file), 'utf8')
    .split('--> statement-breakpoint')
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '')
}
