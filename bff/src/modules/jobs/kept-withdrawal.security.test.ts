import { expect, test } from 'vitest'
import { KeptProfileAnswer } from '@renshe/shared/identity/kept'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { apply, myApplications, tokenFor, withProfile } from '../../testing/jobs-application-flows'
import { claimKept, keptWithApplications, openDayJob, refuseKept, secondKeptResident, statusesOnPost } from '../../testing/kept-application-flows'

test('no one else can refuse her kept profile, nor withdraw what staff sent for her: not another citizen, not the staff member', async () => {
  const t = await createTestContext()
  const postId = await openDayJob(t, '日结保洁')
  const kept = await keptWithApplications(t, [postId])
  const sent = kept.applications.get(postId) ?? ''

  // Before she claims it, and after: another citizen has nothing to refuse, and the request names no one.
  const zhang = await tokenFor(t, 'citizen-zhang')
  await expectProblem(await t.call('POST', '/api/me/kept-profile/refuse', { token: zhang }), 'not_found')
  const li = await claimKept(t, 'citizen-li')
  await expectProblem(await t.call('POST', '/api/me/kept-profile/refuse', { token: zhang }), 'not_found')
  // The staff member who kept her cannot refuse in her name: not acting for her, and as himself he has nothing kept.
  const chen = await tokenFor(t, 'staff-chen')
  await expectProblem(await t.call('POST', '/api/me/kept-profile/refuse', { token: chen, actingFor: kept.grantId }), 'proxy_not_allowed')
  await expectProblem(await t.call('POST', '/api/me/kept-profile/refuse', { token: chen }), 'not_found')
  await expectProblem(await t.call('POST', '/api/me/kept-profile/refuse'), 'unauthenticated')

  expect(await statusesOnPost(t, postId)).toEqual({ [sent]: 'applied' })
  expect((await expectOk(await t.call('GET', '/api/me/kept-profile', { token: li.token }), KeptProfileAnswer)).kept).toMatchObject({ status: 'kept' })
  await t.deps.audit.drain()
  expect((await auditRows(t)).filter((row) => row.action === 'jobs.withdrawApplication')).toEqual([])
}, 30_000)

test('her refusal withdraws only what was sent for her: another kept person’s applications by the same staff member, and other seekers’, stand', async () => {
  const t = await createTestContext()
  const postId = await openDayJob(t, '日结保洁')
  const other = await openDayJob(t, '日结搬运')
  const hers = await keptWithApplications(t, [postId])
  // The same staff member keeps a second resident and applies for her to the same posts.
  const second = await keptWithApplications(t, [postId, other], secondKeptResident)
  // A seeker with her own account applies herself: not hers either.
  const zhao = await tokenFor(t, 'worker-zhao')
  await withProfile(t, zhao)
  const zhaos = await apply(t, zhao, postId)

  const li = await claimKept(t, 'citizen-li')
  expect((await refuseKept(t, li.token)).kept).toMatchObject({ status: 'refused' })

  expect(await statusesOnPost(t, postId)).toEqual({
    [hers.applications.get(postId) ?? '']: 'withdrawn',
    [second.applications.get(postId) ?? '']: 'applied',
    [zhaos.id]: 'applied',
  })
  expect(await statusesOnPost(t, other)).toEqual({ [second.applications.get(other) ?? '']: 'applied' })
  expect((await myApplications(t, zhao)).map((application) => application.status)).toEqual(['applied'])
  // The second resident's applications still answer to the staff member acting for her.
  expect((await myApplications(t, await tokenFor(t, 'staff-chen'), second.grantId)).map((application) => application.status)).toEqual(['applied', 'applied'])

  await t.deps.audit.drain()
  const withdrawals = (await auditRows(t)).filter((row) => row.action === 'jobs.withdrawApplication')
  expect(withdrawals.map((row) => [row.objectId, row.subjectUserId])).toEqual([[hers.applications.get(postId), li.id]])
}, 30_000)
