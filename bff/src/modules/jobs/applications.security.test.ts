import { expect, test } from 'vitest'
import { ProxyScope } from '@renshe/shared/identity/roles'
import { MyApplication } from '@renshe/shared/jobs/applications'
import { cases, jobApplications, jobAttendance, jobRatings } from '../../db/schema'
import { hours, minutes } from '../../platform/clock'
import { addOuhaiEmployer } from '../../testing/employer-accounts'
import { auditRows, databaseDump, grantProxy } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { MyApplicationPage, applicantsOf, applied, codeOf, hired, openPost, workedADay, tokenFor } from '../../testing/jobs-application-flows'
import { sampleJobPost } from '../../testing/jobs-samples'

const caseCount = (t: TestContext) => t.deps.db.read((q) => q.$count(cases))

test('before inviting, nothing the employer receives names the applicant or gives her phone, and no full read is recorded', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { application } = await applied(t, 'worker-zhao', postId)
  const response = await t.call('GET', `/api/jobs/posts/${postId}/applicants`, { token: await tokenFor(t, 'employer-demo') })
  const text = await response.text()
  expect(response.status).toBe(200)
  for (const secret of ['赵强', '15057798765', '511321198803124572', '松台街道水心社区', '28.013742']) expect(text).not.toContain(secret)
  expect(text).toContain('赵*')
  await t.deps.audit.drain()
  expect((await auditRows(t)).filter((row) => row.action === 'jobs.readApplicantContact')).toEqual([])
  // Nor does the database keep where she lives, or her name, with the application.
  const rows = JSON.stringify(await t.deps.db.read((q) => q.select().from(jobApplications)))
  expect(rows).toContain(application.id)
  for (const secret of ['赵强', '15057798765', '松台街道水心社区']) expect(rows).not.toContain(secret)
})

test('an employer of another organisation reaches nothing of the post: no applicants, no decisions, no code, no attendance, no pay, no rating', async () => {
  const t = await createTestContext()
  await addOuhaiEmployer(t)
  const postId = await openPost(t)
  const { application, dayId } = await workedADay(t, 'worker-zhao', postId)
  const other = await tokenFor(t, 'employer-xincheng')
  await expectProblem(await t.call('GET', `/api/jobs/posts/${postId}/applicants`, { token: other }), 'not_found')
  await expectProblem(await t.call('GET', `/api/jobs/posts/${postId}/check-in-code`, { token: other }), 'not_found')
  for (const body of [{ decision: 'invite' }, { decision: 'hire' }, { decision: 'decline', reason: '不合适' }]) {
    await expectProblem(await t.call('POST', `/api/jobs/applications/${application.id}/decision`, { token: other, body }), 'not_found')
  }
  await expectProblem(await t.call('POST', `/api/jobs/applications/${application.id}/attendance`, { token: other, body: { action: 'check_in' } }), 'not_found')
  await expectProblem(await t.call('POST', `/api/jobs/attendance/${dayId}/pay`, { token: other, body: { paidFen: 1 } }), 'not_found')
  await expectProblem(await t.call('POST', `/api/jobs/applications/${application.id}/worker-rating`, { token: other, body: { stars: 1 } }), 'not_found')
  const [row] = await t.deps.db.read((q) => q.select().from(jobAttendance))
  expect(row?.paidStatedAt).toBeNull()
  expect(await t.deps.db.read((q) => q.$count(jobRatings))).toBe(0)
})

test('a seeker cannot act on another’s application or day: check in, answer pay, rate or complain', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { application, dayId } = await workedADay(t, 'worker-zhao', postId)
  const casesBefore = await caseCount(t)
  await t.call('POST', `/api/jobs/attendance/${dayId}/pay`, { token: await tokenFor(t, 'employer-demo'), body: { paidFen: 1_000 } })
  const zhang = await tokenFor(t, 'citizen-zhang')
  const code = await codeOf(t, postId)
  await expectProblem(await t.call('POST', `/api/jobs/applications/${application.id}/check-in`, { token: zhang, body: { code } }), 'not_found')
  await expectProblem(await t.call('POST', `/api/jobs/applications/${application.id}/check-out`, { token: zhang, body: { code } }), 'not_found')
  await expectProblem(await t.call('POST', `/api/jobs/attendance/${dayId}/pay-answer`, { token: zhang, body: { answer: 'disputed' } }), 'not_found')
  await expectProblem(await t.call('POST', `/api/jobs/applications/${application.id}/employer-rating`, { token: zhang, body: { stars: 1 } }), 'not_found')
  await expectProblem(await t.call('POST', `/api/jobs/attendance/${dayId}/wage-complaint`, { token: zhang, body: { amountOwedFen: 10_000 } }), 'not_found')
  expect((await expectOk(await t.call('GET', '/api/jobs/applications/mine', { token: zhang }), MyApplicationPage)).items).toEqual([])
  const [day] = await t.deps.db.read((q) => q.select().from(jobAttendance))
  expect(day).toMatchObject({ payAnswer: null, complaintCaseId: null })
  expect(await caseCount(t)).toBe(casesBefore)
})

test('grid staff whose grant lacks jobs.assist cannot apply, list or check in for her; one without wages.file cannot complain for her', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const elder = await tokenFor(t, 'elder-wang')
  const noJobs = await grantProxy(t, elder, { staffCode: 'WG330302002', scopes: ProxyScope.options.filter((scope) => scope !== 'jobs.assist') })
  const zhou = await tokenFor(t, 'staff-zhou')
  await expectProblem(await t.call('POST', `/api/jobs/posts/${postId}/applications`, { token: zhou, actingFor: noJobs.id }), 'proxy_scope_missing')
  await expectProblem(await t.call('GET', '/api/jobs/applications/mine', { token: zhou, actingFor: noJobs.id }), 'proxy_scope_missing')
  await expectProblem(await t.call('POST', '/api/jobs/applications/zzzzzzzzzzzzzzzzzzzzzzzzzz/check-in', { token: zhou, actingFor: noJobs.id, body: { code: '123456' } }), 'proxy_scope_missing')
  expect(await t.deps.db.read((q) => q.$count(jobApplications))).toBe(0)

  // The complaint is the wages module's, so it takes that module's scope.
  const { dayId } = await workedADay(t, 'elder-wang', postId)
  const casesBefore = await caseCount(t)
  t.clock.advance(hours(25))
  const onlyJobs = await grantProxy(t, await tokenFor(t, 'elder-wang'), { staffCode: 'WG330302002', scopes: ['jobs.assist'] })
  await expectProblem(await t.call('POST', `/api/jobs/attendance/${dayId}/wage-complaint`, { token: await tokenFor(t, 'staff-zhou'), actingFor: onlyJobs.id, body: {} }), 'proxy_scope_missing')
  expect(await caseCount(t)).toBe(casesBefore)
})

test('a code of another post, of an earlier window, or of another day does not check anyone in', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const otherPost = await openPost(t)
  const { application } = await hired(t, 'worker-zhao', postId)
  const path = `/api/jobs/applications/${application.id}/check-in`
  const othersCode = await codeOf(t, otherPost)
  const stale = await codeOf(t, postId)
  const expectWrong = async (code: string) => {
    const problem = await expectProblem(await t.call('POST', path, { token: await tokenFor(t, 'worker-zhao'), body: { code } }), 'validation_failed')
    expect(problem.errors?.map((error) => error.key)).toEqual(['jobs.codeWrong'])
  }
  expect(othersCode).not.toBe(stale)
  await expectWrong(othersCode)
  // Two windows on (ten minutes), the code read at first is stale.
  t.clock.advance(minutes(10))
  const current = await codeOf(t, postId)
  expect(current).not.toBe(stale)
  await expectWrong(stale)
  // Yesterday's code for the same hour does not work today.
  t.clock.set(new Date('2026-11-29T15:30:00.000Z'))
  const lateSunday = await codeOf(t, postId)
  t.clock.advance(hours(24))
  expect(await codeOf(t, postId)).not.toBe(lateSunday)
  await expectWrong(lateSunday)
  expect(await t.deps.db.read((q) => q.$count(jobAttendance))).toBe(0)
})

test('two check-ins sent at once record one day, and the second is told it is already done', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { token, application } = await hired(t, 'worker-zhao', postId)
  const code = await codeOf(t, postId)
  const answers = await Promise.all([0, 1, 2].map(() => t.call('POST', `/api/jobs/applications/${application.id}/check-in`, { token, body: { code } })))
  expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409])
  expect(await t.deps.db.read((q) => q.$count(jobAttendance))).toBe(1)
})

test('each side rates once: a second rating, or two sent at once, leaves one', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { token, application } = await workedADay(t, 'worker-zhao', postId)
  const path = `/api/jobs/applications/${application.id}/employer-rating`
  const answers = await Promise.all([1, 2, 3].map((stars) => t.call('POST', path, { token, body: { stars } })))
  expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409])
  await expectProblem(await t.call('POST', path, { token, body: { stars: 5 } }), 'conflict')
  const employer = await tokenFor(t, 'employer-demo')
  expect((await t.call('POST', `/api/jobs/applications/${application.id}/worker-rating`, { token: employer, body: { stars: 4, comment: '踏实肯干' } })).status).toBe(200)
  await expectProblem(await t.call('POST', `/api/jobs/applications/${application.id}/worker-rating`, { token: employer, body: { stars: 1 } }), 'conflict')
  expect(await t.deps.db.read((q) => q.$count(jobRatings))).toBe(2)
  // The comments are sealed at rest.
  expect(await databaseDump(t)).not.toContain('踏实肯干')
})

test('two complaints about the same day, one after the other or at once, make one case', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { dayId } = await workedADay(t, 'worker-zhao', postId)
  const casesBefore = await caseCount(t)
  t.clock.advance(hours(25))
  const token = await tokenFor(t, 'worker-zhao')
  const path = `/api/jobs/attendance/${dayId}/wage-complaint`
  const answers = await Promise.all([0, 1, 2].map(() => t.call('POST', path, { token, body: {} })))
  const bodies = await Promise.all(answers.map(async (answer) => expectOk(answer, MyApplication, 201)))
  const caseIds = new Set(bodies.map((body) => body.days[0]?.complaint?.caseId))
  expect(caseIds.size).toBe(1)
  expect((await expectOk(await t.call('POST', path, { token, body: { amountOwedFen: 50_000 } }), MyApplication, 201)).days[0]?.complaint?.caseId).toBe([...caseIds][0])
  expect(await caseCount(t)).toBe(casesBefore + 1)
})

test('an employer invites only applicants of its own posts, and seekers never see the applicants list', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  await applied(t, 'worker-zhao', postId)
  for (const account of ['worker-zhao', 'citizen-zhang', 'staff-chen', 'officer-liu']) {
    await expectProblem(await t.call('GET', `/api/jobs/posts/${postId}/applicants`, { token: await tokenFor(t, account) }), 'forbidden', { because: account })
  }
  expect((await applicantsOf(t, postId)).length).toBe(1)
  // A post still in review takes no applications, so nobody is listed to it.
  const inReview = await t.call('POST', '/api/jobs/posts', { token: await tokenFor(t, 'employer-demo'), body: sampleJobPost })
  const reviewId = ((await inReview.json()) as { id: string }).id
  expect(await applicantsOf(t, reviewId)).toEqual([])
})
