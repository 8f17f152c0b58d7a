import { expect, test } from 'vitest'
import { createDevelopmentPaymentChannel } from './development-payment-channel'
import { chinaTimeOf } from './wechat-pay-channel'
import { quarterOrder, startPayContext } from './wechat-pay-test-context'

test('an unpaid order is closed with a signed POST …/close naming the merchant; it can then be neither paid nor ordered again', async () => {
  const { wechatPay, channel } = await startPayContext()
  await channel.createOrder(quarterOrder)
  expect(await channel.closeOrder(quarterOrder.outTradeNo)).toEqual({ ok: true, development: false })
  expect(wechatPay.received.at(-1)).toEqual({ method: 'POST', path: `/v3/pay/transactions/out-trade-no/${quarterOrder.outTradeNo}/close`, signed: true })
  expect(await channel.queryOrder(quarterOrder.outTradeNo)).toMatchObject({ ok: true, payment: { tradeState: 'CLOSED' } })
  expect(await channel.createOrder(quarterOrder)).toMatchObject({ ok: false, error: 'rejected', code: 'ORDER_CLOSED' })
  expect(() => wechatPay.pay(quarterOrder.outTradeNo)).toThrow(/no longer be paid/)
})

test('a paid order is not closed: the answer says it is paid; an unknown one is not found', async () => {
  const { wechatPay, channel } = await startPayContext()
  await channel.createOrder(quarterOrder)
  wechatPay.pay(quarterOrder.outTradeNo)
  expect(await channel.closeOrder(quarterOrder.outTradeNo)).toMatchObject({ ok: false, error: 'already_paid', code: 'ORDERPAID' })
  expect(await channel.closeOrder('flex-never-ordered-0001')).toMatchObject({ ok: false, error: 'not_found' })
  expect(await channel.closeOrder('../jsapi')).toMatchObject({ ok: false, error: 'not_found', code: 'invalid_out_trade_no' })
})

test('an order made with an expiry carries time_expire in China time; past it the order is closed and cannot be paid', async () => {
  const { wechatPay, channel, clock } = await startPayContext()
  const expiresAt = new Date(clock.now() + 30 * 60_000)
  expect(chinaTimeOf(expiresAt)).toBe('2026-11-29T10:30:00+08:00')
  await channel.createOrder({ ...quarterOrder, expiresAt })
  expect(wechatPay.orders.get(quarterOrder.outTradeNo)?.timeExpire).toBe('2026-11-29T10:30:00+08:00')
  clock.advance(31 * 60_000)
  expect(await channel.queryOrder(quarterOrder.outTradeNo)).toMatchObject({ ok: true, payment: { tradeState: 'CLOSED' } })
})

test('a refund accepted as PROCESSING is followed by its number until WeChat Pay says SUCCESS', async () => {
  const { wechatPay, channel } = await startPayContext()
  await channel.createOrder(quarterOrder)
  wechatPay.pay(quarterOrder.outTradeNo)
  const refund = { outTradeNo: quarterOrder.outTradeNo, outRefundNo: 'RF-2026-q4-0001', refundFen: 100_800, totalFen: quarterOrder.amountFen }
  expect(await channel.refund(refund)).toMatchObject({ ok: true, refund: { state: 'PROCESSING', refundFen: 100_800 } })
  expect(await channel.queryRefund(refund.outRefundNo)).toMatchObject({ ok: true, refund: { outRefundNo: refund.outRefundNo, state: 'PROCESSING', refundFen: 100_800, development: false } })
  expect(wechatPay.received.at(-1)).toEqual({ method: 'GET', path: '/v3/refund/domestic/refunds/RF-2026-q4-0001', signed: true })
  wechatPay.finishRefund(refund.outRefundNo)
  expect(await channel.queryRefund(refund.outRefundNo)).toMatchObject({ ok: true, refund: { state: 'SUCCESS' } })
  expect(await channel.queryRefund('RF-never-asked')).toMatchObject({ ok: false, error: 'not_found' })
})

test('a forged or unsigned answer to a close or a refund query is not believed', async () => {
  const { wechatPay, channel } = await startPayContext()
  await channel.createOrder(quarterOrder)
  wechatPay.pay(quarterOrder.outTradeNo)
  await channel.refund({ outTradeNo: quarterOrder.outTradeNo, outRefundNo: 'RF-2026-q4-0002', refundFen: 100, totalFen: quarterOrder.amountFen })
  wechatPay.setTrouble('signedByStranger')
  expect(await channel.closeOrder(quarterOrder.outTradeNo)).toMatchObject({ ok: false, error: 'unavailable' })
  wechatPay.setTrouble('unsigned')
  expect(await channel.queryRefund('RF-2026-q4-0002')).toMatchObject({ ok: false, error: 'unavailable', code: 'answer_malformed' })
})

test('the development channel has no unpaid order to close, and its refunds are done at once', async () => {
  const channel = createDevelopmentPaymentChannel()
  await channel.createOrder(quarterOrder)
  expect(await channel.closeOrder(quarterOrder.outTradeNo)).toMatchObject({ ok: false, error: 'already_paid' })
  await channel.refund({ outTradeNo: quarterOrder.outTradeNo, outRefundNo: 'RF-dev-0001', refundFen: 100, totalFen: quarterOrder.amountFen })
  expect(await channel.queryRefund('RF-dev-0001')).toMatchObject({ ok: true, refund: { state: 'SUCCESS', development: true } })
})
