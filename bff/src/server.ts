import { loadConfig } from './config'
import { demoAccounts } from './db/seed/demo-accounts'
import { SchemaNotCurrentError, startServer } from './serve'

const loaded = loadConfig(process.env)
if (!loaded.ok) {
  process.stderr.write(`${loaded.message}\n`)
  process.exit(1)
}
const config = loaded.config
const running = await startServer(config).catch((error: unknown) => {
  if (!(error instanceof SchemaNotCurrentError)) throw error
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
})

const lines = [
  `Renshe Portal is running at ${running.url}/`,
  `  API ${running.url}/api · OpenAPI ${running.url}/api/openapi.json`,
  `  Database ${config.database.engine === 'sqlite' ? config.database.path : 'PostgreSQL'}${running.seeded ? ' (seeded with demo data)' : ''}`,
]
if (config.mode !== 'production') {
  lines.push('Demo accounts (development login — for development only):')
  for (const account of demoAccounts) lines.push(`  ${account.account.padEnd(17)} ${account.label.en}`)
  lines.push('  citizen-li binds a real name with 李娜 / 330304198807214523')
}
process.stdout.write(`${lines.join('\n')}\n`)

function shutdown() {
  void running.close().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
