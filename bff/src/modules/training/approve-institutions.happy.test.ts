import { expect, test } from 'vitest'
import { CoursePage } from '@renshe/shared/training/courses'
import { Programme } from '@renshe/shared/training/schemas'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { publishCourse } from '../../testing/training-course-flows'
import { addInstitution, approveInstitutions, claimed, closeSeededProgrammes, openProgramme, programmeRow } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

test('the officer approves institutions for a programme opened without any: they follow in the order named, and its vouchers can be spent there', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const token = await t.login('officer-liu')
  const demo = await userIdOf(t, 'institution-demo')
  const wuma = await addInstitution(t, 'institution-wuma', '330302', '五马街道职业培训中心')
  const programme = await openProgramme(t, token, { validFrom: '2026-11-29' })
  expect(programme.institutions).toEqual([])
  const citizen = await t.login('citizen-zhang')
  const voucher = await claimed(t, citizen, programme.id)
  const course = await publishCourse(t, await t.login('institution-demo'))
  const search = () => t.call('GET', `/api/training/courses?voucherId=${voucher.id}`, { token: citizen })
  expect((await expectOk(await search(), CoursePage)).items).toEqual([])

  const approved = await expectOk(await approveInstitutions(t, token, programme.id, [wuma, demo]), Programme)
  expect(approved).toEqual({
    ...programme,
    institutionIds: [wuma, demo],
    institutions: [
      { id: wuma, name: '五马街道职业培训中心', regionCode: '330302' },
      { id: demo, name: '温州技师培训学校', regionCode: '330302' },
    ],
    ledger: { ...programme.ledger, issued: 1, remaining: 99, claimed: 1 },
  })
  expect((await programmeRow(t, programme.id)).institutionIds).toEqual([wuma, demo])
  expect((await expectOk(await search(), CoursePage)).items.map((item) => item.id)).toContain(course.id)
  const liu = await userIdOf(t, 'officer-liu')
  expect((await auditRows(t)).filter((row) => row.action === 'training.approveInstitutions')).toEqual([
    expect.objectContaining({ actorUserId: liu, objectType: 'training_programme', objectId: programme.id }),
  ])
})

test('institutions approved already are kept where they are and not added twice; naming only those changes nothing and writes no audit', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const demo = await userIdOf(t, 'institution-demo')
  const wuma = await addInstitution(t, 'institution-wuma', '330302', '五马街道职业培训中心')
  const programme = await openProgramme(t, token, { institutionIds: [demo] })
  const approved = await expectOk(await approveInstitutions(t, token, programme.id, [wuma, demo, wuma]), Programme)
  expect(approved.institutionIds).toEqual([demo, wuma])
  expect(await expectOk(await approveInstitutions(t, token, programme.id, [demo]), Programme)).toEqual(approved)
  expect((await auditRows(t)).filter((row) => row.action === 'training.approveInstitutions')).toHaveLength(1)
})

test('a closed programme may still gain institutions: the vouchers already out can be spent there too', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const demo = await userIdOf(t, 'institution-demo')
  const programme = await openProgramme(t, token)
  await expectOk(await t.call('POST', `/api/training/programmes/${programme.id}/close`, { token }), Programme)
  const approved = await expectOk(await approveInstitutions(t, token, programme.id, [demo]), Programme)
  expect(approved).toMatchObject({ status: 'closed', institutionIds: [demo] })
})

test('two approvals at once both count: neither overwrites the other', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const ids = await Promise.all(['a', 'b', 'c', 'd'].map((letter) => addInstitution(t, `institution-${letter}`, '330302', `培训学校${letter}`)))
  const programme = await openProgramme(t, token)
  const answers = await Promise.all(ids.map((id) => approveInstitutions(t, token, programme.id, [id])))
  expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200])
  expect([...(await programmeRow(t, programme.id)).institutionIds].sort()).toEqual([...ids].sort())
})
