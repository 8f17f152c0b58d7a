import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { PendingItem } from '@renshe/shared/inbox/schemas'
import { CertificationState, Overpayment, VisitTask } from '@renshe/shared/retiree/schemas'
import { overpayments } from '../../db/schema'
import { seededRetireeIds } from '../../db/seed/retiree'
import { seededVisitIds } from '../../db/seed/retiree-visits'
import { minutes } from '../../platform/clock'
import { evidenceSamples } from '../../testing/evidence-samples'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { auditOf, certificationRows, confirmedDeath, paymentRows, pensionerRow } from '../../testing/retiree-flows'
import {
  assign,
  assigned,
  coverageOf,
  pensionersIn,
  readVisit,
  reviewed,
  sentPhoto,
  submittedReport,
  taskRow,
  toReviewOf,
  visitsOf,
} from '../../testing/retiree-visit-flows'
import { inboxOf, userIdOf } from '../../testing/wages-flows'

const Pending = z.object({ items: z.array(PendingItem) })
const Overpayments = z.object({ items: z.array(Overpayment) })
const { pensioners } = seededRetireeIds

test('officer-liu confirms the visit waiting for review: the task is approved, the certification confirmed, nothing left to review', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const [waiting] = await toReviewOf(t, liu)
  expect(waiting).toMatchObject({
    taskId: seededVisitIds.submitted,
    staffCode: 'WG330302001',
    staffMaskedName: '陈**',
    visitedAt: '2026-11-28T02:00:00.000Z',
    checklist: { personPresent: true, matchesIdPhoto: true, answersQuestions: true },
    photoId: seededVisitIds.submittedPhoto,
    status: 'submitted',
  })
  expect(waiting?.pensionerMaskedName).toMatch(/^.\*+$/)

  const approved = await reviewed(t, liu, seededVisitIds.submitted, { decision: 'approve' })
  expect(approved.status).toBe('approved')
  const task = await taskRow(t, seededVisitIds.submitted)
  expect(task).toMatchObject({ status: 'approved', reviewedByUserId: await userIdOf(t, 'officer-liu'), reviewedAt: t.clock.now().toISOString(), reviewNote: null })
  expect((await certificationRows(t, task.pensionerId)).find((row) => row.id === task.certificationId)?.review).toBe('approved')
  expect(await toReviewOf(t, liu)).toEqual([])
  const pending = await expectOk(await t.call('GET', '/api/inbox/pending', { token: liu }), Pending)
  expect(pending.items.map((item) => item.kind)).not.toContain('retiree_reviews')
  expect(await auditOf(t, 'retiree.reviewVisit')).toEqual([expect.objectContaining({ kind: 'write', actorUserId: await userIdOf(t, 'officer-liu'), objectId: seededVisitIds.submitted })])
})

test('a rejected visit no longer counts: the pensioner is due again, and the task goes back to the same worker with the reason, who visits again', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const chen = await t.login('staff-chen')
  const pensionerId = (await taskRow(t, seededVisitIds.submitted)).pensionerId
  const certifiedBefore = (await pensionersIn(t, liu, { state: 'certified', limit: '100' })).items.map((item) => item.id)
  expect(certifiedBefore).toContain(pensionerId)
  const cycleBefore = (await certificationRows(t, pensionerId))[0]?.certifiedOn

  const rejected = await reviewed(t, liu, seededVisitIds.submitted, { decision: 'reject', note: '照片看不清人脸，请重新拍摄' })
  expect(rejected.status).toBe('rejected')
  expect((await certificationRows(t, pensionerId)).find((row) => row.taskId === seededVisitIds.submitted)?.review).toBe('rejected')
  expect((await pensionerRow(t, pensionerId)).cycleStart).toBe(cycleBefore)
  expect((await pensionersIn(t, liu, { state: 'due', limit: '100' })).items.map((item) => item.id)).toContain(pensionerId)

  expect((await inboxOf(t, chen)).map((message) => [message.template, message.link])).toContainEqual([
    'retiree.visitRejected',
    `/features/retiree/pages/visit/index?id=${seededVisitIds.submitted}`,
  ])
  const listed = (await visitsOf(t, chen)).find((item) => item.taskId === seededVisitIds.submitted)
  expect(listed).toMatchObject({ status: 'rejected', state: 'due' })
  const seen = await expectOk(await readVisit(t, chen, seededVisitIds.submitted), VisitTask)
  expect(seen).toMatchObject({ status: 'rejected', reviewNote: '照片看不清人脸，请重新拍摄' })

  t.clock.advance(minutes(20))
  const retake = await sentPhoto(t, chen, seededVisitIds.submitted, evidenceSamples['image/jpeg'])
  const again = await submittedReport(t, chen, seededVisitIds.submitted, retake.id)
  expect(again).toMatchObject({ status: 'submitted', reviewNote: null, photoId: retake.id, state: 'certified' })
  expect((await toReviewOf(t, liu)).map((visit) => [visit.taskId, visit.photoId])).toEqual([[seededVisitIds.submitted, retake.id]])
  expect((await reviewed(t, liu, seededVisitIds.submitted, { decision: 'approve' })).status).toBe('approved')
})

test('officer-liu asks the grid worker of an overdue pensioner to visit: the task goes to the staff member of that grid, once', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const overdue = await pensionersIn(t, liu, { state: 'overdue', limit: '100' })
  const qian = overdue.items.find((item) => item.id === pensioners.qian)
  expect(qian).toMatchObject({ maskedName: '钱**', age: 86, gridCode: 'WG330302001', dueDate: '2026-11-24', daysLeft: -5, heldFen: 0, openTask: true })
  // Her task is there already: asking again returns it.
  expect((await assigned(t, liu, pensioners.qian)).id).toBe(seededVisitIds.assigned)

  const other = overdue.items.find((item) => !item.openTask && item.gridCode === 'WG330302002')
  if (!other) throw new Error('The seed should have an overdue Lucheng pensioner of grid WG330302002 with no task')
  const task = await assigned(t, liu, other.id)
  expect(task).toMatchObject({ pensionerId: other.id, reason: 'officer_assigned', status: 'open', staffCode: 'WG330302002', state: 'overdue' })
  expect(await taskRow(t, task.id)).toMatchObject({ createdByUserId: await userIdOf(t, 'officer-liu'), staffUserId: await userIdOf(t, 'staff-zhou') })
  expect((await assigned(t, liu, other.id)).id).toBe(task.id)

  const zhou = await t.login('staff-zhou')
  expect((await inboxOf(t, zhou)).filter((message) => message.template === 'retiree.visitAssigned')).toEqual([
    expect.objectContaining({ params: { reason: 'officer_assigned' }, link: `/features/retiree/pages/visit/index?id=${task.id}` }),
  ])
  expect((await visitsOf(t, zhou)).map((item) => item.taskId)).toEqual([task.id])
  expect((await pensionersIn(t, liu, { state: 'overdue', limit: '100' })).items.find((item) => item.id === other.id)?.openTask).toBe(true)
  expect((await auditOf(t, 'retiree.assignVisit')).map((row) => row.kind)).toEqual(['read', 'write', 'read'])
})

test('coverage adds up: every Lucheng pensioner in one state, the certified by method, held money, overpayments and visits', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const coverage = await coverageOf(t, liu)
  expect(coverage.regionCode).toBe('330302')
  const byState: Record<string, number> = {}
  let held = 0
  for (const state of CertificationState.options) {
    const { items } = await pensionersIn(t, liu, { state, limit: '100' })
    byState[state] = items.length
    held += items.reduce((total, item) => total + item.heldFen, 0)
  }
  expect(coverage.byState).toEqual(byState)
  expect(Object.values(coverage.byState).reduce((a, b) => a + b, 0)).toBe(coverage.pensioners)
  expect(Object.values(coverage.byMethod).reduce((a, b) => a + b, 0)).toBe(coverage.byState.certified)
  expect(coverage.suspendedHeldFen).toBe(held)
  expect(coverage.suspendedHeldFen).toBeGreaterThan(0)
  expect(coverage).toMatchObject({ visitsToReview: 1, visitsOpen: 1 })
  expect(coverage.byMethod.home_visit).toBeGreaterThanOrEqual(1)

  const { items: overpaid } = await expectOk(await t.call('GET', '/api/retiree/office/overpayments', { token: liu }), Overpayments)
  expect(coverage.overpaymentsOpen).toBe(overpaid.filter((item) => item.status === 'open').length)
  expect(coverage.overpaymentsOpenFen).toBe(overpaid.filter((item) => item.status === 'open').reduce((total, item) => total + item.amountFen, 0))

  // A visit sent moves 钱桂芳 from overdue to certified by home visit, and from open to review.
  const chen = await t.login('staff-chen')
  const photo = await sentPhoto(t, chen, seededVisitIds.assigned, evidenceSamples['image/jpeg'])
  await submittedReport(t, chen, seededVisitIds.assigned, photo.id)
  const after = await coverageOf(t, liu)
  expect(after.byState.overdue).toBe(coverage.byState.overdue - 1)
  expect(after.byState.certified).toBe(coverage.byState.certified + 1)
  expect(after.byMethod.home_visit).toBe(coverage.byMethod.home_visit + 1)
  expect(after).toMatchObject({ visitsToReview: 2, visitsOpen: 0 })
})

test('pensioners of one state come nearest due date first, a page at a time, names masked', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const all = (await pensionersIn(t, liu, { state: 'certified', limit: '100' })).items
  expect(all.length).toBeGreaterThan(3)
  expect(all.map((item) => item.dueDate)).toEqual([...all.map((item) => item.dueDate)].sort())
  const paged: string[] = []
  let cursor: string | null = null
  do {
    const page: { items: { id: string }[]; nextCursor: string | null } = await pensionersIn(t, liu, { state: 'certified', limit: '2', ...(cursor ? { cursor } : {}) })
    expect(page.items.length).toBeLessThanOrEqual(2)
    paged.push(...page.items.map((item) => item.id))
    cursor = page.nextCursor
  } while (cursor)
  expect(paged).toEqual(all.map((item) => item.id))
  for (const item of all) expect(item.maskedName).toMatch(/^.\*+$/)
  // The default state is overdue: what an officer acts on first.
  const overdue = await pensionersIn(t, liu, {})
  expect(overdue.items.every((item) => item.state === 'overdue' && item.daysLeft < 0)).toBe(true)
  expect((await auditOf(t, 'retiree.listPensioners')).at(-1)).toMatchObject({ kind: 'read', objectType: 'region', objectId: '330302' })
})

test('a death recorded by civil affairs and confirmed shows as an overpayment to recover, open ones first, with the pensioner masked', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const before = (await expectOk(await t.call('GET', '/api/retiree/office/overpayments', { token: liu }), Overpayments)).items
  t.clock.advance(minutes(5))
  await confirmedDeath(t, { recordId: 'death-zhou-1', idNumber: '330302193809031012', diedOn: '2026-09-17' }, pensioners.zhou)
  const { items } = await expectOk(await t.call('GET', '/api/retiree/office/overpayments', { token: liu }), Overpayments)
  expect(items).toHaveLength(before.length + 1)
  const paidAfter = (await paymentRows(t, pensioners.zhou)).filter((row) => row.month > '2026-09' && row.status === 'paid')
  expect(items[0]).toMatchObject({
    pensionerMaskedName: '周**',
    diedOn: '2026-09-17',
    months: ['2026-10', '2026-11'],
    amountFen: 2 * 298_000,
    status: 'open',
    partnerName: '温州市民政局',
  })
  expect(paidAfter.map((row) => row.month)).toEqual(['2026-10', '2026-11'])
  const coverage = await coverageOf(t, liu)
  expect(coverage.overpaymentsOpen).toBe(items.length)
  // Once recovered (by the finance office), it goes below those still open, however recent.
  await t.deps.db.transaction((tx) => tx.update(overpayments).set({ status: 'recovered' }).where(eq(overpayments.pensionerId, pensioners.zhou)))
  const sorted = (await expectOk(await t.call('GET', '/api/retiree/office/overpayments', { token: liu }), Overpayments)).items
  expect(sorted.map((item) => item.status)).toEqual([...before.map(() => 'open'), 'recovered'])
  expect((await coverageOf(t, liu)).overpaymentsOpen).toBe(before.length)
  expect(coverage.byState.stopped).toBeGreaterThanOrEqual(2)
  // A dead pensioner's visit is over: nothing left to assign.
  const problem = await assign(t, liu, pensioners.zhou)
  expect(problem.status).toBe(409)
})
