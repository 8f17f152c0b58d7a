import { createServer } from 'node:net'
import { expect, test } from 'vitest'
import { fakePayKeys } from './fake-wechat-pay'
import { createUnconfiguredPaymentChannel, createWechatPayChannel } from './wechat-pay-channel'
import { merchant, quarterOrder, startPayContext } from './wechat-pay-test-context'

test('a query of an order WeChat Pay never had is not_found, not a failure of the channel', async () => {
  const { channel } = await startPayContext()
  expect(await channel.queryOrder('flex01jd4x000000000000never')).toEqual({ ok: false, error: 'not_found', code: 'ORDER_NOT_EXIST' })
})

test('the same number with another amount is a conflict, and a paid order cannot be ordered again', async () => {
  const { wechatPay, channel } = await startPayContext()
  await channel.createOrder(quarterOrder)
  expect(await channel.createOrder({ ...quarterOrder, amountFen: 100_800 })).toEqual({ ok: false, error: 'conflict', code: 'OUT_TRADE_NO_USED' })
  wechatPay.pay(quarterOrder.outTradeNo)
  expect(await channel.createOrder(quarterOrder)).toEqual({ ok: false, error: 'already_paid', code: 'ORDERPAID' })
  expect(wechatPay.orders.get(quarterOrder.outTradeNo)?.total).toBe(302_400)
})

test('an unpaid order cannot be refunded, nor more than was paid, in one refund or in two', async () => {
  const { wechatPay, channel } = await startPayContext()
  await channel.createOrder(quarterOrder)
  const refund = { outTradeNo: quarterOrder.outTradeNo, outRefundNo: 'refund01jd4x0000quarter1', refundFen: 200_000, totalFen: 302_400 }
  expect(await channel.refund(refund)).toEqual({ ok: false, error: 'not_found', code: 'RESOURCE_NOT_EXISTS' })
  wechatPay.pay(quarterOrder.outTradeNo)
  const sent = wechatPay.received.length
  expect(await channel.refund({ ...refund, refundFen: 302_401 })).toEqual({ ok: false, error: 'rejected', code: 'invalid_request' })
  expect(wechatPay.received.length).toBe(sent)
  expect((await channel.refund(refund)).ok).toBe(true)
  expect(await channel.refund({ ...refund, outRefundNo: 'refund01jd4x0000quarter2' })).toEqual({ ok: false, error: 'rejected', code: 'INVALID_REQUEST' })
  expect(await channel.refund({ ...refund, refundFen: 1 })).toEqual({ ok: false, error: 'rejected', code: 'INVALID_REQUEST' })
})

test('an amount that is not a whole positive number of fen, a bad order number or a missing openid is refused before WeChat Pay is asked', async () => {
  const { wechatPay, channel } = await startPayContext()
  const bad = [{ amountFen: 0 }, { amountFen: -100 }, { amountFen: 3024.5 }, { amountFen: Number.NaN }, { outTradeNo: 'short' }, { outTradeNo: 'has space in it 0001' }, { payerOpenid: '' }, { description: '' }, { notifyUrl: 'not a url' }]
  for (const change of bad) {
    expect(await channel.createOrder({ ...quarterOrder, ...change }), JSON.stringify(change)).toEqual({ ok: false, error: 'rejected', code: 'invalid_request' })
  }
  expect(wechatPay.received).toEqual([])
})

test('a server error, an answer that is not JSON and no answer within the timeout are unavailable, at every call; then it works again', async () => {
  const { wechatPay, channel } = await startPayContext({ timeoutMs: 200 })
  await channel.createOrder(quarterOrder)
  wechatPay.pay(quarterOrder.outTradeNo)
  const refund = { outTradeNo: quarterOrder.outTradeNo, outRefundNo: 'refund01jd4x0000quarter1', refundFen: 100, totalFen: 302_400 }
  const expected = { serverError: 'SYSTEM_ERROR', notJson: 'bad_response', hang: 'timeout' } as const
  for (const trouble of ['serverError', 'notJson', 'hang'] as const) {
    wechatPay.setTrouble(trouble)
    const failure = { ok: false, error: 'unavailable', code: expected[trouble] }
    expect(await channel.createOrder(quarterOrder), trouble).toEqual(failure)
    expect(await channel.queryOrder(quarterOrder.outTradeNo), trouble).toEqual(failure)
    expect(await channel.refund(refund), trouble).toEqual(failure)
  }
  wechatPay.setTrouble(null)
  const queried = await channel.queryOrder(quarterOrder.outTradeNo)
  expect(queried.ok && queried.payment.tradeState).toBe('SUCCESS')
})

/** A loopback port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

test('WeChat Pay unreachable is unavailable, said as a network failure', async () => {
  const keys = fakePayKeys()
  const channel = createWechatPayChannel({
    ...merchant,
    apiBase: `http://127.0.0.1:${await closedPort()}`,
    merchantPrivateKey: keys.merchant.privateKey,
    platformPublicKey: keys.platform.publicKey,
    timeoutMs: 2000,
  })
  expect(await channel.createOrder(quarterOrder)).toEqual({ ok: false, error: 'unavailable', code: 'network' })
  expect(await channel.queryOrder(quarterOrder.outTradeNo)).toEqual({ ok: false, error: 'unavailable', code: 'network' })
})

test('failures are logged by WeChat Pay’s code only: never the payer’s openid, the description or the amount', async () => {
  const { wechatPay, channel, logLines } = await startPayContext()
  await channel.createOrder(quarterOrder)
  await channel.createOrder({ ...quarterOrder, amountFen: 1 })
  wechatPay.setTrouble('serverError')
  await channel.queryOrder(quarterOrder.outTradeNo)
  expect(logLines).toEqual([
    { event: 'payment_order_failed', code: 'OUT_TRADE_NO_USED' },
    { event: 'payment_query_failed', code: 'SYSTEM_ERROR' },
  ])
})

test('without WeChat Pay settings no order is made and no notification is believed', async () => {
  const channel = createUnconfiguredPaymentChannel()
  expect(channel.kind).toBe('wechat')
  expect(await channel.createOrder(quarterOrder)).toEqual({ ok: false, error: 'unavailable', code: 'not_configured' })
  expect(await channel.queryOrder(quarterOrder.outTradeNo)).toEqual({ ok: false, error: 'unavailable', code: 'not_configured' })
  expect(await channel.verifyNotification({ headers: new Headers(), body: '{}' })).toEqual({ ok: false, error: 'unknown_serial' })
})
