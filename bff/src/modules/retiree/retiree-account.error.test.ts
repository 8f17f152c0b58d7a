import { expect, test } from 'vitest'
import { seededRetireeIds } from '../../db/seed/retiree'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { accountOf, confirmedDeath } from '../../testing/retiree-flows'

test('once a death is confirmed, no visit can be asked for and no face check started', async () => {
  const t = await createTestContext()
  await confirmedDeath(t, { recordId: 'MZ-E1', idNumber: '33030219550312301X', diedOn: '2026-11-02' }, seededRetireeIds.pensioners.sun)
  const token = await t.login('retiree-sun')
  await expectProblem(await t.call('POST', '/api/retiree/home-visit', { token }), 'conflict')
  await expectProblem(await t.call('POST', '/api/retiree/face', { token }), 'conflict')
  expect((await accountOf(t, { token })).certification).toMatchObject({ state: 'stopped', homeVisitPending: false })
})

test('confirming an offer that does not exist, or by an id no offer could have, is refused', async () => {
  const t = await createTestContext()
  const token = await t.login('elder-wang')
  await expectProblem(await t.call('POST', '/api/retiree/assistance/zzzzzzzzzzzzzzzzzzzzzzzzzz/confirm', { token }), 'not_found')
  expect(await expectFieldErrors(await t.call('POST', `/api/retiree/assistance/${'a'.repeat(65)}/confirm`, { token }))).toEqual({ 'params.id': 'field.tooLong' })
})

test('a face result with nothing in it is refused at its field', async () => {
  const t = await createTestContext()
  const token = await t.login('retiree-sun')
  const response = await t.call('POST', '/api/retiree/face/zzzzzzzzzzzzzzzzzzzzzzzzzz/result', { token, body: { verifyId: '' } })
  expect(await expectFieldErrors(response)).toEqual({ 'body.verifyId': 'field.required' })
})
