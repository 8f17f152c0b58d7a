import { generateKeyPairSync } from 'node:crypto'
import { expect, test } from 'vitest'
import { minutes } from '../../platform/clock'
import { flexiblePayments } from '../../db/schema'
import { followFlexiblePayments } from './insurance-jobs'
import { expectCalled, flexibleMonths, notify, paymentRow, releasedHere, startPayment, wechatWorker } from '../../testing/jobs-insurance-flows'

test('a forged notification of money for a closed payment starts no refund and changes nothing', async () => {
  const { pay, t, token } = await wechatWorker()
  const started = await startPayment(t, token, 'expiry-secure-0001')
  const { outTradeNo } = await paymentRow(t, started.payment.id)
  await releasedHere(t, started.payment.id)
  pay.wechatPay.pay(outTradeNo)
  const forged = pay.wechatPay.notificationFor(outTradeNo, { signWith: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey })
  const answer = await t.call('POST', '/api/jobs/insurance/payments/notify', { body: forged.body, headers: { ...forged.headers, 'content-type': 'application/json' } })
  expect(answer.status).toBe(401)
  expect(await paymentRow(t, started.payment.id)).toMatchObject({ status: 'closed', outRefundNo: null, refundStatus: null })
  expectCalled(pay, 'POST', '/v3/refund/domestic/refunds', 0)
})

test('a notification and the scheduled work racing over the same late money give it back once, under one number', async () => {
  const { pay, t, token } = await wechatWorker()
  const started = await startPayment(t, token, 'expiry-secure-0002')
  const { outTradeNo } = await paymentRow(t, started.payment.id)
  await releasedHere(t, started.payment.id)
  pay.wechatPay.pay(outTradeNo)
  const statuses = await Promise.all([notify(t, pay, outTradeNo), notify(t, pay, outTradeNo), followFlexiblePayments(t.deps), notify(t, pay, outTradeNo)])
  expect(statuses.filter((status) => status === 204)).toHaveLength(3)
  await followFlexiblePayments(t.deps)
  expect(pay.wechatPay.orders.get(outTradeNo)?.refunded).toBe(240_000)
  expect(await t.deps.db.read((q) => q.select({ no: flexiblePayments.outRefundNo }).from(flexiblePayments))).toEqual([{ no: `RF${outTradeNo}` }])
  expect(await flexibleMonths(t)).toEqual([])
})

test('eight starts at once after the expiry close the old order and open one new payment, never two', async () => {
  const { pay, t, token, advance } = await wechatWorker()
  const first = await startPayment(t, token, 'expiry-secure-0003')
  advance(minutes(31))
  const later = await t.login('worker-zhao')
  const answers = await Promise.all(Array.from({ length: 8 }, (_, index) => t.call('POST', '/api/jobs/insurance/payments', { token: later, idempotencyKey: `expiry-race-${index}-00000` })))
  expect(answers.every((answer) => answer.status === 201 || answer.status === 409 || answer.status === 503)).toBe(true)
  const rows = await t.deps.db.read((q) => q.select().from(flexiblePayments))
  expect(rows.filter((row) => row.holdsMonths === true)).toHaveLength(1)
  expect(rows.find((row) => row.id === first.payment.id)?.status).toBe('closed')
  expect(pay.wechatPay.orders.size).toBe(2)
})
