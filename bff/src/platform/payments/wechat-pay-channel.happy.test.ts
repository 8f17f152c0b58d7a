import { createVerify } from 'node:crypto'
import { createServer } from 'node:http'
import { expect, onTestFinished, test } from 'vitest'
import { fakePayKeys } from './fake-wechat-pay'
import type { NotificationResult, PaymentChannel } from './payment-channel'
import { incoming, merchant, payStart, quarterOrder, startPayContext } from './wechat-pay-test-context'

test('a worker’s order gives the JSAPI parameters, signed by the merchant over appId, timeStamp, nonceStr and package', async () => {
  const { wechatPay, channel } = await startPayContext()
  const ordered = await channel.createOrder(quarterOrder)
  if (!ordered.ok) throw new Error(`no order: ${ordered.error} ${ordered.code}`)
  const held = wechatPay.orders.get(quarterOrder.outTradeNo)
  expect(held).toMatchObject({ appid: merchant.appId, total: 302_400, openid: 'o-worker-li', description: quarterOrder.description, tradeState: 'NOTPAY' })
  const { payParams } = ordered
  expect(ordered.development).toBe(false)
  expect(payParams).toMatchObject({ appId: merchant.appId, timeStamp: String(payStart / 1000), package: `prepay_id=${held?.prepayId}`, signType: 'RSA' })
  expect(payParams.nonceStr).toMatch(/^[0-9A-F]{32}$/)
  const signed = `${payParams.appId}\n${payParams.timeStamp}\n${payParams.nonceStr}\n${payParams.package}\n`
  expect(createVerify('sha256').update(signed).verify(fakePayKeys().merchant.publicKey, payParams.paySign, 'base64')).toBe(true)
  expect(wechatPay.received).toEqual([{ method: 'POST', path: '/v3/pay/transactions/jsapi', signed: true }])
})

test('ordering again under the same number gives the same order, not a second one', async () => {
  const { wechatPay, channel } = await startPayContext()
  const first = await channel.createOrder(quarterOrder)
  const again = await channel.createOrder(quarterOrder)
  if (!first.ok || !again.ok) throw new Error('no order')
  expect(again.payParams.package).toBe(first.payParams.package)
  expect(wechatPay.orders.size).toBe(1)
})

test('a query tells an unpaid order from a paid one, with WeChat Pay’s transaction id and the amount', async () => {
  const { wechatPay, channel } = await startPayContext()
  await channel.createOrder(quarterOrder)
  expect(await channel.queryOrder(quarterOrder.outTradeNo)).toEqual({
    ok: true,
    payment: { outTradeNo: quarterOrder.outTradeNo, transactionId: null, tradeState: 'NOTPAY', amountFen: null, development: false },
  })
  wechatPay.pay(quarterOrder.outTradeNo)
  const paid = await channel.queryOrder(quarterOrder.outTradeNo)
  expect(paid).toEqual({
    ok: true,
    payment: { outTradeNo: quarterOrder.outTradeNo, transactionId: wechatPay.orders.get(quarterOrder.outTradeNo)?.transactionId, tradeState: 'SUCCESS', amountFen: 302_400, development: false },
  })
  expect(wechatPay.received.at(-1)).toEqual({ method: 'GET', path: `/v3/pay/transactions/out-trade-no/${quarterOrder.outTradeNo}?mchid=${merchant.mchId}`, signed: true })
})

/** The portal's notify URL, reduced to what the route will do: hand the request to the channel, answer 204 or 400. */
async function notifyReceiver(channel: PaymentChannel) {
  const results: NotificationResult[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
      void channel.verifyNotification({ headers, body: Buffer.concat(chunks).toString('utf8') }).then((result) => {
        results.push(result)
        res.writeHead(result.ok ? 204 : 400)
        res.end()
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const address = server.address()
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/payments/wechat/notify`, results }
}

test('WeChat Pay’s notification of a paid order, posted to the notify URL, is verified and opened', async () => {
  const { wechatPay, channel } = await startPayContext()
  const receiver = await notifyReceiver(channel)
  await channel.createOrder({ ...quarterOrder, notifyUrl: receiver.url })
  wechatPay.pay(quarterOrder.outTradeNo)
  expect(await wechatPay.notify(quarterOrder.outTradeNo)).toBe(204)
  expect(receiver.results).toEqual([
    {
      ok: true,
      notificationId: expect.stringMatching(/^fake-notify-/),
      eventType: 'TRANSACTION.SUCCESS',
      payment: { outTradeNo: quarterOrder.outTradeNo, transactionId: wechatPay.orders.get(quarterOrder.outTradeNo)?.transactionId, tradeState: 'SUCCESS', amountFen: 302_400, development: false },
    },
  ])
})

test('a notification sent four minutes ago is still believed (WeChat Pay’s clock and ours may differ a little)', async () => {
  const { wechatPay, channel } = await startPayContext()
  await channel.createOrder(quarterOrder)
  wechatPay.pay(quarterOrder.outTradeNo)
  const sent = wechatPay.notificationFor(quarterOrder.outTradeNo, { at: payStart / 1000 - 4 * 60 })
  expect((await channel.verifyNotification(incoming(sent))).ok).toBe(true)
})

test('a paid order is refunded, and the same refund asked again is the same refund', async () => {
  const { wechatPay, channel } = await startPayContext()
  await channel.createOrder(quarterOrder)
  wechatPay.pay(quarterOrder.outTradeNo)
  const request = { outTradeNo: quarterOrder.outTradeNo, outRefundNo: 'refund01jd4x0000quarter1', refundFen: 302_400, totalFen: 302_400, reason: '单位已为该期间缴费' }
  const refunded = await channel.refund(request)
  if (!refunded.ok) throw new Error(`no refund: ${refunded.error}`)
  expect(refunded.refund).toMatchObject({ outRefundNo: request.outRefundNo, state: 'PROCESSING', refundFen: 302_400, development: false })
  expect(await channel.refund(request)).toEqual(refunded)
  expect(wechatPay.orders.get(quarterOrder.outTradeNo)).toMatchObject({ refunded: 302_400, tradeState: 'REFUND' })
  const queried = await channel.queryOrder(quarterOrder.outTradeNo)
  expect(queried.ok && queried.payment.tradeState).toBe('REFUND')
})
