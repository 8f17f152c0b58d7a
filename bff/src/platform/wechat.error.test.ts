import { expect, onTestFinished, test } from 'vitest'
import { fakeCodes, startFakeWechat, unreachableUrl } from '../testing/fake-wechat'
import { countRows } from '../testing/database-probes'
import { createTestContext, type TestContext } from '../testing/harness'
import { expectProblem } from '../testing/http'
import { createWechatClient } from './wechat'

const app = { appId: 'wx-test-app', secret: 'test-app-secret' }

async function fake() {
  const wechat = await startFakeWechat({ ...app, users: { 'code-ok': { openid: 'o-ok', sessionKey: 'sk-ok' } } })
  onTestFinished(() => wechat.close())
  return wechat
}

function accounts(t: TestContext): Promise<number> {
  return countRows(t.deps.db, 'users')
}

test('a code WeChat rejects is answered login_failed, and makes no account and no session', async () => {
  const wechat = await fake()
  const client = createWechatClient({ apiBase: wechat.url, ...app })
  expect(await client.code2Session('code-used-twice')).toEqual({ ok: false, reason: 'rejected', errcode: 40029 })

  const t = await createTestContext({ wechat: client })
  const before = await accounts(t)
  await expectProblem(await t.call('POST', '/api/auth/wechat/login', { body: { code: fakeCodes.rejected } }), 'login_failed')
  expect(await accounts(t)).toBe(before)
  expect(await countRows(t.deps.db, 'sessions')).toBe(0)
})

test('WeChat answering with a server error is answered partner_unavailable', async () => {
  const wechat = await fake()
  const client = createWechatClient({ apiBase: wechat.url, ...app })
  expect(await client.code2Session(fakeCodes.serverError)).toEqual({ ok: false, reason: 'unavailable', errcode: null })
  const t = await createTestContext({ wechat: client })
  await expectProblem(await t.call('POST', '/api/auth/wechat/login', { body: { code: fakeCodes.serverError } }), 'partner_unavailable')
})

test('WeChat not answering within the timeout is answered partner_unavailable, without waiting for ever', async () => {
  const wechat = await fake()
  const client = createWechatClient({ apiBase: wechat.url, ...app, timeoutMs: 200 })
  const started = performance.now()
  expect(await client.code2Session(fakeCodes.hang)).toEqual({ ok: false, reason: 'unavailable', errcode: null })
  expect(performance.now() - started).toBeLessThan(3000)

  const t = await createTestContext({ wechat: client })
  await expectProblem(await t.call('POST', '/api/auth/wechat/login', { body: { code: fakeCodes.hang } }), 'partner_unavailable')
})

test('WeChat unreachable is answered partner_unavailable', async () => {
  const client = createWechatClient({ apiBase: await unreachableUrl(), ...app, timeoutMs: 2000 })
  expect(await client.code2Session('code-ok')).toEqual({ ok: false, reason: 'unavailable', errcode: null })
  const t = await createTestContext({ wechat: client })
  await expectProblem(await t.call('POST', '/api/auth/wechat/login', { body: { code: 'code-ok' } }), 'partner_unavailable')
})

test('WeChat answering something that is not JSON is answered partner_unavailable', async () => {
  const wechat = await fake()
  const client = createWechatClient({ apiBase: wechat.url, ...app })
  expect(await client.code2Session(fakeCodes.notJson)).toEqual({ ok: false, reason: 'unavailable', errcode: null })
})

test('a wrong app secret is our fault, not the user’s: partner_unavailable, not login_failed', async () => {
  const wechat = await fake()
  const client = createWechatClient({ apiBase: wechat.url, appId: app.appId, secret: 'wrong-secret' })
  expect(await client.code2Session('code-ok')).toEqual({ ok: false, reason: 'unavailable', errcode: 40125 })
  const t = await createTestContext({ wechat: client })
  await expectProblem(await t.call('POST', '/api/auth/wechat/login', { body: { code: 'code-ok' } }), 'partner_unavailable')
})

test('a WeChat login without a code, or with an overlong one, never reaches WeChat', async () => {
  const wechat = await fake()
  const t = await createTestContext({ wechat: createWechatClient({ apiBase: wechat.url, ...app }) })
  await expectProblem(await t.call('POST', '/api/auth/wechat/login', { body: { code: '' } }), 'validation_failed')
  await expectProblem(await t.call('POST', '/api/auth/wechat/login', { body: { code: 'c'.repeat(129) } }), 'validation_failed')
  await expectProblem(await t.call('POST', '/api/auth/wechat/login', { body: {} }), 'validation_failed')
  expect(wechat.requests).toEqual([])
})
