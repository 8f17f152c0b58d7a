import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { InboxMessage } from '@renshe/shared/inbox/schemas'
import { SubsidyApplication } from '@renshe/shared/jobs/subsidy'
import { Page } from '@renshe/shared/platform/primitives'
import { users } from '../../db/schema'
import { meOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { paidFlexibleWorker } from '../../testing/jobs-subsidy-samples'

/* A flexible worker's subsidy application tells the officers who review it (decision 054). */

const path = '/api/jobs/subsidy/applications'

async function inboxOf(t: TestContext, token: string) {
  return (await expectOk(await t.call('GET', '/api/inbox/messages?limit=50', { token }), Page(InboxMessage))).items
}

const toReview = async (t: TestContext, account: string) => (await inboxOf(t, await t.login(account))).filter((message) => message.template === 'jobs.subsidyToReview')

test('Zhao applies: the officer of Lucheng is told, with a link to the review page; Zhao’s own inbox is as it was', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  const hers = (await inboxOf(t, token)).map((message) => [message.id, message.template])

  await expectOk(await t.call('POST', path, { body: {}, token, idempotencyKey: 'subsidy-notice-0001' }), SubsidyApplication, 201)

  expect(await toReview(t, 'officer-liu')).toEqual([
    expect.objectContaining({ params: { months: 2, paidFen: 240_000 }, link: '/features/jobs/pages/subsidy-review/index', readAt: null, action: null }),
  ])
  expect((await inboxOf(t, token)).map((message) => [message.id, message.template])).toEqual(hers)
})

test('an officer of the city covers its districts and is told too; a supervisor is not an officer', async () => {
  const t = await createTestContext()
  const city = await meOf(t, await t.login('officer-huang'))
  await t.deps.db.transaction((tx) => tx.update(users).set({ regionCode: '330300' }).where(eq(users.id, city.id)))
  const token = await paidFlexibleWorker(t)
  await expectOk(await t.call('POST', path, { body: {}, token, idempotencyKey: 'subsidy-notice-0002' }), SubsidyApplication, 201)

  expect(await toReview(t, 'officer-liu')).toHaveLength(1)
  expect(await toReview(t, 'officer-huang')).toHaveLength(1)
  expect(await toReview(t, 'supervisor-wu')).toEqual([])
})

test('a retried application, with the same key or without one, tells each officer once', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  const first = await expectOk(await t.call('POST', path, { body: {}, token, idempotencyKey: 'subsidy-notice-0003' }), SubsidyApplication, 201)
  const retried = await expectOk(await t.call('POST', path, { body: {}, token, idempotencyKey: 'subsidy-notice-0003' }), SubsidyApplication, 201)
  expect(retried.id).toBe(first.id)
  await expectProblem(await t.call('POST', path, { body: {}, token, idempotencyKey: 'subsidy-notice-0004' }), 'conflict')

  expect(await toReview(t, 'officer-liu')).toHaveLength(1)
})
