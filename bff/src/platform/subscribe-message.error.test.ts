import { expect, onTestFinished, test } from 'vitest'
import { unreachableUrl } from '../testing/fake-wechat'
import { fakeSubscribers, startFakeWechatSubscribe } from '../testing/fake-wechat-subscribe'
import { createWechatSubscribeSender, type SubscribeMessage } from './subscribe-message'

const app = { appId: 'wx-test-app', secret: 'test-app-secret' }

async function fake() {
  const wechat = await startFakeWechatSubscribe(app)
  onTestFinished(() => wechat.close())
  return wechat
}

const to = (openid: string): SubscribeMessage => ({
  openid,
  templateId: 'tmpl-case-progress',
  page: '',
  data: { thing1: { value: 'WG2026000123' }, phrase2: { value: '已受理' } },
})

test('a user who has not subscribed, an unknown openid and data WeChat rejects are refused: not worth retrying', async () => {
  const wechat = await fake()
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, ...app })
  expect(await sender.send(to(fakeSubscribers.notSubscribed))).toEqual({ ok: false, reason: 'refused', code: '43101' })
  expect(await sender.send(to(fakeSubscribers.unknownOpenid))).toEqual({ ok: false, reason: 'refused', code: '40003' })
  const tooLong = { ...to('o-zhang'), data: { thing1: { value: '一'.repeat(21) } } }
  expect(await sender.send(tooLong)).toEqual({ ok: false, reason: 'refused', code: '47003' })
})

test('a token WeChat has stopped accepting is dropped, a new one fetched, and the send tried once more', async () => {
  const wechat = await fake()
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, ...app })
  expect(await sender.send(to('o-zhang'))).toEqual({ ok: true })
  wechat.revokeTokens()
  expect(await sender.send(to('o-zhang'))).toEqual({ ok: true })
  expect(wechat.tokenRequests()).toBe(2)
  expect(wechat.received.map((received) => received.accessToken)).toEqual(['fake-token-1', 'fake-token-1', 'fake-token-2'])
})

test('a token refused again after renewal makes the send unavailable, without looping', async () => {
  const wechat = await fake()
  wechat.rejectAllTokens()
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, ...app })
  expect(await sender.send(to('o-zhang'))).toEqual({ ok: false, reason: 'unavailable', code: '40001' })
  expect(wechat.received).toHaveLength(2)
  expect(wechat.tokenRequests()).toBe(2)
})

test('a server error, a busy WeChat and an answer that is not JSON are unavailable: worth retrying later', async () => {
  const wechat = await fake()
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, ...app })
  expect(await sender.send(to(fakeSubscribers.serverError))).toEqual({ ok: false, reason: 'unavailable', code: 'http_500' })
  expect(await sender.send(to(fakeSubscribers.busy))).toEqual({ ok: false, reason: 'unavailable', code: '-1' })
  expect(await sender.send(to(fakeSubscribers.notJson))).toEqual({ ok: false, reason: 'unavailable', code: 'bad_response' })
})

test('WeChat not answering is unavailable after the timeout, without waiting for ever', async () => {
  const wechat = await fake()
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, ...app, timeoutMs: 200 })
  const started = performance.now()
  expect(await sender.send(to(fakeSubscribers.hang))).toEqual({ ok: false, reason: 'unavailable', code: 'timeout' })
  expect(performance.now() - started).toBeLessThan(3000)
})

test('WeChat unreachable is unavailable, for the token and so for the send', async () => {
  const sender = createWechatSubscribeSender({ apiBase: await unreachableUrl(), ...app, timeoutMs: 2000 })
  expect(await sender.send(to('o-zhang'))).toEqual({ ok: false, reason: 'unavailable', code: 'network' })
})

test('a wrong app secret is our fault and unavailable, not a refusal of the user, and it is asked again next time', async () => {
  const wechat = await fake()
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, appId: app.appId, secret: 'wrong-secret' })
  expect(await sender.send(to('o-zhang'))).toEqual({ ok: false, reason: 'unavailable', code: 'token_40125' })
  expect(await sender.send(to('o-zhang'))).toEqual({ ok: false, reason: 'unavailable', code: 'token_40125' })
  expect(wechat.tokenRequests()).toBe(2)
  expect(wechat.received).toEqual([])
})
