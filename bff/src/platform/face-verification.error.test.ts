import { expect, onTestFinished, test } from 'vitest'
import { unreachableUrl } from '../testing/fake-wechat'
import { startFakeWechatFace, type FakeFaceTrouble } from '../testing/fake-wechat-face'
import { createDevelopmentFaceVerifier, createUnconfiguredFaceVerifier, createWechatFaceVerifier, type FaceVerifier } from './face-verification'

const app = { appId: 'wx-test-app', secret: 'test-app-secret' }
const now = Date.parse('2026-11-29T02:00:00.000Z')
const sun = { outSeqNo: '01jd4x0000000000000000sun1', openid: 'o-sun', idNumber: '33030219550312301X', name: '孙建国' }

async function verifierFor(options: { timeoutMs?: number } = {}) {
  const wechat = await startFakeWechatFace(app)
  onTestFinished(() => wechat.close())
  return { wechat, verifier: createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now, ...options }) }
}

async function openedFor(verifier: FaceVerifier): Promise<string> {
  const session = await verifier.start(sun)
  if (!session.ok) throw new Error(`no session: ${session.error}`)
  return session.verifyId
}

test('a face check that ran and did not succeed (a face that did not match, a cancel, a camera refused) does not pass', async () => {
  const { wechat, verifier } = await verifierFor()
  for (const verifyRet of [90_002, 90_008, 90_011, 90_017]) {
    const verifyId = await openedFor(verifier)
    wechat.completeCheck(verifyId, verifyRet)
    expect(await verifier.verify({ ...sun, verifyId }), String(verifyRet)).toEqual({ ok: true, passed: false, reason: 'not_identified' })
  }
})

test('a session asked about for another attempt, another account or another person is refused by WeChat and does not pass', async () => {
  const { wechat, verifier } = await verifierFor()
  const verifyId = await openedFor(verifier)
  wechat.completeCheck(verifyId)
  for (const other of [{ outSeqNo: '01jd4x000000000000000other' }, { openid: 'o-someone-else' }, { idNumber: '330302194807214020' }, { name: '孙建华' }]) {
    expect(await verifier.verify({ ...sun, ...other, verifyId }), JSON.stringify(other)).toEqual({ ok: true, passed: false, reason: 'rejected' })
  }
})

test('a session WeChat never opened, or one whose check was never done, does not pass', async () => {
  const { verifier } = await verifierFor()
  expect(await verifier.verify({ ...sun, verifyId: 'made-up' })).toEqual({ ok: true, passed: false, reason: 'rejected' })
  const verifyId = await openedFor(verifier)
  expect(await verifier.verify({ ...sun, verifyId })).toEqual({ ok: true, passed: false, reason: 'rejected' })
})

test('a simulated pass means nothing to WeChat’s verifier: it asks WeChat all the same', async () => {
  const { wechat, verifier } = await verifierFor()
  const verifyId = await openedFor(verifier)
  expect(await verifier.verify({ ...sun, verifyId, simulated: 'pass' })).toEqual({ ok: true, passed: false, reason: 'rejected' })
  expect(wechat.received.at(-1)?.path).toBe('/cityservice/face/identify/queryverifyinfo')
})

test('without a WeChat account no session is opened and nothing is asked', async () => {
  const { wechat, verifier } = await verifierFor()
  expect(await verifier.start({ ...sun, openid: null })).toEqual({ ok: false, error: 'no_wechat_account' })
  expect(await verifier.verify({ ...sun, openid: null, verifyId: 'fake-verify-1' })).toEqual({ ok: true, passed: false, reason: 'rejected' })
  expect(wechat.received).toEqual([])
})

test('a server error, a busy WeChat, an answer that is not JSON and no answer are unavailable, at either step, not a failure of the pensioner', async () => {
  const { wechat, verifier } = await verifierFor({ timeoutMs: 200 })
  const verifyId = await openedFor(verifier)
  wechat.completeCheck(verifyId)
  const troubles: FakeFaceTrouble[] = ['serverError', 'busy', 'notJson', 'hang']
  for (const trouble of troubles) {
    wechat.setTrouble(trouble)
    expect(await verifier.start(sun), trouble).toEqual({ ok: false, error: 'unavailable' })
    expect(await verifier.verify({ ...sun, verifyId }), trouble).toEqual({ ok: false, error: 'unavailable' })
  }
  wechat.setTrouble(null)
  expect(await verifier.verify({ ...sun, verifyId })).toEqual({ ok: true, passed: true })
})

test('WeChat unreachable is unavailable', async () => {
  const verifier = createWechatFaceVerifier({ apiBase: await unreachableUrl(), ...app, timeoutMs: 2000 })
  expect(await verifier.start(sun)).toEqual({ ok: false, error: 'unavailable' })
  expect(await verifier.verify({ ...sun, verifyId: 'fake-verify-1' })).toEqual({ ok: false, error: 'unavailable' })
})

test('an expired token is dropped, a new one fetched, and the call made once more', async () => {
  const { wechat, verifier } = await verifierFor()
  const verifyId = await openedFor(verifier)
  wechat.completeCheck(verifyId)
  wechat.revokeTokens()
  expect(await verifier.verify({ ...sun, verifyId })).toEqual({ ok: true, passed: true })
  expect(wechat.tokenRequests()).toBe(2)
  expect(wechat.received.map((received) => received.accessToken)).toEqual(['fake-token-1', 'fake-token-1', 'fake-token-2'])
})

test('a token refused again after renewal makes the step unavailable, without looping', async () => {
  const { wechat, verifier } = await verifierFor()
  wechat.rejectAllTokens()
  expect(await verifier.start(sun)).toEqual({ ok: false, error: 'unavailable' })
  expect(wechat.received).toHaveLength(2)
  expect(wechat.tokenRequests()).toBe(2)
  expect(wechat.sessions.size).toBe(0)
})

test('a wrong app secret is unavailable, and nothing is sent to WeChat without a token', async () => {
  const wechat = await startFakeWechatFace(app)
  onTestFinished(() => wechat.close())
  const verifier = createWechatFaceVerifier({ apiBase: wechat.url, appId: app.appId, secret: 'wrong-secret', now: () => now })
  expect(await verifier.start(sun)).toEqual({ ok: false, error: 'unavailable' })
  expect(wechat.received).toEqual([])
})

test('the development verifier fails anything that is not its own session of this attempt with a simulated outcome', async () => {
  const verifier = createDevelopmentFaceVerifier()
  const own = `dev-face:${sun.outSeqNo}`
  const cases = [
    { verifyId: own },
    { verifyId: '', simulated: 'pass' as const },
    { verifyId: 'dev-face:01jd4x000000000000000other', simulated: 'pass' as const },
    { verifyId: `DEV-FACE:${sun.outSeqNo}`, simulated: 'pass' as const },
    { verifyId: 'fake-verify-1', simulated: 'pass' as const },
  ]
  for (const input of cases) {
    expect(await verifier.verify({ ...sun, ...input }), JSON.stringify(input)).toEqual({ ok: true, passed: false, reason: 'unrecognised' })
  }
})

test('without a WeChat app in production, no face check can start or pass', async () => {
  const verifier = createUnconfiguredFaceVerifier()
  expect(await verifier.start(sun)).toEqual({ ok: false, error: 'unavailable' })
  expect(await verifier.verify({ ...sun, verifyId: `dev-face:${sun.outSeqNo}`, simulated: 'pass' })).toEqual({ ok: false, error: 'unavailable' })
})
