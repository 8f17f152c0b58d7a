import { expect, test } from 'vitest'
import { seededTrainingIds } from '../../db/seed/training'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { addAssessor, assessableCourses, assessmentRows, attendingCrowd, attendingZhang, certificateRows, record } from '../../testing/training-assessment-flows'
import { realNamedCitizens, voucherRows } from '../../testing/training-flows'

const { elderCare } = seededTrainingIds.courses

test('an assessment body of another region sees no Lucheng course and cannot record a result for a Lucheng trainee: they do not exist for it', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId } = await attendingZhang(t)
  await addAssessor(t, 'assessor-ouhai', '330304', '温州市瓯海区职业技能等级认定中心')
  const ouhai = await t.login('assessor-ouhai')
  expect((await assessableCourses(t, ouhai)).items).toEqual([])
  await expectProblem(await t.call('GET', `/api/training/assessor/courses/${elderCare}`, { token: ouhai }), 'not_found')
  await expectProblem(await record(t, ouhai, enrolmentId, { passed: true, certificateNumber: 'S000033030426Z00001' }), 'not_found')
  expect(await assessmentRows(t)).toEqual([])
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['attending'])
  // Wenzhou's city-level body covers Lucheng, as a city officer does.
  await addAssessor(t, 'assessor-wenzhou', '330300', '温州市职业技能鉴定指导中心')
  expect((await assessableCourses(t, await t.login('assessor-wenzhou'))).items.map((course) => course.id)).toEqual([elderCare])
})

test('the institution that taught her, an officer and the trainee herself cannot record a result or read the candidates: only an assessment body may', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId } = await attendingZhang(t)
  for (const account of ['institution-demo', 'officer-liu', 'citizen-zhang', 'staff-chen', 'admin']) {
    const token = await t.login(account)
    await expectProblem(await record(t, token, enrolmentId, { passed: true, certificateNumber: 'S000033030226Z00009' }), 'forbidden', { because: account })
    await expectProblem(await t.call('GET', `/api/training/assessor/courses/${elderCare}`, { token }), 'forbidden', { because: account })
    await expectProblem(await t.call('GET', '/api/training/assessor/courses', { token }), 'forbidden', { because: account })
  }
  expect(await assessmentRows(t)).toEqual([])
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['attending'])
})

test('one result sent many times at once is recorded once: one succeeds, the others are told it is already recorded', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId } = await attendingZhang(t)
  const assessor = await t.login('assessor-demo')
  const responses = await Promise.all(
    Array.from({ length: 8 }, (_, i) => record(t, assessor, enrolmentId, i % 2 === 0 ? { passed: true, certificateNumber: `S000033030226Z0010${i}` } : { passed: false })),
  )
  const statuses = responses.map((response) => response.status)
  expect(statuses.filter((status) => status === 200)).toHaveLength(1)
  expect(statuses.filter((status) => status === 409)).toHaveLength(7)
  const refused = await Promise.all(responses.filter((response) => response.status === 409).map((response) => response.json() as Promise<{ errors?: { key: string }[] }>))
  expect(new Set(refused.map((problem) => problem.errors?.[0]?.key))).toEqual(new Set(['training.alreadyAssessed']))
  const [written] = await assessmentRows(t)
  expect(await assessmentRows(t)).toHaveLength(1)
  expect(await certificateRows(t)).toHaveLength(written?.passed ? 1 : 0)
  expect((await voucherRows(t)).map((row) => ({ status: row.status, passed: row.passed }))).toEqual([{ status: 'assessed', passed: written?.passed }])
})

test('one certificate number sent for two trainees at once is recorded for one of them only', { timeout: 60_000 }, async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '1000' } })
  const enrolments = await attendingCrowd(t, await realNamedCitizens(t, 4))
  const assessor = await t.login('assessor-demo')
  const responses = await Promise.all(enrolments.map((enrolmentId) => record(t, assessor, enrolmentId, { passed: true, certificateNumber: 'S000033030226Z00200' })))
  expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409])
  const refused = await Promise.all(responses.filter((response) => response.status === 409).map((response) => response.json() as Promise<{ errors?: { key: string }[] }>))
  expect(new Set(refused.map((problem) => problem.errors?.[0]?.key))).toEqual(new Set(['training.certificateTaken']))
  expect(await certificateRows(t)).toHaveLength(1)
  expect(await assessmentRows(t)).toHaveLength(1)
  expect((await voucherRows(t)).filter((row) => row.status === 'assessed')).toHaveLength(1)
})

test('the assessment body sees trainees masked only, and each trainee finds its reading in her log', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { zhang } = await attendingZhang(t)
  const assessor = await t.login('assessor-demo')
  const text = await (await t.call('GET', `/api/training/assessor/courses/${elderCare}`, { token: assessor })).text()
  expect(text).not.toContain('张伟')
  expect(text).not.toContain('330302199003151231')
  expect(text).toContain('330302********1231')
  const read = (await auditRows(t)).filter((row) => row.action === 'training.readCandidate')
  expect(read.map((row) => ({ subject: row.subjectUserId, kind: row.kind }))).toEqual([{ subject: zhang, kind: 'read' }])
})
