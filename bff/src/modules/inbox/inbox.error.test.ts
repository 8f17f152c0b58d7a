import { expect, test } from 'vitest'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'

test('marking a message that does not exist finds nothing', async () => {
  const t = createTestContext()
  const token = await t.login('citizen-zhang')
  await expectProblem(await t.call('POST', '/api/inbox/messages/zzzzzzzzzzzzzzzzzzzzzzzzzz/read', { token }), 'not_found')
  expect(await expectFieldErrors(await t.call('POST', `/api/inbox/messages/${'m'.repeat(65)}/read`, { token }))).toEqual({ 'params.id': 'field.tooLong' })
})

test('a page size outside 1 to 100, or an overlong cursor, is refused', async () => {
  const t = createTestContext()
  const token = await t.login('citizen-zhang')
  expect(await expectFieldErrors(await t.call('GET', '/api/inbox/messages?limit=0', { token }))).toEqual({ 'query.limit': 'field.tooShort' })
  expect(await expectFieldErrors(await t.call('GET', '/api/inbox/messages?limit=500', { token }))).toEqual({ 'query.limit': 'field.tooLong' })
  expect(await expectFieldErrors(await t.call('GET', `/api/inbox/messages?cursor=${'c'.repeat(65)}`, { token }))).toEqual({ 'query.cursor': 'field.tooLong' })
})
