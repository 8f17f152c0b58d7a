import { expect, test } from 'vitest'
import { advanceTo, weeksLongSessions } from '../../../testing/disputes-flows'
import { auditRows } from '../../../testing/flows'
import { createTestContext, type TestContext } from '../../../testing/harness'
import { oujiangAccident, reported } from '../../../testing/injury-flows'
import { inboxOf } from '../../../testing/wages-flows'
import { runDisputesJobs } from '../jobs'

async function windowMessages(t: TestContext, token: string) {
  return (await inboxOf(t, token)).filter((message) => message.template === 'disputes.injuryWindowOpen')
}

test('two runs at once, as two instances racing would, tell each worker once: one message a report, one audit row', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const first = await reported(t, { token: zhao }, oujiangAccident())
  const second = await reported(t, { token: zhao }, oujiangAccident({ accidentOn: '2026-11-18', kind: 'occupational_disease' }))
  advanceTo(t, '2027-01-05')
  const [a, b] = await Promise.all([runDisputesJobs(t.deps), runDisputesJobs(t.deps)])
  expect((a?.injuryWindowsTold ?? 0) + (b?.injuryWindowsTold ?? 0)).toBe(2)
  expect((await windowMessages(t, zhao)).map((message) => message.params.reportId).sort()).toEqual([first.id, second.id].sort())
  expect((await auditRows(t)).filter((row) => row.action === 'disputes.tellInjuryWindowOpen').map((row) => row.objectId).sort()).toEqual([first.id, second.id].sort())
})

test('the window is told to the worker alone, and the message says nothing personal', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const filed = await reported(t, { token: zhao }, oujiangAccident())
  advanceTo(t, '2027-01-05')
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 0, injuryWindowsTold: 1, injuryOverdueTold: 0 })
  for (const account of ['employer-demo', 'officer-liu', 'supervisor-wu', 'citizen-zhang', 'staff-chen']) {
    expect(await windowMessages(t, await t.login(account))).toEqual([])
  }
  const [message] = await windowMessages(t, zhao)
  expect(Object.keys(message?.params ?? {}).sort()).toEqual(['accidentOn', 'by', 'employerName', 'reportId'])
  expect(message?.params.reportId).toBe(filed.id)
  expect(JSON.stringify(message)).not.toContain(oujiangAccident().account)
})
