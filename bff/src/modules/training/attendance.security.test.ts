import { expect, test } from 'vitest'
import { checkIn } from './attendance-service'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import {
  around,
  attendanceRows,
  checkedIn,
  checkInCall,
  codeNow,
  deviceOf,
  expectRefused,
  firstSession,
  flagRows,
  loggedInAt,
  secondSession,
  traineesOnRoster,
  zhangOnRoster,
} from '../../testing/training-attendance-flows'
import { addInstitution } from '../../testing/training-flows'

test('zhang checks in, then checks in a classmate from the same phone: refused, flagged for the officers, the classmate not checked in', async () => {
  const t = await createTestContext()
  await zhangOnRoster(t)
  const [classmate] = await traineesOnRoster(t, 1)
  if (!classmate) throw new Error('no classmate')
  const { token } = await loggedInAt(t, around.open)
  const classmateToken = await t.login(classmate.userId)
  await checkedIn(t, token, firstSession, deviceOf('zhang'))
  await expectRefused(await checkInCall(t, classmateToken, firstSession, codeNow(t), deviceOf('zhang')), 'conflict', 'training.sharedDevice')
  expect((await attendanceRows(t)).map((row) => row.holderUserId)).not.toContain(classmate.userId)
  expect((await flagRows(t)).map((flag) => [flag.kind, flag.enrolmentId, flag.sessionId])).toEqual([['shared_device', classmate.enrolmentId, firstSession]])
  // From her own phone she checks in; the same phone at another session is no one's business.
  await checkedIn(t, classmateToken, firstSession, deviceOf('classmate'))
  const later = await loggedInAt(t, '2026-12-29T10:20:00.000Z')
  await checkedIn(t, later.token, secondSession, deviceOf('classmate'))
})

test('a code photographed two steps ago, or the code of another session, does not check in', async () => {
  const t = await createTestContext()
  await zhangOnRoster(t)
  const { token } = await loggedInAt(t, around.open)
  const old = codeNow(t)
  t.clock.advance(60_000)
  await expectRefused(await checkInCall(t, token, firstSession, old, deviceOf('zhang')), 'validation_failed', 'training.codeWrong')
  await expectRefused(await checkInCall(t, token, firstSession, codeNow(t, secondSession), deviceOf('zhang')), 'validation_failed', 'training.codeWrong')
  // Nor a code of the step to come.
  const ahead = codeNow(t)
  t.clock.advance(-30_000)
  if (ahead !== codeNow(t)) await expectRefused(await checkInCall(t, token, firstSession, ahead, deviceOf('zhang')), 'validation_failed', 'training.codeWrong')
  expect(await attendanceRows(t)).toEqual([])
})

test("an institution asking the code of another institution's session is told it does not exist", async () => {
  const t = await createTestContext()
  const other = await addInstitution(t, 'institution-other', '330302', '鹿城另一所培训学校')
  await loggedInAt(t, around.open)
  const token = await t.login(other)
  await expectProblem(await t.call('GET', `/api/training/institution/sessions/${firstSession}/code`, { token }), 'not_found')
})

test('20 check-ins of one enrolment at the same moment make one check-in, and move the voucher once', async () => {
  const t = await createTestContext()
  const { zhang } = await zhangOnRoster(t)
  await loggedInAt(t, around.open)
  const code = codeNow(t)
  const actor = { requestId: 'concurrent', actorUserId: zhang, subjectUserId: zhang, viaGrantId: null }
  const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => checkIn(t.deps, actor, zhang, firstSession, { code, deviceId: deviceOf(`zhang-${i % 3}`) })))
  expect(answers.every((answer) => answer.ok)).toBe(true)
  const rows = await attendanceRows(t)
  expect(rows).toHaveLength(1)
  expect(new Set(answers.map((answer) => (answer.ok ? answer.value.checkedInAt : '')))).toEqual(new Set([rows[0]?.checkedInAt]))
  expect(await flagRows(t)).toEqual([])
})

test("a suspended institution's session shows no code and checks no one in", async () => {
  const t = await createTestContext()
  await zhangOnRoster(t)
  const { token, institution } = await loggedInAt(t, around.open)
  const officer = await t.login('officer-liu')
  const school = (await t.call('GET', '/api/training/supervision', { token: officer }).then((response) => response.json())) as { items: { id: string }[] }
  const id = school.items[0]?.id ?? ''
  expect((await t.call('POST', `/api/training/supervision/institutions/${id}/suspend`, { token: officer, body: { reason: '整改' } })).status).toBe(200)
  await expectRefused(await t.call('GET', `/api/training/institution/sessions/${firstSession}/code`, { token: institution }), 'conflict', 'training.institutionSuspended')
  await expectRefused(await checkInCall(t, token, firstSession, codeNow(t), deviceOf('zhang')), 'conflict', 'training.institutionSuspended')
})
