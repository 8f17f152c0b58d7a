import { eq } from 'drizzle-orm'
import { beforeAll, expect, test, vi } from 'vitest'
import { trainingInstitutionAccounts } from '../../db/schema'
import { fakePayKeys } from '../../platform/payments/fake-wechat-pay'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { runTraining } from '../../testing/training-flows'
import { appliedMine, approved, assessedZhang, declineApplication, voucherStatus } from '../../testing/training-subsidy-flows'
import {
  approvedForInstitution,
  approvedMine,
  bankDouble,
  checkMine,
  checkedMine,
  paidRun,
  payRun,
  sentOne,
  setAccount,
  subsidyRow,
  wechatPayouts,
  withOpenid,
} from '../../testing/training-subsidy-payments'
import { userIdOf } from '../../testing/wages-flows'

beforeAll(() => void fakePayKeys(), 60_000)
// Each test takes a voucher through enrolment, attendance, a pass, an application and its approval first.
vi.setConfig({ testTimeout: 40_000 })

test('a bank that cannot be reached leaves the payment on its way; the training job sends it again under the same number and it is paid once', async () => {
  const bank = bankDouble()
  const t = await createTestContext({ accountTransfers: bank })
  const { application, voucherId } = await approvedForInstitution(t)
  bank.behave('unavailable')
  const sent = sentOne(await paidRun(t, await t.login('officer-liu'), [application.id]))
  expect(sent).toMatchObject({ status: 'approved', payment: { status: 'pending', channel: 'bank', paidAt: null, failure: null } })
  const { outBillNo } = await subsidyRow(t, application.id)
  expect((await runTraining(t)).paymentsEnded).toBe(0)
  expect(await subsidyRow(t, application.id)).toMatchObject({ paymentStatus: 'pending', outBillNo })
  bank.behave('credit')
  expect((await runTraining(t)).paymentsEnded).toBe(1)
  expect(await subsidyRow(t, application.id)).toMatchObject({ status: 'paid', paymentStatus: 'paid', outBillNo })
  expect(bank.asked.map((asked) => asked.outTransferNo)).toEqual([outBillNo])
  expect(bank.credited()).toBe(180_000)
  expect(await voucherStatus(t, voucherId)).toBe('paid')
  // Ended by the job, not by a person: the audit names no actor.
  expect((await auditRows(t)).filter((row) => row.action === 'training.subsidyPaid').map((row) => [row.actorUserId, row.requestId])).toEqual([[null, 'training-pay']])
})

test('a transfer done whose answer was lost is found by its number when the run is sent again, and not paid twice', async () => {
  const bank = bankDouble()
  const t = await createTestContext({ accountTransfers: bank })
  const { application } = await approvedForInstitution(t)
  const liu = await t.login('officer-liu')
  bank.behave('loseAnswer')
  expect(sentOne(await paidRun(t, liu, [application.id])).payment?.status).toBe('pending')
  bank.behave('credit')
  expect(sentOne(await paidRun(t, liu, [application.id])).payment?.status).toBe('paid')
  expect(bank.asked).toHaveLength(1)
  expect(bank.queried).toHaveLength(1)
  expect(bank.credited()).toBe(180_000)
})

test('a bounced transfer fails the payment, leaves the subsidy approved, and the next run sends it under a new number', async () => {
  const bank = bankDouble()
  const t = await createTestContext({ accountTransfers: bank })
  const { application, voucherId } = await approvedForInstitution(t)
  const liu = await t.login('officer-liu')
  bank.behave('bounce')
  const failed = sentOne(await paidRun(t, liu, [application.id]))
  expect(failed).toMatchObject({ status: 'approved', payment: { status: 'failed', channel: 'bank', paidAt: null, failure: 'bounced' } })
  expect(await voucherStatus(t, voucherId)).toBe('approved')
  const first = (await subsidyRow(t, application.id)).outBillNo
  expect((await auditRows(t)).filter((row) => row.action === 'training.subsidyPaymentFailed').map((row) => row.objectId)).toEqual([application.id])
  // The job leaves a failed payment alone: only an officer's run sends it again.
  expect((await runTraining(t)).paymentsEnded).toBe(0)
  bank.behave('credit')
  const paid = sentOne(await paidRun(t, liu, [application.id]))
  expect(paid).toMatchObject({ status: 'paid', payment: { status: 'paid', failure: null } })
  const second = (await subsidyRow(t, application.id)).outBillNo
  expect(second).not.toBe(first)
  expect(bank.asked.map((asked) => asked.outTransferNo)).toEqual([first, second])
  expect(bank.credited()).toBe(180_000)
})

test('a transfer the bank refuses as asked fails as refused', async () => {
  const bank = bankDouble()
  const t = await createTestContext({ accountTransfers: bank })
  const { application } = await approvedForInstitution(t)
  bank.behave('reject')
  expect(sentOne(await paidRun(t, await t.login('officer-liu'), [application.id])).payment).toMatchObject({ status: 'failed', failure: 'refused' })
})

test('an institution that keeps no settlement account is not paid until it keeps one; then the next run pays it', async () => {
  const bank = bankDouble()
  const t = await createTestContext({ accountTransfers: bank })
  const school = await userIdOf(t, 'institution-demo')
  await t.deps.db.transaction((tx) => tx.delete(trainingInstitutionAccounts).where(eq(trainingInstitutionAccounts.institutionUserId, school)))
  const { application, institution } = await approvedForInstitution(t)
  const liu = await t.login('officer-liu')
  expect(sentOne(await paidRun(t, liu, [application.id])).payment).toMatchObject({ status: 'failed', failure: 'no_account' })
  expect(bank.asked).toEqual([])
  expect((await setAccount(t, institution, { bankName: '温州银行鹿城支行', accountNo: '7901 0012 0000 4436 81' })).status).toBe(200)
  expect(sentOne(await paidRun(t, liu, [application.id])).payment).toMatchObject({ status: 'paid', failure: null })
  expect(bank.asked.map((asked) => [asked.accountName, asked.bankName, asked.accountNo])).toEqual([['温州技师培训学校', '温州银行鹿城支行', '790100120000443681']])
})

test('on WeChat Pay a holder who never logged in with WeChat cannot be paid: failed as no openid, and nothing reaches WeChat Pay', async () => {
  const { pay, channel } = await wechatPayouts()
  const t = await createTestContext({ payments: channel })
  const { application } = await approvedMine(t)
  expect(sentOne(await paidRun(t, await t.login('officer-liu'), [application.id])).payment).toMatchObject({ status: 'failed', channel: 'wechat', failure: 'no_openid' })
  expect(pay.wechatPay.bills.size).toBe(0)
})

test('a WeChat transfer she let lapse (cancelled) fails as bounced, and her check of it is refused as not on its way', async () => {
  const { pay, channel } = await wechatPayouts()
  const t = await createTestContext({ payments: channel })
  await withOpenid(t, 'citizen-zhang')
  const { application, voucherId, token } = await approvedMine(t)
  await paidRun(t, await t.login('officer-liu'), [application.id])
  const { outBillNo } = await subsidyRow(t, application.id)
  if (!outBillNo) throw new Error('no number')
  pay.wechatPay.endTransfer(outBillNo, 'CANCELLED')
  expect(await checkedMine(t, token, voucherId)).toMatchObject({ status: 'approved', payment: { status: 'failed', failure: 'bounced' }, confirmation: null })
  await expectProblem(await checkMine(t, token, voucherId), 'conflict')
})

test('a check while WeChat Pay cannot be reached leaves the payment on its way, with its confirmation', async () => {
  const { pay, channel } = await wechatPayouts()
  const t = await createTestContext({ payments: channel })
  await withOpenid(t, 'citizen-zhang')
  const { application, voucherId, token } = await approvedMine(t)
  await paidRun(t, await t.login('officer-liu'), [application.id])
  pay.wechatPay.setTrouble('serverError')
  const checked = await checkedMine(t, token, voucherId)
  expect(checked.payment?.status).toBe('pending')
  expect(checked.confirmation?.package).toMatch(/^fake-package-/)
})

test('her check is refused while there is no payment on its way: none applied, applied but not paid, or paid already', async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  await expectProblem(await checkMine(t, token, voucherId), 'not_found')
  const application = await appliedMine(t, token, voucherId)
  await expectProblem(await checkMine(t, token, voucherId), 'conflict')
  const liu = await t.login('officer-liu')
  await approved(t, liu, [application.id])
  await expectProblem(await checkMine(t, token, voucherId), 'conflict')
  expect(sentOne(await paidRun(t, liu, [application.id])).status).toBe('paid')
  await expectProblem(await checkMine(t, token, voucherId), 'conflict')
})

test('a run leaves what it cannot pay: waiting, declined, or paid already; it needs 1 to 100 ids', async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  const application = await appliedMine(t, token, voucherId)
  const liu = await t.login('officer-liu')
  expect(await paidRun(t, liu, [application.id])).toEqual({ sent: [], skipped: [{ id: application.id, reason: 'not_approved' }] })
  expect((await declineApplication(t, liu, application.id)).status).toBe(200)
  expect(await paidRun(t, liu, [application.id])).toEqual({ sent: [], skipped: [{ id: application.id, reason: 'not_approved' }] })
  expect(await expectFieldErrors(await payRun(t, liu, []))).toEqual({ 'body.applicationIds': 'field.choose' })
  const tooMany = Array.from({ length: 101 }, (_, index) => `subsidy-${String(index).padStart(3, '0')}`)
  expect(await expectFieldErrors(await payRun(t, liu, tooMany))).toEqual({ 'body.applicationIds': 'field.invalid' })
  expect((await auditRows(t)).filter((row) => row.action === 'training.paySubsidies')).toEqual([])
})
