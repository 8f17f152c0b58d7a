import { expect, test } from 'vitest'
import { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { MySeekerProfile, MySeekerProfileAnswer } from '@renshe/shared/jobs/profile'
import { Page } from '@renshe/shared/platform/primitives'
import { auditRows, grantProxy, meOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { sampleSeekerProfile } from '../../testing/jobs-samples'
import { minutes } from '../../platform/clock'

const AccessLog = Page(AccessLogEntry)

test('a seeker with no profile yet is told so plainly, not with an error', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  expect(await expectOk(await t.call('GET', '/api/jobs/me/profile', { token }), MySeekerProfileAnswer)).toEqual({ seeker: null })
})

test('a seeker saves a profile, reads it back whole, and is not recommended until they say so', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const saved = await expectOk(await t.call('PUT', '/api/jobs/me/profile', { token, body: sampleSeekerProfile }), MySeekerProfile)
  const expected = { profile: sampleSeekerProfile, recommendable: false, consentAt: null, updatedAt: t.clock.now().toISOString(), skillCertificates: [] }
  expect(saved).toEqual(expected)
  expect(await expectOk(await t.call('GET', '/api/jobs/me/profile', { token }), MySeekerProfileAnswer)).toEqual({ seeker: expected })
})

test('saving again replaces the profile whole and keeps the consent as it was', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  await expectOk(await t.call('PUT', '/api/jobs/me/profile', { token, body: sampleSeekerProfile }), MySeekerProfile)
  const given = await expectOk(await t.call('PUT', '/api/jobs/me/profile/recommendation', { token, body: { recommendable: true } }), MySeekerProfile)
  t.clock.advance(minutes(5))
  const changed = {
    ...sampleSeekerProfile,
    occupations: ['4-10-01-05'],
    skills: [],
    travelKm: 3,
    availability: [{ day: 7, from: '00:00', to: '24:00' }],
    expectedPay: { amountFen: 18_000, unit: 'day' },
  }
  const saved = await expectOk(await t.call('PUT', '/api/jobs/me/profile', { token, body: changed }), MySeekerProfile)
  expect(saved).toEqual({ profile: changed, recommendable: true, consentAt: given.consentAt, updatedAt: t.clock.now().toISOString(), skillCertificates: [] })
  // The same request again leaves the same profile: PUT is safe to retry.
  const again = await expectOk(await t.call('PUT', '/api/jobs/me/profile', { token, body: changed }), MySeekerProfile)
  expect(again).toEqual(saved)
})

test('a seeker gives consent to be recommended, then withdraws it, and is hidden from that moment', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  await expectOk(await t.call('PUT', '/api/jobs/me/profile', { token, body: sampleSeekerProfile }), MySeekerProfile)
  t.clock.advance(minutes(1))
  const given = await expectOk(await t.call('PUT', '/api/jobs/me/profile/recommendation', { token, body: { recommendable: true } }), MySeekerProfile)
  expect({ recommendable: given.recommendable, consentAt: given.consentAt }).toEqual({ recommendable: true, consentAt: t.clock.now().toISOString() })
  t.clock.advance(minutes(1))
  const withdrawn = await expectOk(await t.call('PUT', '/api/jobs/me/profile/recommendation', { token, body: { recommendable: false } }), MySeekerProfile)
  expect({ recommendable: withdrawn.recommendable, consentAt: withdrawn.consentAt }).toEqual({ recommendable: false, consentAt: t.clock.now().toISOString() })
  const read = await expectOk(await t.call('GET', '/api/jobs/me/profile', { token }), MySeekerProfileAnswer)
  expect(read.seeker?.recommendable).toBe(false)
  expect(read.seeker?.profile).toEqual(sampleSeekerProfile)
})

test('each save, consent and read of the profile leaves an audit row naming the seeker', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const zhao = (await meOf(t, token)).id
  const before = (await auditRows(t)).length
  await expectOk(await t.call('PUT', '/api/jobs/me/profile', { token, body: sampleSeekerProfile }), MySeekerProfile)
  await expectOk(await t.call('PUT', '/api/jobs/me/profile/recommendation', { token, body: { recommendable: true } }), MySeekerProfile)
  await expectOk(await t.call('GET', '/api/jobs/me/profile', { token }), MySeekerProfileAnswer)
  await t.deps.audit.drain()
  const added = (await auditRows(t)).slice(before).filter((row) => row.action.startsWith('jobs.'))
  expect(added.map(({ action, kind, actorUserId, subjectUserId, viaGrantId, objectType, objectId }) => ({ action, kind, actorUserId, subjectUserId, viaGrantId, objectType, objectId }))).toEqual([
    { action: 'jobs.putMyProfile', kind: 'write', actorUserId: zhao, subjectUserId: zhao, viaGrantId: null, objectType: 'seeker_profile', objectId: zhao },
    { action: 'jobs.setRecommendationConsent', kind: 'write', actorUserId: zhao, subjectUserId: zhao, viaGrantId: null, objectType: 'seeker_profile', objectId: zhao },
    { action: 'jobs.getMyProfile', kind: 'read', actorUserId: zhao, subjectUserId: zhao, viaGrantId: null, objectType: 'seeker_profile', objectId: zhao },
  ])
})

test('grid staff holding her jobs.assist grant fill in a seeker’s profile and give her consent; each act is in her access log as his', async () => {
  const t = await createTestContext()
  const elder = await t.login('elder-wang')
  const grant = await grantProxy(t, elder, { staffCode: 'WG330302002', scopes: ['jobs.assist'] })
  const zhou = await t.login('staff-zhou')
  const acting = { token: zhou, actingFor: grant.id }
  const before = (await auditRows(t)).length

  expect(await expectOk(await t.call('GET', '/api/jobs/me/profile', acting), MySeekerProfileAnswer)).toEqual({ seeker: null })
  t.clock.advance(minutes(1))
  await expectOk(await t.call('PUT', '/api/jobs/me/profile', { ...acting, body: sampleSeekerProfile }), MySeekerProfile)
  t.clock.advance(minutes(1))
  const given = await expectOk(await t.call('PUT', '/api/jobs/me/profile/recommendation', { ...acting, body: { recommendable: true } }), MySeekerProfile)
  expect({ recommendable: given.recommendable, consentAt: given.consentAt }).toEqual({ recommendable: true, consentAt: t.clock.now().toISOString() })

  // The profile is hers: she reads it herself, as he left it.
  const hers = await expectOk(await t.call('GET', '/api/jobs/me/profile', { token: elder }), MySeekerProfileAnswer)
  expect(hers.seeker).toEqual(given)

  await t.deps.audit.drain()
  const [wang, zhouId] = [(await meOf(t, elder)).id, (await meOf(t, zhou)).id]
  const byHim = (await auditRows(t)).slice(before).filter((row) => row.action.startsWith('jobs.') && row.actorUserId === zhouId)
  expect(byHim.map(({ action, actorUserId, subjectUserId, viaGrantId, objectId }) => ({ action, actorUserId, subjectUserId, viaGrantId, objectId }))).toEqual(
    ['jobs.getMyProfile', 'jobs.putMyProfile', 'jobs.setRecommendationConsent'].map((action) => ({
      action,
      actorUserId: zhouId,
      subjectUserId: wang,
      viaGrantId: grant.id,
      objectId: wang,
    })),
  )

  const log = await expectOk(await t.call('GET', '/api/me/access-log?limit=100', { token: elder }), AccessLog)
  const jobsActs = log.items.filter((item) => item.operation.startsWith('jobs.'))
  expect(jobsActs.map(({ operation, kind, byProxy, actor }) => ({ operation, kind, byProxy, role: actor.role, staffCode: actor.staffCode, self: actor.self }))).toEqual([
    { operation: 'jobs.getMyProfile', kind: 'read', byProxy: false, role: null, staffCode: null, self: true },
    { operation: 'jobs.setRecommendationConsent', kind: 'write', byProxy: true, role: 'grid_staff', staffCode: 'WG330302002', self: false },
    { operation: 'jobs.putMyProfile', kind: 'write', byProxy: true, role: 'grid_staff', staffCode: 'WG330302002', self: false },
    { operation: 'jobs.getMyProfile', kind: 'read', byProxy: true, role: 'grid_staff', staffCode: 'WG330302002', self: false },
  ])
  // The helper she chose is named in full, as on his badge.
  expect(jobsActs.slice(1).every((item) => item.actor.name !== null)).toBe(true)
})
