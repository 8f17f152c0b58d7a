import { expect, test } from 'vitest'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { auditOf } from '../../testing/retiree-flows'
import { act, acted, fileComplaint, inboxOf, oujiangComplaint } from '../../testing/wages-flows'

test('a rating refused (no stars, or given twice) leaves the message as it was; the first one done stays done at its time', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const filed = await fileComplaint(t, { token: zhao }, { form: oujiangComplaint() })
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })

  // Rating an open case is refused: nothing was asked yet, nothing is marked.
  await expectProblem(await act(t, { token: zhao }, filed.id, { kind: 'rate', rating: { stars: 5, comment: '' } }), 'illegal_transition')
  await acted(t, { token: liu }, filed.id, { kind: 'mediate', note: '周五调解。' })
  await acted(t, { token: liu }, filed.id, { kind: 'recordMediation', settled: true, paidFen: 860_000, workerConfirmed: true, note: '已付清。' })
  await acted(t, { token: liu }, filed.id, { kind: 'close', conclusion: '调解结案。', recoveredFen: 860_000 })
  const message = () => inboxOf(t, zhao).then((all) => all.find((m) => m.template === 'wages.closed' && m.params.caseNumber === filed.caseNumber))

  expect(await expectFieldErrors(await act(t, { token: zhao }, filed.id, { kind: 'rate', rating: { stars: 0, comment: '' } }))).toHaveProperty(['body.rating.stars'])
  expect(await message()).toMatchObject({ readAt: null, action: { done: false } })

  await acted(t, { token: zhao }, filed.id, { kind: 'rate', rating: { stars: 3, comment: '' } })
  const done = await message()
  t.clock.set(new Date(t.clock.now().getTime() + 60_000).toISOString())
  await expectProblem(await act(t, { token: zhao }, filed.id, { kind: 'rate', rating: { stars: 5, comment: '' } }), 'illegal_transition')
  expect(await message()).toEqual(done)
  expect((await auditOf(t, 'inbox.taskDone')).filter((row) => row.objectType === 'rate_case')).toHaveLength(1)
})
