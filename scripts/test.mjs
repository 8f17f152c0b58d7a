// `npm test`: typecheck, unit and integration tests, both client builds with their budgets,
// and the end-to-end journeys in headless Chromium. Stops at the first failing step.
import { spawnSync } from 'node:child_process'
import { chromiumPath } from '../test/e2e/support/chromium-path.mjs'

const root = new URL('..', import.meta.url).pathname
const timings = []

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

step('typecheck', 'npm', ['run', 'typecheck'])
step('unit and integration tests', 'npx', ['vitest', 'run'])
step('weapp build', 'npm', ['run', 'build:weapp', '-w', 'client'])
step('h5 build', 'npm', ['run', 'build:h5', '-w', 'client'])

const browser = chromiumPath()
if (browser) {
  step('package budgets and end-to-end journeys', 'npx', ['vitest', 'run', '--config', 'test/vitest.config.ts'], { CHROMIUM_PATH: browser })
} else if (process.env.CI) {
  process.stderr.write('\n✖ Chromium was not found and CI is set: the end-to-end journeys cannot run. Install it with `apt-get install -y chromium fonts-noto-cjk`.\n')
  process.exit(1)
} else {
  step('package budgets', 'npx', ['vitest', 'run', '--config', 'test/vitest.config.ts', 'test/budget'])
  process.stderr.write(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '!! Chromium not found: the END-TO-END JOURNEYS WERE SKIPPED (nothing was checked  !!',
      '!! in a browser). Install it with: sudo apt-get install -y chromium fonts-noto-cjk !!',
      '!! or set CHROMIUM_PATH to a Chromium binary, then run npm test again.            !!',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  )
}
process.stdout.write(`\n✔ all steps passed\n${timings.join('\n')}\n`)
