import { expect, test } from 'vitest'
import { seededTrainingIds } from '../../db/seed/training'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { addInstitution, approveInstitutions, openProgramme, programmeRow, sampleProgramme } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

test('an officer of another region cannot approve institutions for a programme that is not hers: it does not exist for her', async () => {
  const t = await createTestContext()
  const programme = await openProgramme(t, await t.login('officer-liu'))
  const ouhai = await addInstitution(t, 'institution-ouhai', '330304', '瓯海职业技能培训中心')
  const huang = await t.login('officer-huang')
  const problem = await expectProblem(await approveInstitutions(t, huang, programme.id, [ouhai]), 'not_found')
  expect(JSON.stringify(problem)).not.toContain(sampleProgramme.name)
  expect((await programmeRow(t, programme.id)).institutionIds).toEqual([])
})

test('an officer cannot approve another region’s institution for her own programme', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const programme = await openProgramme(t, token)
  const ouhai = await addInstitution(t, 'institution-ouhai', '330304', '瓯海职业技能培训中心')
  expect(await expectFieldErrors(await approveInstitutions(t, token, programme.id, [ouhai]))).toEqual({ 'body.institutionIds.0': 'training.institutionUnknown' })
  expect((await programmeRow(t, programme.id)).institutionIds).toEqual([])
})

test('a citizen, an employer, an institution, grid staff or a supervisor cannot approve institutions', async () => {
  const t = await createTestContext()
  const demo = await userIdOf(t, 'institution-demo')
  const { general } = seededTrainingIds.programmes
  const before = (await programmeRow(t, general)).institutionIds
  for (const account of ['citizen-zhang', 'employer-demo', 'institution-demo', 'staff-zhou', 'supervisor-wu']) {
    const token = await t.login(account)
    await expectProblem(await approveInstitutions(t, token, general, [demo]), 'forbidden', { because: account })
  }
  expect((await programmeRow(t, general)).institutionIds).toEqual(before)
})
