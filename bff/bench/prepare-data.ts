import { loadConfig } from '../src/config'
import { openDatabase } from '../src/db/client'
import { migrateDatabase } from '../src/db/migrate'
import { eq } from 'drizzle-orm'
import { contributions, employers, insuredPersons, jobPostTerms, jobPosts } from '../src/db/schema'
import { indexPostsWithoutTerms } from '../src/modules/jobs/post-terms-repo'
import type { JobPostRow } from '../src/modules/jobs/posts-repo'
import { seedDemoData } from '../src/db/seed/seed'
import { createDeps } from '../src/platform/create-deps'
import type { Deps } from '../src/platform/deps'
import { prepareTrainingClass } from './training-class'

// Run by `npm run bench` in a process of its own, on the engine its environment names (the
// tables a process uses are those of the engine it starts with): migrates the fresh database
// and fills it. Prints the number of contribution rows.

/**
 * A register the size the benchmark reads against: `people` insured persons with `months`
 * months of pension each, beside the demo data (the citizen whose records are read).
 */
async function prepareBenchData(deps: Deps, people: number, months: number): Promise<number> {
  await seedDemoData(deps)
  let rows = 0
  const perTransaction = 1000
  for (let from = 0; from < people; from += perTransaction) {
    await deps.db.transaction(async (tx) => {
      for (let p = from; p < Math.min(people, from + perTransaction); p += 1) {
        const id = `bench-${p}`
        await tx.insert(insuredPersons).values({ id, idNumberIndex: `bench-index-${p}`, idNumberEnc: 'v1.bench', nameEnc: 'v1.bench', regionCode: '330302', retiredFrom: null })
        const batch = Array.from({ length: months }, (_, m) => {
          const month = `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`
          return {
            id: `${id}-${month}`,
            personId: id,
            month,
            type: 'pension' as const,
            baseFen: 720000,
            personalFen: 57600,
            employerFen: 115200,
            employerName: '温州测试有限公司',
            regionCode: '330302',
          }
        })
        await tx.insert(contributions).values(batch)
        rows += batch.length
      }
    })
  }
  return rows
}

/** Occupations the posts are drawn from: the bench seeker's two (cashiers), one related, and unrelated work. */
const postOccupations = ['4-01-02-04', '4-01-02-03', '4-01-02-01', '4-02-06-01', '4-10-01-05', '6-29-01-01', '4-03-02-01', '4-07-05-01']

/** What the posts say, for the search bench: the work people look for here, in the words employers use. */
const postTitles = ['日结保洁', '写字楼保洁阿姨', '电焊工', '外卖骑手', '家政服务员', '仓库叉车司机', '超市收银员', '小区保安', '餐厅服务员', '金牌月嫂', '电子厂普工', '快递分拣员', '钟点工', '装修木工', '中餐厨师', '搬运工']
const postDescriptions = ['当天结算，多劳多得。', '包吃住，有健康证优先。', '持证上岗，五险一金。', '工作认真负责，男女不限。', '早班，每天上午8点到12点。', '自带电动车，熟悉市区道路。']
const communities = ['五马街道', '南汇街道', '娄桥街道', '蒲州街道', '滨海街道', '测试社区']
const otherRegions = ['330303', '330304', '330324', '330381', '330382']

/**
 * `count` open job posts over Zhejiang (27.0–31.2° N, 118.0–122.9° E), a tenth of them in
 * central Wenzhou where the bench seeker lives, so her travel box holds a few thousand: the
 * busy-city case, not the empty-countryside one. Drawn from a fixed seed, the same every run.
 */
async function prepareJobPosts(deps: Deps, count: number): Promise<number> {
  const [organisation] = await deps.db.read((q) => q.select({ id: employers.id, userId: employers.userId }).from(employers).where(eq(employers.id, 'employer-oujiang')).limit(1))
  if (!organisation?.userId) throw new Error('the demo employer employer-oujiang is missing')
  let seed = 20_261_129
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  const at = '2026-11-01T00:00:00.000Z'
  const perTransaction = 2000
  for (let from = 0; from < count; from += perTransaction) {
    const rows: JobPostRow[] = []
    for (let i = from; i < Math.min(count, from + perTransaction); i += 1) {
      const city = i % 10 === 0
      const lat = city ? 27.95 + random() * 0.15 : 27.0 + random() * 4.2
      const lng = city ? 120.55 + random() * 0.2 : 118.0 + random() * 4.9
      const skills = random() < 0.5 ? ['pos_terminal'] : []
      rows.push({
        id: `bench-post-${String(i).padStart(6, '0')}`,
        posterOrganisationId: organisation.id,
        posterUserId: organisation.userId,
        status: 'open',
        title: `${postTitles[i % postTitles.length] as string} ${i}`,
        occupation: postOccupations[i % postOccupations.length] as string,
        skills,
        certificates: random() < 0.3 ? ['health_certificate'] : [],
        kind: (['full_time', 'part_time', 'day'] as const)[i % 3] as JobPostRow['kind'],
        community: communities[i % communities.length] as string,
        regionCode: city ? '330302' : (otherRegions[i % otherRegions.length] as string),
        latMicrodegrees: Math.round(lat * 1_000_000),
        lngMicrodegrees: Math.round(lng * 1_000_000),
        payFen: 2_200 + Math.floor(random() * 2_000),
        payUnit: 'hour',
        headcount: 1 + (i % 5),
        shifts: { kind: 'weekly', times: [{ day: 1 + (i % 7), from: '08:00', to: '12:00' }, { day: 1 + ((i + 2) % 7), from: '13:30', to: '18:00' }] },
        startDate: '2026-11-01',
        endDate: i % 4 === 0 ? null : '2099-12-31',
        description: postDescriptions[i % postDescriptions.length] as string,
        holdReasons: [],
        decisionNote: null,
        decidedBy: null,
        decidedAt: at,
        revision: 1,
        earlierRounds: [],
        createdAt: at,
        updatedAt: at,
      })
    }
    await deps.db.transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += 200) await tx.insert(jobPosts).values(rows.slice(i, i + 200))
    })
  }
  return count
}

const loaded = loadConfig(process.env)
if (!loaded.ok) throw new Error(loaded.message)
const fresh = openDatabase(loaded.config.database)
await migrateDatabase(fresh)
await fresh.close()
const deps = createDeps(loaded.config)
const rows = await prepareBenchData(deps, Number(process.env.BENCH_PEOPLE ?? 10_000), Number(process.env.BENCH_MONTHS ?? 24))
const jobPostCount = await prepareJobPosts(deps, Number(process.env.BENCH_JOB_POSTS ?? 100_000))
const tokenSecret = process.env.BENCH_TOKEN_SECRET
if (!tokenSecret) throw new Error('BENCH_TOKEN_SECRET is not set: the logins of the class are made from it')
await prepareTrainingClass(deps, Number(process.env.BENCH_CLASS_SIZE ?? 5_000), tokenSecret)
// The posts were written directly: their search words are given as `npm run db:migrate` gives them.
const indexStart = performance.now()
await indexPostsWithoutTerms(deps.db)
const indexSeconds = (performance.now() - indexStart) / 1000
const terms = await deps.db.read((q) => q.$count(jobPostTerms))
process.stderr.write(`Search words of ${jobPostCount.toLocaleString()} job posts: ${terms.toLocaleString()} rows, written in ${indexSeconds.toFixed(1)} s\n`)
await deps.db.close()
process.stdout.write(`${rows}\n`)
