import { expect, onTestFinished, test } from 'vitest'
import { startFakeWechatSubscribe } from '../testing/fake-wechat-subscribe'
import { createLogger } from './logger'
import { createDevelopmentSubscribeSender, createWechatSubscribeSender, type SubscribeMessage } from './subscribe-message'

const app = { appId: 'wx-test-app', secret: 'test-app-secret' }

async function fake(expiresIn?: number) {
  const wechat = await startFakeWechatSubscribe({ ...app, ...(expiresIn !== undefined ? { expiresIn } : {}) })
  onTestFinished(() => wechat.close())
  return wechat
}

const message: SubscribeMessage = {
  openid: 'o-zhang',
  templateId: 'tmpl-case-progress',
  page: 'features/wages/pages/case/index?id=c1',
  data: { thing1: { value: 'WG2026000123' }, phrase2: { value: '已受理' }, time3: { value: '2026-11-29 10:00' }, thing4: { value: '点击查看详情' } },
}

test('a message is sent with a token from stable_token, in the shape WeChat asks for', async () => {
  const wechat = await fake()
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, ...app })
  expect(await sender.send(message)).toEqual({ ok: true })
  expect(wechat.tokenBodies).toEqual([{ grant_type: 'client_credential', appid: app.appId, secret: app.secret }])
  expect(wechat.received).toEqual([
    {
      accessToken: 'fake-token-1',
      body: {
        touser: 'o-zhang',
        template_id: 'tmpl-case-progress',
        page: 'features/wages/pages/case/index?id=c1',
        data: message.data,
        miniprogram_state: 'formal',
        lang: 'zh_CN',
      },
    },
  ])
})

test('the token is fetched once and used for every send while it is good', async () => {
  const wechat = await fake()
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, ...app })
  for (let i = 0; i < 3; i += 1) expect(await sender.send(message)).toEqual({ ok: true })
  expect(wechat.tokenRequests()).toBe(1)
  expect(wechat.received.map((received) => received.accessToken)).toEqual(['fake-token-1', 'fake-token-1', 'fake-token-1'])
})

test('sends that start together share one token request', async () => {
  const wechat = await fake()
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, ...app })
  const results = await Promise.all(Array.from({ length: 5 }, () => sender.send(message)))
  expect(results).toEqual(Array.from({ length: 5 }, () => ({ ok: true })))
  expect(wechat.tokenRequests()).toBe(1)
})

test('the token is renewed five minutes before WeChat says it expires', async () => {
  const wechat = await fake(7200)
  let now = Date.parse('2026-11-29T02:00:00.000Z')
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, ...app, now: () => now })
  await sender.send(message)
  now += (7200 - 300 - 1) * 1000
  await sender.send(message)
  expect(wechat.tokenRequests()).toBe(1)
  now += 2000
  await sender.send(message)
  expect(wechat.tokenRequests()).toBe(2)
  expect(wechat.received.at(-1)?.accessToken).toBe('fake-token-2')
})

test('a message without a page is sent without one, so it opens nothing', async () => {
  const wechat = await fake()
  const sender = createWechatSubscribeSender({ apiBase: wechat.url, ...app })
  await sender.send({ ...message, page: '' })
  expect(wechat.received[0]?.body).not.toHaveProperty('page')
})

test('without WeChat, the development sender keeps the last hundred messages and logs only the template', async () => {
  const lines: string[] = []
  const sender = createDevelopmentSubscribeSender(createLogger('debug', (line) => lines.push(line)))
  expect(sender.name).toBe('development (no WeChat)')
  for (let i = 0; i < 105; i += 1) expect(await sender.send({ ...message, openid: `o-${i}` })).toEqual({ ok: true })
  expect(sender.sent).toHaveLength(100)
  expect(sender.sent[0]?.openid).toBe('o-5')
  expect(sender.sent.at(-1)?.openid).toBe('o-104')
  expect(lines).toHaveLength(105)
  expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 'info', event: 'subscribe_message_not_sent', template: 'tmpl-case-progress' })
})
