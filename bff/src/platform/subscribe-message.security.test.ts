import { expect, onTestFinished, test } from 'vitest'
import { fakeSubscribers, startFakeWechatSubscribe } from '../testing/fake-wechat-subscribe'
import { createLogger } from './logger'
import { createDevelopmentSubscribeSender, createWechatSubscribeSender, type SubscribeMessage } from './subscribe-message'

const app = { appId: 'wx-test-app', secret: 'test-app-secret' }

async function fake() {
  const wechat = await startFakeWechatSubscribe(app)
  onTestFinished(() => wechat.close())
  return wechat
}

const message: SubscribeMessage = {
  openid: 'o-zhang-openid-1234',
  templateId: 'tmpl-case-progress',
  page: 'features/wages/pages/case/index?id=c1',
  data: { thing1: { value: 'WG2026000123' }, phrase2: { value: '已受理' } },
}

test('the app secret and the openid travel in request bodies, never in a URL a proxy could log', async () => {
  const wechat = await fake()
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, ...app })
  await sender.send(message)
  await sender.send({ ...message, openid: fakeSubscribers.notSubscribed })
  expect(wechat.requests).toHaveLength(3)
  for (const request of wechat.requests) {
    expect(request).not.toContain(app.secret)
    expect(request).not.toContain(message.openid)
    expect(request).not.toContain(fakeSubscribers.notSubscribed)
  }
})

test('what a failed send reports is the error code alone, never WeChat’s message, which can quote the data', async () => {
  const wechat = await fake()
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, ...app })
  const results = [
    await sender.send({ ...message, openid: fakeSubscribers.notSubscribed }),
    await sender.send({ ...message, data: { thing1: { value: '张伟'.repeat(11) } } }),
    await sender.send({ ...message, openid: fakeSubscribers.busy }),
  ]
  for (const result of results) {
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.code).toMatch(/^-?[0-9a-z_]{1,20}$/)
  }
})

test('the development sender logs neither the openid nor any value of the message', async () => {
  const lines: string[] = []
  const sender = createDevelopmentSubscribeSender(createLogger('debug', (line) => lines.push(line)))
  await sender.send(message)
  const log = lines.join('\n')
  for (const secret of [message.openid, 'WG2026000123', '已受理', 'features/wages']) expect(log).not.toContain(secret)
})
