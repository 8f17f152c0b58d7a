import { eq } from 'drizzle-orm'
import { expect, test, vi } from 'vitest'
import { cardPayments, cards, trainingSubsidies } from '../../db/schema'
import { setCardStatus } from '../../testing/card-flows'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { runTraining } from '../../testing/training-flows'
import { appliedMine, applyMine, assessedZhang, subsidyRows, voucherStatus } from '../../testing/training-subsidy-flows'
import { approvedMine, subsidyRow } from '../../testing/training-subsidy-payments'

// Each test takes a voucher through enrolment, attendance and a pass first.
vi.setConfig({ testTimeout: 40_000 })

test('with no card money can be paid onto, choosing the card is refused on that field, in her language; nothing is written, and WeChat still takes it', async () => {
  const t = await createTestContext()
  const { token, voucherId, zhang } = await assessedZhang(t)
  await setCardStatus(t, zhang, 'cancelled')
  const problem = await expectProblem(await applyMine(t, token, voucherId, undefined, { payTo: 'card' }), 'conflict')
  expect(problem.errors).toEqual([{ path: 'body.payTo', key: 'training.noPayableCard', message: '您还没有可以收款的社保卡，请选择发到微信零钱' }])
  const english = await expectProblem(await t.call('POST', `/api/training/vouchers/${voucherId}/subsidy`, { token, idempotencyKey: 'subsidy-card-none-en', body: { payTo: 'card' }, headers: { 'accept-language': 'en' } }), 'conflict', { locale: 'en' })
  expect(english.errors?.[0]?.message).toBe('You hold no citizen card that money can be paid onto: choose your WeChat balance')
  expect(await subsidyRows(t)).toEqual([])
  expect(await voucherStatus(t, voucherId)).toBe('assessed')
  expect((await appliedMine(t, token, voucherId, undefined, { payTo: 'wechat' })).payTo).toBe('wechat')
})

test('a card of a bank that is not a partner of the portal cannot take money either', async () => {
  const t = await createTestContext()
  const { token, voucherId, zhang } = await assessedZhang(t)
  await t.deps.db.transaction((tx) => tx.update(cards).set({ issuerPartnerId: null }).where(eq(cards.holderUserId, zhang)))
  const problem = await expectProblem(await applyMine(t, token, voucherId, undefined, { payTo: 'card' }), 'conflict')
  expect(problem.errors?.map((error) => [error.path, error.key])).toEqual([['body.payTo', 'training.noPayableCard']])
  expect(await subsidyRows(t)).toEqual([])
})

test('a destination other than her WeChat balance or her card, or a field the form does not have, is refused by the schema', async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  for (const body of [{ payTo: 'bank' }, { payTo: 'CARD' }, { payTo: null }, { payTo: 'card', cardNumber: 'A30231234' }]) {
    const problem = await expectProblem(await applyMine(t, token, voucherId, undefined, body), 'validation_failed', { because: JSON.stringify(body) })
    expect(problem.errors?.length, JSON.stringify(body)).toBeGreaterThan(0)
  }
  expect(await subsidyRows(t)).toEqual([])
  expect(await voucherStatus(t, voucherId)).toBe('assessed')
})

test('a payment given its number without its card order (never reached the ledger) is ordered by the training job under that same number, once', async () => {
  const t = await createTestContext()
  const { application } = await approvedMine(t, 'card')
  const outBillNo = 'TSNOTORDERED0000000000001'
  const sentAt = t.clock.now().toISOString()
  await t.deps.db.transaction((tx) =>
    tx.update(trainingSubsidies).set({ paymentStatus: 'pending', paymentChannel: 'card', outBillNo, paymentSentAt: sentAt }).where(eq(trainingSubsidies.id, application.id)),
  )
  expect((await runTraining(t)).paymentsEnded).toBe(0)
  expect((await runTraining(t)).paymentsEnded).toBe(0)
  const ordered = await t.deps.db.read((q) => q.select().from(cardPayments).where(eq(cardPayments.source, 'training_subsidy')))
  expect(ordered.map((payment) => [payment.sourceRef, payment.status, payment.amountFen])).toEqual([[`${application.id}:${outBillNo}`, 'queued', 150_000]])
  expect(await subsidyRow(t, application.id)).toMatchObject({ paymentStatus: 'pending', outBillNo })
})
