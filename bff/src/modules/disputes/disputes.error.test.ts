import { expect, test } from 'vitest'
import { limitationEndsOn } from '@renshe/shared/disputes/arbitration'
import { maxClaimFen } from '@renshe/shared/disputes/schemas'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { arbitrations } from '../../db/schema'
import { loadWorkCalendar } from '../../platform/work-calendar'
import { act, acted, applied, apply, heard, nextDay, oujiangApplication, weeksLongSessions } from '../../testing/disputes-flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'

test('an application whose year has run out is refused on the day she knew, saying the day it ran out, in her language', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const endsOn = limitationEndsOn(await t.deps.db.read(loadWorkCalendar), '2025-11-20')
  expect(endsOn < '2026-11-29').toBe(true)
  const body = await oujiangApplication(t, { knewOn: '2025-11-20' })
  const before = await t.deps.db.read((q) => q.select().from(arbitrations))

  const response = await apply(t, { token: zhao }, body)
  const problem = await expectProblem(response.clone(), 'validation_failed')
  expect(problem.detail).toBe(`申请仲裁的时效已于 ${endsOn} 届满`)
  expect(await expectFieldErrors(response)).toEqual({ 'body.knewOn': 'disputes.limitationPassed' })
  const english = await t.call('POST', '/api/disputes/arbitrations', { token: zhao, body, headers: { 'accept-language': 'en' } })
  const inEnglish = await expectProblem(english, 'validation_failed', { locale: 'en' })
  expect(inEnglish.detail).toBe(`The year to apply ended on ${endsOn}`)
  expect(inEnglish.errors?.[0]?.message).toMatch(/^The year to apply for arbitration/)
  expect(await t.deps.db.read((q) => q.select().from(arbitrations))).toEqual(before)

  // On its last day it is still in time.
  const lastDay = await oujiangApplication(t, { knewOn: '2025-11-29' })
  expect((await apply(t, { token: zhao }, lastDay)).status).toBe(201)
})

test('a money claim without its amount, a claim without one that has one, a city for a county and a day in the future are refused field by field', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const body = await oujiangApplication(t, {
    regionCode: '330300',
    knewOn: '2026-12-01',
    claims: [
      { kind: 'wages', statement: '工资没有发放。' },
      { kind: 'rest_leave', amountFen: 100_000, statement: '不让休年假。' },
      { kind: 'compensation', amountFen: 500_000, statement: '解除合同的经济补偿。' },
    ],
  })
  expect(await expectFieldErrors(await apply(t, { token: zhao }, body))).toEqual({
    'body.claims.0.amountFen': 'disputes.amountRequired',
    'body.claims.1.amountFen': 'disputes.amountNotAllowed',
    'body.regionCode': 'disputes.regionCounty',
    'body.knewOn': 'disputes.knewOnFuture',
  })
  const tooMany = await oujiangApplication(t, { claims: Array.from({ length: 11 }, () => ({ kind: 'other' as const, statement: '其他请求事项。' })) })
  expect(await expectFieldErrors(await apply(t, { token: zhao }, tooMany))).toEqual({ 'body.claims': 'field.tooLong' })
  expect(await expectFieldErrors(await apply(t, { token: zhao }, { ...body, respondent: { name: '某公司', creditCode: '91330302MA2Q5W1X1A' } }))).toMatchObject({
    'body.respondent.creditCode': 'creditCode.checkCharacter',
  })
})

test('acts out of turn are refused 409 with the machine’s reason, and change nothing', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t))

  const serveFirst = await expectProblem(await act(t, { token: liu }, filed.id, { kind: 'serve' }), 'illegal_transition')
  expect(serveFirst.detail).toBe('illegal_transition')
  const ownAccept = await expectProblem(await act(t, { token: zhao }, filed.id, { kind: 'accept' }), 'conflict')
  expect(ownAccept.detail).toBe('not_your_action')
  await expectProblem(await act(t, { token: liu }, filed.id, { kind: 'recordHearing' }), 'illegal_transition')
  await expectProblem(await act(t, { token: liu }, filed.id, { kind: 'award', awardedFen: [0, 0] }), 'illegal_transition')

  nextDay(t)
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  await acted(t, { token: liu }, filed.id, { kind: 'serve' })
  await acted(t, { token: liu }, filed.id, { kind: 'formTribunal' })
  // The employer has not answered: a hearing tomorrow would cut its defence period short.
  const tomorrow = addCalendarDays('2026-11-30', 1)
  const tooSoon = await expectProblem(await act(t, { token: liu }, filed.id, { kind: 'scheduleHearing', on: tomorrow, mode: 'office' }), 'conflict')
  expect(tooSoon.detail).toBe('hearing_too_soon')
  const defended = await acted(t, { token: employer }, filed.id, { kind: 'submitDefence' })
  const twice = await expectProblem(await act(t, { token: employer }, filed.id, { kind: 'submitDefence' }), 'illegal_transition')
  expect(twice.detail).toBe('illegal_transition')
  const hearingOn = '2026-12-30'
  await acted(t, { token: liu }, filed.id, { kind: 'scheduleHearing', on: hearingOn, mode: 'office' })
  const early = await expectProblem(await act(t, { token: liu }, filed.id, { kind: 'recordHearing' }), 'conflict')
  expect(early.detail).toBe('before_hearing_day')
  const after = await acted(t, { token: liu }, filed.id, { kind: 'postponeHearing', on: '2027-01-06', mode: 'online', reason: '被申请人申请延期。' })
  expect(after.hearing).toEqual({ on: '2027-01-06', mode: 'online', postponements: 1 })
  expect(defended.status).toBe('tribunal_formed')
})

test('an award must settle every claim once, no more than a money claim asked and 0 on a claim without an amount', async () => {
  const t = await createTestContext(weeksLongSessions)
  const liu = await t.login('officer-liu')
  const filed = await applied(t, { token: await t.login('worker-zhao') }, await oujiangApplication(t))
  await heard(t, filed.id, { officer: liu, employer: null })
  expect(await expectFieldErrors(await act(t, { token: liu }, filed.id, { kind: 'award', awardedFen: [1_000_000] }))).toEqual({ 'body.awardedFen': 'disputes.awardPerClaim' })
  expect(await expectFieldErrors(await act(t, { token: liu }, filed.id, { kind: 'award', awardedFen: [2_340_001, 1] }))).toEqual({
    'body.awardedFen.0': 'disputes.awardOverClaim',
    'body.awardedFen.1': 'disputes.awardNonMoney',
  })
  expect(await expectFieldErrors(await act(t, { token: liu }, filed.id, { kind: 'award', awardedFen: [-1, 0] }))).toHaveProperty(['body.awardedFen.0'])
  const [row] = await t.deps.db.read((q) => q.select().from(arbitrations))
  expect(row?.status).toBe('heard')
  expect((await acted(t, { token: liu }, filed.id, { kind: 'award', awardedFen: [2_340_000, 0] })).status).toBe('awarded')
})

test('a claim above the bound against typing errors (¥10,000,000) is refused at its amount; the bound itself is taken', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const over = await oujiangApplication(t, { claims: [{ kind: 'wages', amountFen: maxClaimFen + 1, statement: '拖欠的工资和奖金。' }] })
  expect(Object.keys(await expectFieldErrors(await apply(t, { token: zhao }, over)))).toEqual(['body.claims.0.amountFen'])
  const most = await oujiangApplication(t, { claims: [{ kind: 'wages', amountFen: maxClaimFen, statement: '拖欠的工资和奖金。' }] })
  expect((await applied(t, { token: zhao }, most)).claimedFen).toBe(maxClaimFen)
})
