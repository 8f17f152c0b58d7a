import { existsSync } from 'node:fs'
import { loadConfig } from '../config'
import { openDatabase } from '../db/client'
import { genesisHash, latestAudit, verifyAuditChain } from '../platform/audit'

// `npm run audit:verify`: walks the audit chain of the configured database (the SQLite file, or
// PostgreSQL when DATABASE_URL is set). Exit 0 when every row is intact; exit 1, naming the
// first broken row, when one was edited, deleted or moved.

const loaded = loadConfig(process.env)
if (!loaded.ok) {
  process.stderr.write(`${loaded.message}\n`)
  process.exit(1)
}
const { database } = loaded.config
// Opening a missing file would create an empty database that "verifies": say so instead.
if (database.engine === 'sqlite' && database.path !== ':memory:' && !existsSync(database.path)) {
  process.stderr.write(`No database at ${database.path}\n`)
  process.exit(1)
}

const db = openDatabase(database)
const check = await verifyAuditChain(db)
const [head] = await db.read((q) => latestAudit(q, 1))
await db.close()

if (check.ok) {
  // The head is what to publish outside the database: a rebuilt chain would not match it.
  process.stdout.write(`audit chain intact: ${check.rows} rows\nhead: seq ${head?.seq ?? 0} ${head?.hash ?? genesisHash}\n`)
} else {
  process.stderr.write(`audit chain broken at seq ${check.brokenAtSeq}: ${check.reason} (${check.rows} rows before it intact)\n`)
  process.exitCode = 1
}
