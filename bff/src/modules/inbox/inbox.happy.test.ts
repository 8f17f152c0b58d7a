import { expect, test } from 'vitest'
import { z } from 'zod'
import { Page } from '@renshe/shared/platform/primitives'
import { InboxMessage, PendingItem } from '@renshe/shared/inbox/schemas'
import { minutes } from '../../platform/clock'
import { completeInboxAction, notify } from '../../platform/notify'
import { giveConsent, grantProxy, issueCertificate, meOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'

const Inbox = Page(InboxMessage).extend({ unread: z.number() })
const Pending = z.object({ items: z.array(PendingItem) })

test('a citizen reads her messages newest first, a page at a time, and marks one read', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const certificates = []
  for (let i = 0; i < 3; i += 1) {
    t.clock.advance(minutes(1))
    certificates.push(await issueCertificate(t, { token }))
  }
  const page1 = await expectOk(await t.call('GET', '/api/inbox/messages?limit=2', { token }), Inbox)
  expect(page1.unread).toBe(3)
  expect(page1.items.map((message) => message.params.code)).toEqual([certificates[2]?.verificationCode, certificates[1]?.verificationCode])
  expect(page1.items[0]).toMatchObject({ template: 'records.certificateIssued', readAt: null, link: `/features/records/pages/certificate/index?id=${certificates[2]?.id}` })
  const page2 = await expectOk(await t.call('GET', `/api/inbox/messages?limit=2&cursor=${encodeURIComponent(page1.nextCursor ?? '')}`, { token }), Inbox)
  expect(page2.items.map((message) => message.params.code)).toEqual([certificates[0]?.verificationCode])
  expect(page2.nextCursor).toBeNull()

  const id = page1.items[0]?.id ?? ''
  t.clock.advance(minutes(1))
  const read = await expectOk(await t.call('POST', `/api/inbox/messages/${id}/read`, { token }), InboxMessage)
  expect(read.readAt).toBe(t.clock.now().toISOString())
  t.clock.advance(minutes(1))
  expect(await expectOk(await t.call('POST', `/api/inbox/messages/${id}/read`, { token }), InboxMessage)).toEqual(read)
  expect((await expectOk(await t.call('GET', '/api/inbox/messages', { token }), Inbox)).unread).toBe(2)
})

test('Home asks a citizen without a real name to bind one first', async () => {
  const t = await createTestContext()
  const pending = await expectOk(await t.call('GET', '/api/inbox/pending', { token: await t.login('citizen-li') }), Pending)
  expect(pending.items).toEqual([{ kind: 'bind_real_name' }])
})

test('Home shows a citizen the insurance she has stopped paying, and her unread messages', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  await giveConsent(t, token, 'identity.real_name')
  await t.call('POST', '/api/me/real-name', { token, body: { name: '李娜', idNumber: '330304198807214523' } })
  const pending = await expectOk(await t.call('GET', '/api/inbox/pending', { token }), Pending)
  expect(pending.items).toEqual([
    { kind: 'contribution_gap', type: 'medical', from: '2023-09', months: 38 },
    { kind: 'unread_messages', count: 2 },
  ])
})

test('Home reminds a citizen of a grant that ends within a week', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const grant = await grantProxy(t, token, { staffCode: 'WG330302002', scopes: ['records.read'], days: 7 })
  await grantProxy(t, token, { staffCode: 'WG330302001', scopes: ['records.read'], days: 8 })
  const pending = await expectOk(await t.call('GET', '/api/inbox/pending', { token }), Pending)
  expect(pending.items).toEqual([
    { kind: 'proxy_grant_expiring', grantId: grant.id, expiresAt: grant.expiresAt },
    { kind: 'unread_messages', count: 3 },
  ])
})

test('Home for staff and officers with nothing waiting holds only their unread messages', async () => {
  const t = await createTestContext()
  // officer-huang: Ouhai has no home visit to review (Lucheng's officers do, see the retiree tests).
  // employer-demo has a complaint to answer and a month of payroll missing (see the wages tests).
  for (const account of ['staff-zhou', 'officer-huang', 'admin']) {
    const pending = await expectOk(await t.call('GET', '/api/inbox/pending', { token: await t.login(account) }), Pending)
    expect(pending.items, account).toEqual([])
  }
})

test('a message can carry a one-tap action, shown as not done until it is done, in the message or elsewhere', async () => {
  const t = await createTestContext()
  const token = await t.login('elder-wang')
  const elder = (await meOf(t, token)).id
  await issueCertificate(t, { token })
  t.clock.advance(minutes(1))
  await t.deps.db.transaction((tx) =>
    notify(tx, t.deps.random, t.clock.now(), {
      userId: elder,
      template: 'retiree.assistanceOffered',
      params: { benefit: 'longevity_allowance', amountFen: 10000 },
      link: '/features/retiree/pages/assistance/index',
      action: { kind: 'confirm_assistance', targetId: 'offer-1' },
    }),
  )
  const before = await expectOk(await t.call('GET', '/api/inbox/messages', { token }), Inbox)
  expect(before.items.map((message) => [message.template, message.action])).toEqual([
    ['retiree.assistanceOffered', { kind: 'confirm_assistance', targetId: 'offer-1', done: false }],
    ['records.certificateIssued', null],
  ])

  t.clock.advance(minutes(1))
  const marked = await t.deps.db.transaction((tx) => completeInboxAction(tx, { userId: elder, kind: 'confirm_assistance', targetId: 'offer-1', at: t.clock.now() }))
  expect(marked).toBe(1)
  const after = await expectOk(await t.call('GET', '/api/inbox/messages', { token }), Inbox)
  expect(after.items[0]?.action).toEqual({ kind: 'confirm_assistance', targetId: 'offer-1', done: true })
  // Done is read: the message no longer counts as unread, and opening it later changes nothing.
  expect(after.items[0]?.readAt).toBe(t.clock.now().toISOString())
  expect(after.unread).toBe(before.unread - 1)
  t.clock.advance(minutes(1))
  const read = await expectOk(await t.call('POST', `/api/inbox/messages/${after.items[0]?.id}/read`, { token }), InboxMessage)
  expect(read).toEqual(after.items[0])
})
