import { expect, test } from 'vitest'
import { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { CallbackList, MarkedCalled } from '@renshe/shared/jobs/matches'
import { Page } from '@renshe/shared/platform/primitives'
import { hours, minutes } from '../../platform/clock'
import { auditRows, grantProxy, meOf, seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { degreesNorthOf, openPost, saveSeeker } from '../../testing/jobs-match-flows'
import { sampleJobPost, sampleSeekerProfile } from '../../testing/jobs-samples'
import { runMatchNotices } from './match-notices'

const callbacksPath = '/api/jobs/assist/callbacks'

async function callbacksOf(t: TestContext, token: string): Promise<CallbackList> {
  return expectOk(await t.call('GET', callbacksPath, { token }), CallbackList)
}

test('grid staff see the people they help who have new matches, mark one called, and see her again only when more arrive', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  // She has no phone: he registers her and gives her consent for her, under her grant.
  await saveSeeker(t, chen, { actingFor: grantId, recommendable: true })
  expect(await callbacksOf(t, chen)).toEqual({ people: [] })

  await openPost(t)
  await runMatchNotices(t.deps)
  const sentAt = t.clock.now().toISOString()
  t.clock.advance(minutes(5))
  const first = await callbacksOf(t, chen)
  expect(first.people).toEqual([
    { grantId, maskedName: expect.stringMatching(/^王\*+$/) as string, idNumberHint: expect.any(String) as string, newMatches: 1, bestScore: expect.any(Number) as number, waitingSince: sentAt, lastCalledAt: null },
  ])

  // He calls her and says so: she leaves the list.
  const called = await expectOk(await t.call('POST', `${callbacksPath}/${grantId}/called`, { token: chen }), MarkedCalled)
  expect(called).toEqual({ grantId, calledAt: t.clock.now().toISOString() })
  expect(await callbacksOf(t, chen)).toEqual({ people: [] })

  // The next day two more jobs are approved and sent: she is back, with only those two.
  t.clock.advance(hours(20))
  const again = await t.login('staff-chen')
  await openPost(t, { title: '便利店收银员', place: { ...sampleJobPost.place, lat: sampleSeekerProfile.home.lat + degreesNorthOf(2) } })
  await openPost(t, { title: '超市理货员', place: { ...sampleJobPost.place, lat: sampleSeekerProfile.home.lat + degreesNorthOf(4) } })
  await runMatchNotices(t.deps)
  const second = await callbacksOf(t, again)
  expect(second.people.map(({ grantId: id, newMatches, lastCalledAt }) => ({ id, newMatches, lastCalledAt }))).toEqual([{ id: grantId, newMatches: 2, lastCalledAt: called.calledAt }])
})

test('the list puts who has waited longest first, and one staff member’s call leaves another’s list as it was', async () => {
  const t = await createTestContext()
  const elder = await t.login('elder-wang')
  const zhangToken = await t.login('citizen-zhang')
  const { grantId: chensGrant } = await seededGrantOf(t, await t.login('staff-chen'))
  const zhousForWang = await grantProxy(t, elder, { staffCode: 'WG330302002', scopes: ['jobs.assist'] })
  const zhousForZhang = await grantProxy(t, zhangToken, { staffCode: 'WG330302002', scopes: ['jobs.assist'] })
  await saveSeeker(t, zhangToken, { recommendable: true })
  await openPost(t)
  await runMatchNotices(t.deps)
  t.clock.advance(hours(1))
  await saveSeeker(t, await t.login('elder-wang'), { recommendable: true })
  await runMatchNotices(t.deps)
  const zhou = await t.login('staff-zhou')
  const chen = await t.login('staff-chen')

  expect((await callbacksOf(t, zhou)).people.map((person) => person.grantId)).toEqual([zhousForZhang.id, zhousForWang.id])
  await expectOk(await t.call('POST', `${callbacksPath}/${zhousForWang.id}/called`, { token: zhou }), MarkedCalled)
  expect((await callbacksOf(t, zhou)).people.map((person) => person.grantId)).toEqual([zhousForZhang.id])
  // Staff-chen helps elder-wang too; he has not called her yet.
  expect((await callbacksOf(t, chen)).people.map((person) => person.grantId)).toEqual([chensGrant])
})

test('each person listed, and each call marked, is in her access log as the staff member’s act under her grant', async () => {
  const t = await createTestContext()
  const elder = await t.login('elder-wang')
  const grant = await grantProxy(t, elder, { staffCode: 'WG330302002', scopes: ['jobs.assist'] })
  const zhou = await t.login('staff-zhou')
  await saveSeeker(t, elder, { recommendable: true })
  await openPost(t)
  await runMatchNotices(t.deps)
  const before = (await auditRows(t)).length
  await callbacksOf(t, zhou)
  await expectOk(await t.call('POST', `${callbacksPath}/${grant.id}/called`, { token: zhou }), MarkedCalled)
  // Nothing new since the call: she is not listed, and the empty list reads nothing of hers.
  await callbacksOf(t, zhou)

  await t.deps.audit.drain()
  const [wang, zhouId] = [(await meOf(t, elder)).id, (await meOf(t, zhou)).id]
  const added = (await auditRows(t)).slice(before).filter((row) => row.action.startsWith('jobs.'))
  expect(added.map(({ action, kind, actorUserId, subjectUserId, viaGrantId, objectId }) => ({ action, kind, actorUserId, subjectUserId, viaGrantId, objectId }))).toEqual([
    { action: 'jobs.listCallbacks', kind: 'read', actorUserId: zhouId, subjectUserId: wang, viaGrantId: grant.id, objectId: wang },
    { action: 'jobs.markCalled', kind: 'write', actorUserId: zhouId, subjectUserId: wang, viaGrantId: grant.id, objectId: wang },
  ])
  const log = await expectOk(await t.call('GET', '/api/me/access-log?limit=100', { token: elder }), Page(AccessLogEntry))
  const hisActs = log.items.filter((item) => item.operation === 'jobs.listCallbacks' || item.operation === 'jobs.markCalled')
  expect(hisActs.map(({ operation, kind, byProxy, actor }) => ({ operation, kind, byProxy, role: actor.role, staffCode: actor.staffCode }))).toEqual([
    { operation: 'jobs.markCalled', kind: 'write', byProxy: true, role: 'grid_staff', staffCode: 'WG330302002' },
    { operation: 'jobs.listCallbacks', kind: 'read', byProxy: true, role: 'grid_staff', staffCode: 'WG330302002' },
  ])
})
