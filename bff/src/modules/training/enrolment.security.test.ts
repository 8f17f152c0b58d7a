import { expect, test } from 'vitest'
import { seededTrainingIds } from '../../db/seed/training'
import { users } from '../../db/schema'
import { days } from '../../platform/clock'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { cancel, courseRow, decide, enrolIn, enrolled, enrolmentRows, publishCourse } from '../../testing/training-course-flows'
import { claimed, closeSeededProgrammes, openProgramme, realNamedCitizens, voucherRows } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

const { general } = seededTrainingIds.programmes
const { elderCare } = seededTrainingIds.courses

test('30 confirmations at once for a course of 5 places confirm exactly 5: the capacity is never exceeded', { timeout: 120_000 }, async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '1000' } })
  await closeSeededProgrammes(t)
  const institution = await t.login('institution-demo')
  const programme = await openProgramme(t, await t.login('officer-liu'), { validFrom: '2026-11-29', institutionIds: [await userIdOf(t, 'institution-demo')] })
  const course = await publishCourse(t, institution, { capacity: 5 })
  const crowd = await realNamedCitizens(t, 30)
  const enrolments = []
  for (const citizen of crowd) enrolments.push(await enrolled(t, citizen.token, course.id, (await claimed(t, citizen.token, programme.id)).id))
  const responses = await Promise.all(enrolments.map((enrolment) => decide(t, institution, enrolment.id, { decision: 'confirm' })))
  const statuses = responses.map((response) => response.status)
  expect(statuses.filter((status) => status === 200)).toHaveLength(5)
  expect(statuses.filter((status) => status === 409)).toHaveLength(25)
  const refused = await Promise.all(responses.filter((response) => response.status === 409).map((response) => response.json() as Promise<{ errors?: { key: string }[] }>))
  expect(new Set(refused.map((problem) => problem.errors?.[0]?.key))).toEqual(new Set(['training.courseFull']))
  expect((await courseRow(t, course.id)).enrolled).toBe(5)
  const rows = await enrolmentRows(t)
  expect(rows.filter((row) => row.status === 'confirmed')).toHaveLength(5)
  expect(rows.filter((row) => row.status === 'requested')).toHaveLength(25)
  expect((await voucherRows(t)).filter((row) => row.status === 'enrolled')).toHaveLength(5)
})

test('one voucher sent to two courses at once is held by one enrolment only', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, general)
  const other = await publishCourse(t, await t.login('institution-demo'))
  const responses = await Promise.all([
    ...Array.from({ length: 4 }, (_, i) => enrolIn(t, token, elderCare, voucher.id, `enrol-race-key-a00${i}`)),
    ...Array.from({ length: 4 }, (_, i) => enrolIn(t, token, other.id, voucher.id, `enrol-race-key-b00${i}`)),
  ])
  expect(responses.filter((response) => response.status === 201).length).toBeGreaterThanOrEqual(1)
  const live = (await enrolmentRows(t)).filter((row) => row.status === 'requested' || row.status === 'confirmed')
  expect(live).toHaveLength(1)
})

test('an institution cannot decide on another institution’s enrolment: it does not exist for it, and nothing changes', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const enrolment = await enrolled(t, token, elderCare, (await claimed(t, token, general)).id)
  await t.deps.db.transaction((tx) =>
    tx.insert(users).values({ id: 'institution-ouhai', devAccount: 'institution-ouhai', roles: ['institution'], regionCode: '330304', organization: '瓯海职业技能培训中心', createdAt: t.clock.now().toISOString() }),
  )
  const ouhai = await t.login('institution-ouhai')
  await expectProblem(await decide(t, ouhai, enrolment.id, { decision: 'confirm' }), 'not_found')
  await expectProblem(await decide(t, ouhai, enrolment.id, { decision: 'decline', reason: '不要' }), 'not_found')
  expect((await enrolmentRows(t)).map((row) => row.status)).toEqual(['requested'])
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['claimed'])
  expect((await courseRow(t, elderCare)).enrolled).toBe(0)
})

test('a citizen cannot enrol with another person’s voucher, nor withdraw another person’s enrolment', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const voucher = await claimed(t, zhang, general)
  const [other] = await realNamedCitizens(t, 1)
  const token = other?.token ?? ''
  await expectProblem(await enrolIn(t, token, elderCare, voucher.id), 'not_found')
  expect(await enrolmentRows(t)).toEqual([])
  const enrolment = await enrolled(t, zhang, elderCare, voucher.id)
  await expectProblem(await cancel(t, token, enrolment.id), 'not_found')
  await expectProblem(await cancel(t, await t.login('institution-demo'), enrolment.id), 'forbidden')
  expect((await enrolmentRows(t)).map((row) => row.status)).toEqual(['requested'])
})

test('a voucher already spent on a course, or past its last day, cannot be used to enrol again', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const institution = await t.login('institution-demo')
  const voucher = await claimed(t, zhang, general)
  const enrolment = await enrolled(t, zhang, elderCare, voucher.id)
  await decide(t, institution, enrolment.id, { decision: 'confirm' })
  const other = await publishCourse(t, institution)
  const used = await expectProblem(await enrolIn(t, zhang, other.id, voucher.id), 'conflict')
  expect(used.errors?.map((error) => error.key)).toEqual(['training.voucherInUse'])
  // Past its last day, a claimed voucher is refused as expired, whatever the job has done yet.
  await closeSeededProgrammes(t)
  const short = await openProgramme(t, await t.login('officer-liu'), { validFrom: '2026-11-29', validUntil: '2026-11-30', institutionIds: [await userIdOf(t, 'institution-demo')] })
  const [late] = await realNamedCitizens(t, 1)
  const lapsing = await claimed(t, late?.token ?? '', short.id)
  t.clock.advance(days(2))
  const expired = await expectProblem(await enrolIn(t, await t.login(late?.userId ?? ''), other.id, lapsing.id), 'conflict')
  expect(expired.errors?.map((error) => error.key)).toEqual(['training.expired'])
})
