import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { CaseDetail, CaseSummary } from '@renshe/shared/wages/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { createTestContext, testKeys, testStart, type TestContext } from '../testing/harness'
import { sampleComplaintForm } from '../testing/wages-samples'

// Two portal instances on one PostgreSQL, as a deployment runs them behind a load balancer, and
// requests sent to both alternately. Runs only in the PostgreSQL suites (bff-postgres).

const bffDir = fileURLToPath(new URL('../..', import.meta.url))

interface Instance {
  readonly url: string
  readonly child: ChildProcess
  /** The JSON lines it logged. */
  readonly lines: Record<string, unknown>[]
}

function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/testing/instance-main.ts'], {
    cwd: bffDir,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const lines: Record<string, unknown>[] = []
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`instance exited with ${code} before listening`)))
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const entry = z.record(z.string(), z.unknown()).safeParse(JSON.parse(line))
      if (!entry.success) return
      lines.push(entry.data)
      if (entry.data.event === 'listening') resolve({ url: String(entry.data.url), child, lines })
    })
  })
}

let t: TestContext
let instances: Instance[] = []

beforeAll(async () => {
  t = await createTestContext()
  const env = {
    NODE_ENV: 'development',
    DEMO_MODE: '1',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: '/nonexistent-instance-data',
    CLIENT_DIST: '/nonexistent-client-dist',
    LOG_LEVEL: 'info',
    ...testKeys,
    ...t.databaseEnv,
    INSTANCE_CLOCK_START: testStart,
    LOGIN_RATE_LIMIT: '1000',
    VERIFY_RATE_LIMIT: '10',
    // One window for the whole file (the instances' clocks start on the hour).
    RATE_LIMIT_WINDOW_SECONDS: '3600',
    SUBMISSION_RATE_LIMIT: '1000',
    WAGES_JOB_INTERVAL_SECONDS: '2',
    RETIREE_JOB_INTERVAL_SECONDS: '2',
    JOB_LEASE_SECONDS: '2',
    INSTANCE_PROBE_SECONDS: '4',
    INSTANCE_PROBE_WORK_MS: '3000',
  }
  instances = await Promise.all([startInstance(env), startInstance(env)])
}, 60_000)

afterAll(() => {
  for (const instance of instances) instance.child.kill('SIGKILL')
})

/** The two instances, taken in turn, as a load balancer would hand out requests. */
function instance(i: number): Instance {
  const chosen = instances[i % instances.length]
  if (!chosen) throw new Error('no instance')
  return chosen
}

function call(i: number, method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  return fetch(`${instance(i).url}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  })
}

async function login(i: number, account: string): Promise<string> {
  const response = await call(i, 'POST', '/api/auth/dev/login', { body: { account } })
  expect(response.status).toBe(200)
  return z.object({ token: z.string() }).parse(await response.json()).token
}

test('a session issued by one instance is honoured by the other, and a logout on one ends it on both', async () => {
  const token = await login(0, 'citizen-zhang')
  expect((await call(1, 'GET', '/api/me', { token })).status).toBe(200)
  expect((await call(0, 'GET', '/api/me', { token })).status).toBe(200)
  expect((await call(1, 'POST', '/api/auth/logout', { token })).status).toBe(200)
  expect((await call(0, 'GET', '/api/me', { token })).status).toBe(401)
  expect((await call(1, 'GET', '/api/me', { token })).status).toBe(401)
})

test('twenty submissions of one complaint with one key, split across both instances, make exactly one case', async () => {
  const token = await login(1, 'worker-zhao')
  const draftId = '6a1f0c2e-8b3d-4c5e-9f7a-1b2c3d4e5f60'
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      call(i, 'POST', '/api/wages/complaints', { token, body: { draftId, form: sampleComplaintForm }, headers: { 'idempotency-key': 'two-instances-key-0001' } }),
    ),
  )
  const statuses = responses.map((response) => response.status)
  expect(statuses.every((status) => status === 201 || status === 409), statuses.join()).toBe(true)
  const created = await Promise.all(responses.filter((response) => response.status === 201).map(async (response) => CaseDetail.parse(await response.json()).id))
  expect(new Set(created).size).toBe(1)
  const [row] = await t.deps.db.rows<{ n: string }>(sql`select count(*) as n from wage_cases where draft_id = ${draftId}`)
  expect(Number(row?.n)).toBe(1)
})

test('two officers acting on the same case through different instances: one wins, the other is told it can no longer be done', async () => {
  const [liu, wu] = await Promise.all([login(0, 'officer-liu'), login(1, 'supervisor-wu')])
  const queue = Page(CaseSummary).parse(await (await call(0, 'GET', '/api/wages/queue?status=submitted', { token: liu })).json())
  const waiting = queue.items[0]
  if (!waiting) throw new Error('the seed has a case waiting for acceptance in 330302')
  const [first, second] = await Promise.all([
    call(0, 'POST', `/api/wages/complaints/${waiting.id}/actions`, { token: liu, body: { kind: 'accept' } }),
    call(1, 'POST', `/api/wages/complaints/${waiting.id}/actions`, { token: wu, body: { kind: 'accept' } }),
  ])
  expect([first.status, second.status].sort()).toEqual([200, 409])
  const [accepted] = await t.deps.db.rows<{ n: string }>(sql`select count(*) as n from wage_case_events where case_id = ${waiting.id} and kind = 'accepted'`)
  expect(Number(accepted?.n)).toBe(1)
})

test('a rate limit of ten certificate checks is ten across both instances, not ten on each', async () => {
  // Both instances see the same client address (loopback): one bucket, counted in the database.
  const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => call(i, 'GET', '/api/verify/certificates/ZZZZZZZZZZZZ').then((r) => r.status)))
  expect(statuses.filter((status) => status === 429)).toHaveLength(10)
  expect(statuses.filter((status) => status !== 429)).toHaveLength(10)
})

test('the audit chain stays one verifiable history while both instances write and read at full speed', async () => {
  const [wang, zhang] = await Promise.all([login(0, 'elder-wang'), login(1, 'citizen-zhang')])
  const statuses = await Promise.all(
    Array.from({ length: 200 }, (_, i) => {
      const token = i % 2 === 0 ? wang : zhang
      const sent =
        i % 4 === 3
          ? call(i, 'POST', '/api/records/certificates', { token, body: { purpose: 'school_enrollment', types: ['pension'] } })
          : call(i, 'GET', '/api/records/summary', { token })
      return sent.then((response) => response.status)
    }),
  )
  expect(statuses.filter((status) => status >= 300), statuses.join()).toEqual([])
  const verify = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/audit-verify.ts'], {
    cwd: bffDir,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', DATA_DIR: '/nonexistent', ...testKeys, ...t.databaseEnv },
  })
  let stdout = ''
  verify.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  const code = await new Promise<number | null>((resolve) => verify.on('exit', resolve))
  expect(code, stdout).toBe(0)
  const [rows] = await t.deps.db.rows<{ n: string }>(sql`select count(*) as n from audit_log`)
  expect(stdout).toContain(`audit chain intact: ${Number(rows?.n)} rows`)
  expect(Number(rows?.n)).toBeGreaterThan(200)
})

test('background jobs run once per period across both instances, and a period whose instance is killed mid-run is finished by the other', { timeout: 60_000 }, async () => {
  const runs = () =>
    t.deps.db.rows<{ job: string; period: string; holder: string; finished_at: string | null }>(sql`select job, period, holder, finished_at from job_runs order by job, period`)
  // Wait for a probe period to be under way, then kill its holder in the middle of it.
  let running: { period: string; holder: string } | undefined
  for (let i = 0; i < 100 && !running; i += 1) {
    running = (await runs()).find((run) => run.job === 'probe' && run.finished_at === null)
    if (!running) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (!running) throw new Error('no probe period started')
  const killed = instances.find((candidate) => running?.holder.includes(`:${candidate.child.pid}:`))
  if (!killed) throw new Error(`no instance holds ${running.holder}`)
  killed.child.kill('SIGKILL')
  const survivor = instances.find((candidate) => candidate !== killed)
  if (!survivor) throw new Error('one instance survives')

  let finished: { holder: string; finished_at: string | null } | undefined
  for (let i = 0; i < 200 && !finished?.finished_at; i += 1) {
    finished = (await runs()).find((run) => run.job === 'probe' && run.period === running?.period)
    if (!finished?.finished_at) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  expect(finished?.finished_at).not.toBeNull()
  expect(finished?.holder).toContain(`:${survivor.child.pid}:`)

  // Every job ran each of its periods at most once: one finishing line per job and period in all logs.
  const finishedLines = instances.flatMap((candidate) => candidate.lines).filter((line) => line.event === 'job_finished')
  const keys = finishedLines.map((line) => `${String(line.operation)} ${String(line.detail)}`)
  expect(new Set(keys).size).toBe(keys.length)
  expect(finishedLines.filter((line) => line.operation === 'wages').length).toBeGreaterThan(1)
  const all = await runs()
  expect(all.filter((run) => run.job === 'wages' && run.finished_at !== null).length).toBe(finishedLines.filter((line) => line.operation === 'wages').length)
})
