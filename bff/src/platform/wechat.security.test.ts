import { sql } from 'drizzle-orm'
import { expect, onTestFinished, test } from 'vitest'
import { z } from 'zod'
import { Session } from '@renshe/shared/identity/schemas'
import { startFakeWechat } from '../testing/fake-wechat'
import { databaseDump } from '../testing/flows'
import { createTestContext } from '../testing/harness'
import { expectOk } from '../testing/http'
import { createWechatClient } from './wechat'

const app = { appId: 'wx-test-app', secret: 'test-app-secret' }
const sessionKey = 'SECRET+session/key=='
const openid = 'oABCDEF-the-openid-123'

test('the WeChat session_key never leaves the server and is stored only sealed; the openid only as a blind index', async () => {
  const wechat = await startFakeWechat({ ...app, users: { 'code-1': { openid, sessionKey } } })
  onTestFinished(() => wechat.close())
  const t = await createTestContext({ wechat: createWechatClient({ apiBase: wechat.url, ...app }) })
  const response = await t.call('POST', '/api/auth/wechat/login', { body: { code: 'code-1' } })
  const text = await response.clone().text()
  const session = await expectOk(response, Session)
  expect(text).not.toContain(sessionKey)
  expect(text).not.toContain(openid)
  expect(JSON.stringify(Object.fromEntries(response.headers))).not.toContain(sessionKey)

  const me = await t.call('GET', '/api/me', { token: session.token })
  expect(await me.text()).not.toContain(openid)

  const dump = await databaseDump(t)
  expect(dump).not.toContain(sessionKey)
  expect(dump).not.toContain(openid)
  expect(dump).not.toContain(app.secret)
  expect(dump).not.toContain(session.token)

  const sealed = z
    .object({ wechat_session_key_enc: z.string(), provider: z.string() })
    .parse((await t.deps.db.rows(sql`select wechat_session_key_enc, provider from sessions where user_id = ${session.me.id}`))[0])
  expect(sealed.provider).toBe('wechat')
  expect(sealed.wechat_session_key_enc).toMatch(/^v1\./)
  expect(t.deps.sealer.open(sealed.wechat_session_key_enc)).toBe(sessionKey)

  const [user] = await t.deps.db.rows<{ wechat_openid_index: string }>(sql`select wechat_openid_index from users where id = ${session.me.id}`)
  expect(user?.wechat_openid_index).toBe(t.deps.blindIndex('wechat_openid', openid))
})

test('logs of a WeChat login hold neither the code, the openid nor the session_key', async () => {
  const wechat = await startFakeWechat({ ...app, users: { 'code-logged': { openid, sessionKey } } })
  onTestFinished(() => wechat.close())
  const logLines: string[] = []
  const t = await createTestContext({ logLines, wechat: createWechatClient({ apiBase: wechat.url, ...app }) })
  await expectOk(await t.call('POST', '/api/auth/wechat/login', { body: { code: 'code-logged' } }), Session)
  await t.call('POST', '/api/auth/wechat/login', { body: { code: 'code-unknown' } })
  expect(logLines.length).toBeGreaterThanOrEqual(2)
  for (const line of logLines) {
    for (const secret of ['code-logged', 'code-unknown', openid, sessionKey, app.secret]) expect(line).not.toContain(secret)
  }
})
