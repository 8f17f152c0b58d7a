// `npm run bench:search -w bff`: the job post search of decision 053, in-process, without HTTP: how
// long writing the words of 100,000 posts takes, and how long each search takes against them.
// On SQLite in a temporary folder by default; with BENCH_DATABASE_URL, in a fresh PostgreSQL
// database made (and dropped) on that server. Prints one line a figure.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { onAdmin } from './admin-database'
import { loadConfig } from '../src/config'
import { queryTerms } from '../src/modules/jobs/post-search-terms'

const jobPostCount = Number(process.env.BENCH_JOB_POSTS ?? 100_000)
const repeats = Number(process.env.BENCH_REPEATS ?? 30)
const adminUrl = process.env.BENCH_DATABASE_URL
const bffDir = new URL('..', import.meta.url).pathname
const benchDatabase = `renshe_search_bench_${process.pid}`
const databaseUrl = adminUrl ? Object.assign(new URL(adminUrl), { pathname: `/${benchDatabase}` }).toString() : ''
const queries = ['保洁', '日结保洁', '电焊工', '外卖骑手', '鹿城区 家政', '叉车 司机', 'forklift', '木工 瓯海']


const dataDir = mkdtempSync(join(tmpdir(), 'renshe-search-bench-'))
const env: Record<string, string> = {
  NODE_ENV: 'development',
  DEMO_MODE: '1',
  DATA_DIR: dataDir,
  DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  ...(adminUrl ? { DATABASE_URL: databaseUrl } : {}),
}
try {
  if (adminUrl) await onAdmin(adminUrl, `create database "${benchDatabase}"`)
  const { DATABASE_URL: _inherited, ...inherited } = process.env
  // The same posts as `npm run bench`, with no insured persons: prepare-data writes and indexes them.
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/prepare-data.ts'], {
    cwd: bffDir,
    env: { ...inherited, ...env, BENCH_PEOPLE: '0', BENCH_JOB_POSTS: String(jobPostCount) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prepare-data exited with ${code}`)))))

  const loaded = loadConfig(env)
  if (!loaded.ok) throw new Error(loaded.message)
  // The tables a process uses are those of the engine it is told of before they are first imported.
  if (adminUrl) process.env.DATABASE_URL = databaseUrl
  const { openDatabase } = await import('../src/db/client')
  const { postRowsByIds, searchOpenPosts } = await import('../src/modules/jobs/post-terms-repo')
  const db = openDatabase(loaded.config.database)
  try {
    // Planner statistics, as autovacuum (PostgreSQL) or `PRAGMA optimize` (SQLite) would gather after a bulk load.
    if (process.env.BENCH_ANALYZE !== '0') await db.rows(sql`analyze`)
    for (const query of queries) {
      const terms = queryTerms(query)
      const times: number[] = []
      let found = 0
      for (let i = 0; i < repeats; i += 1) {
        const start = performance.now()
        found = await db.read(async (q) => {
          const ranked = await searchOpenPosts(q, terms, '2026-11-29', null, 31)
          await postRowsByIds(
            q,
            ranked.slice(0, 30).map((post) => post.id),
          )
          return ranked.length
        })
        times.push(performance.now() - start)
      }
      times.sort((a, b) => a - b)
      const at = (share: number) => (times[Math.min(times.length - 1, Math.floor(times.length * share))] ?? 0).toFixed(1)
      process.stdout.write(`search ${query} → [${terms.join(' ')}]: ${found} of the 31 asked for, median ${at(0.5)} ms, p95 ${at(0.95)} ms\n`)
    }
  } finally {
    await db.close()
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true })
  if (adminUrl) await onAdmin(adminUrl, `drop database if exists "${benchDatabase}" with (force)`)
}
