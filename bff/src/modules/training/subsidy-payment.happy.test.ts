import { beforeAll, expect, test, vi } from 'vitest'
import { pageLink } from '@renshe/shared/platform/pages'
import { seededTrainingIds } from '../../db/seed/training'
import { fakePayKeys } from '../../platform/payments/fake-wechat-pay'
import { merchant } from '../../platform/payments/wechat-pay-test-context'
import { bankStart, startBankContext } from '../../platform/payments/bank-gateway-test-context'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { runTraining, trainingInboxOf } from '../../testing/training-flows'
import { appliedMine, approved, assessedZhang, voucherStatus } from '../../testing/training-subsidy-flows'
import {
  approvedForInstitution,
  approvedMine,
  bankDouble,
  checkedMine,
  ledgerOf,
  mineNow,
  paidRun,
  payRun,
  postPayoutNotification,
  seededAccount,
  sentOne,
  subsidyRow,
  wechatPayouts,
  withOpenid,
} from '../../testing/training-subsidy-payments'
import { SubsidyPaymentRunResult } from '@renshe/shared/training/subsidy'
import { userIdOf } from '../../testing/wages-flows'

// The fake WeChat Pay's RSA keys take a moment to make: once, before the first test's clock starts.
beforeAll(() => void fakePayKeys(), 60_000)
// Each test takes a voucher through enrolment, attendance, a pass, an application and its approval first.
vi.setConfig({ testTimeout: 40_000 })

const outBillNoPattern = /^TS[0-9A-Z]{24}$/

test('a face-value subsidy is paid to the institution through the development channel: paid, the voucher paid, recorded, and the institution told', async () => {
  const t = await createTestContext()
  const { application, voucherId, institution, zhang } = await approvedForInstitution(t)
  const liu = await t.login('officer-liu')
  const result = await paidRun(t, liu, [application.id])
  expect(result.skipped).toEqual([])
  expect(sentOne(result)).toMatchObject({ id: application.id, status: 'paid', payee: 'institution', payment: { status: 'paid', channel: 'development', paidAt: t.clock.now().toISOString(), failure: null } })
  expect(await voucherStatus(t, voucherId)).toBe('paid')
  expect((await subsidyRow(t, application.id)).outBillNo).toMatch(outBillNoPattern)
  const officer = await userIdOf(t, 'officer-liu')
  const written = (await auditRows(t)).filter((row) => ['training.paySubsidies', 'training.subsidyPaid', 'training.payVoucher'].includes(row.action))
  expect(written.map((row) => ({ action: row.action, actor: row.actorUserId, subject: row.subjectUserId, object: row.objectId }))).toEqual([
    { action: 'training.paySubsidies', actor: officer, subject: zhang, object: application.id },
    { action: 'training.subsidyPaid', actor: officer, subject: zhang, object: application.id },
    { action: 'training.payVoucher', actor: officer, subject: zhang, object: voucherId },
  ])
  const told = (await trainingInboxOf(t, institution)).filter((message) => message.template === 'training.subsidyPaid')
  expect(told).toEqual([
    expect.objectContaining({ params: { courseName: application.courseName, voucherNumber: application.voucherNumber, paidFen: 180_000 }, link: pageLink('institutionSubsidies') }),
  ])
  // The trainee is not the payee: she hears nothing of it.
  expect((await trainingInboxOf(t, await t.login('citizen-zhang'))).filter((message) => message.template === 'training.subsidyPaid')).toEqual([])
})

test('through the bank channel the institution is paid to its settlement account, in its registered name, under the run’s number', async () => {
  const bank = bankDouble()
  const t = await createTestContext({ accountTransfers: bank })
  const { application } = await approvedForInstitution(t)
  const sent = sentOne(await paidRun(t, await t.login('officer-liu'), [application.id]))
  expect(sent.payment).toEqual({ status: 'paid', channel: 'bank', paidAt: t.clock.now().toISOString(), failure: null })
  const row = await subsidyRow(t, application.id)
  expect(bank.asked).toEqual([
    {
      outTransferNo: row.outBillNo,
      amountFen: 180_000,
      accountName: seededAccount.accountName,
      accountNo: seededAccount.accountNo,
      bankName: seededAccount.bankName,
      purpose: `职业技能培训补贴 培训券${application.voucherNumber}`,
    },
  ])
  expect(row.transferBillNo).toBe(`BK${row.outBillNo}`)
  expect(bank.credited()).toBe(180_000)
})

test('through the bank’s gateway (its real client against a local stand-in) a transfer still clearing stays on its way, and the training job finishes it under the same number', async () => {
  let now = () => bankStart
  const bank = await startBankContext({ now: () => now() })
  const t = await createTestContext({ accountTransfers: bank.channel })
  now = () => t.clock.now().getTime()
  const { application, voucherId } = await approvedForInstitution(t)
  bank.gateway.holdTransfers(true)
  const sent = sentOne(await paidRun(t, await t.login('officer-liu'), [application.id]))
  expect(sent).toMatchObject({ status: 'approved', payment: { status: 'pending', channel: 'bank', paidAt: null } })
  const { outBillNo } = await subsidyRow(t, application.id)
  if (!outBillNo) throw new Error('no number')
  expect(bank.gateway.transfers.get(outBillNo)).toMatchObject({ amountFen: 180_000, accountName: seededAccount.accountName, accountNo: seededAccount.accountNo, state: 'PROCESSING' })
  expect((await runTraining(t)).paymentsEnded).toBe(0)
  bank.gateway.settle(outBillNo)
  expect((await runTraining(t)).paymentsEnded).toBe(1)
  expect(await subsidyRow(t, application.id)).toMatchObject({ status: 'paid', paymentStatus: 'paid', outBillNo })
  expect(await voucherStatus(t, voucherId)).toBe('paid')
  expect(bank.gateway.received.filter((request) => request.method === 'POST')).toHaveLength(1)
  expect(bank.gateway.transfers.size).toBe(1)
})

test('a holder is paid to her WeChat balance through the development channel, and hears of it on “My training”', async () => {
  const t = await createTestContext()
  const { application, voucherId, token } = await approvedMine(t)
  const sent = sentOne(await paidRun(t, await t.login('officer-liu'), [application.id]))
  expect(sent).toMatchObject({ status: 'paid', payee: 'holder', payment: { status: 'paid', channel: 'development', failure: null } })
  expect(await voucherStatus(t, voucherId)).toBe('paid')
  expect(await mineNow(t, token, voucherId)).toMatchObject({ status: 'paid', payment: { status: 'paid' }, confirmation: null })
  const told = (await trainingInboxOf(t, token)).filter((message) => message.template === 'training.subsidyPaid')
  expect(told).toEqual([expect.objectContaining({ params: { courseName: application.courseName, voucherNumber: application.voucherNumber, paidFen: 150_000 }, link: pageLink('myTraining') })])
})

test('through WeChat Pay the transfer waits for her: she is given what WeChat needs to confirm, and after confirming her check finds it paid', async () => {
  const { pay, channel } = await wechatPayouts()
  const t = await createTestContext({ payments: channel })
  await withOpenid(t, 'citizen-zhang')
  const { application, voucherId, token } = await approvedMine(t)
  const sent = sentOne(await paidRun(t, await t.login('officer-liu'), [application.id]))
  expect(sent).toMatchObject({ status: 'approved', payment: { status: 'pending', channel: 'wechat', paidAt: null, failure: null } })
  const { outBillNo } = await subsidyRow(t, application.id)
  if (!outBillNo) throw new Error('no number')
  const bill = pay.wechatPay.bills.get(outBillNo)
  expect(bill).toMatchObject({ notifyUrl: `${t.deps.config.publicBaseUrl}/api/training/subsidies/payouts/notify` })
  const waiting = await mineNow(t, token, voucherId)
  expect(waiting?.confirmation).toEqual({ mchId: merchant.mchId, appId: merchant.appId, package: `fake-package-${bill?.transferBillNo ?? ''}` })

  const still = await checkedMine(t, token, voucherId)
  expect(still).toMatchObject({ payment: { status: 'pending' }, confirmation: waiting?.confirmation })
  pay.wechatPay.endTransfer(outBillNo, 'SUCCESS')
  const checked = await checkedMine(t, token, voucherId)
  expect(checked).toMatchObject({ status: 'paid', payment: { status: 'paid', channel: 'wechat', paidAt: t.clock.now().toISOString() }, confirmation: null })
  expect(await voucherStatus(t, voucherId)).toBe('paid')
  await t.deps.audit.drain()
  const actions = (await auditRows(t)).map((row) => row.action)
  expect(actions.filter((action) => action === 'training.subsidyPaid')).toHaveLength(1)
  expect(actions.filter((action) => action === 'training.checkMySubsidyPayment')).toHaveLength(2)
})

test('WeChat Pay’s signed notification ends her payment; a repeat of it, and the training job after, change nothing', async () => {
  const { pay, channel } = await wechatPayouts()
  const t = await createTestContext({ payments: channel })
  await withOpenid(t, 'citizen-zhang')
  const { application, voucherId, token } = await approvedMine(t)
  await paidRun(t, await t.login('officer-liu'), [application.id])
  const { outBillNo } = await subsidyRow(t, application.id)
  if (!outBillNo) throw new Error('no number')
  pay.wechatPay.endTransfer(outBillNo, 'SUCCESS')
  const notification = pay.wechatPay.transferNotificationFor(outBillNo)
  expect((await postPayoutNotification(t, notification)).status).toBe(204)
  expect((await postPayoutNotification(t, notification)).status).toBe(204)
  const asked = pay.wechatPay.received.length
  expect((await runTraining(t)).paymentsEnded).toBe(0)
  expect(pay.wechatPay.received.length).toBe(asked)
  expect(await mineNow(t, token, voucherId)).toMatchObject({ status: 'paid', payment: { status: 'paid' }, confirmation: null })
  const ended = (await auditRows(t)).filter((row) => row.action === 'training.subsidyPaid')
  expect(ended.map((row) => row.actorUserId)).toEqual([null])
})

test('the same run sent again pays nothing twice: replayed under its key, or sent anew, the bank is asked once', async () => {
  const bank = bankDouble()
  const t = await createTestContext({ accountTransfers: bank })
  const { application } = await approvedForInstitution(t)
  const liu = await t.login('officer-liu')
  const first = await paidRun(t, liu, [application.id], 'subsidy-payrun-twice-0001')
  const replay = await payRun(t, liu, [application.id], 'subsidy-payrun-twice-0001')
  expect(replay.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(replay, SubsidyPaymentRunResult)).toEqual(first)
  const anew = await paidRun(t, liu, [application.id])
  expect(anew).toEqual({ sent: [], skipped: [{ id: application.id, reason: 'already_paid' }] })
  expect(bank.asked).toHaveLength(1)
  expect(bank.credited()).toBe(180_000)
  expect((await auditRows(t)).filter((row) => row.action === 'training.subsidyPaid')).toHaveLength(1)
})

test('two runs at once give the payment one number and pay it once', async () => {
  const bank = bankDouble()
  const t = await createTestContext({ accountTransfers: bank })
  const { application } = await approvedForInstitution(t)
  const liu = await t.login('officer-liu')
  const results = await Promise.all([paidRun(t, liu, [application.id]), paidRun(t, liu, [application.id]), paidRun(t, liu, [application.id])])
  for (const result of results) {
    for (const sent of result.sent) expect(sent.id).toBe(application.id)
    for (const skipped of result.skipped) expect(skipped).toEqual({ id: application.id, reason: 'already_paid' })
  }
  const row = await subsidyRow(t, application.id)
  expect(row).toMatchObject({ status: 'paid', paymentStatus: 'paid' })
  expect(new Set(bank.asked.map((asked) => asked.outTransferNo))).toEqual(new Set([row.outBillNo]))
  expect(bank.transfers.size).toBe(1)
  expect(bank.credited()).toBe(180_000)
  const actions = (await auditRows(t)).map((audit) => audit.action)
  expect(actions.filter((action) => action === 'training.paySubsidies')).toHaveLength(1)
  expect(actions.filter((action) => action === 'training.subsidyPaid')).toHaveLength(1)
})

test('a run pays each of its subsidies to its own payee, and leaves the others with why', async () => {
  const bank = bankDouble()
  const t = await createTestContext({ accountTransfers: bank })
  const { application: toInstitution } = await approvedForInstitution(t)
  const { token, voucherId } = await assessedZhang(t)
  const toHolder = await appliedMine(t, token, voucherId)
  const liu = await t.login('officer-liu')
  const waiting = toHolder.id
  const result = await paidRun(t, liu, [toInstitution.id, waiting, 'zzzzzzzzzzzzzzzzzzzzzzzzzz', toInstitution.id])
  expect(result.sent.map((sent) => [sent.id, sent.payment?.channel])).toEqual([[toInstitution.id, 'bank']])
  expect(result.skipped).toEqual([
    { id: waiting, reason: 'not_approved' },
    { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzz', reason: 'not_found' },
  ])
  await approved(t, liu, [waiting])
  expect(sentOne(await paidRun(t, liu, [waiting])).payment).toMatchObject({ status: 'paid', channel: 'development' })
})

test('the ledger follows the money of each programme: applied, committed when approved, paid when paid', async () => {
  const t = await createTestContext()
  const general = seededTrainingIds.programmes.general
  const budgetFen = 200 * 240_000
  const empty = { budgetFen, appliedFen: 0, committedFen: 0, paidFen: 0 }
  expect(await ledgerOf(t, general)).toMatchObject(empty)
  const { token, voucherId } = await assessedZhang(t)
  const application = await appliedMine(t, token, voucherId)
  expect(await ledgerOf(t, general)).toMatchObject({ ...empty, appliedFen: 150_000 })
  const liu = await t.login('officer-liu')
  await approved(t, liu, [application.id])
  expect(await ledgerOf(t, general)).toMatchObject({ ...empty, committedFen: 150_000 })
  await paidRun(t, liu, [application.id])
  expect(await ledgerOf(t, general)).toMatchObject({ ...empty, paidFen: 150_000 })
  // The other programme's money is its own.
  expect(await ledgerOf(t, seededTrainingIds.programmes.targeted)).toMatchObject({ budgetFen: 500 * 240_000, appliedFen: 0, committedFen: 0, paidFen: 0 })
})
