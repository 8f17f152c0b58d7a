import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { JobsRegionStats } from '@renshe/shared/jobs/region'
import { PostedJob } from '@renshe/shared/jobs/posts'
import { days } from '../../platform/clock'
import { auditRows } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { applied, decide, openPost, tokenFor } from '../../testing/jobs-application-flows'
import { saveSeeker } from '../../testing/jobs-match-flows'
import { sampleJobPost } from '../../testing/jobs-samples'
import { runMatchNotices } from './match-notices'

const statsPath = '/api/jobs/region/stats'

async function statsFor(t: TestContext, account: string): Promise<JobsRegionStats> {
  return expectOk(await t.call('GET', statsPath, { token: await tokenFor(t, account) }), JobsRegionStats)
}

async function postAsEmployer(t: TestContext, body: unknown): Promise<PostedJob> {
  return expectOk(await t.call('POST', '/api/jobs/posts', { token: await tokenFor(t, 'employer-demo'), body }), PostedJob, 201)
}

test('an officer sees the region at a glance: seekers, posts by stage, matches, hires by week and the median days to hire, flexible enrolments', async () => {
  const t = await createTestContext()
  // Sunday 29 November 2026: two seekers apply to a day job; Wang is hired the same day.
  const dayJob = await openPost(t)
  const zhao = await applied(t, 'worker-zhao', dayJob)
  const wang = await applied(t, 'elder-wang', dayJob)
  await decide(t, wang.application.id, { decision: 'invite' })
  await decide(t, wang.application.id, { decision: 'hire' })
  await saveSeeker(t, await tokenFor(t, 'citizen-zhang'), { recommendable: true })
  // A post held for pay below the minimum, one waiting, one stopped by its employer.
  await postAsEmployer(t, { ...sampleJobPost, title: '低薪岗位', pay: { amountFen: 100, unit: 'hour' } })
  await postAsEmployer(t, { ...sampleJobPost, title: '待审核岗位' })
  const stopped = await openPost(t, { ...sampleJobPost, title: '已招满岗位' })
  await expectOk(await t.call('POST', `/api/jobs/posts/${stopped}/close`, { token: await tokenFor(t, 'employer-demo') }), PostedJob)
  await runMatchNotices(t.deps)

  // Tuesday 1 December: Zhao is hired, two days after applying, in the next week.
  t.clock.advance(days(2))
  await decide(t, zhao.application.id, { decision: 'invite' })
  await decide(t, zhao.application.id, { decision: 'hire' })

  const [sent] = await t.deps.db.rows<{ n: number }>(sql`select count(*) as n from job_match_notices`)
  const stats = await statsFor(t, 'officer-liu')
  expect(stats).toMatchObject({
    regionCode: '330302',
    seekers: 3,
    recommendable: 1,
    postsWaiting: 2,
    postsHeld: 1,
    postsOpen: 1,
    postsClosed: 1,
    matchesSent: Number(sent?.n),
    applications: 2,
    hires: 2,
    medianDaysToHire: 1,
    flexibleEnrolments: 0,
  })
  expect(Number(sent?.n)).toBeGreaterThan(0)
  expect(stats.weeklyHires.map((week) => week.weekStart)).toEqual(['2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'])
  expect(stats.weeklyHires.map((week) => week.hires)).toEqual([0, 0, 0, 0, 0, 0, 1, 1])

  // The supervisor of the same county sees the same; the read is recorded as the official's.
  expect(await statsFor(t, 'supervisor-wu')).toEqual(stats)
  expect((await auditRows(t)).filter((row) => row.action === 'jobs.getRegionStats').map((row) => row.objectId)).toEqual(['330302', '330302'])
})
