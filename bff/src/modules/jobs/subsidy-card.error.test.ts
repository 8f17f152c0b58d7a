import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { MySubsidy } from '@renshe/shared/jobs/subsidy'
import { cards } from '../../db/schema'
import { bankKeys } from '../../testing/card-application-flows'
import { confirmationOf, confirmCredits } from '../../testing/card-money-flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { applyForSubsidy, approvedOntoCard, cardPaymentOfApplication, subsidyCardPayments, zhaoHoldsPayableCard } from '../../testing/jobs-subsidy-card'
import { paidFlexibleWorker } from '../../testing/jobs-subsidy-samples'
import { userIdOf } from '../../testing/wages-flows'
import { retrySubsidyPayouts } from './subsidy-service'

async function mine(t: TestContext, token: string): Promise<MySubsidy> {
  return expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)
}

test('choosing the card without one money can be paid onto is refused at the choice, in her language, and nothing is applied for', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  // Zhao's seeded card is of a bank that is no partner of the portal.
  expect((await mine(t, token)).cardNumberMasked).toBeNull()
  expect(await expectFieldErrors(await applyForSubsidy(t, token, { payTo: 'card' }))).toEqual({ 'body.payTo': 'jobs.noPayableCard' })
  const english = await expectProblem(await applyForSubsidy(t, token, { payTo: 'card' }, 'subsidy-card-apply-02', undefined, 'en'), 'validation_failed', { locale: 'en' })
  expect(english.errors).toEqual([expect.objectContaining({ path: 'body.payTo', key: 'jobs.noPayableCard', message: expect.stringMatching(/no citizen card that money can be paid onto/) })])
  expect(await mine(t, token)).toMatchObject({ canApply: true, applications: [] })
  expect(await subsidyCardPayments(t)).toEqual([])
})

test('a card cancelled (replaced, not yet collected anew) is no card to pay onto: refused', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  await zhaoHoldsPayableCard(t)
  const zhao = await userIdOf(t, 'worker-zhao')
  await t.deps.db.transaction((tx) => tx.update(cards).set({ status: 'cancelled' }).where(eq(cards.holderUserId, zhao)))
  expect((await mine(t, token)).cardNumberMasked).toBeNull()
  expect(await expectFieldErrors(await applyForSubsidy(t, token, { payTo: 'card' }))).toEqual({ 'body.payTo': 'jobs.noPayableCard' })
})

test('junk is refused field by field: a place that is neither, a number, an unknown key; a request with no JSON body is refused as such', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  await zhaoHoldsPayableCard(t)
  expect(Object.keys(await expectFieldErrors(await applyForSubsidy(t, token, { payTo: 'bank' })))).toEqual(['body.payTo'])
  expect(Object.keys(await expectFieldErrors(await applyForSubsidy(t, token, { payTo: 1 }, 'subsidy-card-apply-03')))).toEqual(['body.payTo'])
  expect(Object.keys(await expectFieldErrors(await applyForSubsidy(t, token, { payTo: 'card', account: '6222000000000000' }, 'subsidy-card-apply-04')))).toEqual(['body'])
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications', { token, idempotencyKey: 'subsidy-card-apply-05' }), 'unsupported_media_type')
  expect((await mine(t, token)).applications).toEqual([])
})

test('her check of a payout onto the card that has ended is refused as not on its way', async () => {
  const t = await createTestContext()
  const { token, application } = await approvedOntoCard(t)
  await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, await cardPaymentOfApplication(t, application.id))] })
  expect(await retrySubsidyPayouts(t.deps)).toBe(1)
  await expectProblem(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/payout-check`, { token }), 'conflict')
})
