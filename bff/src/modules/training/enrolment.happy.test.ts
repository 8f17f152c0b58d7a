import { expect, test } from 'vitest'
import { Enrolment, RosterEntry } from '@renshe/shared/training/courses'
import { seededTrainingIds } from '../../db/seed/training'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { cancel, confirmed, courseRow, decide, enrolIn, enrolled, enrolmentRows, publishCourse, rosterOf } from '../../testing/training-course-flows'
import { claimed, myTraining, trainingInboxOf, voucherRows } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

const { general } = seededTrainingIds.programmes
const { elderCare } = seededTrainingIds.courses

test('zhang enrols in a course with her voucher; the institution sees her masked on the roster and confirms: the voucher is spent on it and she is told', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, general)
  const enrolment = await enrolled(t, token, elderCare, voucher.id)
  expect(enrolment).toEqual({
    id: expect.any(String) as string,
    courseId: elderCare,
    courseName: '养老护理员（五级）初级班',
    courseStartsOn: '2026-12-27',
    voucherId: voucher.id,
    status: 'requested',
    requestedAt: t.clock.now().toISOString(),
    decidedAt: null,
    declineReason: null,
  })
  // Asked for: the voucher is still only claimed, no place taken.
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['claimed'])
  expect((await courseRow(t, elderCare)).enrolled).toBe(0)

  const institution = await t.login('institution-demo')
  const roster = await rosterOf(t, institution, elderCare)
  const entry = { ...enrolment, traineeName: '张*', idNumberMasked: '330302********1231', voucherNumber: voucher.number, payment: 'offset', attended: 0 }
  expect(roster.items).toEqual([entry])
  expect(roster.course).toMatchObject({ id: elderCare, enrolled: 0 })

  const decided = await confirmed(t, institution, enrolment.id)
  expect(decided).toEqual({ ...entry, status: 'confirmed', decidedAt: t.clock.now().toISOString() })
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['enrolled'])
  expect((await courseRow(t, elderCare)).enrolled).toBe(1)
  expect((await myTraining(t, token)).vouchers.map((item) => item.status)).toEqual(['enrolled'])
  expect((await trainingInboxOf(t, token)).find((message) => message.template === 'training.enrolmentConfirmed')).toMatchObject({
    params: { courseName: '养老护理员（五级）初级班', institutionName: '温州技师培训学校', startsOn: '2026-12-27' },
    link: '/features/training/pages/mine/index',
  })
  // The same confirmation again changes nothing.
  expect(await confirmed(t, institution, enrolment.id)).toEqual(decided)
  expect((await courseRow(t, elderCare)).enrolled).toBe(1)

  const zhang = await userIdOf(t, 'citizen-zhang')
  const rows = (await auditRows(t)).filter((row) => row.action.startsWith('training.') && row.subjectUserId === zhang)
  expect(rows.map((row) => row.action)).toEqual(
    expect.arrayContaining(['training.enrol', 'training.readTrainee', 'training.decideEnrolment', 'training.spendVoucher']),
  )
  expect(rows.find((row) => row.action === 'training.readTrainee')?.actorUserId).toBe(await userIdOf(t, 'institution-demo'))
})

test('a retry of her request is the same enrolment: the same key replays it, another key finds it', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, general)
  const first = await enrolled(t, token, elderCare, voucher.id, 'enrol-retry-0001')
  const replayed = await enrolIn(t, token, elderCare, voucher.id, 'enrol-retry-0001')
  expect(replayed.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(replayed, Enrolment, 201)).toEqual(first)
  expect(await enrolled(t, token, elderCare, voucher.id, 'enrol-retry-0002')).toEqual(first)
  expect(await enrolmentRows(t)).toHaveLength(1)
})

test('a declined enrolment tells her why and leaves her voucher hers to spend on another course', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, general)
  const institution = await t.login('institution-demo')
  const other = await publishCourse(t, institution)
  const enrolment = await enrolled(t, token, elderCare, voucher.id)
  const declined = await expectOk(await decide(t, institution, enrolment.id, { decision: 'decline', reason: '本期名额已留给社区推荐人员' }), RosterEntry)
  expect(declined).toMatchObject({ status: 'declined', declineReason: '本期名额已留给社区推荐人员', decidedAt: t.clock.now().toISOString() })
  expect((await trainingInboxOf(t, token)).find((message) => message.template === 'training.enrolmentDeclined')?.params).toEqual({
    courseName: '养老护理员（五级）初级班',
    institutionName: '温州技师培训学校',
    reason: '本期名额已留给社区推荐人员',
  })
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['claimed'])
  expect((await rosterOf(t, institution, elderCare)).items).toEqual([])
  expect((await enrolled(t, token, other.id, voucher.id)).status).toBe('requested')
})

test('she withdraws before the course starts: a request is simply cancelled; a confirmed one gives the place back and the voucher is hers again', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, general)
  const institution = await t.login('institution-demo')
  const asked = await enrolled(t, token, elderCare, voucher.id)
  expect(await expectOk(await cancel(t, token, asked.id), Enrolment)).toMatchObject({ status: 'cancelled' })
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['claimed'])

  const again = await enrolled(t, token, elderCare, voucher.id)
  await confirmed(t, institution, again.id)
  expect((await courseRow(t, elderCare)).enrolled).toBe(1)
  const withdrawn = await expectOk(await cancel(t, token, again.id), Enrolment)
  expect(withdrawn).toMatchObject({ id: again.id, status: 'cancelled' })
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['claimed'])
  expect((await courseRow(t, elderCare)).enrolled).toBe(0)
  expect((await rosterOf(t, institution, elderCare)).items).toEqual([])
  // Withdrawing twice changes nothing more.
  expect(await expectOk(await cancel(t, token, again.id), Enrolment)).toEqual(withdrawn)
  expect((await courseRow(t, elderCare)).enrolled).toBe(0)
  expect((await auditRows(t)).map((row) => row.action)).toEqual(expect.arrayContaining(['training.cancelEnrolment', 'training.releaseVoucher']))
})
