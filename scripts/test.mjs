// `npm test`: typecheck, lint and layer rules, unit and integration tests, both client builds with their budgets
// (the weapp one also through WeChat's own compilers), and the end-to-end journeys in headless Chromium.
// Stops at the first failing step.
import { spawn, spawnSync } from 'node:child_process'
import { chromiumPath } from '../test/e2e/support/chromium-path.mjs'

const root = new URL('..', import.meta.url).pathname
const timings = []
const notices = []

function step(name, command, args, env = {}) {
  process.stdout.write(`\n▶ ${name}\n`)
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (result.status !== 0) {
    process.stderr.write(`\n✖ ${name} failed\n${timings.join('\n')}\n`)
    process.exit(result.status ?? 1)
  }
}

/**
 * Lanes of steps that do not depend on each other, run at once: each lane is a list of steps run
 * one after the other, each step one process on about one core, so on two cores two lanes take
 * about as long as the longer one. Each step's output is printed whole once all lanes have ended.
 */
async function lanesTogether(lanes) {
  const started = Date.now()
  const runStep = ([name, command, args]) =>
    new Promise((resolve) => {
      const stepStarted = Date.now()
      const child = spawn(command, args, { cwd: root, env: process.env })
      const output = []
      child.stdout.on('data', (chunk) => output.push(chunk))
      child.stderr.on('data', (chunk) => output.push(chunk))
      child.on('close', (status) => resolve({ name, status, output: Buffer.concat(output), seconds: (Date.now() - stepStarted) / 1000 }))
    })
  const runLane = async (lane) => {
    const results = []
    for (const step of lane) {
      const result = await runStep(step)
      results.push(result)
      if (result.status !== 0) break
    }
    return results
  }
  const results = (await Promise.all(lanes.map(runLane))).flat()
  for (const { name, status, output, seconds } of results) {
    process.stdout.write(`\n▶ ${name}\n`)
    process.stdout.write(output)
    timings.push(`${name}: ${seconds.toFixed(1)} s (in a lane beside another)`)
    if (status !== 0) {
      process.stderr.write(`\n✖ ${name} failed\n${timings.join('\n')}\n`)
      process.exit(status ?? 1)
    }
  }
  timings.push(`(those lanes together: ${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

// Lint (type-aware, the longest) in one lane; the typecheck and both client builds in the other,
// where the builds fill the time lint takes beyond the typecheck. WeChat's own tooling checks the
// weapp build once it is made: any error or warning DevTools or an upload would report fails the run.
await lanesTogether([
  [['lint and layer rules', 'npm', ['run', 'lint']]],
  [
    ['typecheck', 'npm', ['run', 'typecheck']],
    ['weapp build', 'npm', ['run', 'build:weapp', '-w', 'client']],
    ['weapp: WeChat compile and schema check', 'node', ['scripts/weapp-check.mjs']],
    ['h5 build', 'npm', ['run', 'build:h5', '-w', 'client']],
  ],
])

// The BFF's suites run on SQLite and again on PostgreSQL: on the server TEST_DATABASE_URL names,
// or on a throwaway cluster pg_virtualenv makes (Debian's postgresql-common) and drops afterwards.
// `-t` keeps that cluster in a temporary directory even as root, so a `regress` cluster left in
// /etc/postgresql by an interrupted run (or another project) neither blocks nor meets this one.
const pgVirtualenv = spawnSync('sh', ['-c', 'command -v pg_virtualenv'], { encoding: 'utf8' }).stdout.trim()
if (process.env.TEST_DATABASE_URL) {
  step('unit and integration tests (SQLite and PostgreSQL)', 'npx', ['vitest', 'run'])
} else if (pgVirtualenv) {
  const url = 'postgres://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/postgres'
  // A throwaway cluster need not survive a crash: without fsync its commits and copies do not wait for the disk.
  const throwaway = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'].flatMap((setting) => ['-o', setting])
  step('unit and integration tests (SQLite and PostgreSQL)', pgVirtualenv, ['-t', '-o', 'max_connections=300', ...throwaway, 'sh', '-c', `TEST_DATABASE_URL="${url}" npx vitest run`])
} else if (process.env.CI) {
  process.stderr.write('\n✖ PostgreSQL was not found and CI is set: the suites cannot run on PostgreSQL. Install it with `apt-get install -y postgresql`.\n')
  process.exit(1)
} else {
  step('unit and integration tests (SQLite only)', 'npx', ['vitest', 'run'])
  notices.push(
    [
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '!! PostgreSQL not found: the BFF suites and the two-instance test were NOT run on !!',
      '!! PostgreSQL. Install it with: sudo apt-get install -y postgresql (it brings   !!',
      '!! pg_virtualenv), or set TEST_DATABASE_URL to a server, then run npm test again. !!',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    ].join('\n'),
  )
}

const browser = chromiumPath()
if (browser) {
  step('package budgets and end-to-end journeys', 'npx', ['vitest', 'run', '--config', 'test/vitest.config.ts'], { CHROMIUM_PATH: browser })
} else if (process.env.CI) {
  process.stderr.write('\n✖ Chromium was not found and CI is set: the end-to-end journeys cannot run. Install it with `apt-get install -y chromium fonts-noto-cjk`.\n')
  process.exit(1)
} else {
  step('package budgets', 'npx', ['vitest', 'run', '--config', 'test/vitest.config.ts', 'test/budget', 'test/weapp'])
  notices.push(
    [
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '!! Chromium not found: the END-TO-END JOURNEYS WERE SKIPPED (nothing was checked  !!',
      '!! in a browser). Install it with: sudo apt-get install -y chromium fonts-noto-cjk !!',
      '!! or set CHROMIUM_PATH to a Chromium binary, then run npm test again.            !!',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    ].join('\n'),
  )
}
for (const notice of notices) process.stderr.write(`\n${notice}\n`)
process.stdout.write(`\n✔ all steps passed${notices.length > 0 ? ' (with what was skipped above)' : ''}\n${timings.join('\n')}\n`)
