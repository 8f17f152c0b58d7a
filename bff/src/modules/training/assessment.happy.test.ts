import { expect, test } from 'vitest'
import { MySeekerProfile } from '@renshe/shared/jobs/profile'
import { seededTrainingIds } from '../../db/seed/training'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { sampleSeekerProfile } from '../../testing/jobs-samples'
import {
  assessableCourses,
  assessmentCourse,
  attendingCrowd,
  attendingZhang,
  certificateRows,
  checkedInBeneath,
  confirmedOnElderCare,
  elderCareStartsIn,
  recorded,
} from '../../testing/training-assessment-flows'
import { confirmed, enrolled, publishCourse } from '../../testing/training-course-flows'
import { claimed, realNamedCitizens, trainingInboxOf, voucherRows } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

const { elderCare } = seededTrainingIds.courses

test('the assessment body of Lucheng sees the started course with its trainees masked and their attendance, records a pass: the certificate is in her record and her voucher is assessed', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId, zhang } = await attendingZhang(t)
  const assessor = await t.login('assessor-demo')

  const page = await assessableCourses(t, assessor)
  expect(page.items.map((course) => ({ id: course.id, candidates: course.candidates, awaiting: course.awaiting }))).toEqual([{ id: elderCare, candidates: 1, awaiting: 1 }])
  expect(page.nextCursor).toBeNull()

  const course = await assessmentCourse(t, assessor, elderCare)
  expect(course.course).toMatchObject({ id: elderCare, occupationCode: '4-10-01-05', level: 5, institutionName: '温州技师培训学校' })
  expect(course.items).toEqual([{ enrolmentId, traineeMaskedName: '张*', idNumberMasked: '330302********1231', attended: 1, sessions: 8, result: null }])

  const today = '2026-12-27'
  const candidate = await recorded(t, assessor, enrolmentId, { passed: true, certificateNumber: 's000033030226z00001' })
  const result = { passed: true, certificateNumber: 'S000033030226Z00001', occupationCode: '4-10-01-05', level: 5, assessedOn: today, assessorName: '温州市鹿城区职业技能等级认定中心' }
  expect(candidate).toEqual({ enrolmentId, traineeMaskedName: '张*', idNumberMasked: '330302********1231', attended: 1, sessions: 8, result })

  expect((await voucherRows(t)).map((row) => ({ status: row.status, passed: row.passed }))).toEqual([{ status: 'assessed', passed: true }])
  expect(await certificateRows(t)).toEqual([
    expect.objectContaining({ holderUserId: zhang, certificateNumber: 'S000033030226Z00001', occupationCode: '4-10-01-05', level: 5, issuedOn: today, issuerUserId: await userIdOf(t, 'assessor-demo') }),
  ])
  expect((await assessableCourses(t, assessor)).items[0]).toMatchObject({ candidates: 1, awaiting: 0 })
  expect((await assessmentCourse(t, assessor, elderCare)).items[0]?.result).toEqual(result)

  const zhangToken = await t.login('citizen-zhang')
  expect((await trainingInboxOf(t, zhangToken)).find((message) => message.template === 'training.assessmentPassed')).toMatchObject({
    params: { courseName: '养老护理员（五级）初级班', assessorName: '温州市鹿城区职业技能等级认定中心', certificateNumber: 'S000033030226Z00001' },
    link: '/features/training/pages/skills-record/index',
  })

  const assessorId = await userIdOf(t, 'assessor-demo')
  const rows = (await auditRows(t)).filter((row) => row.subjectUserId === zhang && row.actorUserId === assessorId)
  expect(rows.map((row) => row.action)).toEqual(expect.arrayContaining(['training.readCandidate', 'training.recordAssessment', 'training.assessVoucher']))
})

test('a pass shows in her jobs profile as a certificate recorded by the assessment body', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId } = await attendingZhang(t)
  await recorded(t, await t.login('assessor-demo'), enrolmentId, { passed: true, certificateNumber: 'S000033030226Z00002' })
  const token = await t.login('citizen-zhang')
  const profile = await expectOk(await t.call('PUT', '/api/jobs/me/profile', { token, body: sampleSeekerProfile }), MySeekerProfile)
  expect(profile.skillCertificates).toEqual([
    { id: expect.any(String) as string, certificateNumber: 'S000033030226Z00002', occupationCode: '4-10-01-05', level: 5, issuedOn: '2026-12-27', issuerName: '温州市鹿城区职业技能等级认定中心' },
  ])
})

test('a fail is recorded with no certificate; the voucher is assessed as not passed and she is told', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId } = await attendingZhang(t)
  const candidate = await recorded(t, await t.login('assessor-demo'), enrolmentId, { passed: false })
  expect(candidate.result).toMatchObject({ passed: false, certificateNumber: null })
  expect(await certificateRows(t)).toEqual([])
  expect((await voucherRows(t)).map((row) => ({ status: row.status, passed: row.passed }))).toEqual([{ status: 'assessed', passed: false }])
  expect((await trainingInboxOf(t, await t.login('citizen-zhang'))).find((message) => message.template === 'training.assessmentNotPassed')?.params).toEqual({
    courseName: '养老护理员（五级）初级班',
    assessorName: '温州市鹿城区职业技能等级认定中心',
  })
})

test('the list holds only started courses with confirmed trainees, latest start first, a page at a time', { timeout: 30_000 }, async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '1000' } })
  const [early, ...later] = await realNamedCitizens(t, 3)
  if (!early) throw new Error('no citizen')
  // Another course of the same occupation and level, starting 2026-12-19: the general voucher covers it too.
  const other = await publishCourse(t, await t.login('institution-demo'))
  const voucher = await claimed(t, early.token, seededTrainingIds.programmes.general)
  await confirmed(t, await t.login('institution-demo'), (await enrolled(t, early.token, other.id, voucher.id)).id)
  const [first] = await attendingCrowd(t, later)
  const assessor = await t.login('assessor-demo')
  // The welding course has started as well, but nobody is confirmed on it.
  expect((await assessableCourses(t, assessor)).items.map((course) => [course.id, course.candidates, course.awaiting])).toEqual([
    [elderCare, 2, 2],
    [other.id, 1, 1],
  ])
  await recorded(t, assessor, first ?? '', { passed: false })
  const firstPage = await assessableCourses(t, assessor, '?limit=1')
  expect(firstPage.items.map((course) => [course.id, course.awaiting])).toEqual([[elderCare, 1]])
  const secondPage = await assessableCourses(t, assessor, `?limit=1&cursor=${encodeURIComponent(firstPage.nextCursor ?? '')}`)
  expect(secondPage).toMatchObject({ items: [{ id: other.id, startsOn: '2026-12-19' }], nextCursor: null })
  expect((await assessmentCourse(t, assessor, elderCare)).items.map((item) => item.traineeMaskedName)).toEqual(['学****', '学****'])
})

test('a course not started yet is not listed, even with confirmed trainees', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  await confirmedOnElderCare(t, await t.login('citizen-zhang'))
  expect((await assessableCourses(t, await t.login('assessor-demo'))).items).toEqual([])
  t.clock.advance(elderCareStartsIn)
  expect((await assessableCourses(t, await t.login('assessor-demo'))).items.map((course) => course.id)).toEqual([elderCare])
})

test('attendance counts every check-in the attendance module wrote', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId } = await attendingZhang(t)
  await checkedInBeneath(t, enrolmentId, 1)
  await checkedInBeneath(t, enrolmentId, 2)
  expect((await assessmentCourse(t, await t.login('assessor-demo'), elderCare)).items[0]).toMatchObject({ attended: 3, sessions: 8 })
})
