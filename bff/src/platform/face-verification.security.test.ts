import { expect, onTestFinished, test } from 'vitest'
import { startFakeWechatFace, type FakeFaceTrouble } from '../testing/fake-wechat-face'
import { createWechatFaceVerifier } from './face-verification'
import { createLogger } from './logger'

const app = { appId: 'wx-test-app', secret: 'test-app-secret' }
const now = Date.parse('2026-11-29T02:00:00.000Z')
const sun = { outSeqNo: '01jd4x0000000000000000sun1', openid: 'o-sun-openid-4821', idNumber: '33030219550312301X', name: '孙建国' }

test('the ID number and the name travel once, in the body of getVerifyId; the result is asked with their hash; nothing personal is in a URL', async () => {
  const wechat = await startFakeWechatFace(app)
  onTestFinished(() => wechat.close())
  const verifier = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now })
  const session = await verifier.start(sun)
  if (!session.ok) throw new Error('no session')
  wechat.completeCheck(session.verifyId)
  expect(await verifier.verify({ ...sun, verifyId: session.verifyId })).toEqual({ ok: true, passed: true })
  const [opened, asked] = wechat.received.map((received) => JSON.stringify(received.body))
  expect(opened).toContain(sun.idNumber)
  for (const secret of [sun.idNumber, sun.name]) expect(asked).not.toContain(secret)
  for (const request of wechat.requests) {
    for (const secret of [session.verifyId, sun.idNumber, sun.name, encodeURIComponent(sun.name), sun.openid, app.secret]) expect(request).not.toContain(secret)
  }
})

test('neither the session, the ID number, the name, the openid nor WeChat’s message reaches the log, whatever the outcome', async () => {
  const wechat = await startFakeWechatFace(app)
  onTestFinished(() => wechat.close())
  const lines: string[] = []
  const verifier = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now, timeoutMs: 200, logger: createLogger('debug', (line) => lines.push(line)) })
  const session = await verifier.start(sun)
  if (!session.ok) throw new Error('no session')
  await verifier.verify({ ...sun, verifyId: session.verifyId })
  await verifier.verify({ ...sun, verifyId: 'fake-verify-unknown-77' })
  await verifier.verify({ ...sun, idNumber: '330302194807214020', name: '吴桂兰', verifyId: session.verifyId })
  const troubles: FakeFaceTrouble[] = ['serverError', 'busy', 'notJson', 'hang']
  for (const trouble of troubles) {
    wechat.setTrouble(trouble)
    await verifier.start(sun)
    await verifier.verify({ ...sun, verifyId: session.verifyId })
  }
  wechat.setTrouble(null)
  wechat.rejectAllTokens()
  await verifier.verify({ ...sun, verifyId: session.verifyId })
  expect(lines.length).toBeGreaterThan(0)
  const log = lines.join('\n')
  for (const secret of [session.verifyId, 'fake-verify-unknown-77', sun.idNumber, sun.name, sun.openid, '330302194807214020', '吴桂兰', 'invalid verify_id', 'fake-token']) {
    expect(log).not.toContain(secret)
  }
})
