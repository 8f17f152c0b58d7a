import { expect, onTestFinished, test } from 'vitest'
import { unreachableUrl } from '../testing/fake-wechat'
import { fakeFaceResults, startFakeWechatFace, type FakeFaceCheck } from '../testing/fake-wechat-face'
import { createDevelopmentFaceVerifier, createUnconfiguredFaceVerifier, createWechatFaceVerifier } from './face-verification'

const app = { appId: 'wx-test-app', secret: 'test-app-secret' }
const now = Date.parse('2026-11-29T02:00:00.000Z')
const seconds = (ms: number) => Math.floor(ms / 1000)
const sun = { openid: 'o-sun', idNumber: '33030219550312301X', name: '孙建国' }
const justNow: FakeFaceCheck = { ...sun, identifyTime: seconds(now) - 60 }

async function verifierFor(checks: Record<string, FakeFaceCheck>, options: { timeoutMs?: number } = {}) {
  const wechat = await startFakeWechatFace({ ...app, checks })
  onTestFinished(() => wechat.close())
  return { wechat, verifier: createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now, ...options }) }
}

test('a check done for another ID number or another name does not pass', async () => {
  const { verifier } = await verifierFor({
    'vr-other-id': { ...justNow, idNumber: '330302194807214020' },
    'vr-other-name': { ...justNow, name: '孙建华' },
  })
  expect(await verifier.verify({ verifyResult: 'vr-other-id', ...sun })).toEqual({ ok: true, passed: false, reason: 'other_person' })
  expect(await verifier.verify({ verifyResult: 'vr-other-name', ...sun })).toEqual({ ok: true, passed: false, reason: 'other_person' })
})

test('a face that did not match does not pass', async () => {
  const { verifier } = await verifierFor({ 'vr-no-match': { ...justNow, identifyRet: 90_100 } })
  expect(await verifier.verify({ verifyResult: 'vr-no-match', ...sun })).toEqual({ ok: true, passed: false, reason: 'not_identified' })
})

test('a check done more than ten minutes ago, or dated in the future, does not pass', async () => {
  const { verifier } = await verifierFor({
    'vr-old': { ...justNow, identifyTime: seconds(now) - 601 },
    'vr-last-year': { ...justNow, identifyTime: seconds(now) - 365 * 86_400 },
    'vr-future': { ...justNow, identifyTime: seconds(now) + 3600 },
  })
  for (const verifyResult of ['vr-old', 'vr-last-year', 'vr-future']) {
    expect(await verifier.verify({ verifyResult, ...sun }), verifyResult).toEqual({ ok: true, passed: false, reason: 'stale' })
  }
})

test('a check done in another WeChat account does not pass', async () => {
  const { verifier } = await verifierFor({ 'vr-sun': justNow })
  expect(await verifier.verify({ verifyResult: 'vr-sun', ...sun, openid: 'o-someone-else' })).toEqual({ ok: true, passed: false, reason: 'other_account' })
})

test('a result WeChat does not know does not pass', async () => {
  const { verifier } = await verifierFor({})
  expect(await verifier.verify({ verifyResult: 'vr-made-up', ...sun })).toEqual({ ok: true, passed: false, reason: 'rejected' })
})

test('a server error, a busy WeChat, an answer that is not JSON and no answer are unavailable, not a failure of the pensioner', async () => {
  const { verifier } = await verifierFor({}, { timeoutMs: 200 })
  for (const verifyResult of Object.values(fakeFaceResults)) {
    expect(await verifier.verify({ verifyResult, ...sun }), verifyResult).toEqual({ ok: false, error: 'unavailable' })
  }
})

test('WeChat unreachable is unavailable', async () => {
  const verifier = createWechatFaceVerifier({ apiBase: await unreachableUrl(), ...app, timeoutMs: 2000 })
  expect(await verifier.verify({ verifyResult: 'vr-sun', ...sun })).toEqual({ ok: false, error: 'unavailable' })
})

test('an expired token is dropped, a new one fetched, and the result asked once more', async () => {
  const { wechat, verifier } = await verifierFor({ 'vr-sun': justNow })
  expect(await verifier.verify({ verifyResult: 'vr-sun', ...sun })).toEqual({ ok: true, passed: true })
  wechat.revokeTokens()
  expect(await verifier.verify({ verifyResult: 'vr-sun', ...sun })).toEqual({ ok: true, passed: true })
  expect(wechat.tokenRequests()).toBe(2)
  expect(wechat.received.map((received) => received.accessToken)).toEqual(['fake-token-1', 'fake-token-1', 'fake-token-2'])
})

test('a token refused again after renewal makes the check unavailable, without looping', async () => {
  const { wechat, verifier } = await verifierFor({ 'vr-sun': justNow })
  wechat.rejectAllTokens()
  expect(await verifier.verify({ verifyResult: 'vr-sun', ...sun })).toEqual({ ok: false, error: 'unavailable' })
  expect(wechat.received).toHaveLength(2)
  expect(wechat.tokenRequests()).toBe(2)
})

test('a wrong app secret is unavailable, and no result is asked about without a token', async () => {
  const wechat = await startFakeWechatFace({ ...app, checks: { 'vr-sun': justNow } })
  onTestFinished(() => wechat.close())
  const verifier = createWechatFaceVerifier({ apiBase: wechat.url, appId: app.appId, secret: 'wrong-secret', now: () => now })
  expect(await verifier.verify({ verifyResult: 'vr-sun', ...sun })).toEqual({ ok: false, error: 'unavailable' })
  expect(wechat.received).toEqual([])
})

test('the development verifier fails anything that is not one of its own results', async () => {
  const verifier = createDevelopmentFaceVerifier()
  for (const verifyResult of ['', 'dev-face:pass', 'DEV-FACE:PASS:1', ' dev-face:pass:1', 'x dev-face:pass:1', 'dev-face:maybe:1', 'vr-sun']) {
    expect(await verifier.verify({ verifyResult, ...sun }), verifyResult).toEqual({ ok: true, passed: false, reason: 'unrecognised' })
  }
})

test('without a WeChat app in production, no face check can pass', async () => {
  const verifier = createUnconfiguredFaceVerifier()
  expect(await verifier.verify({ verifyResult: 'dev-face:pass:1', ...sun })).toEqual({ ok: false, error: 'unavailable' })
})
