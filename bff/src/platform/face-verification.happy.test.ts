import { expect, onTestFinished, test } from 'vitest'
import { startFakeWechatFace, type FakeFaceCheck } from '../testing/fake-wechat-face'
import { createDevelopmentFaceVerifier, createWechatFaceVerifier } from './face-verification'
import { createWechatAccessToken } from './wechat-access-token'

const app = { appId: 'wx-test-app', secret: 'test-app-secret' }
const now = Date.parse('2026-11-29T02:00:00.000Z')
const seconds = (ms: number) => Math.floor(ms / 1000)
const sun = { openid: 'o-sun', idNumber: '33030219550312301X', name: '孙建国' }
const justNow: FakeFaceCheck = { ...sun, identifyTime: seconds(now) - 180 }

async function fake(checks: Record<string, FakeFaceCheck>) {
  const wechat = await startFakeWechatFace({ ...app, checks })
  onTestFinished(() => wechat.close())
  return wechat
}

test('a face check that matched, minutes ago, in the pensioner’s own account and for her ID number and name, passes', async () => {
  const wechat = await fake({ 'vr-sun': justNow })
  const verifier = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now })
  expect(verifier.kind).toBe('wechat')
  expect(await verifier.verify({ verifyResult: 'vr-sun', ...sun })).toEqual({ ok: true, passed: true })
  expect(wechat.received).toEqual([{ accessToken: 'fake-token-1', body: { verify_result: 'vr-sun' } }])
})

test('an ID number ending in a small x is compared as WeChat has it, with a capital X', async () => {
  const wechat = await fake({ 'vr-sun': justNow })
  const verifier = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now })
  expect(await verifier.verify({ verifyResult: 'vr-sun', ...sun, idNumber: '33030219550312301x' })).toEqual({ ok: true, passed: true })
})

test('without a known openid (logged in another way) the account is not compared, the person still is', async () => {
  const wechat = await fake({ 'vr-sun': justNow })
  const verifier = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now })
  expect(await verifier.verify({ verifyResult: 'vr-sun', ...sun, openid: null })).toEqual({ ok: true, passed: true })
})

test('a check done ten minutes ago still counts', async () => {
  const wechat = await fake({ 'vr-sun': { ...justNow, identifyTime: seconds(now) - 600 } })
  const verifier = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now })
  expect(await verifier.verify({ verifyResult: 'vr-sun', ...sun })).toEqual({ ok: true, passed: true })
})

test('clients sharing the app’s access token ask WeChat for it once', async () => {
  const wechat = await fake({ 'vr-sun': justNow })
  const accessToken = createWechatAccessToken({ apiBase: wechat.url, ...app, now: () => now })
  const first = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now, accessToken })
  const second = createWechatFaceVerifier({ apiBase: wechat.url, ...app, now: () => now, accessToken })
  await first.verify({ verifyResult: 'vr-sun', ...sun })
  await second.verify({ verifyResult: 'vr-sun', ...sun })
  expect(await accessToken.get()).toEqual({ ok: true, token: 'fake-token-1' })
  expect(wechat.tokenRequests()).toBe(1)
})

test('the development verifier says what it is, passes dev-face:pass:… and fails dev-face:fail:…', async () => {
  const verifier = createDevelopmentFaceVerifier()
  expect(verifier.kind).toBe('development')
  expect(await verifier.verify({ verifyResult: 'dev-face:pass:1', ...sun })).toEqual({ ok: true, passed: true })
  expect(await verifier.verify({ verifyResult: 'dev-face:fail:1', ...sun })).toEqual({ ok: true, passed: false, reason: 'not_identified' })
})
