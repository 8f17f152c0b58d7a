import { expect, test } from 'vitest'
import { MySeekerProfile, MySeekerProfileAnswer } from '@renshe/shared/jobs/profile'
import { seekerProfiles } from '../../db/schema'
import { auditRows, databaseDump, seededGrantOf } from '../../testing/flows'
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

async function seekerOf(t: TestContext, token: string) {
  return (await expectOk(await t.call('GET', profilePath, { token }), MySeekerProfileAnswer)).seeker
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

test('grid staff cannot act for a citizen on the profile, even under a grant that holds every scope there is', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const before = (await auditRows(t)).length
  for (const [method, path, body] of calls) {
    await expectProblem(await t.call(method, path, { token: chen, actingFor: grantId, body }), 'proxy_not_allowed', { because: `${method} ${path}` })
  }
  await t.deps.audit.drain()
  expect((await auditRows(t)).slice(before).filter((row) => row.action.startsWith('jobs.'))).toEqual([])
  expect(await seekerOf(t, await t.login('elder-wang'))).toBeNull()
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
