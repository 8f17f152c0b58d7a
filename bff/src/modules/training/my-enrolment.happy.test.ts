import { expect, test } from 'vitest'
import { Enrolment, RosterEntry } from '@renshe/shared/training/courses'
import { seededTrainingIds } from '../../db/seed/training'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { cancel, confirmed, decide, enrolled, publishCourse } from '../../testing/training-course-flows'
import { claimed, myTraining } from '../../testing/training-flows'

const { general } = seededTrainingIds.programmes
const { elderCare } = seededTrainingIds.courses

test('zhang sees her enrolment on her voucher in My training: waiting for the institution, then confirmed, and none once she withdraws', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, general)
  expect(voucher.enrolment).toBeNull()
  const enrolment = await enrolled(t, token, elderCare, voucher.id)
  expect(enrolment.courseStartsOn).toBe('2026-12-27')
  const [asked] = (await myTraining(t, token)).vouchers
  expect(asked?.enrolment).toEqual(enrolment)

  const institution = await t.login('institution-demo')
  await confirmed(t, institution, enrolment.id)
  const [spent] = (await myTraining(t, token)).vouchers
  expect(spent).toMatchObject({ status: 'enrolled', enrolment: { id: enrolment.id, status: 'confirmed', courseName: '养老护理员（五级）初级班', decidedAt: t.clock.now().toISOString() } })

  await expectOk(await cancel(t, token, enrolment.id), Enrolment)
  const [back] = (await myTraining(t, token)).vouchers
  expect(back).toMatchObject({ status: 'claimed', enrolment: null })
})

test('a declined enrolment shows on the voucher with the reason until she asks again, when the live one shows instead', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, general)
  const institution = await t.login('institution-demo')
  const other = await publishCourse(t, institution)
  const first = await enrolled(t, token, elderCare, voucher.id)
  await expectOk(await decide(t, institution, first.id, { decision: 'decline', reason: '本期名额已满' }), RosterEntry)
  t.clock.advance(60_000)
  const second = await enrolled(t, token, elderCare, voucher.id)
  await expectOk(await decide(t, institution, second.id, { decision: 'decline', reason: '请报名周末班' }), RosterEntry)
  // The latest declined one, with its reason.
  expect((await myTraining(t, token)).vouchers[0]?.enrolment).toMatchObject({ id: second.id, status: 'declined', declineReason: '请报名周末班' })

  t.clock.advance(60_000)
  const live = await enrolled(t, token, other.id, voucher.id)
  expect((await myTraining(t, token)).vouchers[0]?.enrolment).toEqual(live)
  // The claim's answer and My training agree on it.
  expect((await claimed(t, token, general)).enrolment).toEqual(live)

  // Withdrawn, the old decline does not come back: she has moved past it.
  t.clock.advance(60_000)
  await expectOk(await cancel(t, token, live.id), Enrolment)
  expect((await myTraining(t, token)).vouchers[0]?.enrolment).toBeNull()
})
