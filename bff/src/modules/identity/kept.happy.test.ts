import { expect, test } from 'vitest'
import { KeptProfileAnswer } from '@renshe/shared/identity/kept'
import { AccessLogEntry, Me } from '@renshe/shared/identity/schemas'
import { CallbackList } from '@renshe/shared/jobs/matches'
import { MySeekerProfileAnswer } from '@renshe/shared/jobs/profile'
import { Page } from '@renshe/shared/platform/primitives'
import { hours } from '../../platform/clock'
import { auditRows, databaseDump, giveConsent } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { keptResident, registerKept } from '../../testing/kept-flows'
import { openPost, saveSeeker } from '../../testing/jobs-match-flows'
import { runMatchNotices } from '../jobs/match-notices'

test('grid staff register a resident with no account, keep her wishes, see her matches on the call-back list and apply for her', async () => {
  const t = await createTestContext()
  let chen = await t.login('staff-chen')
  const kept = await registerKept(t, chen, { ...keptResident, phone: '13905771234' })
  expect(kept).toEqual({ grantId: kept.grantId, maskedName: '林**', idNumberHint: '3303…', maskedPhone: '139****1234', registeredAt: t.clock.now().toISOString(), expiresAt: '2027-11-29T02:00:00.000Z' })

  // Her name, number, phone and form number are sealed at rest.
  const dump = await databaseDump(t)
  for (const clear of [keptResident.name, keptResident.idNumber, '13905771234', keptResident.agreement.reference]) expect(dump).not.toContain(clear)

  await saveSeeker(t, chen, { actingFor: kept.grantId, recommendable: true })
  const postId = await openPost(t)
  await runMatchNotices(t.deps)
  // The next day he logs in again and finds her on his call-back list.
  t.clock.advance(hours(20))
  chen = await t.login('staff-chen')
  const callbacks = await expectOk(await t.call('GET', '/api/jobs/assist/callbacks', { token: chen }), CallbackList)
  expect(callbacks.people.map((person) => ({ grantId: person.grantId, newMatches: person.newMatches }))).toEqual([{ grantId: kept.grantId, newMatches: 1 }])
  const applied = await t.call('POST', `/api/jobs/posts/${postId}/applications`, { token: chen, actingFor: kept.grantId })
  expect(applied.status).toBe(201)
})

test('she binds her real name with the same name and number, sees what was kept and her access log, and confirms it keeping the grant', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const kept = await registerKept(t, chen)
  await saveSeeker(t, chen, { actingFor: kept.grantId, recommendable: true })

  const li = await t.login('citizen-li')
  await giveConsent(t, li, 'identity.real_name')
  const me = await expectOk(await t.call('POST', '/api/me/real-name', { token: li, body: { name: keptResident.name, idNumber: keptResident.idNumber } }), Me)
  expect(me.realName).toMatchObject({ bound: true, maskedName: '林**' })

  const shown = await expectOk(await t.call('GET', '/api/me/kept-profile', { token: li }), KeptProfileAnswer)
  expect(shown.kept).toMatchObject({ status: 'kept', staff: { staffCode: 'WG330302001' }, agreement: { method: 'paper_form', reference: 'LC-2026-0137' }, grant: { id: kept.grantId, status: 'active', scopes: ['jobs.assist'] } })
  // The profile the staff member kept is now hers to read, under her own login.
  expect((await expectOk(await t.call('GET', '/api/jobs/me/profile', { token: li }), MySeekerProfileAnswer)).seeker).not.toBeNull()
  const log = await expectOk(await t.call('GET', '/api/me/access-log?limit=100', { token: li }), Page(AccessLogEntry))
  const operations = log.items.map((item) => item.operation)
  expect(operations).toEqual(expect.arrayContaining(['identity.registerKeptPerson', 'jobs.putMyProfile', 'identity.claimKeptProfile']))
  expect(log.items.find((item) => item.operation === 'identity.registerKeptPerson')).toMatchObject({ byProxy: true, actor: { role: 'grid_staff', staffCode: 'WG330302001' } })

  const confirmed = await expectOk(await t.call('POST', '/api/me/kept-profile/confirm', { token: li, body: { keepGrant: true } }), KeptProfileAnswer)
  expect(confirmed.kept).toMatchObject({ status: 'confirmed', decidedAt: t.clock.now().toISOString(), grant: { status: 'active' } })
  // The staff member still helps her; the next login of the same person is the same account.
  expect((await t.call('GET', '/api/jobs/me/profile', { token: chen, actingFor: kept.grantId })).status).toBe(200)
  expect((await expectOk(await t.call('GET', '/api/me', { token: await t.login('citizen-li') }), Me)).id).toBe(me.id)
})

test('she confirms and ends the grant: the account is hers and the staff member can no longer act for her', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const kept = await registerKept(t, chen)
  const li = await t.login('citizen-li')
  await giveConsent(t, li, 'identity.real_name')
  await expectOk(await t.call('POST', '/api/me/real-name', { token: li, body: { name: keptResident.name, idNumber: keptResident.idNumber } }), Me)
  const confirmed = await expectOk(await t.call('POST', '/api/me/kept-profile/confirm', { token: li, body: { keepGrant: false } }), KeptProfileAnswer)
  expect(confirmed.kept).toMatchObject({ status: 'confirmed', grant: { status: 'revoked' } })
  expect((await t.call('GET', '/api/jobs/me/profile', { token: chen, actingFor: kept.grantId })).status).toBe(403)
})

test('she refuses: the kept profile is gone at once, no match is sent for it, the grant ends, and each act is in her access log', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const kept = await registerKept(t, chen)
  await saveSeeker(t, chen, { actingFor: kept.grantId, recommendable: true })
  const li = await t.login('citizen-li')
  await giveConsent(t, li, 'identity.real_name')
  const me = await expectOk(await t.call('POST', '/api/me/real-name', { token: li, body: { name: keptResident.name, idNumber: keptResident.idNumber } }), Me)

  const refused = await expectOk(await t.call('POST', '/api/me/kept-profile/refuse', { token: li }), KeptProfileAnswer)
  expect(refused.kept).toMatchObject({ status: 'refused', grant: { status: 'revoked' } })
  expect((await expectOk(await t.call('GET', '/api/jobs/me/profile', { token: li }), MySeekerProfileAnswer)).seeker).toBeNull()
  await openPost(t)
  await runMatchNotices(t.deps)
  expect(await expectOk(await t.call('GET', '/api/jobs/assist/callbacks', { token: chen }), CallbackList)).toEqual({ people: [] })
  expect((await t.call('GET', '/api/jobs/me/profile', { token: chen, actingFor: kept.grantId })).status).toBe(403)

  await t.deps.audit.drain()
  const hers = (await auditRows(t)).filter((row) => row.subjectUserId === me.id && row.action.startsWith('identity.')).map((row) => row.action)
  expect(hers).toEqual(['identity.registerKeptPerson', 'identity.claimKeptProfile', 'identity.refuseKeptProfile'])
})
