// `npm start`: build the h5 client when its sources changed, bring the database up to date
// (creating the SQLite file on first start, or on PostgreSQL when DATABASE_URL is set), then run
// the BFF in demo mode, which seeds the demo data once and serves the API and the client. A
// deployment of several instances runs `npm run db:migrate` once and `npm run serve` on each
// instance instead, where nothing of the demo exists unless DEMO_MODE=1 asks for it.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const built = join(root, 'client/dist/h5/index.html')

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

const sources = ['client/src', 'client/config', 'shared/src'].map((dir) => join(root, dir)).filter(existsSync)
const stale = !existsSync(built) || Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs
if (stale) {
  process.stdout.write('Building the h5 client…\n')
  const build = spawnSync('npm', ['run', 'build:h5', '-w', 'client'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const migrate = spawnSync('npx', ['tsx', 'bff/src/scripts/migrate.ts'], { cwd: root, stdio: 'inherit' })
if (migrate.status !== 0) process.exit(migrate.status ?? 1)

// The newcomer's command is the demo: it asks for demo mode, said out loud, unless told otherwise.
const env = { ...process.env }
if (env.DEMO_MODE === undefined && env.NODE_ENV !== 'production') {
  env.DEMO_MODE = '1'
  process.stdout.write('npm start runs the demo (DEMO_MODE=1; DEMO_MODE=0 npm start for none)\n')
}

// A request's garbage dies young: a larger young generation collects it far less often (decision 026).
const server = spawnSync(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'bff/src/server.ts'], { cwd: root, stdio: 'inherit', env })
process.exit(server.status ?? 1)
