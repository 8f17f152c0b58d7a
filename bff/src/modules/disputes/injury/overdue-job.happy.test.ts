import { asc, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import type { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { outboundMessages } from '../../../db/schema'
import { advanceTo, nextDay, weeksLongSessions } from '../../../testing/disputes-flows'
import { auditRows } from '../../../testing/flows'
import { createTestContext, type TestContext } from '../../../testing/harness'
import { actedInjury, appliedInjury, uploadedDocument, workersOwnCase } from '../../../testing/injury-flows'
import { inboxOf, userIdOf } from '../../../testing/wages-flows'
import { runDisputesJobs } from '../jobs'
import { tellOverdueInjuries } from './overdue-job'

async function overdueTold(t: TestContext, token: string) {
  return (await inboxOf(t, token)).filter((message) => message.template === 'disputes.injuryOverdue').map((message) => message.params)
}

function dueOf(shown: InjuryCase, step: InjuryCase['deadlines'][number]['step']): string {
  const deadline = shown.deadlines.find((each) => each.step === step && !each.done)
  if (!deadline) throw new Error(`the case has no open ${step} deadline`)
  return deadline.by
}

test('a case the office leaves unaccepted past its 15 days is told once to the worker (inbox and WeChat) and Lucheng’s supervisor; on its last day it is not', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const wu = await t.login('supervisor-wu')
  const filed = await workersOwnCase(t, zhao)
  const acceptBy = dueOf(filed, 'acceptance')

  advanceTo(t, acceptBy)
  expect(await tellOverdueInjuries(t.deps)).toBe(0)
  advanceTo(t, addCalendarDays(acceptBy, 1))
  expect(await runDisputesJobs(t.deps)).toEqual({ overdueTold: 0, injuryWindowsTold: 0, injuryOverdueTold: 1 })
  const acceptance = { caseNumber: filed.caseNumber, step: 'acceptance', caseId: filed.id }
  expect(await overdueTold(t, zhao)).toEqual([acceptance])
  expect(await overdueTold(t, wu)).toEqual([acceptance])
  const [message] = (await inboxOf(t, zhao)).filter((each) => each.template === 'disputes.injuryOverdue')
  expect(message?.link).toContain(filed.id)
  const zhaoId = await userIdOf(t, 'worker-zhao')
  const queued = await t.deps.db.read((q) => q.select().from(outboundMessages).where(eq(outboundMessages.userId, zhaoId)).orderBy(asc(outboundMessages.createdAt)))
  expect(queued.filter((row) => row.template === 'disputes.injuryOverdue').map((row) => row.params)).toEqual([acceptance])
  const audit = (await auditRows(t)).filter((row) => row.action === 'disputes.tellInjuryOverdue')
  expect(audit.map((row) => [row.objectId, row.actorUserId, row.subjectUserId, row.kind])).toEqual([[filed.id, null, zhaoId, 'write']])

  // Run again, that day and the next: nobody is told again.
  expect(await tellOverdueInjuries(t.deps)).toBe(0)
  nextDay(t)
  expect(await tellOverdueInjuries(t.deps)).toBe(0)
  expect(await overdueTold(t, zhao)).toHaveLength(1)
  expect(await overdueTold(t, wu)).toHaveLength(1)
})

test('acceptance started again once the missing documents arrive is a new step: late too, it is told again; accepted, the decision’s 60 days late are told once', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const wu = await t.login('supervisor-wu')
  const filed = await workersOwnCase(t, zhao)
  advanceTo(t, addCalendarDays(dueOf(filed, 'acceptance'), 1))
  expect(await tellOverdueInjuries(t.deps)).toBe(1)

  await actedInjury(t, { token: liu }, filed.id, { kind: 'requestDocuments', missing: ['用人单位出具的劳动关系证明'] })
  nextDay(t)
  const proof = await uploadedDocument(t, { token: zhao }, '劳动关系证明.pdf')
  const supplied = await actedInjury(t, { token: zhao }, filed.id, { kind: 'supplyDocuments', evidenceIds: [proof.id] })
  advanceTo(t, dueOf(supplied, 'acceptance'))
  expect(await tellOverdueInjuries(t.deps)).toBe(0)
  advanceTo(t, addCalendarDays(dueOf(supplied, 'acceptance'), 1))
  expect(await tellOverdueInjuries(t.deps)).toBe(1)
  expect((await overdueTold(t, zhao)).map((params) => params.step)).toEqual(['acceptance', 'acceptance'])

  const accepted = await actedInjury(t, { token: liu }, filed.id, { kind: 'accept' })
  expect(await tellOverdueInjuries(t.deps)).toBe(0)
  advanceTo(t, addCalendarDays(dueOf(accepted, 'decision'), 1))
  expect(await tellOverdueInjuries(t.deps)).toBe(1)
  expect(await tellOverdueInjuries(t.deps)).toBe(0)
  expect((await overdueTold(t, zhao)).map((params) => params.step)).toEqual(['decision', 'acceptance', 'acceptance'])
  expect((await overdueTold(t, wu)).map((params) => params.step)).toEqual(['decision', 'acceptance', 'acceptance'])
  expect((await auditRows(t)).filter((row) => row.action === 'disputes.tellInjuryOverdue')).toHaveLength(3)
})

test('a case decided in time is never told; an employer’s application for a worker without an account is told to the supervisor alone, audited about no one', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const wu = await t.login('supervisor-wu')
  const employer = await t.login('employer-demo')
  const inTime = await workersOwnCase(t, zhao)
  nextDay(t)
  await actedInjury(t, { token: liu }, inTime.id, { kind: 'accept' })
  await actedInjury(t, { token: liu }, inTime.id, { kind: 'recognise' })
  const forNobody = await appliedInjury(t, { token: employer }, {
    worker: { name: '李娜', idNumber: '330304198807214523' },
    regionCode: '330302',
    accidentOn: '2026-11-26',
    kind: 'occupational_disease',
    account: '长期在喷涂车间作业，经诊断为职业性苯中毒。',
    injuries: '职业性慢性轻度苯中毒。',
  })
  advanceTo(t, addCalendarDays(dueOf(forNobody, 'acceptance'), 1))
  expect(await tellOverdueInjuries(t.deps)).toBe(1)
  expect(await overdueTold(t, zhao)).toEqual([])
  expect(await overdueTold(t, employer)).toEqual([])
  expect(await overdueTold(t, wu)).toEqual([{ caseNumber: forNobody.caseNumber, step: 'acceptance', caseId: forNobody.id }])
  const audit = (await auditRows(t)).filter((row) => row.action === 'disputes.tellInjuryOverdue')
  expect(audit.map((row) => [row.objectId, row.actorUserId, row.subjectUserId])).toEqual([[forNobody.id, null, null]])
})
