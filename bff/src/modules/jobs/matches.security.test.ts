import { expect, test } from 'vitest'
import { ProxyGrant } from '@renshe/shared/identity/schemas'
import { ProxyScope } from '@renshe/shared/identity/roles'
import { CallbackList, MyMatchesPage, NearMePage } from '@renshe/shared/jobs/matches'
import { jobCallbacks } from '../../db/schema'
import { auditRows, grantProxy, meOf, seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { openPost, saveSeeker } from '../../testing/jobs-match-flows'
import { sampleSeekerProfile } from '../../testing/jobs-samples'
import { runMatchNotices } from './match-notices'

const seekerCalls = [
  ['GET', '/api/jobs/me/matches'],
  ['GET', '/api/jobs/me/near'],
] as const
const callbacksPath = '/api/jobs/assist/callbacks'

async function matchIdsOf(t: TestContext, token: string, actingFor?: string): Promise<string[]> {
  const page = await expectOk(await t.call('GET', '/api/jobs/me/matches', { token, ...(actingFor ? { actingFor } : {}) }), MyMatchesPage)
  return page.items.map((item) => item.job.id)
}

test('a seeker reaches only her own matches: another’s are found by nothing the request can name', async () => {
  const t = await createTestContext()
  const post = await openPost(t)
  const zhao = await t.login('worker-zhao')
  const zhang = await t.login('citizen-zhang')
  await saveSeeker(t, zhao)
  // His home is far from every post: his lists are empty, whatever he adds to the request.
  await saveSeeker(t, zhang, { profile: { ...sampleSeekerProfile, home: { community: '某社区', regionCode: '330302', lat: 30.27, lng: 120.15 } } })
  const zhaoId = (await meOf(t, zhao)).id
  expect(await matchIdsOf(t, zhao)).toEqual([post])
  expect(await matchIdsOf(t, zhang)).toEqual([])
  for (const [method, path] of seekerCalls) {
    // The query is strict: a user id is refused, not read.
    await expectProblem(await t.call(method, `${path}?userId=${zhaoId}`, { token: zhang }), 'validation_failed', { because: path })
    await expectProblem(await t.call(method, `${path}?seekerId=${zhaoId}&limit=5`, { token: zhang }), 'validation_failed', { because: path })
  }
  expect((await expectOk(await t.call('GET', '/api/jobs/me/near', { token: zhang }), NearMePage)).items).toEqual([])
})

test('officers, employers, institutions, supervisors, admins and grid staff on their own are refused the seeker’s lists', async () => {
  const t = await createTestContext()
  await openPost(t)
  await saveSeeker(t, await t.login('worker-zhao'))
  const before = (await auditRows(t)).length
  for (const account of ['officer-liu', 'supervisor-wu', 'employer-demo', 'institution-demo', 'admin', 'staff-zhou']) {
    const token = await t.login(account)
    for (const [method, path] of seekerCalls) await expectProblem(await t.call(method, path, { token }), 'forbidden', { because: `${account} ${path}` })
  }
  await t.deps.audit.drain()
  expect((await auditRows(t)).slice(before).filter((row) => row.action.startsWith('jobs.list'))).toEqual([])
})

test('only grid staff have a call-back list: a citizen, an officer, an employer is refused it and cannot mark anyone called', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  for (const account of ['citizen-zhang', 'elder-wang', 'officer-liu', 'employer-demo', 'institution-demo', 'supervisor-wu', 'admin']) {
    const token = await t.login(account)
    await expectProblem(await t.call('GET', callbacksPath, { token }), 'forbidden', { because: account })
    await expectProblem(await t.call('POST', `${callbacksPath}/${grantId}/called`, { token }), 'forbidden', { because: account })
  }
  // Nor may staff list or mark while acting for someone: the list is their own.
  await expectProblem(await t.call('GET', callbacksPath, { token: chen, actingFor: grantId }), 'proxy_not_allowed')
  expect(await t.deps.db.read((q) => q.$count(jobCallbacks))).toBe(0)
})

test('a grant without jobs.assist does not open her matches, put her on a call-back list, or let her be marked called', async () => {
  const t = await createTestContext()
  const elder = await t.login('elder-wang')
  await saveSeeker(t, elder, { recommendable: true })
  await openPost(t)
  await runMatchNotices(t.deps)
  const others = ProxyScope.options.filter((scope) => scope !== 'jobs.assist')
  const grant = await grantProxy(t, elder, { staffCode: 'WG330302002', scopes: others })
  const zhou = await t.login('staff-zhou')
  for (const [method, path] of seekerCalls) {
    await expectProblem(await t.call(method, path, { token: zhou, actingFor: grant.id }), 'proxy_scope_missing', { because: path })
  }
  expect(await expectOk(await t.call('GET', callbacksPath, { token: zhou }), CallbackList)).toEqual({ people: [] })
  await expectProblem(await t.call('POST', `${callbacksPath}/${grant.id}/called`, { token: zhou }), 'not_found')
})

test('a staff member’s list names only the people who gave her a jobs.assist grant in force; another’s grant cannot be marked', async () => {
  const t = await createTestContext()
  const elder = await t.login('elder-wang')
  const zhang = await t.login('citizen-zhang')
  await saveSeeker(t, elder, { recommendable: true })
  await saveSeeker(t, zhang, { recommendable: true })
  await openPost(t)
  await runMatchNotices(t.deps)
  const chen = await t.login('staff-chen')
  const { grantId: chensGrant } = await seededGrantOf(t, chen)
  const revoked = await grantProxy(t, zhang, { staffCode: 'WG330302002', scopes: ['jobs.assist'] })
  await expectOk(await t.call('POST', `/api/proxy/grants/${revoked.id}/revoke`, { token: zhang }), ProxyGrant)
  const zhou = await t.login('staff-zhou')
  const before = (await auditRows(t)).length

  // Zhou helps no one now: elder-wang's grant is chen's, zhang's is revoked.
  expect(await expectOk(await t.call('GET', callbacksPath, { token: zhou }), CallbackList)).toEqual({ people: [] })
  for (const grantId of [chensGrant, revoked.id, 'zzzzzzzzzzzzzzzzzzzzzzzzzz', "x' or 1=1 --"]) {
    await expectProblem(await t.call('POST', `${callbacksPath}/${encodeURIComponent(grantId)}/called`, { token: zhou }), 'not_found', { because: grantId })
  }
  await t.deps.audit.drain()
  expect((await auditRows(t)).slice(before).filter((row) => row.action.startsWith('jobs.'))).toEqual([])
  expect(await t.deps.db.read((q) => q.$count(jobCallbacks))).toBe(0)
  // Chen still sees elder-wang, not marked by anyone.
  const chens = await expectOk(await t.call('GET', callbacksPath, { token: chen }), CallbackList)
  expect(chens.people.map((person) => ({ grantId: person.grantId, lastCalledAt: person.lastCalledAt }))).toEqual([{ grantId: chensGrant, lastCalledAt: null }])
  // The list shows a masked name only, never the whole name or ID number.
  const text = JSON.stringify(chens)
  expect(text).not.toMatch(/\d{17}[\dX]/)
})

test('a seeker’s matches are reached under her grant only: another citizen’s grant shows that citizen’s, and none shows none', async () => {
  const t = await createTestContext()
  const post = await openPost(t)
  const elder = await t.login('elder-wang')
  await saveSeeker(t, elder)
  const zhangs = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['jobs.assist'] })
  const zhou = await t.login('staff-zhou')
  expect(await expectOk(await t.call('GET', '/api/jobs/me/matches', { token: zhou, actingFor: zhangs.id }), MyMatchesPage)).toEqual({ hasProfile: false, items: [], nextCursor: null })
  const { grantId } = await seededGrantOf(t, await t.login('staff-chen'))
  for (const [method, path] of seekerCalls) {
    await expectProblem(await t.call(method, path, { token: zhou, actingFor: grantId }), 'proxy_grant_invalid', { because: path })
  }
  expect(await matchIdsOf(t, elder)).toEqual([post])
})

test('without a session every new operation answers 401', async () => {
  const t = await createTestContext()
  for (const [method, path] of [...seekerCalls, ['GET', callbacksPath], ['POST', `${callbacksPath}/zzzzzzzzzzzzzzzzzzzzzzzzzz/called`]] as const) {
    await expectProblem(await t.call(method, path), 'unauthenticated', { because: path })
  }
})
