import { asc, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { applicationDeadline } from '@renshe/shared/disputes/injury'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { outboundMessages } from '../../db/schema'
import { loadWorkCalendar } from '../../platform/work-calendar'
import { acted, advanceTo, applied, oujiangApplication, weeksLongSessions } from '../../testing/disputes-flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { actedInjury, appliedInjury, fromReport, oujiangAccident, reported } from '../../testing/injury-flows'
import { userIdOf } from '../../testing/wages-flows'
import { runDisputesJobs } from './jobs'

/** What was queued for WeChat to the account of `account`, oldest first: the template and the step. */
async function queuedFor(t: TestContext, account: string) {
  const userId = await userIdOf(t, account)
  const rows = await t.deps.db.read((q) => q.select().from(outboundMessages).where(eq(outboundMessages.userId, userId)).orderBy(asc(outboundMessages.createdAt), asc(outboundMessages.id)))
  return rows.map((row) => [row.template, row.params.step ?? null])
}

test('the worker’s side of an arbitration gets each step as a WeChat subscribe message beside the inbox; the employer and the commission get the inbox only', async () => {
  const t = await createTestContext()
  const filed = await applied(t, { token: await t.login('worker-zhao') }, await oujiangApplication(t))
  const liu = await t.login('officer-liu')
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  await acted(t, { token: liu }, filed.id, { kind: 'serve' })
  expect(await queuedFor(t, 'worker-zhao')).toEqual([
    ['disputes.arbitrationReceived', null],
    ['disputes.arbitrationStep', 'accepted'],
    ['disputes.arbitrationStep', 'served'],
  ])
  expect(await queuedFor(t, 'officer-liu')).toEqual([])
  expect(await queuedFor(t, 'employer-demo')).toEqual([])
})

test('a work-injury worker is told by subscribe message when her window opens, when her application is in and at each step of the office', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const calendar = await t.deps.db.read(loadWorkCalendar)
  const filed = await reported(t, { token: zhao }, oujiangAccident())
  advanceTo(t, addCalendarDays(applicationDeadline(calendar, '2026-11-20', 'employer'), 1))
  await runDisputesJobs(t.deps)
  const zhaoAgain = await t.login('worker-zhao')
  const injury = await appliedInjury(t, { token: zhaoAgain }, fromReport(filed.id))
  const liu = await t.login('officer-liu')
  await actedInjury(t, { token: liu }, injury.id, { kind: 'accept' })
  expect(await queuedFor(t, 'worker-zhao')).toEqual([
    ['disputes.injuryWindowOpen', null],
    ['disputes.injuryReceived', null],
    ['disputes.injuryStep', 'accepted'],
  ])
  expect(await queuedFor(t, 'employer-demo')).toEqual([])
})
