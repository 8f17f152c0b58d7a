import { expect, test } from 'vitest'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { assessmentRows, attendingCrowd, attendingZhang, certificateRows, confirmedOnElderCare, elderCareStartsIn, record, recorded } from '../../testing/training-assessment-flows'
import { realNamedCitizens, voucherRows } from '../../testing/training-flows'

test('a result recorded twice is refused the second time, whatever it says, and the first stands', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId } = await attendingZhang(t)
  const assessor = await t.login('assessor-demo')
  await recorded(t, assessor, enrolmentId, { passed: false })
  for (const again of [{ passed: false }, { passed: true, certificateNumber: 'S000033030226Z00003' }] as const) {
    const refused = await expectProblem(await record(t, assessor, enrolmentId, again), 'conflict')
    expect(refused.errors?.map((error) => error.key)).toEqual(['training.alreadyAssessed'])
  }
  expect((await assessmentRows(t)).map((row) => row.passed)).toEqual([false])
  expect(await certificateRows(t)).toEqual([])
})

test('a trainee who has not checked in yet cannot be assessed: her voucher is still only enrolled', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId } = await confirmedOnElderCare(t, await t.login('citizen-zhang'))
  t.clock.advance(elderCareStartsIn)
  const refused = await expectProblem(await record(t, await t.login('assessor-demo'), enrolmentId, { passed: true, certificateNumber: 'S000033030226Z00004' }), 'conflict')
  expect(refused.errors?.map((error) => error.key)).toEqual(['training.notAttending'])
  expect(await assessmentRows(t)).toEqual([])
  expect(await certificateRows(t)).toEqual([])
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['enrolled'])
})

test('a certificate number already recorded for another trainee is refused, and nothing of the second result is written', { timeout: 30_000 }, async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '1000' } })
  const [first, second] = await attendingCrowd(t, await realNamedCitizens(t, 2))
  const assessor = await t.login('assessor-demo')
  await recorded(t, assessor, first ?? '', { passed: true, certificateNumber: 'S000033030226Z00005' })
  const refused = await expectProblem(await record(t, assessor, second ?? '', { passed: true, certificateNumber: 's000033030226z00005' }), 'conflict')
  expect(refused.errors).toEqual([{ path: 'body.certificateNumber', key: 'training.certificateTaken', message: expect.any(String) as string }])
  expect((await assessmentRows(t)).map((row) => row.enrolmentId)).toEqual([first])
  expect((await voucherRows(t)).map((row) => row.status).sort()).toEqual(['assessed', 'attending'])
})

test('a pass without a well-formed certificate number, or a result that is neither, is refused with the field to correct', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId } = await attendingZhang(t)
  const assessor = await t.login('assessor-demo')
  const cases: [unknown, string, string][] = [
    [{ passed: true }, 'body.certificateNumber', 'field.required'],
    [{ passed: true, certificateNumber: 'AB12' }, 'body.certificateNumber', 'training.certificateNumber'],
    [{ passed: true, certificateNumber: 'S0000-3303-0226' }, 'body.certificateNumber', 'training.certificateNumber'],
    [{ passed: 'yes' }, 'body.passed', 'field.choose'],
  ]
  for (const [body, path, key] of cases) {
    const problem = await expectProblem(await record(t, assessor, enrolmentId, body as Record<string, unknown>), 'validation_failed', { because: JSON.stringify(body) })
    expect(problem.errors?.map((error) => [error.path, error.key]), JSON.stringify(body)).toEqual([[path, key]])
  }
  expect(await assessmentRows(t)).toEqual([])
})

test('an unknown enrolment, or one not confirmed, does not exist for the assessment body', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const assessor = await t.login('assessor-demo')
  await expectProblem(await record(t, assessor, 'zzzzzzzzzzzzzzzzzzzzzzzzzz', { passed: false }), 'not_found')
  await expectProblem(await t.call('GET', '/api/training/assessor/courses/zzzzzzzzzzzzzzzzzzzzzzzzzz', { token: assessor }), 'not_found')
})
