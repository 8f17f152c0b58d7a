import { expect, test } from 'vitest'
import { createDevelopmentPaymentChannel } from './development-payment-channel'
import { payStart, quarterOrder } from './wechat-pay-test-context'

test('the development channel pays an order at once, moves no money and says so in every result', async () => {
  const channel = createDevelopmentPaymentChannel({ appId: 'wx-test-app', now: () => payStart })
  expect(channel.kind).toBe('development')
  const ordered = await channel.createOrder(quarterOrder)
  expect(ordered).toEqual({
    ok: true,
    development: true,
    payParams: { appId: 'wx-test-app', timeStamp: String(payStart / 1000), nonceStr: 'development', package: `prepay_id=dev-pay:${quarterOrder.outTradeNo}`, signType: 'RSA', paySign: 'development' },
  })
  expect(await channel.queryOrder(quarterOrder.outTradeNo)).toEqual({
    ok: true,
    payment: { outTradeNo: quarterOrder.outTradeNo, transactionId: `dev-pay:${quarterOrder.outTradeNo}`, tradeState: 'SUCCESS', amountFen: 302_400, development: true },
  })
})

test('the development channel keeps to the same rules: one order per number, refunds up to what was paid, the same refund once', async () => {
  const channel = createDevelopmentPaymentChannel()
  expect((await channel.createOrder(quarterOrder)).ok).toBe(true)
  expect((await channel.createOrder(quarterOrder)).ok).toBe(true)
  expect(await channel.createOrder({ ...quarterOrder, amountFen: 1 })).toEqual({ ok: false, error: 'conflict', code: 'OUT_TRADE_NO_USED' })
  expect(await channel.createOrder({ ...quarterOrder, outTradeNo: 'flex01jd4x0000000000quarter9', amountFen: 0.5 })).toEqual({ ok: false, error: 'rejected', code: 'invalid_request' })
  expect(await channel.queryOrder('flex01jd4x000000000000never')).toEqual({ ok: false, error: 'not_found', code: 'ORDER_NOT_EXIST' })
  const refund = { outTradeNo: quarterOrder.outTradeNo, outRefundNo: 'refund01jd4x0000quarter1', refundFen: 302_400, totalFen: 302_400 }
  const refunded = await channel.refund(refund)
  expect(refunded).toEqual({ ok: true, refund: { outRefundNo: refund.outRefundNo, refundId: `dev-pay:${refund.outRefundNo}`, state: 'SUCCESS', refundFen: 302_400, development: true } })
  expect(await channel.refund(refund)).toEqual(refunded)
  expect(await channel.refund({ ...refund, outRefundNo: 'refund01jd4x0000quarter2', refundFen: 1 })).toEqual({ ok: false, error: 'rejected', code: 'INVALID_REQUEST' })
  const queried = await channel.queryOrder(quarterOrder.outTradeNo)
  expect(queried.ok && queried.payment.tradeState).toBe('REFUND')
})

test('nothing posted to the notify URL is believed by the development channel', async () => {
  const channel = createDevelopmentPaymentChannel()
  await channel.createOrder(quarterOrder)
  const body = JSON.stringify({ id: 'x', event_type: 'TRANSACTION.SUCCESS', resource: {} })
  expect(await channel.verifyNotification({ headers: new Headers({ 'wechatpay-serial': 'development' }), body })).toEqual({ ok: false, error: 'unknown_serial' })
})
