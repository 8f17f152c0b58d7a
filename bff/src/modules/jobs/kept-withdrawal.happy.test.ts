import { expect, test } from 'vitest'
import { KeptProfileAnswer } from '@renshe/shared/identity/kept'
import { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { minutes } from '../../platform/clock'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { ApplicantPage, apply, applicantsOf, myApplications, tokenFor } from '../../testing/jobs-application-flows'
import { claimKept, employerDecides, keptWithApplications, openDayJob, refuseKept, statusesOnPost } from '../../testing/kept-application-flows'

test('she refuses what was kept: the applications staff sent that no employer acted on are withdrawn at once, each in her access log; the rest stand', async () => {
  const t = await createTestContext()
  const waiting = await openDayJob(t, '日结保洁 甲')
  const alsoWaiting = await openDayJob(t, '日结保洁 乙')
  const invited = await openDayJob(t, '日结搬运')
  const declined = await openDayJob(t, '日结装卸')
  const hers = await openDayJob(t, '日结保洁 丙')
  const kept = await keptWithApplications(t, [waiting, alsoWaiting, invited, declined])
  const sent = (postId: string) => kept.applications.get(postId) ?? ''
  await employerDecides(t, sent(invited), 'invite')
  await employerDecides(t, sent(declined), 'decline')
  const li = await claimKept(t, 'citizen-li')
  // What she sends herself, once the account is hers, is hers to keep whatever she decides.
  const own = await apply(t, li.token, hers)

  t.clock.advance(minutes(5))
  const refused = await refuseKept(t, li.token)
  expect(refused.kept).toMatchObject({ status: 'refused', grant: { status: 'revoked' } })

  const now = t.clock.now().toISOString()
  const mine = new Map((await myApplications(t, li.token)).map((application) => [application.postId, application]))
  expect(Object.fromEntries([...mine].map(([postId, application]) => [postId, application.status]))).toEqual({
    [waiting]: 'withdrawn',
    [alsoWaiting]: 'withdrawn',
    [invited]: 'invited',
    [declined]: 'declined',
    [hers]: 'applied',
  })
  expect(mine.get(waiting)?.history.map((step) => [step.status, step.by])).toEqual([
    ['applied', 'grid_staff'],
    ['withdrawn', 'seeker'],
  ])
  expect(mine.get(waiting)?.history.at(-1)?.at).toBe(now)
  expect(mine.get(hers)?.id).toBe(own.id)

  // The employer no longer has her as a live applicant: withdrawn, masked, nothing left to decide.
  expect(await applicantsOf(t, waiting)).toEqual([expect.objectContaining({ id: sent(waiting), status: 'withdrawn', contactVisible: false, name: '林**', phone: null })])
  const employer = await tokenFor(t, 'employer-demo')
  expect(await expectOk(await t.call('GET', `/api/jobs/posts/${waiting}/applicants?status=applied`, { token: employer }), ApplicantPage)).toEqual({ items: [], nextCursor: null })
  for (const decision of [{ decision: 'invite' }, { decision: 'decline', reason: '人已招满' }]) {
    await expectProblem(await t.call('POST', `/api/jobs/applications/${sent(waiting)}/decision`, { token: employer, body: decision }), 'illegal_transition')
  }
  expect(await statusesOnPost(t, invited)).toEqual({ [sent(invited)]: 'invited' })

  // Each withdrawal is her own act about herself, in the refusal's place in the chain, and she reads it in her access log.
  await t.deps.audit.drain()
  const rows = await auditRows(t)
  const withdrawals = rows.filter((row) => row.action === 'jobs.withdrawApplication')
  expect(withdrawals.map((row) => [row.objectId, row.actorUserId, row.subjectUserId, row.viaGrantId, row.kind]).sort()).toEqual(
    [sent(waiting), sent(alsoWaiting)].map((applicationId) => [applicationId, li.id, li.id, null, 'write']).sort(),
  )
  const refusal = rows.find((row) => row.action === 'identity.refuseKeptProfile')
  expect(withdrawals.every((row) => row.requestId === refusal?.requestId)).toBe(true)
  const log = await expectOk(await t.call('GET', '/api/me/access-log?limit=100', { token: li.token }), Page(AccessLogEntry))
  const read = log.items.filter((item) => item.operation === 'jobs.withdrawApplication')
  expect(read).toHaveLength(2)
  expect(read.every((item) => item.actor.self && !item.byProxy)).toBe(true)
}, 30_000)

test('she confirms what was kept: every application staff sent for her stands, and nothing is withdrawn', async () => {
  const t = await createTestContext()
  const posts = [await openDayJob(t, '日结保洁 甲'), await openDayJob(t, '日结保洁 乙')]
  const kept = await keptWithApplications(t, posts)
  const li = await claimKept(t, 'citizen-li')
  const confirmed = await expectOk(await t.call('POST', '/api/me/kept-profile/confirm', { token: li.token, body: { keepGrant: false } }), KeptProfileAnswer)
  expect(confirmed.kept).toMatchObject({ status: 'confirmed' })
  expect((await myApplications(t, li.token)).map((application) => application.status)).toEqual(['applied', 'applied'])
  for (const postId of posts) expect(await statusesOnPost(t, postId)).toEqual({ [kept.applications.get(postId) ?? '']: 'applied' })
  await t.deps.audit.drain()
  expect((await auditRows(t)).filter((row) => row.action === 'jobs.withdrawApplication')).toEqual([])
}, 30_000)
