import { expect, test } from 'vitest'
import { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import { arbitrationEvents, arbitrations } from '../../db/schema'
import { act, acted, applied, apply, myArbitrations, nextDay, oujiangApplication, queueOf, readArbitration, weeksLongSessions } from '../../testing/disputes-flows'
import { addOuhaiEmployer } from '../../testing/employer-accounts'
import { databaseDump, grantProxy } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'

async function stored(t: TestContext) {
  return t.deps.db.read(async (q) => ({ cases: await q.select().from(arbitrations), events: await q.select().from(arbitrationEvents) }))
}

/** zhao's case, accepted and served on employer-demo's organisation. */
async function servedCase(t: TestContext, zhao: string, liu: string): Promise<ArbitrationCase> {
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t))
  nextDay(t)
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  return acted(t, { token: liu }, filed.id, { kind: 'serve' })
}

test('another citizen, another employer and an officer of another county find no such case, cannot act on it, and change nothing', async () => {
  const t = await createTestContext(weeksLongSessions)
  await addOuhaiEmployer(t)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const served = await servedCase(t, zhao, liu)
  const before = await stored(t)
  const outsiders = await Promise.all(['citizen-zhang', 'employer-xincheng', 'officer-huang'].map((account) => t.login(account)))
  for (const token of outsiders) {
    const unknown = await expectProblem(await readArbitration(t, { token }, 'zzzzzzzzzzzzzzzzzzzzzzzzzz'), 'not_found')
    const theirs = await expectProblem(await readArbitration(t, { token }, served.id), 'not_found')
    expect({ ...theirs, requestId: '', instance: '' }).toEqual({ ...unknown, requestId: '', instance: '' })
    for (const action of [{ kind: 'withdraw', reason: '' }, { kind: 'submitDefence' }, { kind: 'formTribunal' }, { kind: 'refuse', reason: '不属于受理范围。' }]) {
      await expectProblem(await act(t, { token }, served.id, action), 'not_found')
    }
  }
  for (const token of outsiders.slice(0, 2)) expect((await myArbitrations(t, { token })).items).toEqual([])
  expect((await queueOf(t, outsiders[2] ?? '')).items.map((item) => item.id)).not.toContain(served.id)
  expect(await stored(t)).toEqual(before)
})

test('grid staff whose grant does not name disputes.file cannot apply or act for her', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t))
  const grant = await grantProxy(t, zhao, { staffCode: 'WG330302002', scopes: ['wages.file'] })
  const zhou = await t.login('staff-zhou')
  const before = await stored(t)
  await expectProblem(await apply(t, { token: zhou, actingFor: grant.id }, await oujiangApplication(t)), 'proxy_scope_missing')
  await expectProblem(await act(t, { token: zhou, actingFor: grant.id }, filed.id, { kind: 'withdraw', reason: '' }), 'proxy_scope_missing')
  await expectProblem(await readArbitration(t, { token: zhou, actingFor: grant.id }, filed.id), 'proxy_scope_missing')
  // Not acting for anyone, the staff member is no party to it.
  await expectProblem(await readArbitration(t, { token: zhou }, filed.id), 'forbidden')
  expect(await stored(t)).toEqual(before)
})

test('the respondent never reads the applicant’s full name or ID number, nor who filed it for her', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const grant = await grantProxy(t, zhao, { staffCode: 'WG330302001', scopes: ['disputes.file'] })
  const chen = await t.login('staff-chen')
  const filed = await applied(t, { token: chen, actingFor: grant.id }, await oujiangApplication(t))
  const liu = await t.login('officer-liu')
  nextDay(t)
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  await acted(t, { token: liu }, filed.id, { kind: 'serve' })
  await acted(t, { token: chen, actingFor: grant.id }, filed.id, { kind: 'withdraw', reason: '赵强本人已与单位和解。' })
  const employer = await t.login('employer-demo')
  const response = await readArbitration(t, { token: employer }, filed.id)
  const text = await response.clone().text()
  const seen = await expectOk(response, ArbitrationCase)
  expect(seen).toMatchObject({ myRole: 'respondent', applicantMaskedName: '赵*', filedByStaff: null })
  expect(seen.timeline.map((event) => event.by)).not.toContain('grid_staff')
  for (const secret of ['赵强', '511321198803124572', 'WG330302001', '陈建华', '和解']) expect(text).not.toContain(secret)
  const listed = JSON.stringify(await myArbitrations(t, { token: employer }))
  for (const secret of ['赵强', '511321198803124572']) expect(listed).not.toContain(secret)
  // The commission reads her name masked too.
  expect((await expectOk(await readArbitration(t, { token: liu }, filed.id), ArbitrationCase)).applicantMaskedName).toBe('赵*')
})

test('an officer cannot act as the commission’s chair, nor an employer as the commission', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const served = await servedCase(t, zhao, liu)
  const employer = await t.login('employer-demo')
  const before = await stored(t)
  expect((await expectProblem(await act(t, { token: liu }, served.id, { kind: 'extend', reason: '案情复杂，需要延期。' }), 'conflict')).detail).toBe('not_your_action')
  expect((await expectProblem(await act(t, { token: employer }, served.id, { kind: 'formTribunal' }), 'conflict')).detail).toBe('not_your_action')
  expect((await expectProblem(await act(t, { token: employer }, served.id, { kind: 'withdraw', reason: '' }), 'conflict')).detail).toBe('not_your_action')
  expect((await expectProblem(await act(t, { token: zhao }, served.id, { kind: 'submitDefence' }), 'conflict')).detail).toBe('not_your_action')
  expect(await stored(t)).toEqual(before)
})

test('two acts at once: one wins, the other is refused, and the timeline has one', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const wu = await t.login('supervisor-wu')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t))
  const [accept, refuse] = await Promise.all([act(t, { token: liu }, filed.id, { kind: 'accept' }), act(t, { token: wu }, filed.id, { kind: 'refuse', reason: '不属于受理范围。' })])
  expect([accept.status, refuse.status].sort()).toEqual([200, 409])
  const { events } = await stored(t)
  expect(events.filter((event) => event.kind === 'accepted' || event.kind === 'refused')).toHaveLength(1)
})

test('claims, facts and reasons are sealed at rest, and nothing personal reaches the logs', async () => {
  const logLines: string[] = []
  const t = await createTestContext({ ...weeksLongSessions, logLines })
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const body = await oujiangApplication(t)
  const filed = await applied(t, { token: zhao }, body)
  await acted(t, { token: liu }, filed.id, { kind: 'refuse', reason: '申请人已向法院起诉。' })
  await apply(t, { token: zhao }, { ...body, knewOn: '2024-01-01' })
  const dump = await databaseDump(t)
  expect(dump).toContain(filed.caseNumber)
  for (const words of [body.facts, ...body.claims.map((claim) => claim.statement), '申请人已向法院起诉', '两万三千四百']) expect(dump).not.toContain(words)
  const logs = logLines.join('\n')
  expect(logs).toContain('/api/disputes/arbitrations')
  for (const secret of ['赵强', '511321198803124572', body.facts, '申请人已向法院起诉', filed.caseNumber]) expect(logs).not.toContain(secret)
})
