import { expect, test } from 'vitest'
import { seededTrainingIds } from '../../db/seed/training'
import { createTestContext } from '../../testing/harness'
import { enrolled } from '../../testing/training-course-flows'
import { claimed, myTraining, realNamedCitizens } from '../../testing/training-flows'

const { general } = seededTrainingIds.programmes
const { elderCare } = seededTrainingIds.courses

test('each of her vouchers shows its own enrolment, and someone else’s does not show on hers', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const [other] = await realNamedCitizens(t, 1)
  if (!other) throw new Error('no citizen made')
  const mine = await claimed(t, token, general)
  const theirs = await claimed(t, other.token, general)
  const theirEnrolment = await enrolled(t, other.token, elderCare, theirs.id)
  expect((await myTraining(t, token)).vouchers.map((voucher) => [voucher.id, voucher.enrolment])).toEqual([[mine.id, null]])
  const myEnrolment = await enrolled(t, token, elderCare, mine.id)
  expect((await myTraining(t, token)).vouchers.map((voucher) => voucher.enrolment?.id)).toEqual([myEnrolment.id])
  expect((await myTraining(t, other.token)).vouchers.map((voucher) => voucher.enrolment?.id)).toEqual([theirEnrolment.id])
})
