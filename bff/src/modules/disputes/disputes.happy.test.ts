import { expect, test } from 'vitest'
import { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import { openArbitration } from '@renshe/shared/disputes/arbitration-machine'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { days } from '../../platform/clock'
import { loadWorkCalendar } from '../../platform/work-calendar'
import { acted, applied, heard, held, weeksLongSessions, myArbitrations, nextDay, oujiangApplication, queueOf, readArbitration, sampleApplication } from '../../testing/disputes-flows'
import { grantProxy, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { inboxOf } from '../../testing/wages-flows'

test('a worker applies against her employer; Lucheng’s commission accepts, serves and forms the tribunal; the employer defends; the hearing is held and a small-claims award binds the employer', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')

  const filed = await applied(t, { token: zhao }, await oujiangApplication(t))
  const expected = openArbitration(await t.deps.db.read(loadWorkCalendar), '2026-11-29')
  expect(filed).toMatchObject({
    status: 'applied',
    regionCode: '330302',
    respondentName: '温州瓯江建设有限公司',
    applicantMaskedName: '赵强',
    claimedFen: 2_340_000,
    myRole: 'applicant',
    allowedActions: ['withdraw'],
    next: { step: 'accept', by: expected.acceptBy, done: false, overdue: false },
    deadlines: [{ step: 'accept', by: expected.acceptBy, done: false, overdue: false }],
    mayGoToCourt: null,
    award: null,
    filedByStaff: null,
    facts: '二〇二六年三月进瓯江府二期工地做钢筋工，八月起工资一直拖欠，项目部说年底再给。',
  })
  expect(filed.caseNumber).toMatch(/^ZC3303022026\d{6}$/)
  expect(filed.claims).toEqual([
    { kind: 'wages', amountFen: 2_340_000, statement: '八月到十月工资未发，共两万三千四百元。', awardedFen: null },
    { kind: 'social_insurance', amountFen: null, statement: '入职以来未缴纳社会保险。', awardedFen: null },
  ])
  expect(filed.timeline.map((event) => [event.kind, event.by])).toEqual([['applied', 'applicant']])
  expect(await inboxOf(t, zhao)).toContainEqual(expect.objectContaining({ template: 'disputes.arbitrationReceived', params: { caseNumber: filed.caseNumber, acceptBy: expected.acceptBy } }))
  expect(await inboxOf(t, liu)).toContainEqual(expect.objectContaining({ template: 'disputes.arbitrationStep', params: { caseNumber: filed.caseNumber, step: 'applied' } }))
  // Before it is served, the employer does not know of it.
  expect((await inboxOf(t, employer)).map((message) => message.template)).not.toContain('disputes.arbitrationServed')
  await expectProblem(await readArbitration(t, { token: employer }, filed.id), 'not_found')
  expect((await myArbitrations(t, { token: employer })).items).toEqual([])

  // The arbitrator sees it in the queue, the applicant's name masked, and accepts it.
  const queued = await queueOf(t, liu)
  expect(queued.items.map((item) => [item.id, item.applicantMaskedName])).toContainEqual([filed.id, '赵*'])
  const seen = await expectOk(await readArbitration(t, { token: liu }, filed.id), ArbitrationCase)
  expect(seen).toMatchObject({ myRole: 'arbitrator', applicantMaskedName: '赵*', allowedActions: ['accept', 'refuse'] })
  nextDay(t)
  const accepted = await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  expect(accepted.status).toBe('accepted')
  expect(accepted.deadlines.map((deadline) => [deadline.step, deadline.done])).toEqual([
    ['accept', true],
    ['serve', false],
    ['tribunal', false],
    ['award', false],
  ])
  expect(await inboxOf(t, zhao)).toContainEqual(expect.objectContaining({ template: 'disputes.arbitrationStep', params: { caseNumber: filed.caseNumber, step: 'accepted' } }))

  // Served: the employer is told, and now reads the application, without the worker's full name.
  const served = await acted(t, { token: liu }, filed.id, { kind: 'serve' })
  const defenceBy = served.deadlines.find((deadline) => deadline.step === 'defence')?.by
  expect(defenceBy).toBeDefined()
  expect(await inboxOf(t, employer)).toContainEqual(expect.objectContaining({ template: 'disputes.arbitrationServed', params: { caseNumber: filed.caseNumber, defenceBy: defenceBy ?? '' } }))
  const asEmployer = await expectOk(await readArbitration(t, { token: employer }, filed.id), ArbitrationCase)
  expect(asEmployer).toMatchObject({ myRole: 'respondent', applicantMaskedName: '赵*', allowedActions: ['submitDefence'], filedByStaff: null })
  expect((await myArbitrations(t, { token: employer })).items.map((item) => item.id)).toEqual([filed.id])

  await acted(t, { token: liu }, filed.id, { kind: 'formTribunal' })
  nextDay(t)
  const defended = await acted(t, { token: employer }, filed.id, { kind: 'submitDefence' })
  expect(defended.timeline.at(-1)).toMatchObject({ kind: 'defence_submitted', by: 'respondent' })
  expect(await inboxOf(t, zhao)).toContainEqual(expect.objectContaining({ template: 'disputes.arbitrationStep', params: { caseNumber: filed.caseNumber, step: 'defence_submitted' } }))
  expect(await inboxOf(t, liu)).toContainEqual(expect.objectContaining({ template: 'disputes.arbitrationStep', params: { caseNumber: filed.caseNumber, step: 'defence_submitted' } }))

  // The hearing is set, held and the award made: 20,000 yuan of wages (under twelve months of 2,490) and the insurance.
  const wasHeard = await held(t, filed.id, liu)
  expect(wasHeard.status).toBe('heard')
  expect(wasHeard.hearing).toMatchObject({ mode: 'online', postponements: 0 })
  const award = await acted(t, { token: liu }, filed.id, { kind: 'award', awardedFen: [2_000_000, 0] })
  expect(award.status).toBe('awarded')
  expect(award.claims.map((claim) => claim.awardedFen)).toEqual([2_000_000, 0])
  const sue = award.deadlines.find((deadline) => deadline.step === 'sue')
  expect(award.award).toEqual({ finalForEmployer: true, reason: 'small_claims', employerMaySue: false, sueBy: sue?.by, localMonthlyMinimumFen: 249_000 })
  expect(award.mayGoToCourt).toBe('award')
  expect(award.next).toBeNull()
  const employerSees = await expectOk(await readArbitration(t, { token: employer }, filed.id), ArbitrationCase)
  expect(employerSees.award).toMatchObject({ finalForEmployer: true, employerMaySue: false })
  expect(employerSees.allowedActions).toEqual([])
  expect(employerSees.timeline.map((event) => event.kind)).toEqual([
    'applied',
    'accepted',
    'served',
    'tribunal_formed',
    'defence_submitted',
    'hearing_scheduled',
    'heard',
    'awarded',
  ])
  expect(await inboxOf(t, employer)).toContainEqual(expect.objectContaining({ template: 'disputes.arbitrationStep', params: { caseNumber: filed.caseNumber, step: 'awarded' } }))
})

test('an award above twelve months of the minimum wage on a claim is final for no one: either side may sue', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const body = await oujiangApplication(t, { claims: [{ kind: 'damages', amountFen: 6_000_000, statement: '违法解除劳动合同的赔偿金。' }] })
  const filed = await applied(t, { token: zhao }, body)
  await heard(t, filed.id, { officer: liu, employer: null })
  const award = await acted(t, { token: liu }, filed.id, { kind: 'award', awardedFen: [4_000_000] })
  expect(award.award).toMatchObject({ finalForEmployer: false, reason: 'not_final', employerMaySue: true })
})

test('grid staff apply for an elder and for a worker under their grants; each applicant sees her case, with the staff code', async () => {
  const t = await createTestContext(weeksLongSessions)
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const forElder = await applied(t, { token: chen, actingFor: grantId }, sampleApplication)
  expect(forElder).toMatchObject({ myRole: 'grid_staff', applicantMaskedName: '王**', filedByStaff: 'WG330302001', allowedActions: ['withdraw'] })
  expect(forElder.timeline.map((event) => event.by)).toEqual(['grid_staff'])
  const elder = await t.login('elder-wang')
  const herView = await expectOk(await readArbitration(t, { token: elder }, forElder.id), ArbitrationCase)
  expect(herView).toMatchObject({ myRole: 'applicant', applicantMaskedName: '王秀英', filedByStaff: 'WG330302001' })
  expect((await myArbitrations(t, { token: elder })).items.map((item) => item.id)).toEqual([forElder.id])
  expect((await myArbitrations(t, { token: chen, actingFor: grantId })).items.map((item) => item.id)).toEqual([forElder.id])
  // staff-chen's own list, not acting for anyone, has none of hers.
  expect((await myArbitrations(t, { token: chen })).items).toEqual([])

  const zhao = await t.login('worker-zhao')
  const grant = await grantProxy(t, zhao, { staffCode: 'WG330302001', scopes: ['disputes.file'] })
  const forWorker = await applied(t, { token: chen, actingFor: grant.id }, await oujiangApplication(t))
  expect(forWorker).toMatchObject({ myRole: 'grid_staff', filedByStaff: 'WG330302001' })
  expect((await myArbitrations(t, { token: zhao })).items.map((item) => item.id)).toEqual([forWorker.id])
  // The staff member may withdraw it for her, as she may.
  const withdrawn = await acted(t, { token: chen, actingFor: grant.id }, forWorker.id, { kind: 'withdraw', reason: '已与单位和解。' })
  expect(withdrawn).toMatchObject({ status: 'withdrawn', mayGoToCourt: null })
  expect(withdrawn.timeline.at(-1)).toMatchObject({ kind: 'withdrawn', by: 'grid_staff', reason: '已与单位和解。' })
})

test('only the chair extends the award’s time limit, once; the arbitrator may not', async () => {
  const t = await createTestContext(weeksLongSessions)
  const liu = await t.login('officer-liu')
  const wu = await t.login('supervisor-wu')
  const filed = await applied(t, { token: await t.login('worker-zhao') }, await oujiangApplication(t))
  nextDay(t)
  const accepted = await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  expect(accepted.allowedActions).not.toContain('extend')
  const problem = await expectProblem(await t.call('POST', `/api/disputes/arbitrations/${filed.id}/actions`, { token: liu, body: { kind: 'extend', reason: '案情复杂，需要延期。' } }), 'conflict')
  expect(problem.detail).toBe('not_your_action')
  const asChair = await expectOk(await readArbitration(t, { token: wu }, filed.id), ArbitrationCase)
  expect(asChair.myRole).toBe('chair')
  expect(asChair.allowedActions).toContain('extend')
  const awardBy = accepted.deadlines.find((deadline) => deadline.step === 'award')?.by ?? ''
  const extended = await acted(t, { token: wu }, filed.id, { kind: 'extend', reason: '案情复杂，需要延期。' })
  expect(extended.extended).toBe(true)
  expect((extended.deadlines.find((deadline) => deadline.step === 'award')?.by ?? '') > awardBy).toBe(true)
  expect(extended.timeline.at(-1)).toMatchObject({ kind: 'extended', by: 'chair', reason: '案情复杂，需要延期。' })
  const again = await expectProblem(await t.call('POST', `/api/disputes/arbitrations/${filed.id}/actions`, { token: wu, body: { kind: 'extend', reason: '再次延期。' } }), 'illegal_transition')
  expect(again.detail).toBe('illegal_transition')
})

test('the queue lists the overdue first, then by the next step’s day; it filters and pages', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const late = await applied(t, { token: zhao }, await oujiangApplication(t))
  t.clock.advance(days(7))
  const fresh = await applied(t, { token: zhao }, await oujiangApplication(t))
  const accepted = await applied(t, { token: zhao }, await oujiangApplication(t))
  await acted(t, { token: liu }, accepted.id, { kind: 'accept' })
  const today = chinaDate(t.clock.now())

  const queue = await queueOf(t, liu)
  const ours = queue.items.filter((item) => [late.id, fresh.id, accepted.id].includes(item.id))
  expect(ours.map((item) => [item.id, item.overdue])).toEqual([
    [late.id, true],
    [fresh.id, false],
    [accepted.id, false],
  ])
  expect(ours[0]?.next).toMatchObject({ step: 'accept', overdue: true })
  expect((ours[0]?.next?.by ?? '') < today).toBe(true)
  // The whole queue is in that order: overdue first, then by day.
  const dues = queue.items.map((item) => (item.next === null ? '9999-12-31' : item.next.by))
  expect(dues).toEqual([...dues].sort())
  expect(queue.items.findIndex((item) => !item.overdue)).toBeGreaterThan(queue.items.findLastIndex((item) => item.overdue))

  expect((await queueOf(t, liu, '?overdue=true')).items.map((item) => item.id)).toEqual([late.id])
  expect((await queueOf(t, liu, '?status=accepted')).items.map((item) => item.id)).toEqual([accepted.id])
  const first = await queueOf(t, liu, '?limit=1')
  expect(first.items.map((item) => item.id)).toEqual([late.id])
  expect(first.nextCursor).not.toBeNull()
  const second = await queueOf(t, liu, `?limit=1&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)
  expect(second.items.map((item) => item.id)).toEqual([fresh.id])
  // The supervisor sees the same queue; the applicant's list is newest first.
  expect((await queueOf(t, await t.login('supervisor-wu'))).items.map((item) => item.id)).toEqual(queue.items.map((item) => item.id))
  const mine = (await myArbitrations(t, { token: zhao })).items
  expect(mine).toHaveLength(3)
  expect(mine.at(-1)?.id).toBe(late.id)
})

test('a retried application with the same Idempotency-Key answers the first case', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const body = await oujiangApplication(t)
  const first = await applied(t, { token: zhao, idempotencyKey: 'arbitration-retry-0001' }, body)
  const again = await applied(t, { token: zhao, idempotencyKey: 'arbitration-retry-0001' }, body)
  expect(again.id).toBe(first.id)
  expect((await myArbitrations(t, { token: zhao })).items).toHaveLength(1)
})
