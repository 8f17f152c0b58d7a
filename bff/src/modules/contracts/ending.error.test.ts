import { expect, test } from 'vitest'
import { created, end, signedByEmployer, signedContract, zhaoContract } from '../../testing/contracts-flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'

test('a contract not signed by both cannot be ended: a draft, one waiting for the worker', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const draft = await created(t, { token: employer })
  const sent = await created(t, { token: employer })
  await signedByEmployer(t, employer, sent.id)
  for (const id of [draft.id, sent.id]) await expectProblem(await end(t, { token: employer }, id, { ground: 'mutual_by_worker', lastDay: '2026-11-29' }), 'illegal_transition')
})

test('the last day cannot come before the start or the signature, nor after today; expiry only on or after a fixed end day', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  // Signed on 29 November 2026, starting on 1 December.
  const { contract } = await signedContract(t)
  const late = await signedContract(t, zhaoContract({ startsOn: '2026-11-01', endsOn: '2027-10-31' }))
  t.clock.set('2027-03-10T08:00:00.000Z')
  const employer = await t.login('employer-demo')
  expect(await expectFieldErrors(await end(t, { token: employer }, contract.id, { ground: 'worker_notice', lastDay: '2026-11-30' }))).toEqual({ 'body.lastDay': 'contracts.lastDayBeforeStart' })
  expect(await expectFieldErrors(await end(t, { token: employer }, contract.id, { ground: 'worker_notice', lastDay: '2027-03-11' }))).toEqual({ 'body.lastDay': 'contracts.lastDayInFuture' })
  expect(await expectFieldErrors(await end(t, { token: employer }, contract.id, { ground: 'expiry', lastDay: '2027-03-10' }))).toEqual({ 'body.ground': 'contracts.expiryNeedsEnd' })
  expect(await expectFieldErrors(await end(t, { token: employer }, contract.id, { ground: 'worker_notice', lastDay: '2027-03-10', reason: '很'.repeat(301) }))).toEqual({ 'body.reason': 'field.tooLong' })

  // A contract that started before it was signed cannot end before the signature.
  expect(await expectFieldErrors(await end(t, { token: employer }, late.contract.id, { ground: 'worker_notice', lastDay: '2026-11-20' }))).toEqual({ 'body.lastDay': 'contracts.lastDayBeforeSigning' })
  expect((await end(t, { token: employer }, late.contract.id, { ground: 'worker_notice', lastDay: '2027-03-01' })).status).toBe(200)
})
