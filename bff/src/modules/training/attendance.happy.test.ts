import { expect, test } from 'vitest'
import { checkInPayload, MyEnrolment, SessionCode } from '@renshe/shared/training/attendance'
import { seededTrainingIds } from '../../db/seed/training'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { around, attendanceRows, loggedInAt, checkedIn, checkInCall, codeNow, deviceOf, firstSession, secondSession, zhangOnRoster } from '../../testing/training-attendance-flows'
import { rosterOf } from '../../testing/training-course-flows'
import { voucherRows } from '../../testing/training-flows'

const { elderCare } = seededTrainingIds.courses

test('the institution shows the session code around its hours; zhang checks in with it from her phone: the voucher is attending, the roster counts her', async () => {
  const t = await createTestContext()
  const { enrolment, zhang } = await zhangOnRoster(t)
  const { token, institution } = await loggedInAt(t, around.open)
  const shown = await expectOk(await t.call('GET', `/api/training/institution/sessions/${firstSession}/code`, { token: institution }), SessionCode)
  expect(shown).toMatchObject({
    sessionId: firstSession,
    courseId: elderCare,
    courseName: '养老护理员（五级）初级班',
    session: { id: firstSession, date: '2026-12-27', from: '18:30', to: '21:30' },
    code: expect.stringMatching(/^\d{6}$/) as string,
    validUntil: '2026-12-27T10:20:30.000Z',
    checkedIn: 0,
    rosterSize: 1,
  })
  expect(shown.qrDataUrl).toMatch(/^data:image\/png;base64,/)
  expect(shown.code).toBe(codeNow(t))

  const attendance = await checkedIn(t, token)
  expect(attendance).toEqual({ sessionId: firstSession, enrolmentId: enrolment.id, checkedInAt: t.clock.now().toISOString() })
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['attending'])
  const [row] = await attendanceRows(t)
  // Only a keyed hash of the device's id is kept.
  expect(row?.deviceHash).not.toContain('zhang')
  expect(row?.deviceHash).toBe(t.deps.blindIndex('training_device', deviceOf('zhang')))

  const again = await expectOk(await t.call('GET', `/api/training/institution/sessions/${firstSession}/code`, { token: institution }), SessionCode)
  expect(again).toMatchObject({ checkedIn: 1, rosterSize: 1 })
  expect((await rosterOf(t, institution, elderCare)).items.map((item) => item.attended)).toEqual([1])
  const written = (await auditRows(t)).filter((audit) => audit.subjectUserId === zhang && audit.kind === 'write').map((audit) => audit.action)
  expect(written).toEqual(expect.arrayContaining(['training.checkIn', 'training.startAttending']))
  expect(checkInPayload(firstSession, shown.code)).toBe(`renshe-checkin:${firstSession}:${shown.code}`)
})

test('a code of the step just before still checks in, as the screen turns over', async () => {
  const t = await createTestContext()
  await zhangOnRoster(t)
  const { token } = await loggedInAt(t, around.open)
  const code = codeNow(t)
  t.clock.advance(30_000)
  expect(code).not.toBe(codeNow(t))
  expect((await checkInCall(t, token, firstSession, code, deviceOf('zhang'))).status).toBe(201)
})

test('checking in again answers with the first check-in; the second session moves nothing more on the voucher', async () => {
  const t = await createTestContext()
  await zhangOnRoster(t)
  const { token } = await loggedInAt(t, around.open)
  const first = await checkedIn(t, token)
  t.clock.advance(60_000)
  expect(await checkedIn(t, token)).toEqual(first)
  // From another of her phones too: the same enrolment, the same check-in.
  expect(await checkedIn(t, token, firstSession, deviceOf('zhang-tablet'))).toEqual(first)
  expect(await attendanceRows(t)).toHaveLength(1)

  const later = await loggedInAt(t, '2026-12-29T10:20:00.000Z')
  await checkedIn(t, later.token, secondSession)
  expect(await attendanceRows(t)).toHaveLength(2)
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['attending'])
})

test('zhang reads her enrolment: every session with its check-in window, the ones she checked in to, and the threshold', async () => {
  const t = await createTestContext()
  const { enrolment } = await zhangOnRoster(t)
  const { token } = await loggedInAt(t, around.open)
  const attendance = await checkedIn(t, token)
  const mine = await expectOk(await t.call('GET', `/api/training/enrolments/${enrolment.id}`, { token }), MyEnrolment)
  expect(mine.enrolment).toMatchObject({ id: enrolment.id, status: 'confirmed' })
  expect(mine.course.id).toBe(elderCare)
  expect(mine.sessions).toHaveLength(8)
  expect(mine.sessions[0]).toEqual({
    session: expect.objectContaining({ id: firstSession }) as object,
    opensAt: '2026-12-27T10:15:00.000Z',
    closesAt: '2026-12-27T13:30:00.000Z',
    checkedInAt: attendance.checkedInAt,
  })
  expect(mine.sessions[1]?.checkedInAt).toBeNull()
  expect(mine.attended).toBe(1)
  expect(mine.thresholdPercent).toBe(80)
})
