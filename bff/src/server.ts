import { existsSync } from 'node:fs'
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { createApp } from './app'
import { loadConfig } from './config'
import { seedDemoData } from './db/seed/seed'
import { demoAccounts } from './db/seed/demo-accounts'
import { createDeps } from './platform/create-deps'
import { purgeIdempotencyKeys } from './platform/idempotency'
import { purgeRateLimits } from './platform/rate-limit'

const loaded = loadConfig(process.env)
if (!loaded.ok) {
  process.stderr.write(`${loaded.message}\n`)
  process.exit(1)
}
const config = loaded.config
const deps = createDeps(config)
const seeded = config.mode === 'production' ? { seeded: false } : seedDemoData(deps)

const app = createApp(deps)
if (existsSync(`${config.clientDist}/index.html`)) {
  app.use('/*', serveStatic({ root: config.clientDist }))
} else {
  deps.logger.warn('client_not_built', { detail: `No ${config.clientDist}/index.html: serving the API only (run npm run build:h5)` })
}

const housekeeping = setInterval(() => {
  const now = deps.clock.now()
  purgeIdempotencyKeys(deps.db, now)
  purgeRateLimits(deps.db, now)
}, 60 * 60 * 1000)
housekeeping.unref()

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const url = `http://${info.address === '::' ? 'localhost' : info.address}:${info.port}`
  const lines = [
    `Renshe Portal is running at ${url}  (API: ${url}/api, OpenAPI: ${url}/api/openapi.json)`,
    `Database: ${config.databasePath}${seeded.seeded ? ' (created and seeded with demo data)' : ''}`,
  ]
  if (config.mode !== 'production') {
    lines.push('Demo accounts (development login, for development only):')
    for (const account of demoAccounts) lines.push(`  ${account.account.padEnd(17)} ${account.label.en}`)
    lines.push('  citizen-li binds with name 李娜 and ID number 330304198807214523')
  }
  process.stdout.write(`${lines.join('\n')}\n`)
})

function shutdown() {
  clearInterval(housekeeping)
  server.close(() => {
    deps.db.$client.close()
    process.exit(0)
  })
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
