import { expect, test } from 'vitest'
import { fakePayKeys } from './fake-wechat-pay'
import { createWechatPayChannel } from './wechat-pay-channel'
import { incoming, merchant, payStart, quarterOrder, startPayContext } from './wechat-pay-test-context'

async function paidOrder() {
  const context = await startPayContext()
  await context.channel.createOrder(quarterOrder)
  context.wechatPay.pay(quarterOrder.outTradeNo)
  return context
}

test('a notification signed with someone else’s key is refused', async () => {
  const { wechatPay, channel } = await paidOrder()
  const forged = wechatPay.notificationFor(quarterOrder.outTradeNo, { signWith: fakePayKeys().stranger.privateKey })
  expect(await channel.verifyNotification(incoming(forged))).toEqual({ ok: false, error: 'bad_signature' })
})

test('a notification naming a key we do not hold is refused, whatever its signature', async () => {
  const { wechatPay, channel } = await paidOrder()
  const other = wechatPay.notificationFor(quarterOrder.outTradeNo, { serial: 'PUB_KEY_ID_0119000001092026112900000000000002' })
  expect(await channel.verifyNotification(incoming(other))).toEqual({ ok: false, error: 'unknown_serial' })
})

test('a notification sent more than five minutes ago, or dated ahead, is refused as stale', async () => {
  const { wechatPay, channel } = await paidOrder()
  for (const at of [payStart / 1000 - 5 * 60 - 1, payStart / 1000 - 24 * 3600, payStart / 1000 + 5 * 60 + 1]) {
    const old = wechatPay.notificationFor(quarterOrder.outTradeNo, { at })
    expect(await channel.verifyNotification(incoming(old)), String(at)).toEqual({ ok: false, error: 'stale' })
  }
})

test('an old notification played again with a fresh timestamp, or with another body under its signature, is refused', async () => {
  const { wechatPay, channel, clock } = await paidOrder()
  const old = wechatPay.notificationFor(quarterOrder.outTradeNo)
  clock.advance(10 * 60 * 1000)
  expect(await channel.verifyNotification(incoming(old))).toEqual({ ok: false, error: 'stale' })
  const refreshed = { ...old, headers: { ...old.headers, 'wechatpay-timestamp': String(Math.floor(clock.now() / 1000)) } }
  expect(await channel.verifyNotification(incoming(refreshed))).toEqual({ ok: false, error: 'bad_signature' })
  const fresh = wechatPay.notificationFor(quarterOrder.outTradeNo)
  const swapped = { headers: fresh.headers, body: old.body }
  expect(await channel.verifyNotification(incoming(swapped))).toEqual({ ok: false, error: 'bad_signature' })
  const edited = { headers: fresh.headers, body: fresh.body.replace('TRANSACTION.SUCCESS', 'TRANSACTION.SUCCESS ') }
  expect(await channel.verifyNotification(incoming(edited))).toEqual({ ok: false, error: 'bad_signature' })
  expect((await channel.verifyNotification(incoming(fresh))).ok).toBe(true)
})

test('a signed notification whose resource was sealed with another APIv3 key, or is for another merchant, is refused', async () => {
  const { wechatPay, channel } = await paidOrder()
  const otherKey = wechatPay.notificationFor(quarterOrder.outTradeNo, { apiV3Key: 'Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2d' })
  expect(await channel.verifyNotification(incoming(otherKey))).toEqual({ ok: false, error: 'undecryptable' })
  const otherMerchant = wechatPay.notificationFor(quarterOrder.outTradeNo, { mchid: '1900000999' })
  expect(await channel.verifyNotification(incoming(otherMerchant))).toEqual({ ok: false, error: 'not_ours' })
})

test('a notification without its headers, or whose body is not WeChat Pay’s, is refused as malformed', async () => {
  const { wechatPay, channel } = await paidOrder()
  const real = wechatPay.notificationFor(quarterOrder.outTradeNo)
  for (const header of ['wechatpay-timestamp', 'wechatpay-nonce', 'wechatpay-signature', 'wechatpay-serial']) {
    const headers = { ...real.headers }
    delete headers[header]
    expect(await channel.verifyNotification(incoming({ headers, body: real.body })), header).toEqual({ ok: false, error: 'malformed' })
  }
  expect(await channel.verifyNotification(incoming({ headers: { ...real.headers, 'wechatpay-timestamp': 'soon' }, body: real.body }))).toEqual({ ok: false, error: 'malformed' })
})

test('an answer WeChat Pay did not sign, or that someone else signed, is not believed: no order, no payment', async () => {
  const { wechatPay, channel } = await paidOrder()
  wechatPay.setTrouble('unsigned')
  expect(await channel.queryOrder(quarterOrder.outTradeNo)).toEqual({ ok: false, error: 'unavailable', code: 'answer_malformed' })
  expect(await channel.createOrder({ ...quarterOrder, outTradeNo: 'flex01jd4x0000000000quarter2' })).toEqual({ ok: false, error: 'unavailable', code: 'answer_malformed' })
  wechatPay.setTrouble('signedByStranger')
  expect(await channel.queryOrder(quarterOrder.outTradeNo)).toEqual({ ok: false, error: 'unavailable', code: 'answer_bad_signature' })
  wechatPay.setTrouble(null)
  expect((await channel.queryOrder(quarterOrder.outTradeNo)).ok).toBe(true)
})

test('a client holding another merchant key is refused by WeChat Pay (the fake checks the request’s signature)', async () => {
  const { wechatPay } = await startPayContext()
  const keys = fakePayKeys()
  const impostor = createWechatPayChannel({ ...merchant, apiBase: wechatPay.url, merchantPrivateKey: keys.stranger.privateKey, platformPublicKey: keys.platform.publicKey, now: () => payStart })
  expect(await impostor.createOrder(quarterOrder)).toEqual({ ok: false, error: 'rejected', code: 'SIGN_ERROR' })
  expect(wechatPay.received).toEqual([{ method: 'POST', path: '/v3/pay/transactions/jsapi', signed: false }])
  expect(wechatPay.orders.size).toBe(0)
})

test('a request dated more than five minutes from WeChat Pay’s clock is refused', async () => {
  const { wechatPay } = await startPayContext()
  const keys = fakePayKeys()
  const late = createWechatPayChannel({ ...merchant, apiBase: wechatPay.url, merchantPrivateKey: keys.merchant.privateKey, platformPublicKey: keys.platform.publicKey, now: () => payStart + 10 * 60 * 1000 })
  expect(await late.createOrder(quarterOrder)).toEqual({ ok: false, error: 'rejected', code: 'SIGN_ERROR' })
})
