import { expect, test } from 'vitest'
import { applicationDeadline } from '@renshe/shared/disputes/injury'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { loadWorkCalendar } from '../../../platform/work-calendar'
import { advanceTo, nextDay, weeksLongSessions } from '../../../testing/disputes-flows'
import { createTestContext } from '../../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../../testing/http'
import {
  actedInjury,
  actInjury,
  applyInjury,
  fromReport,
  oujiangAccident,
  report,
  reported,
  storedInjuries,
  workersOwnCase,
} from '../../../testing/injury-flows'

const forWorker = {
  worker: { name: '赵强', idNumber: '511321198803124572' },
  regionCode: '330302',
  accidentOn: '2026-11-25',
  kind: 'accident',
  account: '在滨江商务楼工地搬运模板时被砸伤左脚。',
  injuries: '左足第二跖骨骨折。',
} as const

test('a report of an accident whose year has run out is refused, saying the day it ran out, in the caller’s language; on its last day it is still in time', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const calendar = await t.deps.db.read(loadWorkCalendar)
  const endedOn = applicationDeadline(calendar, '2025-11-01', 'worker')
  expect(endedOn < '2026-11-29').toBe(true)
  const before = await storedInjuries(t)

  const response = await report(t, { token: zhao }, oujiangAccident({ accidentOn: '2025-11-01' }))
  const problem = await expectProblem(response.clone(), 'validation_failed')
  expect(problem.detail).toBe(`申请工伤认定的期限已于 ${endedOn} 届满`)
  expect(await expectFieldErrors(response)).toEqual({ 'body.accidentOn': 'disputes.injuryWindowClosed' })
  const english = await t.call('POST', '/api/disputes/injury-reports', { token: zhao, body: oujiangAccident({ accidentOn: '2025-11-01' }), headers: { 'accept-language': 'en' } })
  const inEnglish = await expectProblem(english, 'validation_failed', { locale: 'en' })
  expect(inEnglish.detail).toBe(`The time to apply ended on ${endedOn}`)
  expect(inEnglish.errors?.[0]?.message).toMatch(/^The time to apply for recognition/)
  expect(await storedInjuries(t)).toEqual(before)

  // The year of an accident on 2025-11-28 ends on Saturday the 28th, a rest day, so it runs to Monday the 30th: still in time today.
  const lastDay = oujiangAccident({ accidentOn: '2025-11-28' })
  expect(applicationDeadline(calendar, '2025-11-28', 'worker') >= '2026-11-29').toBe(true)
  expect((await report(t, { token: zhao }, lastDay)).status).toBe(201)
})

test('a day in the future and a city for a county are refused field by field, with messages in both languages', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  expect(await expectFieldErrors(await report(t, { token: zhao }, oujiangAccident({ accidentOn: '2026-11-30', regionCode: '330300' })))).toEqual({
    'body.regionCode': 'disputes.injuryRegionCounty',
    'body.accidentOn': 'disputes.accidentFuture',
  })
  const english = await expectProblem(await t.call('POST', '/api/disputes/injury-reports', { token: zhao, body: oujiangAccident({ accidentOn: '2026-12-01' }), headers: { 'accept-language': 'en' } }), 'validation_failed', { locale: 'en' })
  expect(english.errors?.map((error) => error.message)).toEqual(['The day of the accident (or of the diagnosis) cannot be after today'])
  expect(await expectFieldErrors(await report(t, { token: zhao }, { ...oujiangAccident(), account: '摔伤' }))).toEqual({ 'body.account': 'field.tooShort' })
  expect(await expectFieldErrors(await report(t, { token: zhao }, oujiangAccident({ employer: { name: '某公司', creditCode: '91330302MA2Q5W1X1A' } })))).toMatchObject({
    'body.employer.creditCode': 'creditCode.checkCharacter',
  })
})

test('the employer’s own application past its 30 days, and one with a wrong ID number or a future day, are refused field by field', async () => {
  const t = await createTestContext(weeksLongSessions)
  const employer = await t.login('employer-demo')
  const calendar = await t.deps.db.read(loadWorkCalendar)
  const late = await applyInjury(t, { token: employer }, { ...forWorker, accidentOn: '2026-10-10' })
  expect((await expectProblem(late.clone(), 'validation_failed')).detail).toBe(`申请工伤认定的期限已于 ${applicationDeadline(calendar, '2026-10-10', 'employer')} 届满`)
  expect(await expectFieldErrors(late)).toEqual({ 'body.accidentOn': 'disputes.injuryWindowClosed' })
  expect(await expectFieldErrors(await applyInjury(t, { token: employer }, { ...forWorker, worker: { name: '赵强', idNumber: '511321198803124573' } }))).toEqual({ 'body.worker.idNumber': 'idNumber.checkDigit' })
  expect(await expectFieldErrors(await applyInjury(t, { token: employer }, { ...forWorker, accidentOn: '2026-12-02', regionCode: '330000' }))).toEqual({
    'body.regionCode': 'disputes.injuryRegionCounty',
    'body.accidentOn': 'disputes.accidentFuture',
  })

  // The employer’s window on a report closes too: after its 30th day it may not apply from it.
  const filed = await reported(t, { token: await t.login('worker-zhao') }, oujiangAccident())
  advanceTo(t, addCalendarDays(applicationDeadline(calendar, '2026-11-20', 'employer'), 1))
  const closed = await applyInjury(t, { token: employer }, fromReport(filed.id))
  expect(await expectFieldErrors(closed)).toEqual({ 'body.accidentId': 'disputes.injuryWindowClosed' })
  expect((await storedInjuries(t)).cases).toEqual([])
})

test('acts out of turn are refused 409 with the machine’s reason, and change nothing', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const filed = await workersOwnCase(t, zhao)
  const before = await storedInjuries(t)

  expect((await expectProblem(await actInjury(t, { token: liu }, filed.id, { kind: 'recognise' }), 'illegal_transition')).detail).toBe('illegal_transition')
  expect((await expectProblem(await actInjury(t, { token: liu }, filed.id, { kind: 'assess', grade: 5 }), 'conflict')).detail).toBe('not_your_action')
  expect((await expectProblem(await actInjury(t, { token: zhao }, filed.id, { kind: 'accept' }), 'conflict')).detail).toBe('not_your_action')
  expect((await expectProblem(await actInjury(t, { token: zhao }, filed.id, { kind: 'requestAssessment' }), 'illegal_transition')).detail).toBe('illegal_transition')
  expect(await storedInjuries(t)).toEqual(before)

  // One written list of what is missing: a second cannot be asked for.
  await actedInjury(t, { token: liu }, filed.id, { kind: 'requestDocuments', missing: ['医疗诊断证明书'] })
  await expectProblem(await actInjury(t, { token: liu }, filed.id, { kind: 'requestDocuments', missing: ['劳动合同'] }), 'illegal_transition')
  expect(await expectFieldErrors(await actInjury(t, { token: zhao }, filed.id, { kind: 'supplyDocuments', evidenceIds: [] }))).toEqual({ 'body.evidenceIds': 'field.required' })
  expect(await expectFieldErrors(await actInjury(t, { token: liu }, filed.id, { kind: 'assess', grade: 11 }))).toHaveProperty(['body.grade'])
})

test('finding the facts clear after its 15 days from acceptance have run is refused as too late', async () => {
  const t = await createTestContext(weeksLongSessions)
  const liu = await t.login('officer-liu')
  const filed = await workersOwnCase(t, await t.login('worker-zhao'))
  nextDay(t)
  await actedInjury(t, { token: liu }, filed.id, { kind: 'accept' })
  // Thirty days on: the 15 days that finding the facts clear would have given have run out.
  t.clock.advance(30 * 86_400_000)
  const late = await expectProblem(await actInjury(t, { token: liu }, filed.id, { kind: 'markFactsClear' }), 'conflict')
  expect(late.detail).toBe('deadline_passed')
  const decided = await actedInjury(t, { token: liu }, filed.id, { kind: 'recognise' })
  expect(decided).toMatchObject({ status: 'recognised', factsClear: false })
})

test('an application from a report that does not exist is not found; a citizen cannot apply in an employer’s name', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  await expectProblem(await applyInjury(t, { token: zhao }, fromReport('zzzzzzzzzzzzzzzzzzzzzzzzzz')), 'not_found')
  await expectProblem(await applyInjury(t, { token: zhao }, forWorker), 'forbidden')
  // A citizen without a real name cannot report; an application needs one on the worker's side.
  await expectProblem(await report(t, { token: await t.login('citizen-li') }, oujiangAccident()), 'real_name_required')
  expect(await storedInjuries(t)).toEqual({ reports: [], cases: [], events: [] })
})
