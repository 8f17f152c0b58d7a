import { existsSync } from 'node:fs'
import { loadConfig } from '../config'
import { createDeps } from '../platform/create-deps'
import { createLogger } from '../platform/logger'
import { genesisHash, latestAudit, verifyAuditChain } from '../platform/audit'

// `npm run audit:verify`: walks the audit chain of the configured database. Exit 0 when every
// row is intact; exit 1, naming the first broken row, when one was edited or deleted.

const loaded = loadConfig(process.env)
if (!loaded.ok) {
  process.stderr.write(`${loaded.message}\n`)
  process.exit(1)
}
const config = loaded.config
// Opening a missing file would create an empty database that "verifies": say so instead.
if (config.databasePath !== ':memory:' && !existsSync(config.databasePath)) {
  process.stderr.write(`No database at ${config.databasePath}\n`)
  process.exit(1)
}

const deps = createDeps(config, { logger: createLogger('silent') })
const check = verifyAuditChain(deps.db)
const head = latestAudit(deps.db, 1)[0]
deps.db.$client.close()

if (check.ok) {
  // The head is what to publish outside the database: a rebuilt chain would not match it.
  process.stdout.write(`audit chain intact: ${check.rows} rows\nhead: seq ${head?.seq ?? 0} ${head?.hash ?? genesisHash}\n`)
} else {
  process.stderr.write(`audit chain broken at seq ${check.brokenAtSeq}: ${check.reason} (${check.rows} rows before it intact)\n`)
  process.exitCode = 1
}
