import { eq } from 'drizzle-orm'
import { beforeAll, expect, test, vi } from 'vitest'
import { MySubsidy } from '@renshe/shared/jobs/subsidy'
import { cardPayments, flexibleSubsidyApplications } from '../../db/schema'
import { fakePayKeys } from '../../platform/payments/fake-wechat-pay'
import { seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { applyForSubsidy, appliedOntoCard, approvedOntoCard, subsidyCardPayments, zhaoHoldsPayableCard } from '../../testing/jobs-subsidy-card'
import { postTransferNotification, waitingPayout } from '../../testing/jobs-subsidy-payout'
import { paidFlexibleWorker } from '../../testing/jobs-subsidy-samples'
import { userIdOf } from '../../testing/wages-flows'

beforeAll(() => void fakePayKeys(), 60_000)
vi.setConfig({ testTimeout: 20_000 })

test('nobody chooses for another: grid staff acting for her may not apply to her card, and the body names no one but lets nothing else in', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  // elder-wang, whose grant is seeded, holds a card of 温州银行: one money can be paid onto.
  const seen = await expectOk(await t.call('GET', '/api/jobs/subsidy', { token: staff, actingFor: grantId }), MySubsidy)
  expect(seen.cardNumberMasked).toBe('A****1877')
  await expectProblem(await applyForSubsidy(t, staff, { payTo: 'card' }, 'subsidy-card-by-proxy', grantId), 'proxy_not_allowed')

  const token = await paidFlexibleWorker(t)
  await zhaoHoldsPayableCard(t)
  const zhang = await userIdOf(t, 'citizen-zhang')
  expect(Object.keys(await expectFieldErrors(await applyForSubsidy(t, token, { payTo: 'card', holderUserId: zhang })))).toEqual(['body'])
  expect(await subsidyCardPayments(t)).toEqual([])
})

test('another person’s request changes nothing of hers: applying to one’s own card orders nothing onto anyone’s, and her choice stays hers', async () => {
  const t = await createTestContext()
  const { application } = await appliedOntoCard(t)
  const zhang = await t.login('citizen-zhang')
  // Zhang holds a card of 中国工商银行温州分行 but has paid nothing as a flexible worker.
  await expectProblem(await applyForSubsidy(t, zhang, { payTo: 'card' }, 'subsidy-card-apply-01'), 'conflict')
  const [row] = await t.deps.db.read((q) => q.select().from(flexibleSubsidyApplications))
  expect(row).toMatchObject({ id: application.id, userId: await userIdOf(t, 'worker-zhao'), payTo: 'card' })
  expect(await t.deps.db.read((q) => q.select().from(flexibleSubsidyApplications))).toHaveLength(1)
  expect(await subsidyCardPayments(t)).toEqual([])
})

test('the subsidy shows of her card only its masked number, and each person only their own', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  await zhaoHoldsPayableCard(t)
  const answer = await t.call('GET', '/api/jobs/subsidy', { token })
  const text = await answer.text()
  expect(MySubsidy.parse(JSON.parse(text)).cardNumberMasked).toBe('A****8415')
  expect(text).not.toContain('A30288415')
  const zhang = await expectOk(await t.call('GET', '/api/jobs/subsidy', { token: await t.login('citizen-zhang') }), MySubsidy)
  expect(zhang.cardNumberMasked).toBe('A****1234')
})

test('another citizen’s check of her payout onto the card finds nothing, an officer may not check it, and neither moves it', async () => {
  const t = await createTestContext()
  const { application } = await approvedOntoCard(t)
  const path = `/api/jobs/subsidy/applications/${application.id}/payout-check`
  await expectProblem(await t.call('POST', path, { token: await t.login('citizen-zhang') }), 'not_found')
  await expectProblem(await t.call('POST', path, { token: await t.login('officer-liu') }), 'forbidden')
  const [payment] = await t.deps.db.read((q) => q.select().from(cardPayments))
  expect(payment?.status).toBe('queued')
  expect((await t.deps.db.read((q) => q.select().from(flexibleSubsidyApplications)))[0]?.payoutStatus).toBe('pending')
})

test('a genuine WeChat Pay notification naming the number of a payout onto the card ends nothing: that number was never WeChat Pay’s', async () => {
  const { pay, t, token, application, outBillNo } = await waitingPayout()
  // Recorded as paid onto the card under this number, as a payout onto the card would be.
  await t.deps.db.transaction((tx) => tx.update(flexibleSubsidyApplications).set({ payTo: 'card', payoutChannel: 'card' }).where(eq(flexibleSubsidyApplications.id, application.id)))
  pay.wechatPay.endTransfer(outBillNo, 'SUCCESS')
  expect((await postTransferNotification(t, pay.wechatPay.transferNotificationFor(outBillNo))).status).toBe(404)
  expect((await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)).applications[0]?.payout).toMatchObject({ status: 'pending', channel: 'card' })
})
