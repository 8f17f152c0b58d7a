import { expect, test } from 'vitest'
import { VisitForReview } from '@renshe/shared/retiree/schemas'
import { seededRetireeIds } from '../../db/seed/retiree'
import { seededVisitIds } from '../../db/seed/retiree-visits'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { certificationRows } from '../../testing/retiree-flows'
import { assign, pensionersIn, review, reviewed, taskRow } from '../../testing/retiree-visit-flows'

const { pensioners } = seededRetireeIds

test('reviewing a visit twice is answered illegal_transition and changes nothing; the same review with its Idempotency-Key is replayed', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const first = await expectOk(await review(t, liu, seededVisitIds.submitted, { decision: 'approve' }, 'visit-review-000001'), VisitForReview)
  const replay = await review(t, liu, seededVisitIds.submitted, { decision: 'approve' }, 'visit-review-000001')
  expect(replay.headers.get('idempotent-replayed')).toBe('true')
  expect(VisitForReview.parse(await replay.json())).toEqual(first)

  const supervisor = await t.login('supervisor-wu')
  const before = (await auditRows(t)).length
  await expectProblem(await review(t, liu, seededVisitIds.submitted, { decision: 'approve' }), 'illegal_transition')
  await expectProblem(await review(t, supervisor, seededVisitIds.submitted, { decision: 'reject', note: '重新上门核实' }), 'illegal_transition')
  expect(await auditRows(t)).toHaveLength(before)
  expect((await taskRow(t, seededVisitIds.submitted)).status).toBe('approved')
  const pensionerId = (await taskRow(t, seededVisitIds.submitted)).pensionerId
  expect((await certificationRows(t, pensionerId)).find((row) => row.taskId === seededVisitIds.submitted)?.review).toBe('approved')
})

test('a visit not yet sent cannot be reviewed', async () => {
  const t = await createTestContext()
  const problem = await expectProblem(await review(t, await t.login('officer-liu'), seededVisitIds.assigned, { decision: 'approve' }), 'illegal_transition')
  expect(problem.detail).toBe('This visit is open')
})

test('a rejection without a reason, or a decision that is neither, is refused at its field', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  expect(await expectFieldErrors(await review(t, liu, seededVisitIds.submitted, { decision: 'reject', note: ' ' }))).toEqual({ 'body.note': 'field.tooShort' })
  expect(await expectFieldErrors(await review(t, liu, seededVisitIds.submitted, { decision: 'reject' }))).toEqual({ 'body.note': 'field.required' })
  expect(await expectFieldErrors(await review(t, liu, seededVisitIds.submitted, { decision: 'maybe' }))).toEqual({ 'body.decision': 'field.invalid' })
  expect(await expectFieldErrors(await review(t, liu, seededVisitIds.submitted, { decision: 'approve', note: '好' }))).toEqual({ body: 'field.unknownKey' })
  expect((await taskRow(t, seededVisitIds.submitted)).status).toBe('submitted')
  await reviewed(t, liu, seededVisitIds.submitted, { decision: 'reject', note: '照片模糊' })
})

test('a visit cannot be asked of a grid nobody serves: the officer is told which grid, and no task is made', async () => {
  const t = await createTestContext()
  const huang = await t.login('officer-huang')
  const due = (await pensionersIn(t, huang, { state: 'due', limit: '100' })).items
  const [someone] = due
  if (!someone) throw new Error('The seed should have a due Ouhai pensioner')
  const problem = await expectProblem(await assign(t, huang, someone.id), 'conflict')
  expect(problem.detail).toBe(`No grid staff member serves grid ${someone.gridCode}`)
  expect((await pensionersIn(t, huang, { state: 'due', limit: '100' })).items.find((item) => item.id === someone.id)?.openTask).toBe(false)
})

test('a pensioner who has died is not visited', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const [dead] = (await pensionersIn(t, liu, { state: 'stopped', limit: '100' })).items
  if (!dead) throw new Error('The seed should have a stopped Lucheng pensioner')
  const problem = await expectProblem(await assign(t, liu, dead.id), 'conflict')
  expect(problem.detail).toBe('This pension has stopped: there is nothing to certify')
})

test('a state the list does not know, or a limit out of range, is refused; a cursor that means nothing starts from the first page', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const bad = await t.call('GET', '/api/retiree/office/pensioners?state=asleep&limit=500', { token: liu })
  expect(await expectFieldErrors(bad)).toEqual({ 'query.state': 'field.choose', 'query.limit': 'field.tooLong' })
  const first = await pensionersIn(t, liu, { state: 'certified', limit: '3' })
  expect((await pensionersIn(t, liu, { state: 'certified', limit: '3', cursor: 'garbage' })).items).toEqual(first.items)
  await expectProblem(await assign(t, liu, pensioners.qian.padEnd(65, 'x')), 'validation_failed')
})

test('two officers reviewing the same visit at once: one review counts, the other is told it was reviewed already', async () => {
  const t = await createTestContext()
  const [liu, supervisor] = [await t.login('officer-liu'), await t.login('supervisor-wu')]
  const responses = await Promise.all([
    review(t, liu, seededVisitIds.submitted, { decision: 'approve' }),
    review(t, supervisor, seededVisitIds.submitted, { decision: 'reject', note: '重新上门核实' }),
  ])
  expect(responses.map((response) => response.status).sort()).toEqual([200, 409])
  const task = await taskRow(t, seededVisitIds.submitted)
  const certification = (await certificationRows(t, task.pensionerId)).find((row) => row.taskId === seededVisitIds.submitted)
  // The certification follows the review that counted.
  expect(certification?.review).toBe(task.status === 'approved' ? 'approved' : 'rejected')
  expect((await auditRows(t)).filter((row) => row.action === 'retiree.reviewVisit')).toHaveLength(1)
})
