import { expect, test } from 'vitest'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { advanceTo, weeksLongSessions } from '../../../testing/disputes-flows'
import { auditRows } from '../../../testing/flows'
import { createTestContext, type TestContext } from '../../../testing/harness'
import { appliedInjury, fromReport, oujiangAccident, reported, workersOwnCase } from '../../../testing/injury-flows'
import { inboxOf } from '../../../testing/wages-flows'
import { runDisputesJobs } from '../jobs'

async function overdueMessages(t: TestContext, token: string) {
  return (await inboxOf(t, token)).filter((message) => message.template === 'disputes.injuryOverdue')
}

test('two runs at once, as two instances racing would, tell each late step once: one message each, one audit row', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const first = await workersOwnCase(t, zhao)
  const report = await reported(t, { token: zhao }, oujiangAccident({ accidentOn: '2026-10-11' }))
  const second = await appliedInjury(t, { token: zhao }, fromReport(report.id))
  advanceTo(t, addCalendarDays(first.deadlines[0]?.by ?? '', 1))
  const [a, b] = await Promise.all([runDisputesJobs(t.deps), runDisputesJobs(t.deps)])
  expect((a?.injuryOverdueTold ?? 0) + (b?.injuryOverdueTold ?? 0)).toBe(2)
  expect((await overdueMessages(t, zhao)).map((message) => message.params.caseId).sort()).toEqual([first.id, second.id].sort())
  expect(await overdueMessages(t, await t.login('supervisor-wu'))).toHaveLength(2)
  expect((await auditRows(t)).filter((row) => row.action === 'disputes.tellInjuryOverdue').map((row) => row.objectId).sort()).toEqual([first.id, second.id].sort())
})

test('a late case is told to no one outside it: not another county’s officials, not the officers, not the employer; and the message says nothing personal', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const filed = await workersOwnCase(t, zhao)
  advanceTo(t, addCalendarDays(filed.deadlines[0]?.by ?? '', 1))
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 0, injuryWindowsTold: 0, injuryOverdueTold: 1 })
  for (const account of ['officer-huang', 'officer-liu', 'employer-demo', 'citizen-zhang', 'staff-chen']) {
    expect(await overdueMessages(t, await t.login(account))).toEqual([])
  }
  const [message] = await overdueMessages(t, zhao)
  expect(Object.keys(message?.params ?? {}).sort()).toEqual(['caseId', 'caseNumber', 'step'])
  expect(JSON.stringify(message)).not.toContain(oujiangAccident().account)
})
