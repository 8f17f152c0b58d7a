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
  const { attemptId } = await startedFace(t, token)
  t.clock.advance(minutes(10) + 1000)
  const problem = await expectProblem(await finishFace(t, token, attemptId, `dev-face:pass:${attemptId}`), 'conflict')
  expect(problem.detail).toMatch(/expired/)
  expect(await certificationRows(t, sun)).toHaveLength(1)
  const fresh = await startedFace(t, token)
  expect((await finishFace(t, token, fresh.attemptId, `dev-face:pass:${fresh.attemptId}`)).status).toBe(200)
})

test('a finished check cannot be finished again, whatever its result was', async () => {
  const t = await createTestContext()
  const token = await t.login('retiree-sun')
  const { attemptId } = await startedFace(t, token)
  expect((await finishFace(t, token, attemptId, `dev-face:fail:${attemptId}`)).status).toBe(200)
  await expectProblem(await finishFace(t, token, attemptId, `dev-face:pass:${attemptId}`), 'conflict')
  expect((await pensionerRow(t, sun)).faceFailures).toBe(1)
  expect(await certificationRows(t, sun)).toHaveLength(1)
})

test('a result the provider does not recognise counts as a failure', async () => {
  const t = await createTestContext()
  const token = await t.login('retiree-sun')
  const { attemptId } = await startedFace(t, token)
  const response = await finishFace(t, token, attemptId, 'something-else')
  expect(((await response.json()) as { outcome: string }).outcome).toBe('failed')
})

test('when the face provider cannot be reached the pensioner is told to try later, and the same check can be finished then', async () => {
  let available = false
  const flaky: FaceVerifier = {
    kind: 'wechat',
    verify: () => Promise.resolve(available ? { ok: true, passed: true } : { ok: false, error: 'unavailable' }),
  }
  const t = await createTestContext({ face: flaky })
  const token = await t.login('retiree-sun')
  const start = await startedFace(t, token)
  expect(start.provider).toBe('wechat')
  await expectProblem(await finishFace(t, token, start.attemptId, 'wx-verify-result'), 'partner_unavailable')
  expect((await t.deps.db.read((q) => q.select().from(faceAttempts))).map((row) => row.finishedAt)).toEqual([null])
  expect((await pensionerRow(t, sun)).faceFailures).toBe(0)
  available = true
  expect((await finishFace(t, token, start.attemptId, 'wx-verify-result')).status).toBe(200)
  expect((await pensionerRow(t, sun)).cycleStart).toBe('2026-11-29')
})

test('someone who draws no pension has no face check to start', async () => {
  const t = await createTestContext()
  await expectProblem(await t.call('POST', '/api/retiree/face', { token: await t.login('citizen-zhang') }), 'not_found')
})
