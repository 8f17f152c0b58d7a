import { expect, test } from 'vitest'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { suspend } from '../../testing/training-attendance-flows'
import { userIdOf } from '../../testing/wages-flows'

test('a suspension needs a reason of at most 200 characters', async () => {
  const t = await createTestContext()
  const officer = await t.login('officer-liu')
  const school = await userIdOf(t, 'institution-demo')
  expect(await expectFieldErrors(await suspend(t, officer, school, '   '))).toEqual({ 'body.reason': 'field.required' })
  expect(await expectFieldErrors(await suspend(t, officer, school, '整'.repeat(201)))).toEqual({ 'body.reason': 'field.tooLong' })
})

test('an unknown account, or an account that is not an institution, cannot be suspended, reinstated or read', async () => {
  const t = await createTestContext()
  const officer = await t.login('officer-liu')
  for (const id of ['zzzzzzzzzzzzzzzzzzzzzzzzzz', await userIdOf(t, 'employer-demo'), await userIdOf(t, 'citizen-zhang')]) {
    await expectProblem(await suspend(t, officer, id), 'not_found')
    await expectProblem(await t.call('POST', `/api/training/supervision/institutions/${id}/reinstate`, { token: officer }), 'not_found')
    await expectProblem(await t.call('GET', `/api/training/supervision/institutions/${id}/flags`, { token: officer }), 'not_found')
  }
})
