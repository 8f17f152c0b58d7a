import { expect, test } from 'vitest'
import type { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { loadConfig } from '../../config'
import { portalJobs } from '../../serve'
import { acted, advanceTo, applied, heard, nextDay, oujiangApplication, weeksLongSessions } from '../../testing/disputes-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { inboxOf, userIdOf } from '../../testing/wages-flows'
import { disputesJob, runDisputesJobs } from './jobs'

/** The overdue messages in the inbox of `token`, by their params. */
async function overdueTold(t: TestContext, token: string) {
  return (await inboxOf(t, token)).filter((message) => message.template === 'disputes.arbitrationOverdue').map((message) => message.params)
}

function dueOf(shown: ArbitrationCase, step: ArbitrationCase['deadlines'][number]['step']): string {
  const deadline = shown.deadlines.find((each) => each.step === step)
  if (!deadline) throw new Error(`the case has no ${step} deadline`)
  return deadline.by
}

test('the server runs the disputes job every DISPUTES_JOB_INTERVAL_SECONDS, and not at all with 0', () => {
  const every = (env: Record<string, string>) => {
    const loaded = loadConfig(env)
    if (!loaded.ok) throw new Error(loaded.message)
    return portalJobs(loaded.config).find((job) => job.name === disputesJob)?.seconds
  }
  expect(every({})).toBe(3600)
  expect(every({ DISPUTES_JOB_INTERVAL_SECONDS: '600' })).toBe(600)
  expect(every({ DISPUTES_JOB_INTERVAL_SECONDS: '0' })).toBe(0)
})

test('a case left unaccepted past its 5 working days is told once to the applicant and Lucheng’s chair, who may go to court; accepted late and its award overdue, it is told again for the award', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const wu = await t.login('supervisor-wu')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t))
  const acceptBy = dueOf(filed, 'accept')

  // On its last day it is not late yet.
  advanceTo(t, acceptBy)
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 0, injuryWindowsTold: 0, injuryOverdueTold: 0 })
  expect(await overdueTold(t, zhao)).toEqual([])

  advanceTo(t, addCalendarDays(acceptBy, 1))
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 1, injuryWindowsTold: 0, injuryOverdueTold: 0 })
  const acceptance = { caseNumber: filed.caseNumber, step: 'accept', mayGoToCourt: 'yes' }
  expect(await overdueTold(t, zhao)).toEqual([acceptance])
  expect(await overdueTold(t, wu)).toEqual([acceptance])
  const [message] = (await inboxOf(t, zhao)).filter((each) => each.template === 'disputes.arbitrationOverdue')
  expect(message?.link).toContain(filed.id)
  const audit = (await auditRows(t)).filter((row) => row.action === 'disputes.tellArbitrationOverdue')
  expect(audit.map((row) => [row.objectId, row.actorUserId, row.subjectUserId, row.kind])).toEqual([[filed.id, null, await userIdOf(t, 'worker-zhao'), 'write']])

  // Run again, that day and the next: nobody is told again.
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 0, injuryWindowsTold: 0, injuryOverdueTold: 0 })
  nextDay(t)
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 0, injuryWindowsTold: 0, injuryOverdueTold: 0 })
  expect(await overdueTold(t, zhao)).toHaveLength(1)
  expect(await overdueTold(t, wu)).toHaveLength(1)

  // Accepted late and taken to its hearing: the award's day passes with no award.
  const wasHeard = await heard(t, filed.id, { officer: liu, employer })
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 0, injuryWindowsTold: 0, injuryOverdueTold: 0 })
  advanceTo(t, addCalendarDays(dueOf(wasHeard, 'award'), 1))
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 1, injuryWindowsTold: 0, injuryOverdueTold: 0 })
  const award = { caseNumber: filed.caseNumber, step: 'award', mayGoToCourt: 'yes' }
  expect(await overdueTold(t, zhao)).toEqual([award, acceptance])
  expect(await overdueTold(t, wu)).toEqual([award, acceptance])
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 0, injuryWindowsTold: 0, injuryOverdueTold: 0 })
  expect((await auditRows(t)).filter((row) => row.action === 'disputes.tellArbitrationOverdue')).toHaveLength(2)
})

test('a case accepted, served and its tribunal formed in time is never told, through its acceptance day and long after', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t))
  nextDay(t)
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  await acted(t, { token: liu }, filed.id, { kind: 'serve' })
  const formed = await acted(t, { token: liu }, filed.id, { kind: 'formTribunal' })
  advanceTo(t, addCalendarDays(dueOf(filed, 'accept'), 10))
  expect(addCalendarDays(dueOf(filed, 'accept'), 10) < dueOf(formed, 'award')).toBe(true)
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 0, injuryWindowsTold: 0, injuryOverdueTold: 0 })
  expect(await overdueTold(t, zhao)).toEqual([])
  expect(await overdueTold(t, await t.login('supervisor-wu'))).toEqual([])
})

test('accepted in time but neither served nor its tribunal formed in 5 working days: both steps are told, and she is not told she may go to court', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t))
  nextDay(t)
  const accepted = await acted(t, { token: await t.login('officer-liu') }, filed.id, { kind: 'accept' })
  const lastDay = [dueOf(accepted, 'serve'), dueOf(accepted, 'tribunal')].sort().at(-1) ?? ''
  advanceTo(t, addCalendarDays(lastDay, 1))
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 1, injuryWindowsTold: 0, injuryOverdueTold: 0 })
  const told = (await overdueTold(t, zhao)).map((params) => [params.step, params.mayGoToCourt])
  expect(told.sort()).toEqual([
    ['serve', 'no'],
    ['tribunal', 'no'],
  ])
  expect(await overdueTold(t, await t.login('supervisor-wu'))).toHaveLength(2)
})
