import { expect, test } from 'vitest'
import { ProxyScope } from '@renshe/shared/identity/roles'
import { ProxyGrant } from '@renshe/shared/identity/schemas'
import { MySeekerProfile, MySeekerProfileAnswer } from '@renshe/shared/jobs/profile'
import { seekerProfiles } from '../../db/schema'
import { days } from '../../platform/clock'
import { auditRows, databaseDump, grantProxy, meOf, seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { sampleSeekerProfile } from '../../testing/jobs-samples'

const profilePath = '/api/jobs/me/profile'
const consentPath = '/api/jobs/me/profile/recommendation'

/** Every operation of the profile, with a well-formed body where it takes one. */
const calls: readonly (readonly [method: string, path: string, body?: unknown])[] = [
  ['GET', profilePath],
  ['PUT', profilePath, sampleSeekerProfile],
  ['PUT', consentPath, { recommendable: true }],
]

async function seekerOf(t: TestContext, token: string, actingFor?: string) {
  return (await expectOk(await t.call('GET', profilePath, { token, ...(actingFor ? { actingFor } : {}) }), MySeekerProfileAnswer)).seeker
}

test('another citizen reaches only their own profile: they read none, and what they save is theirs alone', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const zhang = await t.login('citizen-zhang')
  await expectOk(await t.call('PUT', profilePath, { token: zhao, body: sampleSeekerProfile }), MySeekerProfile)

  expect(await seekerOf(t, zhang)).toBeNull()
  await expectProblem(await t.call('PUT', consentPath, { token: zhang, body: { recommendable: true } }), 'not_found')
  const theirs = { ...sampleSeekerProfile, home: { community: '五马街道墨池社区', regionCode: '330302', lat: 28.02, lng: 120.65 } }
  await expectOk(await t.call('PUT', profilePath, { token: zhang, body: theirs }), MySeekerProfile)

  const zhaos = await seekerOf(t, zhao)
  expect(zhaos?.profile).toEqual(sampleSeekerProfile)
  expect(zhaos?.recommendable).toBe(false)
})

test('officers, supervisors, employers, institutions, admins and grid staff without a citizen account are refused every profile operation', async () => {
  const t = await createTestContext()
  for (const account of ['officer-liu', 'supervisor-wu', 'employer-demo', 'institution-demo', 'admin', 'staff-zhou']) {
    const token = await t.login(account)
    for (const [method, path, body] of calls) {
      await expectProblem(await t.call(method, path, { token, body }), 'forbidden', { because: `${account} ${method} ${path}` })
    }
  }
  expect(await t.deps.db.read((q) => q.$count(seekerProfiles))).toBe(0)
})

test('a grant without jobs.assist does not open the profile, even one that holds every other scope', async () => {
  const t = await createTestContext()
  const elder = await t.login('elder-wang')
  const others = ProxyScope.options.filter((scope) => scope !== 'jobs.assist')
  const grant = await grantProxy(t, elder, { staffCode: 'WG330302002', scopes: others })
  const zhou = await t.login('staff-zhou')
  const before = (await auditRows(t)).length
  for (const [method, path, body] of calls) {
    await expectProblem(await t.call(method, path, { token: zhou, actingFor: grant.id, body }), 'proxy_scope_missing', { because: `${method} ${path}` })
  }
  await t.deps.audit.drain()
  expect((await auditRows(t)).slice(before).filter((row) => row.action.startsWith('jobs.'))).toEqual([])
  expect(await seekerOf(t, elder)).toBeNull()
})

test('a jobs.assist grant reaches only the citizen who gave it: another’s grant, or none, opens nothing of hers', async () => {
  const t = await createTestContext()
  const elder = await t.login('elder-wang')
  await expectOk(await t.call('PUT', profilePath, { token: elder, body: sampleSeekerProfile }), MySeekerProfile)
  const zhangs = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['jobs.assist'] })
  const zhou = await t.login('staff-zhou')

  // Under citizen-zhang's grant he sees and saves only hers, whatever the request names.
  expect(await seekerOf(t, zhou, zhangs.id)).toBeNull()
  expect((await expectOk(await t.call('GET', `${profilePath}?userId=${(await meOf(t, elder)).id}`, { token: zhou, actingFor: zhangs.id }), MySeekerProfileAnswer)).seeker).toBeNull()
  const theirs = { ...sampleSeekerProfile, travelKm: 2 }
  await expectOk(await t.call('PUT', profilePath, { token: zhou, actingFor: zhangs.id, body: theirs }), MySeekerProfile)
  expect((await seekerOf(t, elder))?.profile).toEqual(sampleSeekerProfile)

  // Elder-wang's grant is staff-chen's, not his; and on his own he is no citizen at all.
  const { grantId } = await seededGrantOf(t, await t.login('staff-chen'))
  for (const [method, path, body] of calls) {
    await expectProblem(await t.call(method, path, { token: zhou, actingFor: grantId, body }), 'proxy_grant_invalid', { because: `${method} ${path}` })
    await expectProblem(await t.call(method, path, { token: zhou, body }), 'forbidden', { because: `${method} ${path}` })
  }
  const wangs = await seekerOf(t, elder)
  expect(wangs?.profile).toEqual(sampleSeekerProfile)
  expect(wangs?.recommendable).toBe(false)
})

test('a jobs.assist grant that has run out, or that she revoked, is refused at once', async () => {
  const t = await createTestContext()
  const elder = await t.login('elder-wang')
  const zhang = await t.login('citizen-zhang')
  const expiring = await grantProxy(t, elder, { staffCode: 'WG330302002', scopes: ['jobs.assist'], days: 1 })
  const revoked = await grantProxy(t, zhang, { staffCode: 'WG330302002', scopes: ['jobs.assist'] })
  expect(await seekerOf(t, await t.login('staff-zhou'), expiring.id)).toBeNull()
  expect(await seekerOf(t, await t.login('staff-zhou'), revoked.id)).toBeNull()

  await expectOk(await t.call('POST', `/api/proxy/grants/${revoked.id}/revoke`, { token: zhang }), ProxyGrant)
  t.clock.advance(days(1))
  // A fresh login: the session is not what ran out.
  const zhou = await t.login('staff-zhou')
  const before = (await auditRows(t)).length
  for (const grant of [expiring, revoked]) {
    for (const [method, path, body] of calls) {
      await expectProblem(await t.call(method, path, { token: zhou, actingFor: grant.id, body }), 'proxy_grant_invalid', { because: `${grant.id} ${method} ${path}` })
    }
  }
  await t.deps.audit.drain()
  expect((await auditRows(t)).slice(before).filter((row) => row.action.startsWith('jobs.'))).toEqual([])
  expect(await seekerOf(t, await t.login('elder-wang'))).toBeNull()
  expect(await seekerOf(t, await t.login('citizen-zhang'))).toBeNull()
})

test('without a session, or with a made-up one, every profile operation answers 401 and reveals nothing', async () => {
  const t = await createTestContext()
  for (const [method, path, body] of calls) {
    await expectProblem(await t.call(method, path, { body }), 'unauthenticated', { because: `${method} ${path}` })
    const forged = await t.call(method, path, { token: 'not-a-session-token-at-all-0123456789', body })
    expect(forged.status, `${method} ${path}`).toBe(401)
  }
})

test('where a seeker lives is sealed in the database: neither the community nor the point on the map is there in clear', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  await expectOk(await t.call('PUT', profilePath, { token, body: sampleSeekerProfile }), MySeekerProfile)
  const dump = await databaseDump(t)
  expect(dump).toMatch(/seeker_profiles\n.*"home_enc":"v1\./)
  const { community, lat, lng, regionCode } = sampleSeekerProfile.home
  for (const secret of [community, '水心', String(lat), String(lng), '28.0137', '120.6413']) expect(dump, secret).not.toContain(secret)
  // Only the county stays in clear, for counts by region.
  expect(dump).toContain(regionCode)
})
