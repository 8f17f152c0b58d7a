import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { minutes } from '../platform/clock'
import { createTestContext } from '../testing/harness'
import { migrationStatements } from '../testing/migrations'
import { faceCheck } from '../testing/retiree-flows'
import { acted, draftIdOf, fileComplaint, inboxOf, oujiangComplaint } from '../testing/wages-flows'
import { seededRetireeIds } from './seed/retiree'

test('messages written before they carried their task get it, and those whose task was done are done and read from then', async () => {
  const t = await createTestContext()
  const { db } = t.deps
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')
  const filed = await fileComplaint(t, { token: zhao }, { form: oujiangComplaint() })
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  t.clock.advance(minutes(1))
  await t.call('POST', `/api/wages/complaints/${filed.id}/response`, { token: employer, body: { statement: '本周发放。', proofIds: [] } })
  const answeredAt = t.clock.now().toISOString()
  await acted(t, { token: liu }, filed.id, { kind: 'mediate', note: '调解。' })
  await acted(t, { token: liu }, filed.id, { kind: 'recordMediation', settled: true, paidFen: 100_00, workerConfirmed: true, note: '已付。' })
  await acted(t, { token: liu }, filed.id, { kind: 'close', conclusion: '调解结案，工资已付。', recoveredFen: 100_00 })
  t.clock.advance(minutes(1))
  await acted(t, { token: zhao }, filed.id, { kind: 'rate', rating: { stars: 5, comment: '' } })
  const ratedAt = t.clock.now().toISOString()
  const unrated = await fileComplaint(t, { token: zhao }, { draftId: draftIdOf(2), form: oujiangComplaint() })
  for (const action of [
    { kind: 'accept' },
    { kind: 'mediate', note: '调解。' },
    { kind: 'recordMediation', settled: true, paidFen: 100_00, workerConfirmed: true, note: '已付。' },
    { kind: 'close', conclusion: '调解结案，工资已付。', recoveredFen: 100_00 },
  ] as const) {
    await acted(t, { token: liu }, unrated.id, action)
  }
  const wu = await t.login('retiree-wu')
  t.clock.advance(minutes(1))
  await faceCheck(t, wu, 'pass')
  const certifiedAt = t.clock.now().toISOString()

  // The messages as they were written before: no task, and unread.
  await db.rows(sql`update inbox_messages set action_kind = null, action_target_id = null, action_done_at = null, read_at = null where action_kind is not null and action_kind <> 'confirm_assistance'`)
  for (const statement of migrationStatements(db.engine, 'inbox_tasks_done')) await db.rows(sql.raw(statement))

  const zhaoInbox = await inboxOf(t, zhao)
  expect(zhaoInbox.find((m) => m.template === 'wages.closed' && m.params.caseNumber === filed.caseNumber)).toMatchObject({
    readAt: ratedAt,
    action: { kind: 'rate_case', targetId: filed.id, done: true },
  })
  // The other case still waits for his rating.
  expect(zhaoInbox.find((m) => m.template === 'wages.closed' && m.params.caseNumber === unrated.caseNumber)).toMatchObject({
    readAt: null,
    action: { kind: 'rate_case', targetId: unrated.id, done: false },
  })
  expect((await inboxOf(t, employer)).find((m) => m.template === 'wages.complaintToAnswer' && m.params.caseNumber === filed.caseNumber)).toMatchObject({
    readAt: answeredAt,
    action: { kind: 'answer_complaint', targetId: filed.id, done: true },
  })
  expect((await inboxOf(t, wu)).find((m) => m.template === 'retiree.suspended')).toMatchObject({
    readAt: certifiedAt,
    action: { kind: 'certify', targetId: seededRetireeIds.pensioners.wu, done: true },
  })
  // Messages that ask for nothing are left as they were.
  expect(zhaoInbox.filter((m) => m.template === 'wages.submitted').every((m) => m.action === null && m.readAt === null)).toBe(true)
})
