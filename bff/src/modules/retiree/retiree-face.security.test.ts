import { expect, test } from 'vitest'
import { seededRetireeIds } from '../../db/seed/retiree'
import { seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { certificationRows, finishFace, startedFace } from '../../testing/retiree-flows'

test('a face check cannot be done by proxy: the grid staff member is refused both steps', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  await expectProblem(await t.call('POST', '/api/retiree/face', { token: chen, actingFor: grantId }), 'proxy_not_allowed')
  const wang = await t.login('elder-wang')
  const { attemptId } = await startedFace(t, wang)
  await expectProblem(await finishFace(t, chen, attemptId, `dev-face:pass:${attemptId}`), 'not_found')
  await expectProblem(
    await t.call('POST', `/api/retiree/face/${attemptId}/result`, { token: chen, actingFor: grantId, body: { verifyResult: `dev-face:pass:${attemptId}` } }),
    'proxy_not_allowed',
  )
})

test('someone else’s face check does not exist for a pensioner: she cannot pass it for him', async () => {
  const t = await createTestContext()
  const sun = await t.login('retiree-sun')
  const { attemptId } = await startedFace(t, sun)
  const wu = await t.login('retiree-wu')
  const problem = await expectProblem(await finishFace(t, wu, attemptId, `dev-face:pass:${attemptId}`), 'not_found')
  expect(JSON.stringify(problem)).not.toContain('孙')
  expect(await certificationRows(t, seededRetireeIds.pensioners.sun)).toHaveLength(1)
  expect(await certificationRows(t, seededRetireeIds.pensioners.wu)).toHaveLength(1)
})

test('starting a face check reveals nobody but the caller', async () => {
  const t = await createTestContext()
  const start = await startedFace(t, await t.login('retiree-wu'))
  expect(start.name).toBe('吴桂兰')
  expect(start.idCardNumber).toBe('330302194807214020')
})
