import { expect, test } from 'vitest'
import { faceAttempts } from '../../db/schema'
import { seededRetireeIds } from '../../db/seed/retiree'
import { minutes } from '../../platform/clock'
import type { FaceVerifier } from '../../platform/face-verification'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { certificationRows, finishFace, pensionerRow, startedFace } from '../../testing/retiree-flows'

const sun = seededRetireeIds.pensioners.sun

test('a result sent more than ten minutes after the check began is refused; a fresh check works', async () => {
  const t = await createTestContext()
  const token = await t.login('retiree-sun')
  const { attemptId, verifyId } = await startedFace(t, token)
  t.clock.advance(minutes(10) + 1000)
  const problem = await expectProblem(await finishFace(t, token, attemptId, { verifyId, simulated: 'pass' }), 'conflict')
  expect(problem.detail).toMatch(/expired/)
  expect(await certificationRows(t, sun)).toHaveLength(1)
  const fresh = await startedFace(t, token)
  expect((await finishFace(t, token, fresh.attemptId, { verifyId: fresh.verifyId, simulated: 'pass' })).status).toBe(200)
})

test('a finished check cannot be finished again, whatever its result was', async () => {
  const t = await createTestContext()
  const token = await t.login('retiree-sun')
  const { attemptId, verifyId } = await startedFace(t, token)
  expect((await finishFace(t, token, attemptId, { verifyId, simulated: 'fail' })).status).toBe(200)
  await expectProblem(await finishFace(t, token, attemptId, { verifyId, simulated: 'pass' }), 'conflict')
  expect((await pensionerRow(t, sun)).faceFailures).toBe(1)
  expect(await certificationRows(t, sun)).toHaveLength(1)
})

test('a session the provider does not recognise, or another attempt’s, counts as a failure', async () => {
  const t = await createTestContext()
  const token = await t.login('retiree-sun')
  const earlier = await startedFace(t, token)
  for (const verifyId of ['something-else', earlier.verifyId]) {
    const { attemptId } = await startedFace(t, token)
    const response = await finishFace(t, token, attemptId, { verifyId, simulated: 'pass' })
    expect(((await response.json()) as { outcome: string }).outcome, verifyId).toBe('failed')
  }
  expect(await certificationRows(t, sun)).toHaveLength(1)
  expect((await pensionerRow(t, sun)).faceFailures).toBe(2)
})

test('when the face provider cannot be reached the pensioner is told to try later, and the same check can be finished then', async () => {
  let available = false
  const flaky: FaceVerifier = {
    kind: 'wechat',
    start: () => Promise.resolve({ ok: true, verifyId: 'wx-session' }),
    verify: () => Promise.resolve(available ? { ok: true, passed: true } : { ok: false, error: 'unavailable' }),
  }
  const t = await createTestContext({ face: flaky })
  const token = await t.login('retiree-sun')
  const start = await startedFace(t, token)
  expect(start.provider).toBe('wechat')
  await expectProblem(await finishFace(t, token, start.attemptId, { verifyId: 'wx-session' }), 'partner_unavailable')
  expect((await t.deps.db.read((q) => q.select().from(faceAttempts))).map((row) => row.finishedAt)).toEqual([null])
  expect((await pensionerRow(t, sun)).faceFailures).toBe(0)
  available = true
  expect((await finishFace(t, token, start.attemptId, { verifyId: 'wx-session' })).status).toBe(200)
  expect((await pensionerRow(t, sun)).cycleStart).toBe('2026-11-29')
})

test('when the provider cannot open a session the pensioner is told to try later, and no attempt is recorded', async () => {
  const down: FaceVerifier = {
    kind: 'wechat',
    start: () => Promise.resolve({ ok: false, error: 'unavailable' }),
    verify: () => Promise.resolve({ ok: false, error: 'unavailable' }),
  }
  const t = await createTestContext({ face: down })
  const token = await t.login('retiree-sun')
  await expectProblem(await t.call('POST', '/api/retiree/face', { token }), 'partner_unavailable')
  expect(await t.deps.db.read((q) => q.select().from(faceAttempts))).toEqual([])
})

test('with WeChat’s verifier, an account that did not log in with WeChat is told the check runs in the mini-program, and WeChat is not asked', async () => {
  let asked = 0
  const wechatOnly: FaceVerifier = {
    kind: 'wechat',
    start: ({ openid }) => {
      asked += 1
      return Promise.resolve(openid === null ? { ok: false, error: 'no_wechat_account' } : { ok: true, verifyId: 'wx-session' })
    },
    verify: () => Promise.resolve({ ok: false, error: 'unavailable' }),
  }
  const t = await createTestContext({ face: wechatOnly })
  const problem = await expectProblem(await t.call('POST', '/api/retiree/face', { token: await t.login('retiree-sun') }), 'conflict')
  expect(problem.detail).toMatch(/WeChat/)
  expect(asked).toBe(1)
  expect(await t.deps.db.read((q) => q.select().from(faceAttempts))).toEqual([])
})

test('someone who draws no pension has no face check to start', async () => {
  const t = await createTestContext()
  await expectProblem(await t.call('POST', '/api/retiree/face', { token: await t.login('citizen-zhang') }), 'not_found')
})
