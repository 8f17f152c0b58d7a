import { expect, test } from 'vitest'
import { InboxMessage } from '@renshe/shared/inbox/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { appliedForSubsidy } from '../../testing/jobs-subsidy-samples'

async function inboxOf(t: TestContext, account: string) {
  return (await expectOk(await t.call('GET', '/api/inbox/messages?limit=50', { token: await t.login(account) }), Page(InboxMessage))).items
}

test('an officer of another district is not told of an application outside her region', async () => {
  const t = await createTestContext()
  await appliedForSubsidy(t)
  expect((await inboxOf(t, 'officer-huang')).filter((message) => message.template === 'jobs.subsidyToReview')).toEqual([])
  expect((await inboxOf(t, 'citizen-zhang')).filter((message) => message.template === 'jobs.subsidyToReview')).toEqual([])
})

test('the officer’s message names no one: no name, masked or not, no ID number, no phone, nothing to find her by', async () => {
  const t = await createTestContext()
  const application = await appliedForSubsidy(t)
  const [told] = (await inboxOf(t, 'officer-liu')).filter((message) => message.template === 'jobs.subsidyToReview')
  expect(Object.keys(told?.params ?? {}).sort()).toEqual(['months', 'paidFen'])
  const text = JSON.stringify(told)
  for (const personal of ['赵', '511321198803124572', '4572', '15057798765', application.id]) expect(text).not.toContain(personal)
})
