import { eq } from 'drizzle-orm'
import { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { pages } from '@renshe/shared/platform/pages'
import { Page } from '@renshe/shared/platform/primitives'
import { expect, test } from 'vitest'
import { loadConfig } from '../../config'
import { inboxMessages, jobMatchNotices } from '../../db/schema'
import { hours } from '../../platform/clock'
import { createJobRunner } from '../../platform/jobs'
import { portalJobs } from '../../serve'
import { auditRows, meOf } from '../../testing/flows'
import { expectOk } from '../../testing/http'
import { createTestContext, type TestContext } from '../../testing/harness'
import { degreesNorthOf, openPost, saveSeeker } from '../../testing/jobs-match-flows'
import { sampleJobPost, sampleSeekerProfile } from '../../testing/jobs-samples'
import { matchNoticesJob, runMatchNotices } from './match-notices'

/** The matches job as the server runs it: once per hour-long period, whichever instance claims it. */
function matchRunner(t: TestContext, holder = 'instance-a') {
  return createJobRunner(t.deps, [{ name: matchNoticesJob, seconds: 3600, run: runMatchNotices }], { holder, leaseSeconds: 60 })
}

async function messagesOf(t: TestContext, userId: string) {
  return t.deps.db.read((q) => q.select().from(inboxMessages).where(eq(inboxMessages.userId, userId)))
}

async function noticesOf(t: TestContext, userId: string) {
  return t.deps.db.read((q) => q.select().from(jobMatchNotices).where(eq(jobMatchNotices.seekerUserId, userId)))
}

test('the server runs the matches job every JOBS_MATCH_INTERVAL_SECONDS, and not at all with 0', () => {
  const every = (env: Record<string, string>) => {
    const loaded = loadConfig(env)
    if (!loaded.ok) throw new Error(loaded.message)
    return portalJobs(loaded.config).find((job) => job.name === matchNoticesJob)?.seconds
  }
  expect(every({})).toBe(3600)
  expect(every({ JOBS_MATCH_INTERVAL_SECONDS: '600' })).toBe(600)
  expect(every({ JOBS_MATCH_INTERVAL_SECONDS: '0' })).toBe(0)
})

test('a new match reaches the seeker’s inbox once: a second run, on another instance, sends nothing', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const zhao = (await meOf(t, token)).id
  await saveSeeker(t, token, { recommendable: true })
  const cashier = await openPost(t)
  // Within reach but not her work: never sent.
  await openPost(t, { title: '仓库搬运工', occupation: '4-02-06-01', skills: [], certificates: [] })

  await matchRunner(t).tick()
  const messages = await messagesOf(t, zhao)
  expect(messages.map(({ template, params, link }) => ({ template, params, link }))).toEqual([
    { template: 'jobs.newMatches', params: { count: 1, postTitle: sampleJobPost.title, score: expect.any(Number) as number }, link: pages.jobMatches },
  ])
  expect((await noticesOf(t, zhao)).map((notice) => notice.postId)).toEqual([cashier])

  // The same period on another instance is not run again; the next period finds nothing new.
  await matchRunner(t, 'instance-b').tick()
  t.clock.advance(hours(1))
  await matchRunner(t, 'instance-b').tick()
  expect(await messagesOf(t, zhao)).toHaveLength(1)

  // Run again from the start (as after a run taken over): the pairs recorded send nothing.
  expect(await runMatchNotices(t.deps)).toMatchObject({ seekers: 0, notices: 0 })
  expect(await messagesOf(t, zhao)).toHaveLength(1)

  // A post approved later is sent in the next period, alone; one message per run names the best.
  t.clock.advance(hours(1))
  const second = await openPost(t, { title: '便利店收银员', place: { ...sampleJobPost.place, lat: sampleSeekerProfile.home.lat + degreesNorthOf(2) } })
  const third = await openPost(t, { title: '超市理货员', place: { ...sampleJobPost.place, lat: sampleSeekerProfile.home.lat + degreesNorthOf(5) } })
  t.clock.advance(hours(1))
  await matchRunner(t).tick()
  const after = await messagesOf(t, zhao)
  expect(after).toHaveLength(2)
  expect(after.map((message) => message.params).at(-1)).toMatchObject({ count: 2, postTitle: '便利店收银员' })
  expect((await noticesOf(t, zhao)).map((notice) => notice.postId).sort()).toEqual([cashier, second, third].sort())

  // Each message sent is a write on her data, in her access log as the system's.
  await t.deps.audit.drain()
  const sent = (await auditRows(t)).filter((row) => row.action === 'jobs.sendMatchNotices')
  expect(sent.map(({ kind, actorUserId, subjectUserId, objectId }) => ({ kind, actorUserId, subjectUserId, objectId }))).toEqual(
    [1, 2].map(() => ({ kind: 'write', actorUserId: null, subjectUserId: zhao, objectId: zhao })),
  )
  // She reads them as the portal's own work, not as a stranger's look at her data.
  const log = await expectOk(await t.call('GET', '/api/me/access-log?limit=100', { token: await t.login('worker-zhao') }), Page(AccessLogEntry))
  const notices = log.items.filter((entry) => entry.operation === 'jobs.sendMatchNotices')
  expect(notices.map((entry) => entry.actor)).toEqual([1, 2].map(() => ({ self: false, maskedName: '', name: null, role: null, staffCode: null, system: true })))
})

test('a seeker who has withdrawn her consent to be recommended, or never gave it, is sent nothing', async () => {
  const t = await createTestContext()
  const zhaoToken = await t.login('worker-zhao')
  const zhangToken = await t.login('citizen-zhang')
  await saveSeeker(t, zhaoToken, { recommendable: true })
  await saveSeeker(t, zhaoToken, { recommendable: false })
  await saveSeeker(t, zhangToken)
  await openPost(t)
  expect(await runMatchNotices(t.deps)).toEqual({ posts: 1, seekers: 0, notices: 0 })
  for (const token of [zhaoToken, zhangToken]) {
    const id = (await meOf(t, token)).id
    expect(await messagesOf(t, id)).toEqual([])
    expect(await noticesOf(t, id)).toEqual([])
  }
})

test('a post that scores below the threshold is not sent, and one outside her travel distance never is', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  await saveSeeker(t, token, { recommendable: true })
  // A related occupation, nothing she holds, paid at half what she expects, at hours she is not free.
  await openPost(t, {
    occupation: '4-01-02-01',
    skills: ['forklift'],
    certificates: [],
    pay: { amountFen: 2_400, unit: 'hour' },
    shifts: { kind: 'weekly', times: [{ day: 2, from: '18:00', to: '22:00' }] },
    place: { ...sampleJobPost.place, lat: sampleSeekerProfile.home.lat + degreesNorthOf(8) },
  })
  await openPost(t, { place: { ...sampleJobPost.place, lat: sampleSeekerProfile.home.lat + degreesNorthOf(20) } })
  expect(await runMatchNotices(t.deps)).toEqual({ posts: 2, seekers: 0, notices: 0 })
  expect(await messagesOf(t, (await meOf(t, token)).id)).toEqual([])
})
