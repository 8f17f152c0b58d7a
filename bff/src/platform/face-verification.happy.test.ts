import { expect, onTestFinished, test } from 'vitest'
import { startFakeWechatFace } from '../testing/fake-wechat-face'
import { certHashOf, certInfoOf, createDevelopmentFaceVerifier, createWechatFaceVerifier } from './face-verification'
import { createWechatAccessToken } from './wechat-access-token'

const app = { appId: 'wx-test-app', secret: 'test-app-secret' }
const now = Date.parse('2026-11-29T02:00:00.000Z')
const sun = { outSeqNo: '01jd4x0000000000000000sun1', openid: 'o-sun', idNumber: '33030219550312301X', name: '孙建国' }

async function fake() {
  const wechat = await startFakeWechatFace(app)
  onTestFinished(() => wechat.close())
  return wechat
}

test('cert_hash is computed as WeChat’s documentation shows it for 张三', () => {
  const info = certInfoOf({ name: '张三', idNumber: '310101199801011234' })
  expect(info).toEqual({ cert_type: 'IDENTITY_CARD', cert_name: '张三', cert_no: '310101199801011234' })
  expect(certHashOf(info)).toBe('3c241f7ff324977aeb91f173bb2a7b06569e6fd784d5573db34a636d8671108b')
})

test('a session is opened for the pensioner in her own account, and a check that succeeded in it passes', async () => {
  const wechat = await fake()
  const verifier = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now })
  expect(verifier.kind).toBe('wechat')
  const session = await verifier.start(sun)
  expect(session).toEqual({ ok: true, verifyId: 'fake-verify-1' })
  expect(wechat.received[0]).toEqual({
    path: '/cityservice/face/identify/getverifyid',
    accessToken: 'fake-token-1',
    body: { out_seq_no: sun.outSeqNo, cert_info: { cert_type: 'IDENTITY_CARD', cert_name: '孙建国', cert_no: '33030219550312301X' }, openid: 'o-sun' },
  })
  wechat.completeCheck('fake-verify-1')
  expect(await verifier.verify({ ...sun, verifyId: 'fake-verify-1' })).toEqual({ ok: true, passed: true })
  expect(wechat.received[1]?.body).toEqual({ verify_id: 'fake-verify-1', out_seq_no: sun.outSeqNo, cert_hash: certHashOf(certInfoOf(sun)), openid: 'o-sun' })
})

test('an ID number ending in a small x is sent and hashed as printed, with a capital X', async () => {
  const wechat = await fake()
  const verifier = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now })
  const lower = { ...sun, idNumber: '33030219550312301x' }
  const session = await verifier.start(lower)
  if (!session.ok) throw new Error('no session')
  wechat.completeCheck(session.verifyId)
  expect(await verifier.verify({ ...lower, verifyId: session.verifyId })).toEqual({ ok: true, passed: true })
})

test('clients sharing the app’s access token ask WeChat for it once', async () => {
  const wechat = await fake()
  const accessToken = createWechatAccessToken({ apiBase: wechat.url, ...app, now: () => now })
  const first = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now, accessToken })
  const second = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now, accessToken })
  await first.start(sun)
  await second.start({ ...sun, outSeqNo: '01jd4x0000000000000000sun2' })
  expect(await accessToken.get()).toEqual({ ok: true, token: 'fake-token-1' })
  expect(wechat.tokenRequests()).toBe(1)
})

test('the development verifier says what it is, opens dev-face:<attempt> and passes or fails as its panel says', async () => {
  const verifier = createDevelopmentFaceVerifier()
  expect(verifier.kind).toBe('development')
  expect(await verifier.start(sun)).toEqual({ ok: true, verifyId: `dev-face:${sun.outSeqNo}` })
  const verifyId = `dev-face:${sun.outSeqNo}`
  expect(await verifier.verify({ ...sun, verifyId, simulated: 'pass' })).toEqual({ ok: true, passed: true })
  expect(await verifier.verify({ ...sun, verifyId, simulated: 'fail' })).toEqual({ ok: true, passed: false, reason: 'not_identified' })
})
