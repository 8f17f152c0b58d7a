import { expect, test } from 'vitest'
import { z } from 'zod'
import { idNumberCheckCharacter } from '@renshe/shared/identity/id-number'
import { AccessLogEntry, Consent, ConsentDocument, DemoAccount, LoginProvider, Me, ProxyClient, ProxyGrant, Session, StaffCard } from '@renshe/shared/identity/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { InboxMessage, PendingItem } from '@renshe/shared/inbox/schemas'
import { RecordsSummary } from '@renshe/shared/records/schemas'
import { days, minutes } from '../../platform/clock'
import { auditRows, giveConsent, grantProxy, issueCertificate, meOf, seededGrantOf, withdrawConsent } from '../../testing/flows'
import { createTestContext, testStart } from '../../testing/harness'
import { expectOk } from '../../testing/http'

const li = { name: '李娜', idNumber: '330304198807214523', phone: '13812342345' }
const Grants = z.object({ grants: z.array(ProxyGrant) })
const Clients = z.object({ clients: z.array(ProxyClient) })
const AccessLog = Page(AccessLogEntry)
const Inbox = Page(InboxMessage).extend({ unread: z.number() })
const Pending = z.object({ items: z.array(PendingItem) })

test('a citizen reads the consent text, agrees, binds her real name, and her records appear', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  const { documents } = await expectOk(await t.call('GET', '/api/consents/documents'), z.object({ documents: z.array(ConsentDocument) }))
  const realName = documents.find((document) => document.purpose === 'identity.real_name')
  expect(realName?.version).toBe('2026-11')
  expect(realName?.text['zh-CN']).toContain('身份证号码')

  const consent = await expectOk(await t.call('POST', '/api/consents', { token, body: { purpose: 'identity.real_name', version: realName?.version } }), Consent)
  expect(consent).toEqual({ purpose: 'identity.real_name', version: '2026-11', givenAt: testStart, withdrawnAt: null, outdated: false })

  const me = await expectOk(await t.call('POST', '/api/me/real-name', { token, body: li }), Me)
  expect(me.displayName).toBe('李*')
  expect(me.realName).toEqual({
    bound: true,
    maskedName: '李*',
    maskedIdNumber: '330304********4523',
    maskedPhone: '138****2345',
    regionCode: '330304',
    boundAt: testStart,
  })
  expect(me.suggestCareMode).toBe(false)

  const summary = await expectOk(await t.call('GET', '/api/records/summary', { token }), RecordsSummary)
  expect(summary.maskedName).toBe('李*')
  expect(summary.types.find((type) => type.type === 'pension')).toMatchObject({ firstMonth: '2010-09', lastMonth: '2026-10', status: 'contributing' })
  expect(summary.gaps).toContainEqual({ type: 'pension', from: '2023-09', to: '2024-02', months: 6, ongoing: false })

  const inbox = await expectOk(await t.call('GET', '/api/inbox/messages', { token }), Inbox)
  // Both written in the same instant: their order among themselves is that of random ids.
  expect(inbox.items.map((message) => message.template).sort()).toEqual(['consent.given', 'realName.bound'])
})

test('a citizen whose ID number is not in the social-insurance register can still bind, and has no contributions yet', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  await giveConsent(t, token, 'identity.real_name')
  const first17 = '33030220000101002'
  const idNumber = `${first17}${idNumberCheckCharacter(first17)}`
  const me = await expectOk(await t.call('POST', '/api/me/real-name', { token, body: { name: '赵 敏', idNumber } }), Me)
  expect(me.realName).toMatchObject({ bound: true, maskedIdNumber: `330302********${idNumber.slice(-4)}`, maskedPhone: null, regionCode: '330302' })
  const summary = await expectOk(await t.call('GET', '/api/records/summary', { token }), RecordsSummary)
  expect(summary.types.every((type) => type.status === 'never' && type.paidMonths === 0)).toBe(true)
  expect(summary.gaps).toEqual([])
})

test('an ID number typed with a lower-case x is bound as upper case', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  await giveConsent(t, token, 'identity.real_name')
  const first17 = '33030219900101001'
  const candidates = Array.from({ length: 100 }, (_, n) => `${first17.slice(0, 14)}${String(n).padStart(3, '0')}`)
  const withX = candidates.find((candidate) => idNumberCheckCharacter(candidate) === 'X') ?? ''
  const me = await expectOk(await t.call('POST', '/api/me/real-name', { token, body: { name: '赵敏', idNumber: `${withX}x` } }), Me)
  expect(me.realName).toMatchObject({ maskedIdNumber: `330302********${withX.slice(-3)}X` })
})

test('an ID number typed with spaces around it and a lower-case x is bound as its 18 characters with a capital X', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  await giveConsent(t, token, 'identity.real_name')
  const me = await expectOk(await t.call('POST', '/api/me/real-name', { token, body: { name: '赵敏', idNumber: ' 33030219900307108x ' } }), Me)
  expect(me.realName).toMatchObject({ bound: true, maskedIdNumber: '330302********108X', regionCode: '330302' })
})

test('an elderly citizen is offered care mode from her profile', async () => {
  const t = await createTestContext()
  const me = await meOf(t, await t.login('elder-wang'))
  expect(me).toMatchObject({ displayName: '王**', suggestCareMode: true, roles: ['citizen'] })
})

test('a citizen sees her own profile with every personal field masked', async () => {
  const t = await createTestContext()
  const me = await meOf(t, await t.login('citizen-zhang'))
  expect(me).toEqual({
    id: me.id,
    displayName: '张*',
    roles: ['citizen'],
    realName: { bound: true, maskedName: '张*', maskedIdNumber: '330302********1231', maskedPhone: '138****2345', regionCode: '330302', boundAt: testStart },
    regionCode: null,
    staffCode: null,
    suggestCareMode: false,
  })
})

test('a development deployment without WeChat offers development login, listing the demo accounts', async () => {
  const t = await createTestContext()
  expect(await expectOk(await t.call('GET', '/api/auth/providers'), z.object({ providers: z.array(LoginProvider) }))).toEqual({ providers: ['development'] })
  const { accounts } = await expectOk(await t.call('GET', '/api/auth/dev/accounts'), z.object({ accounts: z.array(DemoAccount) }))
  expect(accounts.map((account) => account.account)).toEqual([
    'citizen-zhang',
    'citizen-li',
    'elder-wang',
    'worker-zhao',
    'retiree-sun',
    'retiree-wu',
    'staff-chen',
    'staff-zhou',
    'officer-liu',
    'officer-huang',
    'supervisor-wu',
    'employer-demo',
    'institution-demo',
    'assessor-demo',
    'venue-park',
    'venue-bus',
    'admin',
  ])
  expect(JSON.stringify(accounts)).not.toContain('330302199003151231')
})

test('each login gives a fresh token that lasts 30 idle minutes within 12 hours', async () => {
  const t = await createTestContext()
  const first = await expectOk(await t.call('POST', '/api/auth/dev/login', { body: { account: 'citizen-zhang' } }), Session)
  const second = await expectOk(await t.call('POST', '/api/auth/dev/login', { body: { account: 'citizen-zhang' } }), Session)
  expect(first.token).not.toBe(second.token)
  expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  expect(first.me.id).toBe(second.me.id)
  expect(first.provider).toBe('development')
  expect(first.idleExpiresAt).toBe(new Date(Date.parse(testStart) + minutes(30)).toISOString())
  expect(first.expiresAt).toBe(new Date(Date.parse(testStart) + minutes(12 * 60)).toISOString())
})

test('a session in use stays alive past 30 minutes, and one idle for 29 minutes is still valid', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  t.clock.advance(minutes(29))
  await meOf(t, token)
  t.clock.advance(minutes(29))
  await meOf(t, token)
  t.clock.advance(minutes(29))
  await meOf(t, token)
})

test('a citizen lists her consents, withdraws one and gives it again', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const Consents = z.object({ consents: z.array(Consent) })
  expect((await expectOk(await t.call('GET', '/api/consents', { token }), Consents)).consents).toEqual([
    { purpose: 'identity.real_name', version: '2026-11', givenAt: testStart, withdrawnAt: null, outdated: false },
  ])
  const given = await giveConsent(t, token, 'proxy.sharing')
  t.clock.advance(minutes(5))
  expect(await giveConsent(t, token, 'proxy.sharing')).toEqual(given)

  const withdrawn = await withdrawConsent(t, token, 'proxy.sharing')
  expect(withdrawn.withdrawnAt).toBe(t.clock.now().toISOString())
  expect(await withdrawConsent(t, token, 'proxy.sharing')).toEqual(withdrawn)

  t.clock.advance(minutes(1))
  const again = await giveConsent(t, token, 'proxy.sharing')
  expect(again).toEqual({ purpose: 'proxy.sharing', version: '2026-11', givenAt: t.clock.now().toISOString(), withdrawnAt: null, outdated: false })
  const { consents } = await expectOk(await t.call('GET', '/api/consents', { token }), Consents)
  expect(consents.map((consent) => [consent.purpose, consent.withdrawnAt])).toEqual([
    ['proxy.sharing', null],
    ['identity.real_name', null],
  ])
})

test('a citizen finds a grid staff member by the code on the badge, typed in any case', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const card = await expectOk(await t.call('GET', '/api/proxy/staff/wg330302002', { token }), StaffCard)
  expect(card).toEqual({ staffCode: 'WG330302002', maskedName: '周*', regionCode: '330302', organization: '鹿城区南汇街道网格服务站' })
})

test('a citizen grants a grid staff member some things for some days, sees the grant, and revokes it', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const grant = await grantProxy(t, token, { staffCode: 'WG330302002', scopes: ['records.read', 'records.read', 'inbox.read'], days: 7 })
  expect(grant).toEqual({
    id: grant.id,
    staff: { staffCode: 'WG330302002', maskedName: '周*', name: '周敏', regionCode: '330302', organization: '鹿城区南汇街道网格服务站' },
    scopes: ['records.read', 'inbox.read'],
    createdAt: testStart,
    expiresAt: new Date(Date.parse(testStart) + days(7)).toISOString(),
    revokedAt: null,
    status: 'active',
  })
  expect((await expectOk(await t.call('GET', '/api/proxy/grants', { token }), Grants)).grants).toEqual([grant])
  // The list names the staff member in full: reading it is recorded like reading one grant.
  expect((await auditRows(t)).at(-1)).toMatchObject({ action: 'identity.listProxyGrants', kind: 'read', objectType: 'user', objectId: (await meOf(t, token)).id })

  t.clock.advance(minutes(10))
  const revoked = await expectOk(await t.call('POST', `/api/proxy/grants/${grant.id}/revoke`, { token }), ProxyGrant)
  expect(revoked).toEqual({ ...grant, revokedAt: t.clock.now().toISOString(), status: 'revoked' })
  t.clock.advance(minutes(10))
  expect(await expectOk(await t.call('POST', `/api/proxy/grants/${grant.id}/revoke`, { token }), ProxyGrant)).toEqual(revoked)

  const inbox = await expectOk(await t.call('GET', '/api/inbox/messages', { token }), Inbox)
  // Consent and grant happen in the same instant; only the revocation is later.
  expect(inbox.items[0]?.template).toBe('proxy.revoked')
  expect(inbox.items.map((message) => message.template).sort()).toEqual(['consent.given', 'proxy.granted', 'proxy.revoked'])
})

test('a grid staff member sees the citizens who let them help, masked just enough to tell them apart', async () => {
  const t = await createTestContext()
  const citizen = await t.login('citizen-zhang')
  const grant = await grantProxy(t, citizen, { staffCode: 'WG330302001', scopes: ['records.read'], days: 3 })
  const { clients } = await expectOk(await t.call('GET', '/api/proxy/clients', { token: await t.login('staff-chen') }), Clients)
  expect(clients).toEqual([
    { grantId: grant.id, maskedName: '张*', idNumberHint: '3303…', scopes: ['records.read'], expiresAt: grant.expiresAt },
    {
      grantId: clients[1]?.grantId,
      maskedName: '王**',
      idNumberHint: '3303…',
      scopes: ['profile.read', 'records.read', 'records.certificate', 'inbox.read', 'wages.file', 'retiree.assist', 'jobs.assist', 'card.assist', 'disputes.file'],
      expiresAt: new Date(Date.parse(testStart) + days(180)).toISOString(),
    },
  ])
})

test('an employer account is greeted by the registered name of its organisation, which is not personal data to mask', async () => {
  const t = await createTestContext()
  const me = await meOf(t, await t.login('employer-demo'))
  expect(me.displayName).toBe('温州瓯江建设有限公司')
  expect((await meOf(t, await t.login('officer-liu'))).displayName).toBe('刘*')
})

test('a grid staff member acting for an elderly citizen reads her profile and records and issues her a certificate', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)

  const me = await meOf(t, staff)
  expect(me.displayName).toBe('陈**')
  const asElder = await expectOk(await t.call('GET', '/api/me', { token: staff, actingFor: grantId }), Me)
  expect(asElder).toMatchObject({ displayName: '王**', realName: { bound: true, maskedIdNumber: '330302********0025' } })

  const summary = await expectOk(await t.call('GET', '/api/records/summary', { token: staff, actingFor: grantId }), RecordsSummary)
  expect(summary).toMatchObject({ maskedName: '王**', retiredFrom: '1999-07', gaps: [] })

  const certificate = await issueCertificate(t, { token: staff, actingFor: grantId })
  expect(certificate.holder).toEqual({ maskedName: '王**', maskedIdNumber: '330302********0025' })

  const elder = await t.login('elder-wang')
  const inbox = await expectOk(await t.call('GET', '/api/inbox/messages', { token: elder }), Inbox)
  expect(inbox.items[0]).toMatchObject({
    template: 'records.certificateIssued',
    params: { code: certificate.verificationCode, purpose: 'school_enrollment', byProxy: 1 },
    link: `/features/records/pages/certificate/index?id=${certificate.id}`,
  })

  const pending = await expectOk(await t.call('GET', '/api/inbox/pending', { token: staff, actingFor: grantId }), Pending)
  // Her pension certification, which the grant's retiree.assist lets him see, then her message.
  expect(pending.items).toEqual([
    { kind: 'retiree_certification', state: 'due', dueDate: '2026-12-19', daysLeft: 20, deathRecordUnderReview: false },
    { kind: 'unread_messages', count: 1 },
  ])
})

test('the citizen’s access log shows what her grid staff member did for her, and an anonymous check of her certificate', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  await t.call('GET', '/api/records/summary', { token: staff, actingFor: grantId })
  t.clock.advance(minutes(1))
  const certificate = await issueCertificate(t, { token: staff, actingFor: grantId })
  t.clock.advance(minutes(1))
  expect((await t.call('GET', `/api/verify/certificates/${certificate.verificationCode}`)).status).toBe(200)
  t.clock.advance(minutes(1))

  const elder = await t.login('elder-wang')
  const log = await expectOk(await t.call('GET', '/api/me/access-log', { token: elder }), AccessLog)
  // The helper she granted is named in full, as on his badge.
  const staffActor = { self: false, maskedName: '陈**', name: '陈建华', role: 'grid_staff', staffCode: 'WG330302001', system: false }
  expect(log.items.slice(0, 4).map(({ operation, kind, actor, byProxy }) => ({ operation, kind, actor, byProxy }))).toEqual([
    { operation: 'identity.login', kind: 'write', actor: { self: true, maskedName: '', name: null, role: null, staffCode: null, system: false }, byProxy: false },
    { operation: 'records.verifyCertificate', kind: 'read', actor: { self: false, maskedName: '', name: null, role: null, staffCode: null, system: false }, byProxy: false },
    { operation: 'records.issueCertificate', kind: 'write', actor: staffActor, byProxy: true },
    { operation: 'records.getSummary', kind: 'read', actor: staffActor, byProxy: true },
  ])
  expect(log.items[1]?.at).toBe(new Date(Date.parse(testStart) + minutes(2)).toISOString())
})

test('the access log pages backwards through a person’s history with a cursor', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  for (let i = 0; i < 4; i += 1) await t.call('GET', '/api/records/summary', { token })
  const first = await expectOk(await t.call('GET', '/api/me/access-log?limit=3', { token }), AccessLog)
  expect(first.items).toHaveLength(3)
  expect(first.nextCursor).toBe(first.items[2]?.id)
  const second = await expectOk(await t.call('GET', `/api/me/access-log?limit=3&cursor=${first.nextCursor}`, { token }), AccessLog)
  expect(second.items.map((item) => Number(item.id))).toEqual([Number(first.items[2]?.id) - 1, Number(first.items[2]?.id) - 2])
  expect(second.nextCursor).toBeNull()
  expect(second.items.at(-1)?.operation).toBe('identity.login')
})
