import { eq } from 'drizzle-orm'
import { beforeAll, expect, test, vi } from 'vitest'
import { cardPayments } from '../../db/schema'
import { fakePayKeys } from '../../platform/payments/fake-wechat-pay'
import { bankKeys } from '../../testing/card-application-flows'
import { confirmationOf, confirmCredits, resultOf } from '../../testing/card-money-flows'
import { auditRows, grantProxy } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { expectRefused } from '../../testing/training-attendance-flows'
import { realNamedCitizens, runTraining } from '../../testing/training-flows'
import { appliedForTrainee, applyMine, approved, assessedOnWelding, assessedZhang, mySubsidy, subsidyRows, voucherStatus } from '../../testing/training-subsidy-flows'
import { approvedMine, bankDouble, paidRun, postPayoutNotification, sentOne, subsidyRow, wechatPayouts, withOpenid } from '../../testing/training-subsidy-payments'

beforeAll(() => void fakePayKeys(), 60_000)
// Each test takes a voucher through enrolment, attendance and a pass first.
vi.setConfig({ testTimeout: 40_000 })

function trainingCardPayments(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(cardPayments).where(eq(cardPayments.source, 'training_subsidy')))
}

test('another citizen cannot apply for her voucher’s subsidy onto a card, nor read which card she has: her voucher does not exist for them', async () => {
  const t = await createTestContext()
  const { voucherId } = await assessedZhang(t)
  const [other] = await realNamedCitizens(t, 1)
  if (!other) throw new Error('no citizen')
  await expectProblem(await applyMine(t, other.token, voucherId, undefined, { payTo: 'card' }), 'not_found')
  const read = await mySubsidy(t, other.token, voucherId)
  expect(await read.clone().text()).not.toContain('1234')
  await expectProblem(read, 'not_found')
  expect(await subsidyRows(t)).toEqual([])
  expect(await voucherStatus(t, voucherId)).toBe('assessed')
})

test('a grid worker she granted help with her card cannot choose where her subsidy goes: only she applies, as herself', async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  const grant = await grantProxy(t, token, { staffCode: 'WG330302001', scopes: ['card.assist', 'profile.read', 'records.read'] })
  const chen = await t.login('staff-chen')
  const before = (await auditRows(t)).length
  await expectProblem(await t.call('POST', `/api/training/vouchers/${voucherId}/subsidy`, { token: chen, actingFor: grant.id, idempotencyKey: 'subsidy-card-by-proxy', body: { payTo: 'card' } }), 'proxy_not_allowed')
  await expectProblem(await t.call('GET', `/api/training/vouchers/${voucherId}/subsidy`, { token: chen, actingFor: grant.id }), 'proxy_not_allowed')
  expect(await subsidyRows(t)).toEqual([])
  expect((await auditRows(t)).slice(before).filter((row) => row.action.startsWith('training.'))).toEqual([])
})

test('an institution’s subsidy never goes onto a card: a payTo it sends is not read, and it is paid by bank transfer; the holder of a face-value voucher cannot apply at all', async () => {
  const bank = bankDouble()
  const t = await createTestContext({ accountTransfers: bank })
  const { enrolmentId, voucherId, institution } = await assessedOnWelding(t)
  await expectRefused(await applyMine(t, await t.login('citizen-zhang'), voucherId, undefined, { payTo: 'card' }), 'conflict', 'training.subsidyNotYours')
  const response = await t.call('POST', `/api/training/institution/enrolments/${enrolmentId}/subsidy`, { token: institution, idempotencyKey: 'subsidy-card-institution', body: { payTo: 'card' } })
  expect(response.status).toBe(201)
  const [row] = await subsidyRows(t)
  if (!row) throw new Error('no application')
  expect(row).toMatchObject({ payee: 'institution', payTo: 'wechat' })
  expect(((await response.json()) as { payTo: unknown }).payTo).toBeNull()
  const liu = await t.login('officer-liu')
  await approved(t, liu, [row.id])
  expect(sentOne(await paidRun(t, liu, [row.id])).payment).toMatchObject({ status: 'paid', channel: 'bank' })
  expect(bank.asked).toHaveLength(1)
  expect(await trainingCardPayments(t)).toEqual([])
  // Applied for again the same way, it is the same application: nothing new.
  expect((await appliedForTrainee(t, institution, enrolmentId, 'subsidy-card-institution')).id).toBe(row.id)
})

test('WeChat Pay’s notification, however well signed, cannot end a payment onto her card; nor can a bank that did not issue her card', async () => {
  const { pay, channel } = await wechatPayouts()
  const t = await createTestContext({ payments: channel })
  await withOpenid(t, 'citizen-zhang')
  const { application } = await approvedMine(t, 'card')
  await paidRun(t, await t.login('officer-liu'), [application.id])
  const { outBillNo } = await subsidyRow(t, application.id)
  if (!outBillNo) throw new Error('no number')
  // A real transfer of the merchant's, ended, whose notification is made to name the card payment's number.
  await pay.channel.payout({ outBillNo: 'TSOTHERTRANSFER000000001', amountFen: 150_000, payeeOpenid: 'o-citizen-zhang', remark: '职业技能培训补贴', payeeName: null, notifyUrl: 'https://example.invalid/notify' })
  pay.wechatPay.endTransfer('TSOTHERTRANSFER000000001', 'SUCCESS')
  const forged = await postPayoutNotification(t, pay.wechatPay.transferNotificationFor('TSOTHERTRANSFER000000001', { outBillNo }))
  expect(forged.status).not.toBe(204)
  expect(await subsidyRow(t, application.id)).toMatchObject({ status: 'approved', paymentStatus: 'pending' })

  const [payment] = await trainingCardPayments(t)
  if (!payment) throw new Error('no card payment')
  const other = await resultOf(await confirmCredits(t, bankKeys.wzbank, { confirmations: [confirmationOf(t, payment)] }))
  expect(other.refused.map((refusal) => refusal.why)).toEqual(['unknown_reference'])
  expect((await runTraining(t)).paymentsEnded).toBe(0)
  expect(await subsidyRow(t, application.id)).toMatchObject({ status: 'approved', paymentStatus: 'pending' })
  expect((await auditRows(t)).filter((row) => row.action === 'training.subsidyPaid')).toEqual([])
})
