import { expect, test } from 'vitest'
import { z } from 'zod'
import { Applicant, MyApplication } from '@renshe/shared/jobs/applications'
import { PostedJob } from '@renshe/shared/jobs/posts'
import { pageLink, pages } from '@renshe/shared/platform/pages'
import { CaseSummary } from '@renshe/shared/wages/schemas'
import { jobApplications } from '../../db/schema'
import { hours, minutes } from '../../platform/clock'
import { auditRows, seededGrantOf } from '../../testing/flows'
import { expectFieldErrors, expectOk } from '../../testing/http'
import { createTestContext } from '../../testing/harness'
import {
  applicantsOf,
  apply,
  applied,
  checkIn,
  checkOut,
  codeOf,
  decide,
  hired,
  inboxLinks,
  inboxTemplates,
  myApplications,
  openPost,
  sampleDayJob,
  withProfile,
  workedADay, tokenFor, ApplicantPage } from '../../testing/jobs-application-flows'
import { userIdOf } from '../../testing/wages-flows'

test('a seeker applies; the employer sees her masked until it invites her, then her name and phone, each read recorded about her', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { token, application } = await applied(t, 'worker-zhao', postId)
  expect(application).toMatchObject({ postId, postTitle: sampleDayJob.title, organisationName: '温州瓯江建设有限公司', kind: 'day', status: 'applied', days: [] })
  expect(application.history).toEqual([{ status: 'applied', at: t.clock.now().toISOString(), by: 'seeker', reason: null }])

  const [masked] = await applicantsOf(t, postId)
  expect(masked).toEqual({
    id: application.id,
    postId,
    status: 'applied',
    contactVisible: false,
    name: '赵*',
    phone: null,
    occupations: ['4-01-02-04', '4-01-02-03'],
    skills: ['pos_terminal', 'mandarin'],
    certificates: ['health_certificate'],
    distanceBand: 'within_3km',
    history: application.history,
    days: [],
    myRating: null,
    createdAt: application.createdAt,
  })
  await t.deps.audit.drain()
  expect((await auditRows(t)).filter((row) => row.action === 'jobs.readApplicantContact')).toEqual([])

  t.clock.advance(minutes(5))
  const invited = await decide(t, application.id, { decision: 'invite' })
  expect(invited).toMatchObject({ status: 'invited', contactVisible: true, name: '赵强', phone: '15057798765' })
  const [shown] = await applicantsOf(t, postId)
  expect(shown).toMatchObject({ name: '赵强', phone: '15057798765' })
  await t.deps.audit.drain()
  const reads = (await auditRows(t)).filter((row) => row.action === 'jobs.readApplicantContact')
  expect(reads.map((row) => [row.actorUserId, row.subjectUserId, row.objectId])).toEqual([[await userIdOf(t, 'employer-demo'), await userIdOf(t, 'worker-zhao'), application.id]])

  const [mine] = await myApplications(t, token)
  expect(mine?.status).toBe('invited')
  expect(mine?.history.map((step) => [step.status, step.by])).toEqual([
    ['applied', 'seeker'],
    ['invited', 'employer'],
  ])
  expect(await inboxTemplates(t, token)).toEqual(expect.arrayContaining(['jobs.applied', 'jobs.invited']))
  // Each opens her list of applications.
  expect(await inboxLinks(t, token)).toMatchObject({ 'jobs.applied': pages.myApplications, 'jobs.invited': pages.myApplications })
})

test('the seeker sees each step: hired, or declined with the employer’s reason, with a message each time', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const zhao = await hired(t, 'worker-zhao', postId)
  const zhang = await applied(t, 'citizen-zhang', postId)
  const declined = await decide(t, zhang.application.id, { decision: 'decline', reason: '本岗位需要连续两天到岗' })
  expect(declined.status).toBe('declined')
  // Declined before an invitation: still masked.
  expect(declined).toMatchObject({ contactVisible: false, name: '张*', phone: null })

  const [zhaos] = await myApplications(t, zhao.token)
  expect(zhaos?.history.map((step) => step.status)).toEqual(['applied', 'invited', 'hired'])
  const [zhangs] = await myApplications(t, zhang.token)
  expect(zhangs?.history.at(-1)).toMatchObject({ status: 'declined', by: 'employer', reason: '本岗位需要连续两天到岗' })
  expect(await inboxTemplates(t, zhao.token)).toEqual(expect.arrayContaining(['jobs.applied', 'jobs.invited', 'jobs.hired']))
  expect(await inboxTemplates(t, zhang.token)).toEqual(expect.arrayContaining(['jobs.applied', 'jobs.declined']))
})

test('grid staff apply for an older person under jobs.assist, and the act is in her access log as his', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const chen = await tokenFor(t, 'staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  await withProfile(t, chen, grantId)
  const application = await apply(t, chen, postId, { actingFor: grantId })
  expect(application.history).toEqual([{ status: 'applied', at: t.clock.now().toISOString(), by: 'grid_staff', reason: null }])
  expect((await myApplications(t, await tokenFor(t, 'elder-wang'))).map((item) => item.id)).toEqual([application.id])
  const row = (await auditRows(t)).find((candidate) => candidate.action === 'jobs.apply')
  expect(row).toMatchObject({ actorUserId: await userIdOf(t, 'staff-chen'), subjectUserId: await userIdOf(t, 'elder-wang'), viaGrantId: grantId })
  const log = await t.call('GET', '/api/me/access-log?limit=50', { token: await tokenFor(t, 'elder-wang') })
  expect(await log.text()).toContain('jobs.apply')
})

test('applying again with the same Idempotency-Key answers the first application and makes no second', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const token = await tokenFor(t, 'worker-zhao')
  await withProfile(t, token)
  const first = await t.call('POST', `/api/jobs/posts/${postId}/applications`, { token, idempotencyKey: 'apply-key-00000001' })
  const again = await t.call('POST', `/api/jobs/posts/${postId}/applications`, { token, idempotencyKey: 'apply-key-00000001' })
  const a = await expectOk(first, MyApplication, 201)
  const b = await expectOk(again, MyApplication, 201)
  expect(b.id).toBe(a.id)
  expect(again.headers.get('idempotent-replayed')).toBe('true')
  expect(await t.deps.db.read((q) => q.$count(jobApplications))).toBe(1)
})

test('concurrent hires never pass the headcount: of five invited, two are hired', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const ids: string[] = []
  for (const account of ['worker-zhao', 'citizen-zhang', 'elder-wang', 'retiree-sun', 'retiree-wu']) {
    const { application } = await applied(t, account, postId)
    await decide(t, application.id, { decision: 'invite' })
    ids.push(application.id)
  }
  const token = await tokenFor(t, 'employer-demo')
  const answers = await Promise.all(ids.map((id) => t.call('POST', `/api/jobs/applications/${id}/decision`, { token, body: { decision: 'hire' } })))
  expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 409, 409, 409])
  const statuses = (await applicantsOf(t, postId)).map((applicant) => applicant.status)
  expect(statuses.filter((status) => status === 'hired')).toHaveLength(sampleDayJob.headcount)
})

test('a day worked: check in and out with the rotating code, hours and pay counted, pay confirmed by both, each rates the other once', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const seeker = await hired(t, 'worker-zhao', postId)
  const { application } = seeker
  const inAt = t.clock.now().toISOString()
  const checkedIn = await checkIn(t, seeker.token, application.id, await codeOf(t, postId))
  expect(checkedIn.days).toEqual([expect.objectContaining({ workDate: '2026-11-29', checkInAt: inAt, checkInBy: 'code', checkOutAt: null })])

  t.clock.advance(hours(7) + minutes(30))
  const token = await tokenFor(t, 'worker-zhao')
  const out = await checkOut(t, token, application.id, await codeOf(t, postId))
  const [day] = out.days
  expect(day).toMatchObject({ minutesWorked: 450, payDueFen: 20_000, checkOutBy: 'code', paidFen: null, payDeadline: new Date(t.clock.now().getTime() + hours(24)).toISOString() })
  if (!day) throw new Error('no day')

  const stated = await expectOk(await t.call('POST', `/api/jobs/attendance/${day.id}/pay`, { token: await tokenFor(t, 'employer-demo'), body: { paidFen: 20_000 } }), Applicant)
  expect(stated.days[0]).toMatchObject({ paidFen: 20_000, paidStatedAt: t.clock.now().toISOString() })
  expect(await inboxTemplates(t, token)).toContain('jobs.payStated')
  const confirmed = await expectOk(await t.call('POST', `/api/jobs/attendance/${day.id}/pay-answer`, { token, body: { answer: 'confirmed' } }), MyApplication)
  expect(confirmed.days[0]).toMatchObject({ payAnswer: 'confirmed' })

  const rated = await expectOk(await t.call('POST', `/api/jobs/applications/${application.id}/employer-rating`, { token, body: { stars: 5, comment: '按时结算，很守信用' } }), MyApplication)
  expect(rated.myRating).toMatchObject({ stars: 5, comment: '按时结算，很守信用' })
  const ratedBack = await expectOk(
    await t.call('POST', `/api/jobs/applications/${application.id}/worker-rating`, { token: await tokenFor(t, 'employer-demo'), body: { stars: 4 } }),
    Applicant,
  )
  expect(ratedBack.myRating).toMatchObject({ stars: 4, comment: null })
  const [mine] = await myApplications(t, token)
  expect(mine).toMatchObject({ myRating: { stars: 5 }, ratingOfMe: { stars: 4 } })
})

test('a day paid by the hour earns its minutes: 7 h 30 min at 25 yuan is 187.50 yuan', async () => {
  const t = await createTestContext()
  const postId = await openPost(t, { ...sampleDayJob, pay: { amountFen: 2_500, unit: 'hour' } })
  const { application } = await workedADay(t, 'worker-zhao', postId, 7.5)
  expect(application.days[0]).toMatchObject({ minutesWorked: 450, payDueFen: 18_750 })
})

test('the employer confirms attendance for a worker who cannot type the code', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { application } = await hired(t, 'elder-wang', postId)
  const inAt = await expectOk(await t.call('POST', `/api/jobs/applications/${application.id}/attendance`, { token: await tokenFor(t, 'employer-demo'), body: { action: 'check_in' } }), Applicant)
  expect(inAt.days[0]).toMatchObject({ checkInBy: 'employer' })
  t.clock.advance(hours(8))
  const employer = await tokenFor(t, 'employer-demo')
  const token = await tokenFor(t, 'elder-wang')
  const outAt = await expectOk(await t.call('POST', `/api/jobs/applications/${application.id}/attendance`, { token: employer, body: { action: 'check_out' } }), Applicant)
  expect(outAt.days[0]).toMatchObject({ checkOutBy: 'employer', minutesWorked: 480, payDueFen: 20_000 })
  expect((await myApplications(t, token))[0]?.days[0]).toMatchObject({ checkOutBy: 'employer' })
})

test('a day job closed to new applicants keeps its hired workers’ days: the code still shows and they still check in', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { token, application } = await hired(t, 'worker-zhao', postId)
  await expectOk(await t.call('POST', `/api/jobs/posts/${postId}/close`, { token: await tokenFor(t, 'employer-demo') }), PostedJob)
  const day = await checkIn(t, token, application.id, await codeOf(t, postId))
  expect(day.days).toHaveLength(1)
})

test('the employer lists only the applicants of one status when it asks: its hired workers, however many applied', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { application } = await hired(t, 'worker-zhao', postId)
  await applied(t, 'elder-wang', postId)
  const employer = await tokenFor(t, 'employer-demo')
  const hiredOnly = await expectOk(await t.call('GET', `/api/jobs/posts/${postId}/applicants?status=hired`, { token: employer }), ApplicantPage)
  expect(hiredOnly.items.map((item) => item.id)).toEqual([application.id])
  expect((await expectOk(await t.call('GET', `/api/jobs/posts/${postId}/applicants`, { token: employer }), ApplicantPage)).items).toHaveLength(2)
  expect(await expectFieldErrors(await t.call('GET', `/api/jobs/posts/${postId}/applicants?status=fired`, { token: employer }))).toEqual({ 'query.status': 'field.choose' })
})

const Cases = z.object({ cases: z.array(CaseSummary) })

test('a disputed day opens the wages module’s own complaint, prefilled from the job and linked to the day, once', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { token, dayId } = await workedADay(t, 'worker-zhao', postId)
  await t.call('POST', `/api/jobs/attendance/${dayId}/pay`, { token: await tokenFor(t, 'employer-demo'), body: { paidFen: 8_000 } })
  await t.call('POST', `/api/jobs/attendance/${dayId}/pay-answer`, { token, body: { answer: 'disputed' } })
  // The employer hears of it, with the day's page to settle it on.
  expect((await inboxLinks(t, await tokenFor(t, 'employer-demo')))['jobs.payDisputed']).toBe(pageLink('dayWork', { id: postId }))

  const before = (await expectOk(await t.call('GET', '/api/wages/complaints', { token }), Cases)).cases.length
  const opened = await expectOk(await t.call('POST', `/api/jobs/attendance/${dayId}/wage-complaint`, { token, body: { note: '说好日结 200 元' } }), MyApplication, 201)
  const complaint = opened.days[0]?.complaint
  expect(complaint?.caseNumber).toMatch(/^AX-330302-2026-\d{6}$/)
  const { cases } = await expectOk(await t.call('GET', '/api/wages/complaints', { token }), Cases)
  expect(cases).toHaveLength(before + 1)
  expect(cases.find((item) => item.id === complaint?.caseId)).toMatchObject({ employerName: '温州瓯江建设有限公司', amountFen: 12_000, status: 'submitted', siteName: sampleDayJob.place.community })
  const detail = await (await t.call('GET', `/api/wages/complaints/${complaint?.caseId}`, { token })).json()
  expect(detail).toMatchObject({ employer: { name: '温州瓯江建设有限公司', known: true }, wages: { fromMonth: '2026-11', toMonth: '2026-11', payUnit: 'day', amountFen: 12_000 } })
  expect(JSON.stringify(detail)).toContain('2026-11-29')

  // Sent again: the same case, no second one.
  const again = await expectOk(await t.call('POST', `/api/jobs/attendance/${dayId}/wage-complaint`, { token, body: {} }), MyApplication, 201)
  expect(again.days[0]?.complaint).toEqual(complaint)
  expect((await expectOk(await t.call('GET', '/api/wages/complaints', { token }), Cases)).cases).toHaveLength(before + 1)
})

test('an employer that states no pay by the deadline can be complained of, for the whole day’s pay', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { token: first, dayId } = await workedADay(t, 'worker-zhao', postId)
  const early = await t.call('POST', `/api/jobs/attendance/${dayId}/wage-complaint`, { token: first, body: {} })
  expect(early.status).toBe(409)
  t.clock.advance(hours(24) + minutes(1))
  const token = await tokenFor(t, 'worker-zhao')
  const opened = await expectOk(await t.call('POST', `/api/jobs/attendance/${dayId}/wage-complaint`, { token, body: {} }), MyApplication, 201)
  expect(opened.days[0]?.complaint).not.toBeNull()
  const { cases } = await expectOk(await t.call('GET', '/api/wages/complaints', { token }), Cases)
  expect(cases.find((item) => item.id === opened.days[0]?.complaint?.caseId)).toMatchObject({ amountFen: 20_000 })
})
