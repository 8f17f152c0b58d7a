import { expect, onTestFinished, test } from 'vitest'
import { z } from 'zod'
import { LoginProvider, Me, Session } from '@renshe/shared/identity/schemas'
import { startFakeWechat } from '../testing/fake-wechat'
import { createTestContext } from '../testing/harness'
import { expectOk } from '../testing/http'
import { createWechatClient } from './wechat'

const app = { appId: 'wx-test-app', secret: 'test-app-secret' }
const users = {
  'code-zhang-1': { openid: 'o-zhang-openid', sessionKey: 'zhang-session-key-1' },
  'code-zhang-2': { openid: 'o-zhang-openid', sessionKey: 'zhang-session-key-2' },
  'code-wu-1': { openid: 'o-wu-openid', sessionKey: 'wu-session-key-1' },
}

async function fake() {
  const wechat = await startFakeWechat({ ...app, users })
  onTestFinished(() => wechat.close())
  return wechat
}

test('the WeChat client exchanges a login code for the openid, sending app id, secret, code and grant type', async () => {
  const wechat = await fake()
  const client = createWechatClient({ apiBase: wechat.url, ...app })
  expect(await client.code2Session('code-zhang-1')).toEqual({ ok: true, openid: 'o-zhang-openid', sessionKey: 'zhang-session-key-1', unionid: null })
  expect(wechat.requests).toHaveLength(1)
  const sent = wechat.requests[0]
  expect(sent?.pathname).toBe('/sns/jscode2session')
  expect(Object.fromEntries(sent?.searchParams ?? [])).toEqual({
    appid: 'wx-test-app',
    secret: 'test-app-secret',
    js_code: 'code-zhang-1',
    grant_type: 'authorization_code',
  })
})

test('a code with characters that mean something in a URL reaches WeChat unchanged', async () => {
  const wechat = await fake()
  const client = createWechatClient({ apiBase: wechat.url, ...app })
  await client.code2Session('a&secret=stolen#b')
  expect(wechat.requests[0]?.searchParams.get('js_code')).toBe('a&secret=stolen#b')
  expect(wechat.requests[0]?.searchParams.getAll('secret')).toEqual(['test-app-secret'])
})

test('a deployment with WeChat configured offers WeChat login', async () => {
  const wechat = await fake()
  const t = await createTestContext({ wechat: createWechatClient({ apiBase: wechat.url, ...app }) })
  const providers = await expectOk(await t.call('GET', '/api/auth/providers'), z.object({ providers: z.array(LoginProvider) }))
  expect(providers).toEqual({ providers: ['wechat', 'development'] })
})

test('a WeChat user logs in twice and lands in the same account, with a new token each time', async () => {
  const wechat = await fake()
  const t = await createTestContext({ wechat: createWechatClient({ apiBase: wechat.url, ...app }) })
  const first = await expectOk(await t.call('POST', '/api/auth/wechat/login', { body: { code: 'code-zhang-1' } }), Session)
  const second = await expectOk(await t.call('POST', '/api/auth/wechat/login', { body: { code: 'code-zhang-2' } }), Session)
  expect(first.provider).toBe('wechat')
  expect(second.me.id).toBe(first.me.id)
  expect(second.token).not.toBe(first.token)
  expect(first.me).toEqual({ id: first.me.id, displayName: null, roles: ['citizen'], realName: { bound: false }, regionCode: null, staffCode: null, suggestCareMode: false })

  for (const token of [first.token, second.token]) expect((await expectOk(await t.call('GET', '/api/me', { token }), Me)).id).toBe(first.me.id)
  const other = await expectOk(await t.call('POST', '/api/auth/wechat/login', { body: { code: 'code-wu-1' } }), Session)
  expect(other.me.id).not.toBe(first.me.id)
})
