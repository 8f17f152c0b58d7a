import { expect, test } from 'vitest'
import { applicationDeadline } from '@renshe/shared/disputes/injury'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { loadWorkCalendar } from '../../../platform/work-calendar'
import { advanceTo, nextDay, weeksLongSessions } from '../../../testing/disputes-flows'
import { auditRows } from '../../../testing/flows'
import { createTestContext, type TestContext } from '../../../testing/harness'
import { appliedInjury, fromReport, myInjuries, oujiang, oujiangAccident, reported } from '../../../testing/injury-flows'
import { inboxOf, userIdOf } from '../../../testing/wages-flows'
import { runDisputesJobs } from '../jobs'
import { tellInjuryWindowsOpen } from './window-job'

async function windowMessages(t: TestContext, token: string) {
  return (await inboxOf(t, token)).filter((message) => message.template === 'disputes.injuryWindowOpen')
}

test('once the employer’s 30th day has passed with no application, the worker is told once that she may apply, and until when; on that day itself she is not', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const calendar = await t.deps.db.read(loadWorkCalendar)
  const filed = await reported(t, { token: zhao }, oujiangAccident())
  const employerBy = applicationDeadline(calendar, '2026-11-20', 'employer')
  const by = applicationDeadline(calendar, '2026-11-20', 'worker')

  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 0, injuryWindowsTold: 0, injuryOverdueTold: 0 })
  advanceTo(t, employerBy)
  expect(await tellInjuryWindowsOpen(t.deps)).toBe(0)
  expect(await windowMessages(t, zhao)).toEqual([])

  advanceTo(t, addCalendarDays(employerBy, 1))
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 0, injuryWindowsTold: 1, injuryOverdueTold: 0 })
  const [message] = await windowMessages(t, zhao)
  expect(message).toMatchObject({
    params: { employerName: oujiang.name, accidentOn: '2026-11-20', by, reportId: filed.id },
    link: '/features/disputes/pages/injuries/index',
  })
  expect((await myInjuries(t, { token: zhao })).reports[0]?.window).toEqual({ state: 'open', by, employerBy })
  const audit = (await auditRows(t)).filter((row) => row.action === 'disputes.tellInjuryWindowOpen')
  expect(audit.map((row) => [row.objectId, row.actorUserId, row.subjectUserId, row.kind])).toEqual([[filed.id, null, await userIdOf(t, 'worker-zhao'), 'write']])

  // Run again, that day and the next: she is not told again.
  expect(await tellInjuryWindowsOpen(t.deps)).toBe(0)
  nextDay(t)
  expect(await tellInjuryWindowsOpen(t.deps)).toBe(0)
  expect(await windowMessages(t, zhao)).toHaveLength(1)

  // She applies herself now.
  const applied = await appliedInjury(t, { token: zhao }, fromReport(filed.id))
  expect(applied.applicantKind).toBe('worker')
})

test('a report the employer applied from in time is never told, nor one whose year has run out before the job ever saw it', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const employer = await t.login('employer-demo')
  const calendar = await t.deps.db.read(loadWorkCalendar)
  const applied = await reported(t, { token: zhao }, oujiangAccident())
  await appliedInjury(t, { token: employer }, fromReport(applied.id))
  const forgotten = await reported(t, { token: zhao }, oujiangAccident({ accidentOn: '2026-11-21' }))
  advanceTo(t, addCalendarDays(applicationDeadline(calendar, '2026-11-20', 'employer'), 3))
  // Only the one the employer did not apply from is told.
  expect(await tellInjuryWindowsOpen(t.deps)).toBe(1)
  expect((await windowMessages(t, zhao)).map((message) => message.params.reportId)).toEqual([forgotten.id])

  const today = chinaDate(t.clock.now())
  const late = await reported(t, { token: zhao }, oujiangAccident({ accidentOn: today }))
  advanceTo(t, addCalendarDays(applicationDeadline(calendar, today, 'worker'), 1))
  expect(await tellInjuryWindowsOpen(t.deps)).toBe(0)
  // A year on, a fresh session.
  const messages = await windowMessages(t, await t.login('worker-zhao'))
  expect(messages.map((message) => message.params.reportId)).toEqual([forgotten.id])
  expect(late.id).not.toBe(forgotten.id)
})
