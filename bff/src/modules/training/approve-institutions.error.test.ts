import { expect, test } from 'vitest'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { addInstitution, approveInstitutions, openProgramme, programmeRow } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

test('an id that is not an institution account of her region is refused at its place in the list, and none of the list is approved', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const demo = await userIdOf(t, 'institution-demo')
  const employer = await userIdOf(t, 'employer-demo')
  const ouhai = await addInstitution(t, 'institution-ouhai', '330304', '瓯海职业技能培训中心')
  const programme = await openProgramme(t, token)
  const errors = await expectFieldErrors(await approveInstitutions(t, token, programme.id, [demo, employer, ouhai, 'zzzzzzzzzzzzzzzzzzzzzzzzzz']))
  expect(errors).toEqual({
    'body.institutionIds.1': 'training.institutionUnknown',
    'body.institutionIds.2': 'training.institutionUnknown',
    'body.institutionIds.3': 'training.institutionUnknown',
  })
  expect((await programmeRow(t, programme.id)).institutionIds).toEqual([])
})

test('an empty list, more than 50, or anything but the list is refused before anything is read', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const programme = await openProgramme(t, token)
  expect(await expectFieldErrors(await approveInstitutions(t, token, programme.id, []))).toEqual({ 'body.institutionIds': 'field.choose' })
  const many = Array.from({ length: 51 }, (_, i) => `institution-${i}`)
  expect(Object.keys(await expectFieldErrors(await approveInstitutions(t, token, programme.id, many)))).toEqual(['body.institutionIds'])
  await expectProblem(await t.call('POST', `/api/training/programmes/${programme.id}/institutions`, { token, body: { institutionIds: [await userIdOf(t, 'institution-demo')], regionCode: '330304' } }), 'validation_failed')
  expect((await programmeRow(t, programme.id)).institutionIds).toEqual([])
})

test('a programme that does not exist is not found', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  await expectProblem(await approveInstitutions(t, token, 'zzzzzzzzzzzzzzzzzzzzzzzzzz', [await userIdOf(t, 'institution-demo')]), 'not_found')
})
