import { expect, test } from 'vitest'
import { trainingAttendance } from '../../db/schema'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { flagRows, traineesOnRoster, zhangOnRoster } from '../../testing/training-attendance-flows'
import { runTraining } from '../../testing/training-flows'

const sessions = ['01', '02', '03', '04', '05', '06', '07', '08'].map((n) => `course-lucheng-eldercare-${n}`)

test('once the course has ended, the job flags each trainee below the threshold once: 7 of 8 sessions pass 80 %, 6 do not', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolment, zhang } = await zhangOnRoster(t)
  const [short, absent] = await traineesOnRoster(t, 2)
  if (!short || !absent) throw new Error('no trainees')
  const attended = [
    ...sessions.slice(0, 7).map((sessionId) => ({ sessionId, enrolmentId: enrolment.id, holderUserId: zhang })),
    ...sessions.slice(0, 6).map((sessionId) => ({ sessionId, enrolmentId: short.enrolmentId, holderUserId: short.userId })),
  ]
  await t.deps.db.transaction((tx) =>
    tx.insert(trainingAttendance).values(attended.map((row, i) => ({ id: `attendance-${String(i).padStart(2, '0')}`, ...row, deviceHash: `device-${row.holderUserId}`, checkedInAt: '2026-12-27T10:20:00.000Z' }))),
  )
  // The last session is on 2027-01-12: on that day the course has not ended.
  t.clock.set('2027-01-12T14:00:00.000Z')
  expect((await runTraining(t)).flagged).toBe(0)
  t.clock.set('2027-01-13T01:00:00.000Z')
  expect((await runTraining(t)).flagged).toBe(2)
  expect((await flagRows(t)).map((flag) => [flag.kind, flag.enrolmentId, flag.sessionId]).sort()).toEqual(
    [['below_threshold', short.enrolmentId, null], ['below_threshold', absent.enrolmentId, null]].sort(),
  )
  expect((await runTraining(t)).flagged).toBe(0)
  expect(await flagRows(t)).toHaveLength(2)
  const raised = (await auditRows(t)).filter((row) => row.action === 'training.raiseFlag')
  expect(raised.map((row) => row.subjectUserId).sort()).toEqual([short.userId, absent.userId].sort())
  expect(raised.every((row) => row.actorUserId === null)).toBe(true)
})
