import { eq, sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { Page } from '@renshe/shared/platform/primitives'
import { InboxMessage } from '@renshe/shared/inbox/schemas'
import { inboxMessages } from '../../db/schema'
import { completeInboxAction, notify } from '../../platform/notify'
import { meOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'

test('marking a message that does not exist finds nothing', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  await expectProblem(await t.call('POST', '/api/inbox/messages/zzzzzzzzzzzzzzzzzzzzzzzzzz/read', { token }), 'not_found')
  expect(await expectFieldErrors(await t.call('POST', `/api/inbox/messages/${'m'.repeat(65)}/read`, { token }))).toEqual({ 'params.id': 'field.tooLong' })
})

test('a page size outside 1 to 100, or an overlong cursor, is refused', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  expect(await expectFieldErrors(await t.call('GET', '/api/inbox/messages?limit=0', { token }))).toEqual({ 'query.limit': 'field.tooShort' })
  expect(await expectFieldErrors(await t.call('GET', '/api/inbox/messages?limit=500', { token }))).toEqual({ 'query.limit': 'field.tooLong' })
  expect(await expectFieldErrors(await t.call('GET', `/api/inbox/messages?cursor=${'c'.repeat(65)}`, { token }))).toEqual({ 'query.cursor': 'field.tooLong' })
})

test('an action of a kind this build does not know is shown as no action, and the message still reads', async () => {
  const t = await createTestContext()
  const token = await t.login('elder-wang')
  const elder = (await meOf(t, token)).id
  await t.deps.db.transaction((tx) => notify(tx, t.deps.random, t.clock.now(), { userId: elder, template: 'retiree.assistanceOffered', params: {}, action: { kind: 'confirm_assistance', targetId: 'o1' } }))
  await t.deps.db.rows(sql`update inbox_messages set action_kind = 'sign_contract' where user_id = ${elder}`)
  const inbox = await expectOk(await t.call('GET', '/api/inbox/messages', { token }), Page(InboxMessage).extend({ unread: z.number() }))
  expect(inbox.items.map((message) => [message.template, message.action])).toEqual([['retiree.assistanceOffered', null]])
})

test('completing an action nobody has, or one already done, marks nothing and keeps the first time it was done', async () => {
  const t = await createTestContext()
  const elder = (await meOf(t, await t.login('elder-wang'))).id
  const action = { kind: 'confirm_assistance', targetId: 'o2' } as const
  await t.deps.db.transaction((tx) => notify(tx, t.deps.random, t.clock.now(), { userId: elder, template: 'retiree.assistanceOffered', params: {}, action }))
  const complete = (targetId: string, at: string) => t.deps.db.transaction((tx) => completeInboxAction(tx, { userId: elder, kind: 'confirm_assistance', targetId, at }))
  expect(await complete('o-none', '2026-11-29T03:00:00.000Z')).toBe(0)
  expect(await complete('o2', '2026-11-29T03:00:00.000Z')).toBe(1)
  expect(await complete('o2', '2026-11-29T04:00:00.000Z')).toBe(0)
  const [row] = await t.deps.db.read((q) => q.select().from(inboxMessages).where(eq(inboxMessages.userId, elder)))
  expect(row?.actionDoneAt).toBe('2026-11-29T03:00:00.000Z')
})
