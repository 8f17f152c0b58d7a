import { expect, test } from 'vitest'
import { z } from 'zod'
import { InboxMessage, PendingItem } from '@renshe/shared/inbox/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { seededRetireeIds } from '../../db/seed/retiree'
import { minutes } from '../../platform/clock'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { evidenceSamples } from '../../testing/evidence-samples'
import { auditOf, faceCheck, runJobs } from '../../testing/retiree-flows'
import { assigned, pensionersIn, sentPhoto, submittedReport } from '../../testing/retiree-visit-flows'
import { acted, fileComplaint, inboxOf, oujiangComplaint, userIdOf } from '../../testing/wages-flows'

const Inbox = Page(InboxMessage).extend({ unread: z.number() })
const Pending = z.object({ items: z.array(PendingItem) })

async function unreadOf(t: TestContext, token: string): Promise<number> {
  return (await expectOk(await t.call('GET', '/api/inbox/messages?limit=100', { token }), Inbox)).unread
}

async function closedCase(t: TestContext, zhao: string, liu: string) {
  const filed = await fileComplaint(t, { token: zhao }, { form: oujiangComplaint() })
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  await acted(t, { token: liu }, filed.id, { kind: 'mediate', note: '周五调解。' })
  await acted(t, { token: liu }, filed.id, { kind: 'recordMediation', settled: true, paidFen: 860_000, workerConfirmed: true, note: '已付清。' })
  await acted(t, { token: liu }, filed.id, { kind: 'close', conclusion: '调解结案。', recoveredFen: 860_000 })
  return filed
}

test('the “please rate” message stops counting as unread the moment the worker rates the case, in the same act, audited as his', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const filed = await closedCase(t, zhao, liu)

  const closedMessage = (await inboxOf(t, zhao)).find((m) => m.template === 'wages.closed' && m.params.caseNumber === filed.caseNumber)
  expect(closedMessage).toMatchObject({ readAt: null, action: { kind: 'rate_case', targetId: filed.id, done: false } })
  const before = await unreadOf(t, zhao)

  t.clock.advance(minutes(5))
  await acted(t, { token: zhao }, filed.id, { kind: 'rate', rating: { stars: 4, comment: '' } })

  const after = (await inboxOf(t, zhao)).find((m) => m.id === closedMessage?.id)
  expect(after).toMatchObject({ readAt: t.clock.now().toISOString(), action: { kind: 'rate_case', targetId: filed.id, done: true } })
  expect(await unreadOf(t, zhao)).toBe(before - 1)
  const zhaoId = await userIdOf(t, 'worker-zhao')
  expect((await auditOf(t, 'inbox.taskDone')).at(-1)).toMatchObject({
    kind: 'write',
    actorUserId: zhaoId,
    subjectUserId: zhaoId,
    objectType: 'rate_case',
    objectId: filed.id,
    at: t.clock.now().toISOString(),
  })
})

test('a message already read keeps the time it was read when its task is done, and Home stops counting it', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const filed = await closedCase(t, zhao, await t.login('officer-liu'))
  const message = (await inboxOf(t, zhao)).find((m) => m.template === 'wages.closed' && m.params.caseNumber === filed.caseNumber)
  t.clock.advance(minutes(1))
  const read = await expectOk(await t.call('POST', `/api/inbox/messages/${message?.id ?? ''}/read`, { token: zhao }), InboxMessage)
  t.clock.advance(minutes(1))
  await acted(t, { token: zhao }, filed.id, { kind: 'rate', rating: { stars: 5, comment: '' } })
  expect((await inboxOf(t, zhao)).find((m) => m.id === message?.id)).toMatchObject({ readAt: read.readAt, action: { done: true } })

  // Every other message read too: nothing unread is left for Home to count.
  for (const other of await inboxOf(t, zhao)) await t.call('POST', `/api/inbox/messages/${other.id}/read`, { token: zhao })
  const pending = await expectOk(await t.call('GET', '/api/inbox/pending', { token: zhao }), Pending)
  expect(pending.items.filter((item) => item.kind === 'unread_messages' || (item.kind === 'wages_to_rate' && item.caseId === filed.id))).toEqual([])
})

test('the employer’s “answer this complaint” message is done once it answers', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')
  const filed = await fileComplaint(t, { token: zhao }, { form: oujiangComplaint() })
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  const asked = (await inboxOf(t, employer)).find((m) => m.template === 'wages.complaintToAnswer' && m.params.caseNumber === filed.caseNumber)
  expect(asked).toMatchObject({ readAt: null, action: { kind: 'answer_complaint', targetId: filed.id, done: false } })
  const before = await unreadOf(t, employer)

  t.clock.advance(minutes(3))
  await t.call('POST', `/api/wages/complaints/${filed.id}/response`, { token: employer, body: { statement: '工资本周发放。', proofIds: [] } })
  expect((await inboxOf(t, employer)).find((m) => m.id === asked?.id)).toMatchObject({ readAt: t.clock.now().toISOString(), action: { done: true } })
  expect(await unreadOf(t, employer)).toBe(before - 1)
  expect((await auditOf(t, 'inbox.taskDone')).at(-1)).toMatchObject({ actorUserId: await userIdOf(t, 'employer-demo'), objectType: 'answer_complaint', objectId: filed.id })
})

test('a complaint closed before the employer answered leaves nothing for it to answer', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const employer = await t.login('employer-demo')
  const filed = await closedCase(t, zhao, await t.login('officer-liu'))
  expect((await inboxOf(t, employer)).find((m) => m.template === 'wages.complaintToAnswer' && m.params.caseNumber === filed.caseNumber)).toMatchObject({
    action: { kind: 'answer_complaint', done: true },
  })
})

test('the reminder to certify is done once the pensioner certifies, by whatever way', async () => {
  const t = await createTestContext()

  const token = await t.login('retiree-sun')
  await runJobs(t)
  const reminder = (await inboxOf(t, token)).find((m) => m.template === 'retiree.dueSoon')
  expect(reminder).toMatchObject({ readAt: null, action: { kind: 'certify', targetId: seededRetireeIds.pensioners.sun, done: false } })

  t.clock.advance(minutes(10))
  await faceCheck(t, token, 'pass')
  expect((await inboxOf(t, token)).find((m) => m.id === reminder?.id)).toMatchObject({ readAt: t.clock.now().toISOString(), action: { done: true } })
  const sun = await userIdOf(t, 'retiree-sun')
  expect((await auditOf(t, 'inbox.taskDone')).at(-1)).toMatchObject({ actorUserId: sun, subjectUserId: sun, objectType: 'certify', objectId: seededRetireeIds.pensioners.sun })
})

test('the seeded suspended pensioner’s “certify to be paid again” message carries its task', async () => {
  const t = await createTestContext()
  const token = await t.login('retiree-wu')
  expect((await inboxOf(t, token)).find((m) => m.template === 'retiree.suspended')).toMatchObject({ action: { kind: 'certify', targetId: seededRetireeIds.pensioners.wu, done: false } })
  await faceCheck(t, token, 'pass')
  expect((await inboxOf(t, token)).find((m) => m.template === 'retiree.suspended')).toMatchObject({ action: { done: true }, readAt: t.clock.now().toISOString() })
})

test('the grid staff member’s “visit this pensioner” message is done once the visit certifies her', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const overdue = await pensionersIn(t, liu, { state: 'overdue', limit: '100' })
  const other = overdue.items.find((item) => !item.openTask && item.gridCode === 'WG330302002')
  if (!other) throw new Error('The seed should have an overdue Lucheng pensioner of grid WG330302002 with no task')
  const task = await assigned(t, liu, other.id)
  const zhou = await t.login('staff-zhou')
  const asked = (await inboxOf(t, zhou)).find((m) => m.template === 'retiree.visitAssigned')
  expect(asked).toMatchObject({ readAt: null, action: { kind: 'home_visit', targetId: other.id, done: false } })

  t.clock.advance(minutes(5))
  const photo = await sentPhoto(t, zhou, task.id, evidenceSamples['image/jpeg'])
  await submittedReport(t, zhou, task.id, photo.id)
  expect((await inboxOf(t, zhou)).find((m) => m.id === asked?.id)).toMatchObject({ readAt: t.clock.now().toISOString(), action: { done: true } })
  expect((await auditOf(t, 'inbox.taskDone')).at(-1)).toMatchObject({ actorUserId: await userIdOf(t, 'staff-zhou'), objectType: 'home_visit', objectId: other.id })
})
