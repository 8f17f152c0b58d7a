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
  const { attemptId, verifyId } = await startedFace(t, wang)
  await expectProblem(await finishFace(t, chen, attemptId, { verifyId, simulated: 'pass' }), 'not_found')
  await expectProblem(
    await t.call('POST', `/api/retiree/face/${attemptId}/result`, { token: chen, actingFor: grantId, body: { verifyId, simulated: 'pass' } }),
    'proxy_not_allowed',
  )
})

test('someone else’s face check does not exist for a pensioner: she cannot pass it for him', async () => {
  const t = await createTestContext()
  const sun = await t.login('retiree-sun')
  const { attemptId, verifyId } = await startedFace(t, sun)
  const wu = await t.login('retiree-wu')
  const problem = await expectProblem(await finishFace(t, wu, attemptId, { verifyId, simulated: 'pass' }), 'not_found')
  expect(JSON.stringify(problem)).not.toContain('孙')
  expect(await certificationRows(t, seededRetireeIds.pensioners.sun)).toHaveLength(1)
  expect(await certificationRows(t, seededRetireeIds.pensioners.wu)).toHaveLength(1)
})

test('starting a face check hands the phone a session and nothing of the person, not even her own name or ID number', async () => {
  const t = await createTestContext()
  const start = await startedFace(t, await t.login('retiree-wu'))
  expect(Object.keys(start).sort()).toEqual(['attemptId', 'provider', 'verifyId'])
  for (const personal of ['吴桂兰', '330302194807214020']) expect(JSON.stringify(start)).not.toContain(personal)
})
