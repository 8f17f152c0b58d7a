import { expect, test } from 'vitest'
import { seededTrainingIds } from '../../db/seed/training'
import { days } from '../../platform/clock'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { cancel, confirmed, courseRow, decide, enrolIn, enrolled, publishCourse } from '../../testing/training-course-flows'
import { claimed, myTraining, openProgramme, realNamedCitizens, runTraining, voucherRows } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

const { general } = seededTrainingIds.programmes
const { welding, elderCare } = seededTrainingIds.courses

async function refusedWith(response: Response): Promise<string[]> {
  const problem = await expectProblem(response, 'conflict')
  return (problem.errors ?? []).map((error) => `${error.path} ${error.key}`)
}

/** A programme of Lucheng approving the demo institution, valid over the given days, and citizens holding a voucher of it each. */
async function holders(t: TestContext, count: number, validity: { validFrom: string; validUntil: string }) {
  const institution = await userIdOf(t, 'institution-demo')
  const programme = await openProgramme(t, await t.login('officer-liu'), { ...validity, institutionIds: [institution] })
  const citizens = await realNamedCitizens(t, count)
  return Promise.all(citizens.map(async (citizen) => ({ ...citizen, voucher: await claimed(t, citizen.token, programme.id) })))
}

test('a voucher that does not cover the course, or that another enrolment holds, is refused with the reason', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, general)
  expect(await refusedWith(await enrolIn(t, token, welding, voucher.id))).toEqual(['body.voucherId training.voucherNotForCourse'])
  const other = await publishCourse(t, await t.login('institution-demo'))
  await enrolled(t, token, elderCare, voucher.id)
  expect(await refusedWith(await enrolIn(t, token, other.id, voucher.id))).toEqual(['body.voucherId training.voucherInUse'])
})

test('a voucher past its last day, not valid yet, or pushed and not yet accepted cannot be spent', async () => {
  const t = await createTestContext()
  const course = await publishCourse(t, await t.login('institution-demo'))
  const [late] = await holders(t, 1, { validFrom: '2026-11-29', validUntil: '2026-11-30' })
  t.clock.advance(days(2))
  expect(await refusedWith(await enrolIn(t, await t.login(late?.userId ?? ''), course.id, late?.voucher.id ?? ''))).toEqual(['body.voucherId training.expired'])

  const t2 = await createTestContext()
  const course2 = await publishCourse(t2, await t2.login('institution-demo'))
  const [early] = await holders(t2, 1, { validFrom: '2026-12-10', validUntil: '2027-06-30' })
  expect(await refusedWith(await enrolIn(t2, early?.token ?? '', course2.id, early?.voucher.id ?? ''))).toEqual(['body.voucherId training.notYetValid'])

  await runTraining(t2)
  const zhang = await t2.login('citizen-zhang')
  const pushed = (await myTraining(t2, zhang)).vouchers.find((voucher) => voucher.status === 'issued')
  expect(await refusedWith(await enrolIn(t2, zhang, welding, pushed?.id ?? ''))).toEqual(['body.voucherId training.voucherNotAccepted'])
})

test('once the course has started she can neither enrol nor withdraw', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, general)
  const enrolment = await enrolled(t, token, elderCare, voucher.id)
  t.clock.advance(days(28))
  const again = await t.login('citizen-zhang')
  expect(await refusedWith(await cancel(t, again, enrolment.id))).toEqual(['params.id training.courseStarted'])
  await expectProblem(await cancel(t, again, enrolment.id), 'conflict')
  const [late] = await holders(t, 1, { validFrom: '2026-11-29', validUntil: '2027-06-30' })
  expect(await refusedWith(await enrolIn(t, late?.token ?? '', elderCare, late?.voucher.id ?? ''))).toEqual(['params.id training.courseStarted'])
})

test('a full course refuses a request, and a confirmation past its capacity is refused with nothing spent', async () => {
  const t = await createTestContext()
  const institution = await t.login('institution-demo')
  const course = await publishCourse(t, institution, { capacity: 1 })
  const [first, second, third] = await holders(t, 3, { validFrom: '2026-11-29', validUntil: '2027-06-30' })
  if (!first || !second || !third) throw new Error('no holders')
  const a = await enrolled(t, first.token, course.id, first.voucher.id)
  const b = await enrolled(t, second.token, course.id, second.voucher.id)
  await confirmed(t, institution, a.id)
  expect(await refusedWith(await decide(t, institution, b.id, { decision: 'confirm' }))).toEqual(['body.decision training.courseFull'])
  expect(await refusedWith(await enrolIn(t, third.token, course.id, third.voucher.id))).toEqual(['params.id training.courseFull'])
  expect((await courseRow(t, course.id)).enrolled).toBe(1)
  expect((await voucherRows(t)).filter((row) => row.id === second.voucher.id).map((row) => row.status)).toEqual(['claimed'])
})

test('an enrolment withdrawn or decided cannot be decided otherwise; a decline needs its reason', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const institution = await t.login('institution-demo')
  const voucher = await claimed(t, token, general)
  const enrolment = await enrolled(t, token, elderCare, voucher.id)
  expect(await expectFieldErrors(await decide(t, institution, enrolment.id, { decision: 'decline', reason: ' ' }))).toEqual({ 'body.reason': 'field.required' })
  expect(await expectFieldErrors(await t.call('POST', `/api/training/institution/enrolments/${enrolment.id}/decision`, { token: institution, body: { decision: 'maybe' } }))).toEqual({ 'body.decision': 'field.choose' })
  await cancel(t, token, enrolment.id)
  expect(await refusedWith(await decide(t, institution, enrolment.id, { decision: 'confirm' }))).toEqual(['params.id training.enrolmentClosed'])
  const next = await enrolled(t, token, elderCare, voucher.id)
  await decide(t, institution, next.id, { decision: 'decline', reason: '名额已满' })
  expect(await refusedWith(await decide(t, institution, next.id, { decision: 'confirm' }))).toEqual(['params.id training.enrolmentClosed'])
  expect(await refusedWith(await cancel(t, token, next.id))).toEqual(['params.id training.enrolmentClosed'])
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['claimed'])
})
