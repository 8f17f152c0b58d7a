import { loadConfig } from './config'
import { demoAccounts } from './db/seed/demo-accounts'
import { StartRefusedError, startServer } from './serve'

const loaded = loadConfig(process.env)
if (!loaded.ok) {
  process.stderr.write(`${loaded.message}\n`)
  process.exit(1)
}
const config = loaded.config
const running = await startServer(config).catch((error: unknown) => {
  if (!(error instanceof StartRefusedError)) throw error
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
})

const lines = [
  `Renshe Portal is running at ${running.url}/`,
  `  API ${running.url}/api · OpenAPI ${running.url}/api/openapi.json`,
  `  Database ${config.database.engine === 'sqlite' ? config.database.path : 'PostgreSQL'}${running.seeded ? ' (seeded with demo data)' : ''}`,
]
// Logs, this banner included, never hold personal data: accounts and roles only, demo or not.
if (config.demo) {
  lines.push(
    '*** DEMO MODE (DEMO_MODE=1) — for development only: demo data, development login and development partner keys are on ***',
    'Demo accounts (development login):',
    ...demoAccounts.map((account) => `  ${account.account.padEnd(17)} ${account.roles.join(', ')}`),
    '  Who they are, and what to bind citizen-li with: README.md, "Demo accounts"',
  )
} else if (!config.wechat) {
  lines.push('No login is configured: set WECHAT_APPID and WECHAT_SECRET, or DEMO_MODE=1 for the demo')
}
process.stdout.write(`${lines.join('\n')}\n`)

function shutdown() {
  void running.close().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
