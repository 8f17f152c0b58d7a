import { expect, test } from 'vitest'
import { seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { auditOf } from '../../testing/retiree-flows'
import { act, acted, fileComplaint, inboxOf, oujiangComplaint, userIdOf, type As } from '../../testing/wages-flows'

async function closedCase(t: TestContext, as: As, liu: string) {
  const filed = await fileComplaint(t, as, { form: oujiangComplaint() })
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  await acted(t, { token: liu }, filed.id, { kind: 'mediate', note: '周五调解。' })
  await acted(t, { token: liu }, filed.id, { kind: 'recordMediation', settled: true, paidFen: 860_000, workerConfirmed: true, note: '已付清。' })
  await acted(t, { token: liu }, filed.id, { kind: 'close', conclusion: '调解结案。', recoveredFen: 860_000 })
  return filed
}

test('nobody but the worker’s side can do the rating a message asks for: every other account is refused and the message stays unread', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const filed = await closedCase(t, { token: zhao }, await t.login('officer-liu'))
  for (const account of ['citizen-zhang', 'elder-wang', 'staff-chen', 'officer-liu', 'officer-huang', 'supervisor-wu', 'employer-demo', 'admin']) {
    const response = await act(t, { token: await t.login(account) }, filed.id, { kind: 'rate', rating: { stars: 1, comment: '' } })
    expect([403, 404], `${account} ${await response.clone().text()}`).toContain(response.status)
  }
  expect((await inboxOf(t, zhao)).find((m) => m.template === 'wages.closed' && m.params.caseNumber === filed.caseNumber)).toMatchObject({ readAt: null, action: { done: false } })
  expect((await auditOf(t, 'inbox.taskDone')).filter((row) => row.objectType === 'rate_case')).toEqual([])
})

test('one worker rating his case leaves another person’s “please rate” message unread', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const zhao = await t.login('worker-zhao')
  const zhang = await t.login('citizen-zhang')
  const his = await closedCase(t, { token: zhao }, liu)
  const hers = await closedCase(t, { token: zhang }, liu)
  await acted(t, { token: zhao }, his.id, { kind: 'rate', rating: { stars: 5, comment: '' } })
  expect((await inboxOf(t, zhang)).find((m) => m.template === 'wages.closed' && m.params.caseNumber === hers.caseNumber)).toMatchObject({ readAt: null, action: { done: false } })
  // Nor can he mark her message read.
  const herMessage = (await inboxOf(t, zhang)).find((m) => m.template === 'wages.closed')
  await expectProblem(await t.call('POST', `/api/inbox/messages/${herMessage?.id ?? ''}/read`, { token: zhao }), 'not_found')
})

test('grid staff rating for the citizen who granted it marks her message done, audited as his act for her, and does not touch his own inbox', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const forElder = { token: chen, actingFor: grantId }
  const filed = await closedCase(t, forElder, await t.login('officer-liu'))
  const chenBefore = await inboxOf(t, chen)

  await acted(t, forElder, filed.id, { kind: 'rate', rating: { stars: 5, comment: '' } })
  const elder = await t.login('elder-wang')
  expect((await inboxOf(t, elder)).find((m) => m.template === 'wages.closed' && m.params.caseNumber === filed.caseNumber)).toMatchObject({ action: { done: true } })
  expect((await auditOf(t, 'inbox.taskDone')).at(-1)).toMatchObject({
    actorUserId: await userIdOf(t, 'staff-chen'),
    subjectUserId: await userIdOf(t, 'elder-wang'),
    viaGrantId: grantId,
    objectType: 'rate_case',
  })
  expect(await inboxOf(t, chen)).toEqual(chenBefore)
})
