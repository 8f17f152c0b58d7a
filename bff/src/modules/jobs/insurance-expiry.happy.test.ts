import { expect, test } from 'vitest'
import { FlexiblePayment, MyFlexibleInsurance } from '@renshe/shared/jobs/insurance'
import { minutes } from '../../platform/clock'
import { createJobRunner } from '../../platform/jobs'
import { loadConfig } from '../../config'
import { portalJobs } from '../../serve'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { followFlexiblePayments, insurancePaymentsJob } from './insurance-jobs'
import { expectCalled, flexibleMonths, notify, paymentRow, quarterly, releasedHere, startPayment, wechatWorker } from '../../testing/jobs-insurance-flows'

test('every order is opened with a 30-minute expiry, sent to WeChat Pay as time_expire and shown to the payer; a new start before it gives the same order', async () => {
  const { pay, t, token } = await wechatWorker()
  const started = await startPayment(t, token, 'expiry-happy-0001')
  expect(started.payment).toMatchObject({ status: 'pending', expiresAt: '2026-11-29T02:30:00.000Z', refund: null })
  const row = await paymentRow(t, started.payment.id)
  expect(pay.wechatPay.orders.get(row.outTradeNo)?.timeExpire).toBe('2026-11-29T10:30:00+08:00')
  pay.clock.advance(minutes(29))
  t.clock.advance(minutes(29))
  const again = await startPayment(t, token, 'expiry-happy-0002')
  expect(again.payment).toEqual(started.payment)
  expect(again.payRequest?.package).toBe(started.payRequest?.package)
  expect(pay.wechatPay.orders.size).toBe(1)
  const insurance = await expectOk(await t.call('GET', '/api/jobs/insurance', { token }), MyFlexibleInsurance)
  expect(insurance.payments[0]?.expiresAt).toBe('2026-11-29T02:30:00.000Z')
})

test('past its expiry the scheduled work closes the order with WeChat Pay and releases the months; the next start opens a new order under a new number', async () => {
  const { pay, t, token } = await wechatWorker()
  const first = await startPayment(t, token, 'expiry-happy-0003')
  const firstRow = await paymentRow(t, first.payment.id)
  advanceBoth()
  expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 1, refundsEnded: 0 })
  expectCalled(pay, 'POST', `/v3/pay/transactions/out-trade-no/${firstRow.outTradeNo}/close`, 1)
  expect(await paymentRow(t, first.payment.id)).toMatchObject({ status: 'closed', holdsMonths: null })
  // Run again (a retry, or the next period): nothing left to close, nothing asked.
  expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 0, refundsEnded: 0 })
  expectCalled(pay, 'POST', `/v3/pay/transactions/out-trade-no/${firstRow.outTradeNo}/close`, 1)

  // The session has lapsed in the half hour: the worker logs in again.
  const later = await t.login('worker-zhao')
  const second = await startPayment(t, later, 'expiry-happy-0004')
  expect(second.payment.id).not.toBe(first.payment.id)
  expect(second.payment).toMatchObject({ months: first.payment.months, status: 'pending', expiresAt: new Date(t.clock.now().getTime() + minutes(30)).toISOString() })
  expect((await paymentRow(t, second.payment.id)).outTradeNo).not.toBe(firstRow.outTradeNo)
  expect(pay.wechatPay.orders.size).toBe(2)
  await t.deps.audit.drain()
  const released = (await auditRows(t)).filter((row) => row.action === 'jobs.flexiblePaymentReleased')
  expect(released.map(({ actorUserId, objectId }) => ({ actorUserId, objectId }))).toEqual([{ actorUserId: null, objectId: first.payment.id }])

  function advanceBoth() {
    pay.clock.advance(minutes(31))
    t.clock.advance(minutes(31))
  }
})

test('a worker starting again after the expiry gets the old order closed first, then a new number, without waiting for the scheduled work', async () => {
  const { pay, t, token, advance } = await wechatWorker()
  const first = await startPayment(t, token, 'expiry-happy-0005')
  const firstRow = await paymentRow(t, first.payment.id)
  advance(minutes(30))
  const later = await t.login('worker-zhao')
  const second = await startPayment(t, later, 'expiry-happy-0006')
  expect(second.payment.id).not.toBe(first.payment.id)
  expect(second.payRequest).not.toBeNull()
  const closeAt = pay.wechatPay.received.findIndex((one) => one.path === `/v3/pay/transactions/out-trade-no/${firstRow.outTradeNo}/close`)
  const orderAt = pay.wechatPay.received.findLastIndex((one) => one.path === '/v3/pay/transactions/jsapi')
  expect(closeAt).toBeGreaterThan(-1)
  expect(closeAt).toBeLessThan(orderAt)
  expect((await paymentRow(t, first.payment.id)).status).toBe('closed')
  // A retry of the first start's key answers how that payment ended, with no pay sheet.
  expect(await startPayment(t, later, 'expiry-happy-0005')).toEqual({ payment: { ...first.payment, status: 'closed' }, payRequest: null })
})

test('an order paid just before its expiry, with the notification lost, is settled as paid when closing finds it paid: the money is never dropped', async () => {
  const { pay, t, token, advance } = await wechatWorker()
  const started = await startPayment(t, token, 'expiry-happy-0007')
  advance(minutes(29))
  pay.wechatPay.pay((await paymentRow(t, started.payment.id)).outTradeNo)
  advance(minutes(5))
  expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 1, refundsEnded: 0 })
  expect(await paymentRow(t, started.payment.id)).toMatchObject({ status: 'paid', holdsMonths: true })
  expect(await flexibleMonths(t)).toEqual(['2026-11', '2026-12'])
  expect(pay.logLines).toEqual([{ event: 'payment_close_failed', code: 'ORDERPAID' }])
})

test('money WeChat Pay took for a payment closed here is refunded in full; a refund answered PROCESSING is followed until SUCCESS and the payment shows it', async () => {
  const { pay, t, token, userId } = await wechatWorker()
  const started = await startPayment(t, token, 'expiry-happy-0008')
  const { outTradeNo } = await paymentRow(t, started.payment.id)
  await releasedHere(t, started.payment.id)
  pay.wechatPay.pay(outTradeNo)
  expect(await notify(t, pay, outTradeNo)).toBe(204)
  expect(await paymentRow(t, started.payment.id)).toMatchObject({ status: 'closed', outRefundNo: `RF${outTradeNo}`, refundStatus: 'processing' })
  expect(await flexibleMonths(t)).toEqual([])
  expect(pay.wechatPay.orders.get(outTradeNo)?.refunded).toBe(240_000)

  // WeChat Pay sends it again: the same refund, not a second one.
  expect(await notify(t, pay, outTradeNo)).toBe(204)
  expectCalled(pay, 'POST', '/v3/refund/domestic/refunds', 1)

  expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 0, refundsEnded: 0 })
  expect((await expectOk(await t.call('GET', `/api/jobs/insurance/payments/${started.payment.id}`, { token }), FlexiblePayment)).refund).toBe('processing')
  pay.wechatPay.finishRefund(`RF${outTradeNo}`)
  expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 0, refundsEnded: 1 })
  expect(await paymentRow(t, started.payment.id)).toMatchObject({ refundStatus: 'refunded', refundedAt: t.clock.now().toISOString(), refundId: expect.stringMatching(/^50/) as string })
  expect((await expectOk(await t.call('GET', `/api/jobs/insurance/payments/${started.payment.id}`, { token }), FlexiblePayment)).refund).toBe('refunded')
  expectCalled(pay, 'GET', `/v3/refund/domestic/refunds/RF${outTradeNo}`, 2)

  await t.deps.audit.drain()
  const refundRows = (await auditRows(t)).filter((row) => row.action.startsWith('jobs.flexiblePaymentRefund'))
  expect(refundRows.map(({ action, actorUserId, subjectUserId }) => ({ action, actorUserId, subjectUserId }))).toEqual([
    { action: 'jobs.flexiblePaymentRefundStarted', actorUserId: null, subjectUserId: userId },
    { action: 'jobs.flexiblePaymentRefunded', actorUserId: null, subjectUserId: userId },
  ])
})

test('two instances run the scheduled work under one lease: an expired order is closed once, and audited once', async () => {
  const { pay, t, token, advance } = await wechatWorker()
  const started = await startPayment(t, token, 'expiry-happy-0009')
  advance(minutes(31))
  const job = [{ name: insurancePaymentsJob, seconds: 300, run: followFlexiblePayments }]
  const a = createJobRunner(t.deps, job, { holder: 'instance-a', leaseSeconds: 60 })
  const b = createJobRunner(t.deps, job, { holder: 'instance-b', leaseSeconds: 60 })
  await Promise.all([a.tick(), b.tick()])
  await Promise.all([a.stop(), b.stop()])
  expectCalled(pay, 'POST', `/v3/pay/transactions/out-trade-no/${(await paymentRow(t, started.payment.id)).outTradeNo}/close`, 1)
  // Even without the lease (a run taken over from an instance thought dead), two runs at once change the row once.
  await Promise.all([followFlexiblePayments(t.deps), followFlexiblePayments(t.deps)])
  await t.deps.audit.drain()
  expect((await auditRows(t)).filter((row) => row.action === 'jobs.flexiblePaymentReleased')).toHaveLength(1)
})

test('on the development channel the order, paid at once, still carries its expiry, and the scheduled work has nothing to close', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  await t.call('PUT', '/api/jobs/insurance', { token, body: quarterly })
  const started = await startPayment(t, token, 'expiry-happy-dev-01')
  expect(started.payment).toMatchObject({ status: 'paid', channel: 'development', expiresAt: '2026-11-29T02:30:00.000Z', refund: null })
  t.clock.advance(minutes(31))
  expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 0, refundsEnded: 0 })
})

test('the payments follow-up runs as one of the server’s scheduled jobs, once per period with the jobs-match interval', () => {
  const loaded = loadConfig({})
  if (!loaded.ok) throw new Error(loaded.message)
  expect(portalJobs(loaded.config).find((job) => job.name === insurancePaymentsJob)).toMatchObject({ seconds: loaded.config.jobsMatchIntervalSeconds, run: followFlexiblePayments })
})
