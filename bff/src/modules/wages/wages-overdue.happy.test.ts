import { expect, test } from 'vitest'
import { z } from 'zod'
import { PendingItem } from '@renshe/shared/inbox/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { CaseDetail, CaseSummary, RegionStats } from '@renshe/shared/wages/schemas'
import { auditRows, seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { eventKindsOf, inboxOf, readCase, seededCase } from '../../testing/wages-flows'
import { runWagesJobs } from './jobs'
import { markOverdue } from './overdue'

const Pending = z.object({ items: z.array(PendingItem) })

/** Moves the clock to 10:00 in China on the day after `date`: the first day a deadline of `date` is missed. */
function moveToDayAfter(t: TestContext, date: string): void {
  t.clock.set(`${addCalendarDays(date, 1)}T02:00:00.000Z`)
}

test('when the clock passes the acceptance deadline, the officer’s next read shows the case overdue, escalated once, and everyone is told', async () => {
  const t = await createTestContext()
  const waiting = await seededCase(t, 'citizen-zhang', 'submitted')
  moveToDayAfter(t, waiting.acceptBy)
  const liu = await t.login('officer-liu')
  const wu = await t.login('supervisor-wu')

  const queue = await expectOk(await t.call('GET', '/api/wages/queue?overdue=true', { token: liu }), Page(CaseSummary))
  expect(queue.items.map((c) => [c.id, c.deadlines.overdue, c.deadlines.daysLeft])).toEqual([[waiting.id, true, -1]])
  const detail = await expectOk(await readCase(t, { token: liu }, waiting.id), CaseDetail)
  expect(detail.timeline.slice(-2).map((event) => [event.kind, event.by])).toEqual([
    ['overdue', 'system'],
    ['escalated', 'system'],
  ])
  expect(await inboxOf(t, liu)).toContainEqual(expect.objectContaining({ template: 'wages.overdue', params: { caseNumber: waiting.caseNumber, stageDeadline: waiting.acceptBy } }))
  expect(await inboxOf(t, wu)).toContainEqual(expect.objectContaining({ template: 'wages.escalated', params: { caseNumber: waiting.caseNumber, stageDeadline: waiting.acceptBy } }))
  // Nobody outside the region hears of it.
  expect((await inboxOf(t, await t.login('officer-huang'))).map((m) => m.template)).not.toContain('wages.overdue')

  // Read again, and the job runs: the same missed deadline is not flagged twice.
  await readCase(t, { token: liu }, waiting.id)
  await t.call('GET', '/api/wages/stats', { token: wu })
  expect((await runWagesJobs(t.deps)).overdue).toBe(0)
  expect((await eventKindsOf(t, waiting.id)).filter((kind) => kind === 'overdue')).toHaveLength(1)
  expect((await inboxOf(t, wu)).filter((m) => m.template === 'wages.escalated')).toHaveLength(1)
  const audit = (await auditRows(t)).filter((row) => row.action === 'wages.markOverdue')
  expect(audit.map((row) => [row.objectId, row.actorUserId, row.kind])).toEqual([[waiting.id, null, 'write']])

  const stats = await expectOk(await t.call('GET', '/api/wages/stats', { token: liu }), RegionStats)
  expect(stats.overdue).toBe(1)
  for (const token of [liu, wu]) {
    const pending = await expectOk(await t.call('GET', '/api/inbox/pending', { token }), Pending)
    expect(pending.items).toContainEqual({ kind: 'wages_overdue', count: 1 })
  }
})

test('a case is not overdue on its deadline day, only after it', async () => {
  const t = await createTestContext()
  const waiting = await seededCase(t, 'citizen-zhang', 'submitted')
  t.clock.set(`${waiting.acceptBy}T15:59:00.000Z`) // 23:59 in China on the deadline day
  expect(await markOverdue(t.deps, null)).toBe(0)
  const detail = await expectOk(await readCase(t, { token: await t.login('officer-liu') }, waiting.id), CaseDetail)
  expect(detail.deadlines).toMatchObject({ daysLeft: 0, overdue: false })
  t.clock.set(`${waiting.acceptBy}T16:00:00.000Z`) // midnight in China
  expect(await markOverdue(t.deps, null)).toBe(1)
})

test('the periodic job flags missed deadlines everywhere, and a new deadline missed later is flagged again', async () => {
  const t = await createTestContext()
  const waiting = await seededCase(t, 'citizen-zhang', 'submitted')
  moveToDayAfter(t, waiting.acceptBy)
  const first = await runWagesJobs(t.deps)
  expect(first.overdue).toBe(1)
  expect(first.outbound).toEqual(expect.objectContaining({ failed: 0 }))

  // Accepted late: the new deadline is the settlement date; missing that one escalates again.
  const liu = await t.login('officer-liu')
  const accepted = await expectOk(await t.call('POST', `/api/wages/complaints/${waiting.id}/actions`, { token: liu, body: { kind: 'accept' } }), CaseDetail)
  expect(accepted.deadlines.overdue).toBe(false)
  moveToDayAfter(t, accepted.deadlines.stageDeadline ?? '')
  expect((await runWagesJobs(t.deps)).overdue).toBeGreaterThanOrEqual(1)
  expect((await eventKindsOf(t, waiting.id)).filter((kind) => kind === 'escalated')).toHaveLength(2)
})

test('the citizen whose case went overdue sees it flagged when she opens it', async () => {
  const t = await createTestContext()
  const waiting = await seededCase(t, 'citizen-zhang', 'submitted')
  moveToDayAfter(t, waiting.acceptBy)
  const detail = await expectOk(await readCase(t, { token: await t.login('citizen-zhang') }, waiting.id), CaseDetail)
  expect(detail.deadlines).toMatchObject({ overdue: true, daysLeft: -1 })
  expect(detail.timeline.map((event) => event.kind)).toEqual(['submitted', 'overdue', 'escalated'])
})

test('once the job has raised payroll alerts, the officers of the region see them counted on Home, and nobody else does', async () => {
  const t = await createTestContext()
  const { alerts } = await runWagesJobs(t.deps)
  expect(alerts).toBeGreaterThan(0)
  const liu = await expectOk(await t.call('GET', '/api/inbox/pending', { token: await t.login('officer-liu') }), Pending)
  expect(liu.items).toContainEqual({ kind: 'payroll_alerts', count: expect.any(Number) as number })
  const stats = await expectOk(await t.call('GET', '/api/wages/stats', { token: await t.login('supervisor-wu') }), RegionStats)
  expect(stats.openAlerts).toBeGreaterThan(0)
  const zhao = await expectOk(await t.call('GET', '/api/inbox/pending', { token: await t.login('worker-zhao') }), Pending)
  expect(zhao.items.map((item) => item.kind)).not.toContain('payroll_alerts')
})

test('the worker’s Home asks for a rating of the closed case; grid staff acting for a citizen see her unsent draft', async () => {
  const t = await createTestContext()
  const closed = await seededCase(t, 'worker-zhao', 'closed')
  const zhao = await expectOk(await t.call('GET', '/api/inbox/pending', { token: await t.login('worker-zhao') }), Pending)
  expect(zhao.items).toContainEqual({ kind: 'wages_to_rate', caseId: closed.id, caseNumber: closed.caseNumber })

  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  await t.call('PUT', '/api/wages/draft', { token: chen, actingFor: grantId, body: { draftId: '00000000-0000-4000-8000-000000000001', step: 1, form: {} } })
  const forHer = await expectOk(await t.call('GET', '/api/inbox/pending', { token: chen, actingFor: grantId }), Pending)
  expect(forHer.items.map((item) => item.kind)).toContain('wages_draft')
  const own = await expectOk(await t.call('GET', '/api/inbox/pending', { token: chen }), Pending)
  expect(own.items.map((item) => item.kind)).not.toContain('wages_draft')
})
