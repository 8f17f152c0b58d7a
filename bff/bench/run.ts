// `npm run bench`: throughput of the portal's hot reads next to a bare node:http server doing
// the same query with the engine's own driver, in one run, alternating, on this machine, and of
// its submissions. Prints requests/s, p99 and ratios. On SQLite by default; `npm run bench --
// postgres` runs the same on PostgreSQL, in a fresh database made (and dropped) on the server
// BENCH_DATABASE_URL names.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { onAdmin } from './admin-database'
import { loadConfig } from '../src/config'
import { devPartnerKeys } from '../src/db/seed/retiree'
import { sampleSeekerProfile } from '../src/testing/jobs-samples'
import { newComplaint, newLifeSignal } from './submissions'
import { checkInProblems, measureCheckIns, type CheckInFigure } from './check-ins'
import { measureCreditFile } from './card-credits'
import { measureEcard, measureEcardOnline } from './ecard'
import { measureContractPdfs } from './contract-pdfs'
import type { ClassTally } from './training-class'
import { freePort } from '../src/testing/free-port'

const people = Number(process.env.BENCH_PEOPLE ?? 10_000)
const months = 24
const jobPostCount = Number(process.env.BENCH_JOB_POSTS ?? 100_000)
/** The trainees of the one session whose start the check-in figure measures. */
const classSize = Number(process.env.BENCH_CLASS_SIZE ?? 5_000)
/** Tokens the e-card's offline figure signs and then checks. */
const ecardTokens = Number(process.env.BENCH_ECARD_TOKENS ?? 2_000)
/** Lines of the bank's confirmation file the money-onto-the-card figure settles. */
const creditLines = Number(process.env.BENCH_CREDIT_LINES ?? 5_000)
/** Signed contracts the contract-PDF figure prints, hashes and timestamps. */
const contractPdfCount = Number(process.env.BENCH_CONTRACT_PDFS ?? 100)
const duration = Number(process.env.BENCH_SECONDS ?? 8)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100)
/** A seeker's matches are read when she opens the page, not a hundred at once: ten at a time. */
const matchingConnections = Number(process.env.BENCH_MATCHING_CONNECTIONS ?? 10)
const engine = process.argv.includes('postgres') || process.env.BENCH_ENGINE === 'postgres' ? 'postgres' : 'sqlite'
const adminUrl = process.env.BENCH_DATABASE_URL
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const bffDir = new URL('..', import.meta.url).pathname
// BENCH_PROFILE=dir writes a V8 CPU profile of the portal's process there (open it in Chrome's DevTools).
const profileDir = process.env.BENCH_PROFILE
// BENCH_ONLY=regex measures only the figures whose names match it (the others print as zero).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined
const skipped = (name: string): Measured | undefined => (only && !only.test(name) ? { name, rps: 0, p99: 0, non2xx: 0 } : undefined)

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  throw new Error(`${url} did not come up`)
}

/** What a child process printed, once it has exited successfully. */
function output(child: ChildProcess): Promise<string> {
  let text = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString()
  })
  return new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve(text.trim()) : reject(new Error(`exited with ${code}`)))))
}

interface Measured {
  name: string
  rps: number
  p99: number
  non2xx: number
}

async function measure(name: string, url: string, headers: Record<string, string> = {}, withConnections = connections): Promise<Measured> {
  const skip = skipped(name)
  if (skip) return skip
  const result = await autocannon({ url, connections: withConnections, duration, headers })
  return { name, rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx + result.errors }
}

/** Writes: each request a new complaint or life signal (see submissions.ts). */
async function measureSubmissions(name: string, url: string, headers: Record<string, string>, setupRequest = newComplaint): Promise<Measured> {
  const skip = skipped(name)
  if (skip) return skip
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [{ method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, setupRequest }],
  })
  return { name, rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx + result.errors }
}

/** One run, not a median: the class checks in once. */
function checkInSummary(figure: CheckInFigure | undefined): string {
  if (!figure) return '  training check-ins 0/s (not measured)'
  return `  training check-ins ${Math.round(figure.rps).toLocaleString()}/s (${figure.checkIns.toLocaleString()} in ${figure.seconds.toFixed(1)} s, once), p50 ${figure.p50} ms, p99 ${figure.p99} ms`
}

if (engine === 'postgres' && !adminUrl) {
  process.stderr.write('npm run bench -- postgres needs BENCH_DATABASE_URL: a PostgreSQL server to make the bench database in\n')
  process.exit(1)
}
const benchDatabase = `renshe_bench_${process.pid}`
const databaseUrl = adminUrl ? Object.assign(new URL(adminUrl), { pathname: `/${benchDatabase}` }).toString() : ''


const dataDir = mkdtempSync(join(tmpdir(), 'renshe-bench-'))
const env: Record<string, string> = {
  NODE_ENV: 'development',
  // The bench reads as the demo accounts and sends as a demo partner: the demo data are its fixture.
  DEMO_MODE: '1',
  DATA_DIR: dataDir,
  CLIENT_DIST: join(dataDir, 'no-client'),
  DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  LOG_LEVEL: 'info',
  // The public lookup is rate limited per address; the load generator is one address.
  VERIFY_RATE_LIMIT: '1000000000',
  // Complaints are limited per account; the load generator files them all as one worker.
  SUBMISSION_RATE_LIMIT: '1000000000',
  // A hospital's key is limited per partner; the load generator is one hospital.
  PARTNER_RATE_LIMIT: '1000000000',
  // The jobs would flag and dispatch while the bench measures: keep the measurements to requests.
  WAGES_JOB_INTERVAL_SECONDS: '0',
  RETIREE_JOB_INTERVAL_SECONDS: '0',
  JOBS_MATCH_INTERVAL_SECONDS: '0',
  TRAINING_JOB_INTERVAL_SECONDS: '0',
  CARD_JOB_INTERVAL_SECONDS: '0',
  DISPUTES_JOB_INTERVAL_SECONDS: '0',
  CONTRACTS_JOB_INTERVAL_SECONDS: '0',
  ...(engine === 'postgres' ? { DATABASE_URL: databaseUrl } : {}),
}
const children: ChildProcess[] = []
// The class's logins are made from it, by prepare-data.ts and here: a fresh one each run.
const tokenSecret = randomBytes(32).toString('base64url')

try {
  if (engine === 'postgres') await onAdmin(adminUrl, `create database "${benchDatabase}"`)
  const loaded = loadConfig(env)
  if (!loaded.ok) throw new Error(loaded.message)
  // The portal's processes are told the engine the way a deployment is: DATABASE_URL or not.
  const { DATABASE_URL: _inherited, ...inherited } = process.env
  const rows = Number(await output(spawn(process.execPath, ['--import', 'tsx', 'bench/prepare-data.ts'], {
    cwd: bffDir,
    env: { ...inherited, ...env, BENCH_PEOPLE: String(people), BENCH_MONTHS: String(months), BENCH_JOB_POSTS: String(jobPostCount), BENCH_CLASS_SIZE: String(classSize), BENCH_TOKEN_SECRET: tokenSecret },
    stdio: ['ignore', 'pipe', 'inherit'],
  })))
  process.stdout.write(`Engine: ${engine}. Data: ${people.toLocaleString()} insured persons × ${months} months (${rows.toLocaleString()} rows), ${jobPostCount.toLocaleString()} open job posts, a class of ${classSize.toLocaleString()} trainees + demo data\n`)

  const bffPort = await freePort()
  const bff = spawn(process.execPath, ['--max-semi-space-size=64', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), '--import', 'tsx', 'src/server.ts'], { cwd: bffDir, env: { ...inherited, ...env, PORT: String(bffPort) }, stdio: 'ignore' })
  children.push(bff)
  const bffUrl = `http://127.0.0.1:${bffPort}`
  await waitFor(`${bffUrl}/api/health`, bff)

  const login = (await (
    await fetch(`${bffUrl}/api/auth/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"account":"citizen-zhang"}' })
  ).json()) as { token: string }
  const auth = { authorization: `Bearer ${login.token}` }
  const worker = (await (
    await fetch(`${bffUrl}/api/auth/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"account":"worker-zhao"}' })
  ).json()) as { token: string }
  const seeker = { authorization: `Bearer ${worker.token}` }
  // The seeker whose matches are read: the sample cashier in central Wenzhou, 8.5 km of travel.
  const profileSaved = await fetch(`${bffUrl}/api/jobs/me/profile`, { method: 'PUT', headers: { ...seeker, 'content-type': 'application/json' }, body: JSON.stringify(sampleSeekerProfile) })
  if (!profileSaved.ok) throw new Error(`saving the bench seeker's profile answered ${profileSaved.status}`)
  const certificate = (await (
    await fetch(`${bffUrl}/api/records/certificates`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ purpose: 'school_enrollment', types: ['pension', 'medical'] }),
    })
  ).json()) as { verificationCode: string }

  const rawPort = await freePort()
  // The same runtime settings as the portal's.
  const raw = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'bench/raw-server.ts'], {
    cwd: bffDir,
    env: {
      ...inherited,
      ...(loaded.config.database.engine === 'sqlite' ? { DATABASE_PATH: loaded.config.database.path } : { DATABASE_URL: databaseUrl }),
      PORT: String(rawPort),
    },
    stdio: 'ignore',
  })
  children.push(raw)
  const rawUrl = `http://127.0.0.1:${rawPort}`
  await waitFor(rawUrl, raw)

  const rawDriver = engine === 'postgres' ? 'node-postgres' : 'better-sqlite3'
  const results: Measured[][] = []
  const submissions: (Measured & { round: number })[] = []
  const matching: (Measured & { round: number })[] = []
  for (let round = 1; round <= rounds; round += 1) {
    process.stdout.write(`Round ${round}/${rounds} (${connections} connections, ${duration} s each)…\n`)
    results.push([
      await measure('records read · portal (Hono + drizzle, session, real-name gate, audit)', `${bffUrl}/api/records/years/2025`, auth),
      await measure(`records read · raw node:http + ${rawDriver}`, `${rawUrl}/api/records/years/2025`, auth),
      await measure('public verification · portal (Hono + drizzle, rate limit, audit)', `${bffUrl}/api/verify/certificates/${certificate.verificationCode}`),
      await measure(`public verification · raw node:http + ${rawDriver}`, `${rawUrl}/api/verify/certificates/${certificate.verificationCode}`),
    ])
    // After the reads: the cases it files would otherwise grow the database under them.
    const writes = [
      await measureSubmissions(
        'complaint submission · portal (validation, case number, AES-GCM sealing, events, audit chain, inbox, outbox, Idempotency-Key)',
        `${bffUrl}/api/wages/complaints`,
        { authorization: `Bearer ${worker.token}` },
      ),
      await measureSubmissions(
        'partner life signal · portal (partner key and level, rate limit, ID check, blind index, signal row, audit chain)',
        `${bffUrl}/api/partner/life-signals`,
        { 'x-partner-key': devPartnerKeys.hospital },
        newLifeSignal,
      ),
    ]
    submissions.push(...writes.map((m) => ({ ...m, round })))
    // Matching last, with fewer connections: each request reads and scores thousands of posts,
    // and a queue of them left behind would be measured as the next figure's slowness.
    matching.push(
      ...[
        await measure(`jobs matches · one seeker against ${jobPostCount.toLocaleString()} open posts (box query, sealed home, scoring, reasons, audit)`, `${bffUrl}/api/jobs/me/matches?limit=30`, seeker, matchingConnections),
        await measure(`jobs near me · one seeker against ${jobPostCount.toLocaleString()} open posts (box query, sealed home, distances, audit)`, `${bffUrl}/api/jobs/me/near?limit=30`, seeker, matchingConnections),
        await measure(`jobs search · 保洁 in ${jobPostCount.toLocaleString()} open posts (one word, ≈ 12,500 hold it; segmenter, word index, ranking, audit)`, `${bffUrl}/api/jobs/posts?limit=30&q=${encodeURIComponent('保洁')}`, seeker, matchingConnections),
        await measure(`jobs search · 鹿城区 家政 in ${jobPostCount.toLocaleString()} open posts (two words)`, `${bffUrl}/api/jobs/posts?limit=30&q=${encodeURIComponent('鹿城区 家政')}`, seeker, matchingConnections),
      ].map((m) => ({ ...m, round })),
    )
  }

  // Once, after the rounds: each trainee checks in to the session once; a second round would
  // measure replays of the first.
  const checkInName = `training check-ins · a class of ${classSize.toLocaleString()} at its session's start, each once from her own phone (session, real-name gate, roster, TOTP code, device hash, attendance, voucher → attending, audit chain)`
  const checkIns = skipped(checkInName) ? undefined : await measureCheckIns(checkInName, bffUrl, tokenSecret, classSize, connections)
  const tally = checkIns ? (JSON.parse(await output(spawn(process.execPath, ['--import', 'tsx', 'bench/check-in-tally.ts'], { cwd: bffDir, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'inherit'] }))) as ClassTally) : undefined

  // In this process, once: the e-card's tokens signed and checked offline (no server, no engine).
  const ecardName = 'e-card offline · tokens signed by the portal (node:crypto Ed25519) and checked with the published key (noble on a venue phone, node:crypto at a gate)'
  const ecard = skipped(ecardName) ? undefined : measureEcard(ecardTokens)
  const ecardOnlineName = 'e-card online · a venue\'s checks recorded by the portal\'s service on a temporary SQLite file, each a fresh code (signature, card, facts, tier, unique nonce, audit chain)'
  const ecardOnline = skipped(ecardOnlineName) ? undefined : await measureEcardOnline(ecardTokens)
  const creditFileName = "card credits · a bank's end-of-day file settled by the portal's service on a temporary SQLite file, each line a payment moved bank → card (parse, reference, conditional update, ledger journal, inbox, audit chain)"
  const creditFile = skipped(creditFileName) ? undefined : await measureCreditFile(creditLines)
  const contractPdfsName = 'contract pdfs · a typical two-page labour contract printed (pdf-lib, Noto Serif SC subset anew each time), hashed (SHA-256) and timestamped (Ed25519), one after another in this process'
  const contractPdfs = skipped(contractPdfsName) ? undefined : await measureContractPdfs(contractPdfCount)

  const lines = ['', `${engine === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${connections} connections:`, '', '| what | round | requests/s | p99 ms | non-2xx | portal ÷ raw |', '| --- | --- | --- | --- | --- | --- |']
  results.forEach((round, index) => {
    round.forEach((m, i) => {
      const raw = i % 2 === 0 ? round[i + 1] : undefined
      const ratio = raw ? `${(m.rps / raw.rps).toFixed(2)}×` : ''
      lines.push(`| ${m.name} | ${index + 1} | ${Math.round(m.rps).toLocaleString()} | ${m.p99} | ${m.non2xx} | ${ratio} |`)
    })
  })
  submissions.forEach((m) => lines.push(`| ${m.name} | ${m.round} | ${Math.round(m.rps).toLocaleString()} | ${m.p99} | ${m.non2xx} | |`))
  matching.forEach((m) => lines.push(`| ${m.name} (${matchingConnections} connections) | ${m.round} | ${Math.round(m.rps).toLocaleString()} | ${m.p99} | ${m.non2xx} | |`))
  if (checkIns) lines.push(`| ${checkIns.name} | once | ${Math.round(checkIns.rps).toLocaleString()} | ${checkIns.p99} | ${checkIns.non2xx} | |`)
  process.stdout.write(`${lines.join('\n')}\n`)

  // Each figure's median over the rounds, beside what the portal aims for on the embedded engine.
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
  const ratios = (index: number) => median(results.map((round) => (round[index]?.rps ?? 0) / (round[index + 1]?.rps ?? 1)))
  const recordsP99 = median(results.map((round) => round[0]?.p99 ?? 0))
  const rawRecordsP99 = median(results.map((round) => round[1]?.p99 ?? 0))
  const submitted = median(submissions.filter((m) => m.name.startsWith('complaint')).map((m) => m.rps))
  const aims = engine === 'sqlite' ? [' (aim ≥ 0.50×, p99 < 50 ms)', ' (aim ≥ 0.50×)', ' (aim ≥ 1,000/s)'] : ['', '', '']
  process.stdout.write(
    [
      '',
      `Medians of ${rounds} rounds on ${engine === 'postgres' ? 'PostgreSQL' : 'SQLite'}:`,
      `  records read ${ratios(0).toFixed(2)}× raw, p99 ${recordsP99} ms (raw's own p99 ${rawRecordsP99} ms)${aims[0]}`,
      `  public verification ${ratios(2).toFixed(2)}× raw${aims[1]}`,
      `  complaint submission ${Math.round(submitted).toLocaleString()}/s${aims[2]}`,
      `  jobs matches ${Math.round(median(matching.filter((m) => m.name.startsWith('jobs matches')).map((m) => m.rps))).toLocaleString()}/s, p99 ${median(matching.filter((m) => m.name.startsWith('jobs matches')).map((m) => m.p99))} ms`,
      `  jobs near me ${Math.round(median(matching.filter((m) => m.name.startsWith('jobs near')).map((m) => m.rps))).toLocaleString()}/s, p99 ${median(matching.filter((m) => m.name.startsWith('jobs near')).map((m) => m.p99))} ms`,
      ...['jobs search · 保洁', 'jobs search · 鹿城区'].map((name) => `  ${name} ${Math.round(median(matching.filter((m) => m.name.startsWith(name)).map((m) => m.rps))).toLocaleString()}/s, p99 ${median(matching.filter((m) => m.name.startsWith(name)).map((m) => m.p99))} ms`),
      checkInSummary(checkIns),
      ecard
        ? `  e-card offline: ${Math.round(ecard.signed).toLocaleString()} tokens signed/s; checked ${Math.round(ecard.checkedNoble).toLocaleString()}/s with noble, ${Math.round(ecard.checkedNode).toLocaleString()}/s with node:crypto (${ecardTokens.toLocaleString()} tokens, one core)`
        : '  e-card offline 0/s (not measured)',
      ecardOnline !== undefined
        ? `  e-card online: ${Math.round(ecardOnline).toLocaleString()} checks recorded/s (${ecardTokens.toLocaleString()} fresh codes, one at a time, SQLite, one core)`
        : '  e-card online 0/s (not measured)',
      creditFile !== undefined
        ? `  card credits: ${Math.round(creditFile).toLocaleString()} lines of a bank's file settled/s (${creditLines.toLocaleString()} lines in one file, SQLite, one core)`
        : '  card credits 0/s (not measured)',
      contractPdfs
        ? `  contract pdfs: ${contractPdfs.perSecond.toFixed(1)} printed, hashed and timestamped/s (${contractPdfs.count.toLocaleString()} two-page contracts of ≈ ${Math.round(contractPdfs.bytes / 1024)} KB, one after another, one core)`
        : '  contract pdfs 0/s (not measured)',
      '',
    ].join('\n'),
  )
  if ([...results.flat(), ...submissions, ...matching, ...(checkIns ? [checkIns] : [])].some((m) => m.non2xx > 0)) {
    process.stderr.write('Some requests failed: the figures above are not valid.\n')
    process.exitCode = 1
  }
  const unchecked = checkIns && tally ? checkInProblems(checkIns, tally, classSize) : []
  if (unchecked.length > 0) {
    process.stderr.write(`The check-in figure did not do its work, it is not valid: ${unchecked.join('; ')}.\n`)
    process.exitCode = 1
  }
} finally {
  for (const child of children) child.kill('SIGTERM')
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve())))
  rmSync(dataDir, { recursive: true, force: true })
  if (engine === 'postgres') await onAdmin(adminUrl, `drop database if exists "${benchDatabase}" with (force)`)
}
