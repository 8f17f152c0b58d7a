import { expect, onTestFinished, test } from 'vitest'
import { fakeFaceResults, startFakeWechatFace, type FakeFaceCheck } from '../testing/fake-wechat-face'
import { createWechatFaceVerifier } from './face-verification'
import { createLogger } from './logger'

const app = { appId: 'wx-test-app', secret: 'test-app-secret' }
const now = Date.parse('2026-11-29T02:00:00.000Z')
const sun = { openid: 'o-sun-openid-4821', idNumber: '33030219550312301X', name: '孙建国' }
const justNow: FakeFaceCheck = { ...sun, identifyTime: Math.floor(now / 1000) - 60 }
const secretResult = 'vr-secret-ticket-93f1c2'

test('only the verify result travels, in the body: the ID number and the name stay here, and nothing personal is in a URL', async () => {
  const wechat = await startFakeWechatFace({ ...app, checks: { [secretResult]: justNow } })
  onTestFinished(() => wechat.close())
  const verifier = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now })
  expect(await verifier.verify({ verifyResult: secretResult, ...sun })).toEqual({ ok: true, passed: true })
  expect(wechat.received.map((received) => received.body)).toEqual([{ verify_result: secretResult }])
  for (const request of wechat.requests) {
    for (const secret of [secretResult, sun.idNumber, sun.name, encodeURIComponent(sun.name), sun.openid, app.secret]) expect(request).not.toContain(secret)
  }
})

test('neither the verify result, the ID number, the name, the openid nor WeChat’s message reaches the log, whatever the outcome', async () => {
  const wechat = await startFakeWechatFace({
    ...app,
    checks: { [secretResult]: justNow, 'vr-other-person': { ...justNow, idNumber: '330302194807214020', name: '吴桂兰' } },
  })
  onTestFinished(() => wechat.close())
  const lines: string[] = []
  const verifier = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now, timeoutMs: 200, logger: createLogger('debug', (line) => lines.push(line)) })
  const results = [secretResult, 'vr-other-person', 'vr-unknown-ticket-77', ...Object.values(fakeFaceResults)]
  for (const verifyResult of results) await verifier.verify({ verifyResult, ...sun })
  wechat.rejectAllTokens()
  await verifier.verify({ verifyResult: secretResult, ...sun })
  expect(lines.length).toBeGreaterThan(0)
  const log = lines.join('\n')
  for (const secret of [...results, sun.idNumber, sun.name, sun.openid, '330302194807214020', '吴桂兰', 'invalid verify_result', 'fake-token']) {
    expect(log).not.toContain(secret)
  }
})
