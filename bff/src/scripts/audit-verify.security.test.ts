import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { expect, onTestFinished, test } from 'vitest'
import { z } from 'zod'
import { auditRows, issueCertificate, seededGrantOf } from '../testing/flows'
import { createTestContext, type TestContext } from '../testing/harness'

const bffDir = fileURLToPath(new URL('../..', import.meta.url))

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs `npm run audit:verify` the way npm does (tsx on the script), against one database. */
function auditVerify(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/scripts/audit-verify.ts'],
      { cwd: bffDir, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'renshe-audit-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A database with some history in it (a file on SQLite), and what points the command at it. */
async function databaseWithHistory(dir: string): Promise<{ t: TestContext; env: Record<string, string>; rows: number }> {
  const t = await createTestContext({ env: { DATABASE_PATH: join(dir, 'portal.db') } })
  const zhang = await t.login('citizen-zhang')
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  await t.call('GET', '/api/records/summary', { token: zhang })
  const certificate = await issueCertificate(t, { token: zhang })
  await t.call('GET', `/api/verify/certificates/${certificate.verificationCode}`)
  await issueCertificate(t, { token: chen, actingFor: grantId })
  const rows = (await auditRows(t)).length
  return { t, env: { NODE_ENV: 'development', DATA_DIR: dir, ...t.databaseEnv }, rows }
}

/** Changes one row of the log beneath the portal, as someone with access to the database could. */
async function tamper(t: TestContext, statement: ReturnType<typeof sql>): Promise<void> {
  expect(await t.deps.db.rows(sql`${statement} returning seq`)).toHaveLength(1)
}

test('the audit verify command reports an intact chain with its length and exits 0', { timeout: 30_000 }, async () => {
  const dir = tempDir()
  const { t, env, rows } = await databaseWithHistory(dir)
  // The seed, two logins, a summary read, two certificates and a verification.
  expect(rows).toBe(7)
  const run = await auditVerify(env)
  const [head] = await t.deps.db.rows(sql`select seq, hash from audit_head`)
  const { seq, hash } = z.object({ seq: z.coerce.number(), hash: z.string().regex(/^[0-9a-f]{64}$/) }).parse(head)
  expect(seq).toBe(rows)
  expect(run).toEqual({ code: 0, stdout: `audit chain intact: ${rows} rows\nhead: seq ${rows} ${hash}\n`, stderr: '' })
})

test('the audit verify command names an edited row and exits 1', { timeout: 30_000 }, async () => {
  const dir = tempDir()
  const { t, env } = await databaseWithHistory(dir)
  await tamper(t, sql`update audit_log set subject_user_id = 'someone-else' where seq = 5`)
  const run = await auditVerify(env)
  expect(run).toEqual({ code: 1, stdout: '', stderr: 'audit chain broken at seq 5: edited (4 rows before it intact)\n' })
})

test('the audit verify command names a deleted row in the middle, and a deleted last row, and exits 1', { timeout: 30_000 }, async () => {
  const dir = tempDir()
  const { t, env, rows } = await databaseWithHistory(dir)
  await tamper(t, sql`delete from audit_log where seq = ${rows}`)
  const tail = await auditVerify(env)
  expect(tail).toEqual({ code: 1, stdout: '', stderr: `audit chain broken at seq ${rows}: head_mismatch (${rows - 1} rows before it intact)\n` })

  await tamper(t, sql`delete from audit_log where seq = 3`)
  const middle = await auditVerify(env)
  expect(middle).toEqual({ code: 1, stdout: '', stderr: 'audit chain broken at seq 3: missing (2 rows before it intact)\n' })
})

test('the audit verify command names the first of two rows that were swapped, and exits 1', { timeout: 30_000 }, async () => {
  const dir = tempDir()
  const { t, env } = await databaseWithHistory(dir)
  await tamper(t, sql`update audit_log set seq = -4 where seq = 4`)
  await tamper(t, sql`update audit_log set seq = 4 where seq = 5`)
  await tamper(t, sql`update audit_log set seq = 5 where seq = -4`)
  const run = await auditVerify(env)
  expect(run).toEqual({ code: 1, stdout: '', stderr: 'audit chain broken at seq 4: relinked (3 rows before it intact)\n' })
})

test('the audit verify command refuses a database that is not there rather than creating an empty one', { timeout: 30_000 }, async () => {
  const dir = tempDir()
  const path = join(dir, 'nowhere.db')
  const run = await auditVerify({ NODE_ENV: 'development', DATA_DIR: dir, DATABASE_PATH: path })
  expect(run).toEqual({ code: 1, stdout: '', stderr: `No database at ${path}\n` })
})

test('the audit verify command refuses a bad configuration in one line naming the variable', { timeout: 30_000 }, async () => {
  const dir = tempDir()
  const run = await auditVerify({ NODE_ENV: 'production', DATA_DIR: dir })
  expect(run).toEqual({ code: 1, stdout: '', stderr: 'Invalid configuration: DATA_ENCRYPTION_KEY is required in production\n' })
})
