import { expect, test } from 'vitest'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { advanceTo, applied, oujiangApplication, weeksLongSessions } from '../../testing/disputes-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { inboxOf } from '../../testing/wages-flows'
import { runDisputesJobs } from './jobs'

async function overdueMessages(t: TestContext, token: string) {
  return (await inboxOf(t, token)).filter((message) => message.template === 'disputes.arbitrationOverdue')
}

test('two runs at once, as two instances racing would, tell each late step once: one message each, one audit row', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t))
  const other = await applied(t, { token: zhao }, await oujiangApplication(t, { knewOn: '2026-11-01' }))
  advanceTo(t, addCalendarDays(filed.deadlines[0]?.by ?? '', 1))
  const [a, b] = await Promise.all([runDisputesJobs(t.deps), runDisputesJobs(t.deps)])
  expect((a?.overdueTold ?? 0) + (b?.overdueTold ?? 0)).toBe(2)
  expect((await overdueMessages(t, zhao)).map((message) => message.params.caseNumber).sort()).toEqual([filed.caseNumber, other.caseNumber].sort())
  expect(await overdueMessages(t, await t.login('supervisor-wu'))).toHaveLength(2)
  expect((await auditRows(t)).filter((row) => row.action === 'disputes.tellArbitrationOverdue').map((row) => row.objectId).sort()).toEqual([filed.id, other.id].sort())
})

test('a late case is told to no one outside it: not another county’s officials, not the arbitrators, not the employer; and the message says nothing personal', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t))
  advanceTo(t, addCalendarDays(filed.deadlines[0]?.by ?? '', 1))
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 1, injuryWindowsTold: 0, injuryOverdueTold: 0 })
  for (const account of ['officer-huang', 'officer-liu', 'employer-demo', 'citizen-zhang', 'staff-chen']) {
    expect(await overdueMessages(t, await t.login(account))).toEqual([])
  }
  const [message] = await overdueMessages(t, zhao)
  expect(Object.keys(message?.params ?? {}).sort()).toEqual(['caseNumber', 'mayGoToCourt', 'step'])
})
