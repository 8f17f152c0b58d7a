import { expect, test } from 'vitest'
import { seededTrainingIds } from '../../db/seed/training'
import { days } from '../../platform/clock'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { cancel, confirmed, enrolled } from '../../testing/training-course-flows'
import { claimed, myTraining } from '../../testing/training-flows'

const { general } = seededTrainingIds.programmes
const { elderCare } = seededTrainingIds.courses

test('once the course has started her confirmed enrolment still shows on the voucher, with its first day, and withdrawing is refused', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, general)
  const enrolment = await enrolled(t, token, elderCare, voucher.id)
  await confirmed(t, await t.login('institution-demo'), enrolment.id)
  t.clock.advance(days(28))
  const again = await t.login('citizen-zhang')
  const refused = await expectProblem(await cancel(t, again, enrolment.id), 'conflict')
  expect(refused.errors?.map((error) => error.key)).toEqual(['training.courseStarted'])
  const [shown] = (await myTraining(t, again)).vouchers
  expect(shown?.enrolment).toMatchObject({ id: enrolment.id, status: 'confirmed', courseStartsOn: '2026-12-27' })
})
