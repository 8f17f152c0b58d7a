import { expect, test } from 'vitest'
import { fieldMessages } from '@renshe/shared/platform/messages'
import { PostedJob } from '@renshe/shared/jobs/posts'
import { hours } from '../../platform/clock'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { applied, codeOf, decide, hired, openPost, sampleDayJob, withProfile, workedADay, tokenFor } from '../../testing/jobs-application-flows'
import { sampleJobPost } from '../../testing/jobs-samples'

/** A refusal of the flow's rules: its status and code, and its words in the reader's language. */
async function expectRefusal(response: Response, code: 'conflict' | 'illegal_transition', key: keyof typeof fieldMessages, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<void> {
  const problem = await expectProblem(response, code, { locale })
  expect(problem.errors?.map((error) => [error.key, error.message])).toEqual([[key, fieldMessages[key][locale]]])
}

const applyTo = (t: TestContext, token: string, postId: string) => t.call('POST', `/api/jobs/posts/${postId}/applications`, { token })

test('applying to a post that is not open, that does not exist, without a profile, or twice is refused in plain words', async () => {
  const t = await createTestContext()
  const token = await tokenFor(t, 'worker-zhao')
  const inReview = await expectOk(await t.call('POST', '/api/jobs/posts', { token: await tokenFor(t, 'employer-demo'), body: sampleDayJob }), PostedJob, 201)
  const openId = await openPost(t)

  await expectRefusal(await applyTo(t, token, openId), 'conflict', 'jobs.profileRequired')
  await withProfile(t, token)
  await expectRefusal(await applyTo(t, token, inReview.id), 'conflict', 'jobs.postNotOpen')
  await expectProblem(await applyTo(t, token, 'zzzzzzzzzzzzzzzzzzzzzzzzzz'), 'not_found')
  expect((await applyTo(t, token, openId)).status).toBe(201)
  await expectRefusal(await applyTo(t, token, openId), 'conflict', 'jobs.alreadyApplied', 'zh-CN')
  const english = await t.call('POST', `/api/jobs/posts/${openId}/applications`, { token, headers: { 'accept-language': 'en' } })
  await expectRefusal(english, 'conflict', 'jobs.alreadyApplied', 'en')

  // Past its end date, an open post takes no one.
  t.clock.set(new Date('2026-12-05T16:00:00.000Z'))
  await expectRefusal(await applyTo(t, await tokenFor(t, 'citizen-zhang'), openId), 'conflict', 'jobs.postNotOpen')
})

test('a decision out of order, a decline without a reason or a made-up decision is refused', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { application } = await applied(t, 'worker-zhao', postId)
  const token = await tokenFor(t, 'employer-demo')
  const path = `/api/jobs/applications/${application.id}/decision`
  await expectRefusal(await t.call('POST', path, { token, body: { decision: 'hire' } }), 'illegal_transition', 'jobs.stepNotAllowed')
  expect(await expectFieldErrors(await t.call('POST', path, { token, body: { decision: 'decline', reason: '  ' } }))).toEqual({ 'body.reason': 'jobs.declineReason' })
  expect(await expectFieldErrors(await t.call('POST', path, { token, body: { decision: 'promote' } }))).toEqual({ 'body.decision': 'field.choose' })
  expect(await expectFieldErrors(await t.call('POST', path, { token, body: { decision: 'decline', reason: '不合适'.repeat(70) } }))).toEqual({ 'body.reason': 'field.tooLong' })
  await decide(t, application.id, { decision: 'decline', reason: '人数已满' })
  for (const decision of [{ decision: 'invite' }, { decision: 'hire' }, { decision: 'decline', reason: '再次' }]) {
    await expectRefusal(await t.call('POST', path, { token, body: decision }), 'illegal_transition', 'jobs.stepNotAllowed')
  }
})

test('checking in is for a hired worker of a day job on one of its work days, with a six-digit code', async () => {
  const t = await createTestContext()
  const dayJob = await openPost(t)
  const weekly = await openPost(t, sampleJobPost)
  const zhang = await applied(t, 'citizen-zhang', dayJob)
  const code = await codeOf(t, dayJob)
  await expectRefusal(await t.call('POST', `/api/jobs/applications/${zhang.application.id}/check-in`, { token: zhang.token, body: { code } }), 'conflict', 'jobs.notHired')

  const zhao = await hired(t, 'worker-zhao', dayJob)
  const path = `/api/jobs/applications/${zhao.application.id}/check-in`
  expect(await expectFieldErrors(await t.call('POST', path, { token: zhao.token, body: { code: '12345' } }))).toEqual({ 'body.code': 'jobs.codeFormat' })
  expect(await expectFieldErrors(await t.call('POST', path, { token: zhao.token, body: { code: 'abcdef' } }))).toEqual({ 'body.code': 'jobs.codeFormat' })
  await expectRefusal(await t.call('POST', `/api/jobs/applications/${zhao.application.id}/check-out`, { token: zhao.token, body: { code } }), 'conflict', 'jobs.notCheckedIn')
  expect((await t.call('POST', path, { token: zhao.token, body: { code } })).status).toBe(200)
  await expectRefusal(await t.call('POST', path, { token: zhao.token, body: { code } }), 'conflict', 'jobs.alreadyCheckedIn')

  // A part-time job has no check-in; nor has a day job on a day without a shift.
  const weeklyWorker = await hired(t, 'retiree-sun', weekly)
  await expectRefusal(await t.call('POST', `/api/jobs/applications/${weeklyWorker.application.id}/check-in`, { token: weeklyWorker.token, body: { code } }), 'conflict', 'jobs.notDayJob')
  await expectRefusal(await t.call('GET', `/api/jobs/posts/${weekly}/check-in-code`, { token: await tokenFor(t, 'employer-demo') }), 'conflict', 'jobs.notDayJob')
  t.clock.set(new Date('2026-12-01T02:00:00.000Z'))
  await expectRefusal(await t.call('GET', `/api/jobs/posts/${dayJob}/check-in-code`, { token: await tokenFor(t, 'employer-demo') }), 'conflict', 'jobs.notAWorkDay')
  await expectRefusal(await t.call('POST', path, { token: await tokenFor(t, 'worker-zhao'), body: { code } }), 'conflict', 'jobs.notAWorkDay')
})

test('pay is stated after checking out and once; it is answered after it is stated and once', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const zhao = await hired(t, 'worker-zhao', postId)
  const checkedIn = await t.call('POST', `/api/jobs/applications/${zhao.application.id}/check-in`, { token: zhao.token, body: { code: await codeOf(t, postId) } })
  const dayId = ((await checkedIn.json()) as { days: { id: string }[] }).days[0]?.id ?? ''
  await expectRefusal(await t.call('POST', `/api/jobs/attendance/${dayId}/pay`, { token: await tokenFor(t, 'employer-demo'), body: { paidFen: 20_000 } }), 'conflict', 'jobs.notWorkedYet')
  t.clock.advance(hours(8))
  const employer = await tokenFor(t, 'employer-demo')
  const later = { token: await tokenFor(t, 'worker-zhao') }
  await t.call('POST', `/api/jobs/applications/${zhao.application.id}/check-out`, { token: later.token, body: { code: await codeOf(t, postId) } })
  await expectRefusal(await t.call('POST', `/api/jobs/attendance/${dayId}/pay-answer`, { token: later.token, body: { answer: 'confirmed' } }), 'conflict', 'jobs.payNotStated')
  for (const paidFen of [-1, 1.5, 100_000_001, '200']) {
    expect(await expectFieldErrors(await t.call('POST', `/api/jobs/attendance/${dayId}/pay`, { token: employer, body: { paidFen } }))).toEqual({ 'body.paidFen': 'jobs.paidAmount' })
  }
  expect((await t.call('POST', `/api/jobs/attendance/${dayId}/pay`, { token: employer, body: { paidFen: 20_000 } })).status).toBe(200)
  await expectRefusal(await t.call('POST', `/api/jobs/attendance/${dayId}/pay`, { token: employer, body: { paidFen: 1 } }), 'conflict', 'jobs.payAlreadyStated')
  expect(await expectFieldErrors(await t.call('POST', `/api/jobs/attendance/${dayId}/pay-answer`, { token: later.token, body: { answer: 'maybe' } }))).toEqual({ 'body.answer': 'field.choose' })
  expect((await t.call('POST', `/api/jobs/attendance/${dayId}/pay-answer`, { token: later.token, body: { answer: 'confirmed' } })).status).toBe(200)
  await expectRefusal(await t.call('POST', `/api/jobs/attendance/${dayId}/pay-answer`, { token: later.token, body: { answer: 'disputed' } }), 'conflict', 'jobs.payAlreadyAnswered')
  // Confirmed pay is settled: no complaint about the day.
  await expectRefusal(await t.call('POST', `/api/jobs/attendance/${dayId}/wage-complaint`, { token: later.token, body: {} }), 'conflict', 'jobs.complaintNotYet')
})

test('ratings are 1 to 5 stars with at most 100 characters, and only after the work', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const zhao = await hired(t, 'worker-zhao', postId)
  const path = `/api/jobs/applications/${zhao.application.id}/employer-rating`
  await expectRefusal(await t.call('POST', path, { token: zhao.token, body: { stars: 5 } }), 'conflict', 'jobs.notWorkedForRating')
  await expectRefusal(await t.call('POST', `/api/jobs/applications/${zhao.application.id}/worker-rating`, { token: await tokenFor(t, 'employer-demo'), body: { stars: 5 } }), 'conflict', 'jobs.notWorkedForRating')
  for (const stars of [0, 6, 4.5, '5', null]) {
    expect(await expectFieldErrors(await t.call('POST', path, { token: zhao.token, body: { stars } }))).toEqual({ 'body.stars': 'jobs.stars' })
  }
  expect(await expectFieldErrors(await t.call('POST', path, { token: zhao.token, body: { stars: 3, comment: '好'.repeat(101) } }))).toEqual({ 'body.comment': 'jobs.commentTooLong' })
  expect(await expectFieldErrors(await t.call('POST', path, { token: zhao.token, body: { stars: 3, extra: 1 } }))).toEqual({ body: 'field.unknownKey' })
})

test('a complaint about a piece-rate day needs the amount owed, and an amount under one yuan is refused', async () => {
  const t = await createTestContext()
  const postId = await openPost(t, { ...sampleDayJob, pay: { amountFen: 150, unit: 'piece' } })
  const { token, dayId, application } = await workedADay(t, 'worker-zhao', postId)
  expect(application.days[0]).toMatchObject({ payDueFen: null })
  await t.call('POST', `/api/jobs/attendance/${dayId}/pay`, { token: await tokenFor(t, 'employer-demo'), body: { paidFen: 0 } })
  await t.call('POST', `/api/jobs/attendance/${dayId}/pay-answer`, { token, body: { answer: 'disputed' } })
  const path = `/api/jobs/attendance/${dayId}/wage-complaint`
  expect(await expectFieldErrors(await t.call('POST', path, { token, body: {} }))).toEqual({ 'body.amountOwedFen': 'jobs.amountOwedRequired' })
  expect(await expectFieldErrors(await t.call('POST', path, { token, body: { amountOwedFen: 99 } }))).toEqual({ 'body.amountOwedFen': 'jobs.amountOwed' })
  expect(await expectFieldErrors(await t.call('POST', path, { token, body: { note: '多'.repeat(201) } }))).toEqual({ 'body.note': 'field.tooLong' })
  expect((await t.call('POST', path, { token, body: { amountOwedFen: 18_000 } })).status).toBe(201)
})
