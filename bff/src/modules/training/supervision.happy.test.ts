import { expect, test } from 'vitest'
import { CoursePage } from '@renshe/shared/training/courses'
import { InstitutionFlags, SupervisedInstitution, SupervisionOverview } from '@renshe/shared/training/attendance'
import { seededTrainingIds } from '../../db/seed/training'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { around, checkedIn, checkInCall, codeNow, deviceOf, expectRefused, firstSession, loggedInAt, suspended, traineesOnRoster, zhangOnRoster } from '../../testing/training-attendance-flows'
import { decide, enrolIn, enrolled, publishCourse, sampleCourse } from '../../testing/training-course-flows'
import { claimed, realNamedCitizens } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

const overview = async (t: Parameters<typeof userIdOf>[0], token: string) => expectOk(await t.call('GET', '/api/training/supervision', { token }), SupervisionOverview)

test('the officer sees the institutions of her region with what was flagged, and the flags newest first with the trainees masked', async () => {
  const t = await createTestContext()
  await zhangOnRoster(t)
  const [classmate] = await traineesOnRoster(t, 1)
  const { token } = await loggedInAt(t, around.codeShownOnly)
  // Too early: refused and flagged.
  await expectRefused(await checkInCall(t, token, firstSession, codeNow(t), deviceOf('zhang')), 'conflict', 'training.outOfWindow')
  t.clock.set(around.open)
  const zhangNow = await t.login('citizen-zhang')
  const classmateToken = await t.login(classmate?.userId ?? '')
  await checkedIn(t, zhangNow)
  await expectRefused(await checkInCall(t, classmateToken, firstSession, codeNow(t), deviceOf('zhang')), 'conflict', 'training.sharedDevice')

  const officer = await t.login('officer-liu')
  const school = await userIdOf(t, 'institution-demo')
  const { items } = await overview(t, officer)
  expect(items).toEqual([
    { id: school, name: '温州技师培训学校', regionCode: '330302', status: 'active', suspendedReason: null, suspendedAt: null, flags: { shared_device: 1, out_of_window: 1, below_threshold: 0 } },
  ])

  const first = await expectOk(await t.call('GET', `/api/training/supervision/institutions/${school}/flags?limit=1`, { token: officer }), InstitutionFlags)
  expect(first.institution).toEqual(items[0])
  expect(first.items).toEqual([
    { id: expect.any(String) as string, kind: 'shared_device', courseId: seededTrainingIds.courses.elderCare, courseName: '养老护理员（五级）初级班', sessionDate: '2026-12-27', traineeMaskedName: '学****', raisedAt: t.clock.now().toISOString() },
  ])
  expect(first.nextCursor).not.toBeNull()
  const second = await expectOk(await t.call('GET', `/api/training/supervision/institutions/${school}/flags?limit=1&cursor=${encodeURIComponent(first.nextCursor ?? '')}`, { token: officer }), InstitutionFlags)
  expect(second.items.map((flag) => [flag.kind, flag.traineeMaskedName])).toEqual([['out_of_window', '张*']])
  expect(second.nextCursor).toBeNull()
  // Reading a flag is reading the trainee's data: she finds it in her log.
  const zhang = await userIdOf(t, 'citizen-zhang')
  expect((await auditRows(t)).filter((row) => row.action === 'training.readFlag').map((row) => row.subjectUserId)).toEqual([classmate?.userId, zhang])
})

test('a suspended institution publishes no course, confirms no one, leaves the search and takes no enrolment; reinstated, it does all again', async () => {
  const t = await createTestContext()
  const officer = await t.login('officer-liu')
  const school = await userIdOf(t, 'institution-demo')
  const institution = await t.login('institution-demo')
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, seededTrainingIds.programmes.general)
  const asked = await enrolled(t, token, seededTrainingIds.courses.elderCare, voucher.id)

  const standing = await suspended(t, officer, school)
  expect(standing).toMatchObject({ id: school, status: 'suspended', suspendedReason: '冒名签到，暂停整改', suspendedAt: t.clock.now().toISOString() })
  await expectRefused(await t.call('POST', '/api/training/institution/courses', { token: institution, idempotencyKey: 'suspended-course', body: sampleCourse }), 'conflict', 'training.institutionSuspended')
  await expectRefused(await decide(t, institution, asked.id, { decision: 'confirm' }), 'conflict', 'training.institutionSuspended')
  const search = () => t.call('GET', '/api/training/courses?occupationCode=4-10-01-05&limit=10', { token })
  expect((await expectOk(await search(), CoursePage)).items).toEqual([])
  const [other] = await realNamedCitizens(t, 1, { prefix: 'newcomer' })
  const theirs = await claimed(t, other?.token ?? '', seededTrainingIds.programmes.general)
  await expectRefused(await enrolIn(t, other?.token ?? '', seededTrainingIds.courses.elderCare, theirs.id), 'conflict', 'training.institutionSuspended')

  const back = await expectOk(await t.call('POST', `/api/training/supervision/institutions/${school}/reinstate`, { token: officer }), SupervisedInstitution)
  expect(back).toMatchObject({ status: 'active', suspendedReason: null, suspendedAt: null })
  expect((await expectOk(await search(), CoursePage)).items.map((course) => course.id)).toEqual([seededTrainingIds.courses.elderCare])
  expect((await decide(t, institution, asked.id, { decision: 'confirm' })).status).toBe(200)
  await publishCourse(t, institution)
  const actions = (await auditRows(t)).filter((row) => row.objectId === school && row.kind === 'write').map((row) => row.action)
  expect(actions).toEqual(['training.suspendInstitution', 'training.reinstateInstitution'])
})
