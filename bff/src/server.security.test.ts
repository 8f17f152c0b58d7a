import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isNotNull } from 'drizzle-orm'
import { expect, onTestFinished, test } from 'vitest'
import { z } from 'zod'
import { LoginProvider } from '@renshe/shared/identity/schemas'
import { partners, users } from './db/schema'
import { demoAccounts } from './db/seed/demo-accounts'
import { register } from './db/seed/register'
import { devPartnerKeys } from './db/seed/retiree'
import { createTestContext, testKeys, type TestContext } from './testing/harness'
import { expectOk, expectProblem } from './testing/http'
import { runServerProcess, type ServerExit } from './testing/server-process'

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'renshe-server-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A migrated database another process can open (a file on SQLite), empty or with the demo data. */
async function databaseFor(dir: string, seed: boolean): Promise<{ t: TestContext; env: Record<string, string> }> {
  const t = await createTestContext({ env: { DATABASE_PATH: join(dir, 'portal.db') }, seed })
  const env = {
    ...testKeys,
    ...t.databaseEnv,
    DATA_DIR: dir,
    PORT: '0',
    CLIENT_DIST: join(dir, 'no-client'),
  }
  return { t, env }
}

/** Runs the server until it listens, then stops it: everything it wrote on the way. */
async function startAndStop(env: Record<string, string>, whileUp: (url: string) => Promise<void> = async () => {}): Promise<ServerExit> {
  const run = await runServerProcess(env)
  if (!run.listening) throw new Error(`the server did not start: ${JSON.stringify(run.exit)}`)
  await whileUp(run.url).finally(() => run.stop())
  return run.stop()
}

const idNumber = /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])/
// Every seeded person's name, in Chinese and in the pinyin of the demo accounts' labels.
const seededNames = [
  ...register.map((person) => person.name),
  ...demoAccounts.filter((account) => !account.roles.includes('employer') && !account.roles.includes('institution')).map((account) => account.name),
  ...demoAccounts.map((account) => account.label.en.split(' · ')[0] ?? '').filter((name) => name.includes(' ')),
]

test('the demo start banner names accounts and roles, never a person or an ID number, and says it is a demo', { timeout: 90_000 }, async () => {
  const dir = tempDir()
  const { env } = await databaseFor(dir, false)
  const run = await startAndStop({ ...env, DEMO_MODE: '1' })
  const written = `${run.stdout}\n${run.stderr}`

  expect(written).not.toMatch(idNumber)
  for (const name of seededNames) expect(written, name).not.toContain(name)
  expect(run.stdout).toContain('(seeded with demo data)')
  expect(run.stdout).toMatch(/DEMO MODE/)
  for (const account of demoAccounts) expect(run.stdout).toMatch(new RegExp(`${account.account} +${account.roles.join(', ')}\\n`))
})

test('started without DEMO_MODE, the server mounts no development login and seeds no demo data or partner keys', { timeout: 90_000 }, async () => {
  const dir = tempDir()
  const { t, env } = await databaseFor(dir, false)
  const run = await startAndStop(env, async (url) => {
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
    await expectProblem(await post('/api/auth/dev/login', { account: 'admin' }), 'not_found')
    await expectProblem(await fetch(`${url}/api/auth/dev/accounts`), 'not_found')
    expect(await expectOk(await fetch(`${url}/api/auth/providers`), z.object({ providers: z.array(LoginProvider) }))).toEqual({ providers: [] })
    const signal = { signalId: 'H-1', idNumber: '33030219550312301X', kind: 'hospital_visit', observedAt: new Date().toISOString() }
    await expectProblem(await post('/api/partner/life-signals', signal, { 'x-partner-key': devPartnerKeys.hospital }), 'unauthenticated')
  })

  expect(run.stdout).not.toContain('seeded with demo data')
  expect(run.stdout).not.toMatch(/demo accounts/i)
  expect(await t.deps.db.read((q) => q.select().from(users).where(isNotNull(users.devAccount)))).toEqual([])
  expect(await t.deps.db.read((q) => q.select().from(partners))).toEqual([])
})

test('demo mode on an address other than loopback refuses to start, in one line naming the ask that allows it', { timeout: 60_000 }, async () => {
  const dir = tempDir()
  for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
    const run = await runServerProcess({ ...testKeys, DEMO_MODE: '1', HOST: host, PORT: '0', DATA_DIR: dir })
    if (run.listening) await run.stop()
    expect(run.listening, host).toBe(false)
    if (run.listening) return
    expect(run.exit.code).toBe(1)
    expect(run.exit.stdout).toBe('')
    expect(run.exit.stderr).toMatch(/^Invalid configuration: DEMO_MODE [^\n]*DEMO_ALLOW_NON_LOOPBACK=1[^\n]*\n$/)
  }
  expect(readdirSync(dir)).toEqual([])
})

test('production, or any start without DEMO_MODE, refuses a database that holds the demo data', { timeout: 90_000 }, async () => {
  const dir = tempDir()
  const { env } = await databaseFor(dir, true)
  for (const mode of [{ NODE_ENV: 'production' }, {}]) {
    const run = await runServerProcess({ ...env, ...mode })
    if (run.listening) await run.stop()
    expect(run.listening, JSON.stringify(mode)).toBe(false)
    if (run.listening) return
    expect(run.exit.code).toBe(1)
    expect(run.exit.stdout).toBe('')
    expect(run.exit.stderr).toMatch(/^The database holds the demo data[^\n]*\n$/)
  }
})
