import { expect, test } from 'vitest'
import { z } from 'zod'
import { Page } from '@renshe/shared/platform/primitives'
import { InboxMessage, PendingItem } from '@renshe/shared/inbox/schemas'
import { completeInboxAction, notify } from '../../platform/notify'
import { grantProxy, issueCertificate, meOf, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'

const Inbox = Page(InboxMessage).extend({ unread: z.number() })
const Pending = z.object({ items: z.array(PendingItem) })

test('a citizen cannot mark another citizen’s message read, nor learn that it exists', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const certificate = await issueCertificate(t, { token: zhang })
  const [message] = (await expectOk(await t.call('GET', '/api/inbox/messages', { token: zhang }), Inbox)).items
  const id = message?.id ?? ''

  for (const account of ['elder-wang', 'staff-chen', 'officer-liu', 'admin']) {
    const problem = await expectProblem(await t.call('POST', `/api/inbox/messages/${id}/read`, { token: await t.login(account) }), 'not_found', { because: account })
    expect(JSON.stringify(problem)).not.toContain(certificate.verificationCode)
  }
  const after = await expectOk(await t.call('GET', '/api/inbox/messages', { token: zhang }), Inbox)
  expect(after.items[0]).toMatchObject({ id, readAt: null })
  expect(after.unread).toBe(1)
})

test('a citizen’s message list never holds another person’s messages', async () => {
  const t = await createTestContext()
  await issueCertificate(t, { token: await t.login('citizen-zhang') })
  const elder = await expectOk(await t.call('GET', '/api/inbox/messages', { token: await t.login('elder-wang') }), Inbox)
  expect(elder).toEqual({ items: [], nextCursor: null, unread: 0 })
})

test('a grid staff member acting for a citizen reads her messages, not his own, but cannot mark them read', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  await issueCertificate(t, { token: chen })
  const forElder = await issueCertificate(t, { token: chen, actingFor: grantId })

  const inbox = await expectOk(await t.call('GET', '/api/inbox/messages', { token: chen, actingFor: grantId }), Inbox)
  expect(inbox.items.map((message) => message.params.code)).toEqual([forElder.verificationCode])
  const id = inbox.items[0]?.id ?? ''
  await expectProblem(await t.call('POST', `/api/inbox/messages/${id}/read`, { token: chen, actingFor: grantId }), 'proxy_not_allowed')
  await expectProblem(await t.call('POST', `/api/inbox/messages/${id}/read`, { token: chen }), 'not_found')
})

test('a grid staff member whose grant does not include the inbox cannot read it', async () => {
  const t = await createTestContext()
  const grant = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['records.read'] })
  await expectProblem(await t.call('GET', '/api/inbox/messages', { token: await t.login('staff-zhou'), actingFor: grant.id }), 'proxy_scope_missing')
})

test('Home seen by a helper leaves out the citizen’s own consents and grants, and her records without records.read', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  await t.call('POST', '/api/consents', { token, body: { purpose: 'identity.real_name', version: '2026-11' } })
  await t.call('POST', '/api/me/real-name', { token, body: { name: '李娜', idNumber: '330304198807214523' } })
  const grant = await grantProxy(t, token, { staffCode: 'WG330302002', scopes: ['profile.read'], days: 3 })
  const own = await expectOk(await t.call('GET', '/api/inbox/pending', { token }), Pending)
  expect(own.items.map((item) => item.kind)).toEqual(['proxy_grant_expiring', 'contribution_gap', 'unread_messages'])

  const helper = await expectOk(await t.call('GET', '/api/inbox/pending', { token: await t.login('staff-zhou'), actingFor: grant.id }), Pending)
  expect(helper.items).toEqual([{ kind: 'unread_messages', count: 4 }])
})

test('doing an action marks only that person’s messages carrying it, never another’s with the same target', async () => {
  const t = await createTestContext()
  const elderToken = await t.login('elder-wang')
  const zhangToken = await t.login('citizen-zhang')
  const elder = (await meOf(t, elderToken)).id
  const zhang = (await meOf(t, zhangToken)).id
  const action = { kind: 'confirm_assistance', targetId: 'offer-shared' } as const
  await t.deps.db.transaction(async (tx) => {
    for (const userId of [elder, zhang]) await notify(tx, t.deps.random, t.clock.now(), { userId, template: 'retiree.assistanceOffered', params: {}, action })
    await notify(tx, t.deps.random, t.clock.now(), { userId: elder, template: 'retiree.assistanceOffered', params: {}, action: { ...action, targetId: 'offer-other' } })
  })
  expect(await t.deps.db.transaction((tx) => completeInboxAction(tx, { userId: elder, ...action, at: t.clock.now() }))).toBe(1)

  const elderInbox = await expectOk(await t.call('GET', '/api/inbox/messages', { token: elderToken }), Inbox)
  expect(elderInbox.items.map((message) => message.action).sort((a, b) => (a?.targetId ?? '').localeCompare(b?.targetId ?? ''))).toEqual([
    { ...action, targetId: 'offer-other', done: false },
    { ...action, done: true },
  ])
  const zhangInbox = await expectOk(await t.call('GET', '/api/inbox/messages', { token: zhangToken }), Inbox)
  expect(zhangInbox.items.map((message) => message.action)).toEqual([{ ...action, done: false }])
})
