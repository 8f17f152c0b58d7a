import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { JobsRegionStats } from '@renshe/shared/jobs/region'
import { MyApplication } from '@renshe/shared/jobs/applications'
import { minutes } from '../../platform/clock'
import { auditRows } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { apply, inboxTemplates, myApplications, tokenFor, withProfile } from '../../testing/jobs-application-flows'
import { claimKept, keptWithApplications, openDayJob, refuseKept, statusesOnPost } from '../../testing/kept-application-flows'

/* Decision 058: a withdrawn application does not keep her from applying to the post herself. */

const regionApplications = async (t: TestContext) =>
  (await expectOk(await t.call('GET', '/api/jobs/region/stats', { token: await tokenFor(t, 'officer-liu') }), JobsRegionStats)).applications

/** A post staff applied to for the kept resident, and her refusal that withdrew it: her token and id, and the application's id. */
async function withdrawnForHer(t: TestContext) {
  const postId = await openDayJob(t, '日结保洁')
  const kept = await keptWithApplications(t, [postId])
  const li = await claimKept(t, 'citizen-li')
  await refuseKept(t, li.token)
  return { postId, li, sent: kept.applications.get(postId) ?? '' }
}

test('she refused what staff kept, then applies to the post herself: her withdrawn application is re-opened as hers, and counted again', async () => {
  const t = await createTestContext()
  const { postId, li, sent } = await withdrawnForHer(t)
  expect(await regionApplications(t)).toBe(0)

  t.clock.advance(minutes(10))
  await withProfile(t, li.token)
  const again = await apply(t, li.token, postId)
  const now = t.clock.now().toISOString()
  expect(again).toMatchObject({ id: sent, postId, status: 'applied' })
  expect(again.history.map((step) => [step.status, step.by])).toEqual([
    ['applied', 'grid_staff'],
    ['withdrawn', 'seeker'],
    ['applied', 'seeker'],
  ])
  expect(again.history.at(-1)?.at).toBe(now)
  // One application, hers now: sent by her, and listed as sent now.
  expect(await statusesOnPost(t, postId)).toEqual({ [sent]: 'applied' })
  const [row] = await t.deps.db.rows<{ applied_by_user_id: string; created_at: string }>(sql`select applied_by_user_id, created_at from job_applications where id = ${sent}`)
  expect(row).toEqual({ applied_by_user_id: li.id, created_at: now })
  expect((await myApplications(t, li.token)).map((application) => [application.id, application.status])).toEqual([[sent, 'applied']])
  expect(await inboxTemplates(t, li.token)).toContain('jobs.applied')
  expect(await regionApplications(t)).toBe(1)

  // Audited like any application: her own act, about herself.
  await t.deps.audit.drain()
  const applies = (await auditRows(t)).filter((row) => row.action === 'jobs.apply' && row.objectId === sent)
  expect(applies.map((row) => [row.actorUserId, row.subjectUserId, row.viaGrantId, row.kind])).toEqual([
    [expect.any(String), expect.any(String), expect.any(String), 'write'],
    [li.id, li.id, null, 'write'],
  ])
}, 30_000)

test('two re-applications at once give one application', async () => {
  const t = await createTestContext()
  const { postId, li, sent } = await withdrawnForHer(t)
  await withProfile(t, li.token)

  const answers = await Promise.all([0, 1].map(() => t.call('POST', `/api/jobs/posts/${postId}/applications`, { token: li.token })))
  expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
  const [open] = await myApplications(t, li.token)
  expect(open?.history.filter((step) => step.status === 'applied')).toHaveLength(2)
  expect(await statusesOnPost(t, postId)).toEqual({ [sent]: 'applied' })
  expect(await t.deps.db.rows(sql`select id from job_applications`)).toHaveLength(1)
}, 30_000)

test('a re-application retried with the same key re-opens once and answers with the same application', async () => {
  const t = await createTestContext()
  const { postId, li, sent } = await withdrawnForHer(t)
  await withProfile(t, li.token)
  const told = async () => (await inboxTemplates(t, li.token)).filter((template) => template === 'jobs.applied').length
  const before = await told()
  const call = () => t.call('POST', `/api/jobs/posts/${postId}/applications`, { token: li.token, idempotencyKey: 'reapply-key-00000001' })
  const first = await expectOk(await call(), MyApplication, 201)
  const retried = await expectOk(await call(), MyApplication, 201)
  expect(retried.id).toBe(sent)
  expect(retried.history).toEqual(first.history)
  expect(await told()).toBe(before + 1)
}, 30_000)
