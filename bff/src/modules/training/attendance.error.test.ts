import { expect, test } from 'vitest'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { around, attendanceRows, checkInCall, expectRefused, codeNow, deviceOf, firstSession, flagRows, loggedInAt, traineesOnRoster, zhangOnRoster } from '../../testing/training-attendance-flows'
import { realNamedCitizens } from '../../testing/training-flows'

const unknownSession = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

function codeOf(t: Parameters<typeof codeNow>[0], institution: string, sessionId = firstSession) {
  return t.call('GET', `/api/training/institution/sessions/${sessionId}/code`, { token: institution })
}

test('a good code before check-in opens or after the session ends is refused, and flagged for the officers', async () => {
  const t = await createTestContext()
  const { enrolment } = await zhangOnRoster(t)
  for (const instant of [around.codeShownOnly, around.afterEnd]) {
    const { token } = await loggedInAt(t, instant)
    await expectRefused(await checkInCall(t, token, firstSession, codeNow(t), deviceOf('zhang')), 'conflict', 'training.outOfWindow')
  }
  expect(await attendanceRows(t)).toEqual([])
  expect((await flagRows(t)).map((flag) => [flag.kind, flag.enrolmentId, flag.sessionId])).toEqual([
    ['out_of_window', enrolment.id, firstSession],
    ['out_of_window', enrolment.id, firstSession],
  ])
})

test('a wrong code, one of another session, or one that is not six digits is refused and checks no one in', async () => {
  const t = await createTestContext()
  await zhangOnRoster(t)
  const { token } = await loggedInAt(t, around.open)
  const right = codeNow(t)
  const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')
  await expectRefused(await checkInCall(t, token, firstSession, wrong, deviceOf('zhang')), 'validation_failed', 'training.codeWrong')
  await expectRefused(await checkInCall(t, token, firstSession, codeNow(t, `${firstSession.slice(0, -1)}2`), deviceOf('zhang')), 'validation_failed', 'training.codeWrong')
  await expectRefused(await checkInCall(t, token, firstSession, '12345', deviceOf('zhang')), 'validation_failed', 'training.codeFormat')
  await expectRefused(await checkInCall(t, token, firstSession, right, 'short'), 'validation_failed', 'field.invalid')
  expect(await attendanceRows(t)).toEqual([])
  expect(await flagRows(t)).toEqual([])
})

test('a citizen who is not on the roster cannot check in; an unknown session does not exist', async () => {
  const t = await createTestContext()
  await zhangOnRoster(t)
  await loggedInAt(t, around.open)
  const [outsider] = await realNamedCitizens(t, 1, { prefix: 'outsider' })
  if (!outsider) throw new Error('no outsider')
  await expectRefused(await checkInCall(t, outsider.token, firstSession, codeNow(t), deviceOf('outsider')), 'conflict', 'training.notOnRoster')
  await expectProblem(await checkInCall(t, outsider.token, unknownSession, '123456', deviceOf('outsider')), 'not_found')
})

test('the code is not shown before an hour ahead of the session or after an hour past it, nor for an unknown session', async () => {
  const t = await createTestContext()
  const { institution } = await loggedInAt(t, around.longBefore)
  await expectRefused(await codeOf(t, institution), 'conflict', 'training.outOfWindow')
  const late = await loggedInAt(t, '2026-12-27T14:31:00.000Z')
  await expectRefused(await codeOf(t, late.institution), 'conflict', 'training.outOfWindow')
  await expectProblem(await codeOf(t, late.institution, unknownSession), 'not_found')
})

test('an enrolment that is not there, or not hers, does not exist for her', async () => {
  const t = await createTestContext()
  const [other] = await traineesOnRoster(t, 1)
  const token = await t.login('citizen-zhang')
  await expectProblem(await t.call('GET', `/api/training/enrolments/${unknownSession}`, { token }), 'not_found')
  await expectProblem(await t.call('GET', `/api/training/enrolments/${other?.enrolmentId ?? ''}`, { token }), 'not_found')
})
