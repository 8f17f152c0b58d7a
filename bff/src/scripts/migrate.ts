import { loadConfig } from '../config'
import { openDatabase } from '../db/client'
import { migrateDatabase, schemaStatus } from '../db/migrate'
import { indexPostsWithoutTerms } from '../modules/jobs/post-terms-repo'

// `npm run db:migrate`: brings the configured database (the SQLite file, or PostgreSQL when
// DATABASE_URL is set) up to date. Deployments run it once before starting their instances.

const loaded = loadConfig(process.env)
if (!loaded.ok) {
  process.stderr.write(`${loaded.message}\n`)
  process.exit(1)
}
const db = openDatabase(loaded.config.database)
try {
  const before = await schemaStatus(db)
  await migrateDatabase(db)
  const after = await schemaStatus(db)
  // Search reads the words of each job post, which are cut in code, not in SQL (decision 053).
  const indexed = await indexPostsWithoutTerms(db)
  const where = loaded.config.database.engine === 'sqlite' ? loaded.config.database.path : 'PostgreSQL'
  process.stdout.write(`${where}: ${after.applied - before.applied} migration(s) applied, ${after.applied} in all, schema current${indexed > 0 ? `; ${indexed} job post(s) given their search words` : ''}\n`)
} finally {
  await db.close()
}
