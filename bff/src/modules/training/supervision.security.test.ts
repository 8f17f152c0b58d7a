import { expect, test } from 'vitest'
import { SupervisionOverview } from '@renshe/shared/training/attendance'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { suspend } from '../../testing/training-attendance-flows'
import { userIdOf } from '../../testing/wages-flows'

const officerOperations = (school: string) => [
  ['GET', '/api/training/supervision', undefined],
  ['GET', `/api/training/supervision/institutions/${school}/flags`, undefined],
  ['POST', `/api/training/supervision/institutions/${school}/suspend`, { reason: '冒名签到' }],
  ['POST', `/api/training/supervision/institutions/${school}/reinstate`, undefined],
] as const

test("an officer of another region does not see Lucheng's institution and cannot suspend, reinstate or read it", { timeout: 20_000 }, async () => {
  const t = await createTestContext()
  const huang = await t.login('officer-huang')
  const school = await userIdOf(t, 'institution-demo')
  expect((await expectOk(await t.call('GET', '/api/training/supervision', { token: huang }), SupervisionOverview)).items.map((item) => item.id)).not.toContain(school)
  await expectProblem(await suspend(t, huang, school), 'not_found')
  await expectProblem(await t.call('POST', `/api/training/supervision/institutions/${school}/reinstate`, { token: huang }), 'not_found')
  await expectProblem(await t.call('GET', `/api/training/supervision/institutions/${school}/flags`, { token: huang }), 'not_found')
  const liu = await t.login('officer-liu')
  expect((await expectOk(await t.call('GET', '/api/training/supervision', { token: liu }), SupervisionOverview)).items[0]).toMatchObject({ id: school, status: 'active' })
})

test('a citizen, the institution itself and grid staff are refused every supervision operation', async () => {
  const t = await createTestContext()
  const school = await userIdOf(t, 'institution-demo')
  for (const account of ['citizen-zhang', 'institution-demo', 'staff-chen']) {
    const token = await t.login(account)
    for (const [method, path, body] of officerOperations(school)) {
      await expectProblem(await t.call(method, path, { token, ...(body ? { body } : {}) }), 'forbidden')
    }
  }
  const liu = await t.login('officer-liu')
  expect((await expectOk(await t.call('GET', '/api/training/supervision', { token: liu }), SupervisionOverview)).items[0]?.status).toBe('active')
})
