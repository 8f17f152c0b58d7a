import { expect, test } from 'vitest'
import { MySubsidy, SubsidyApplication, SubsidyReviewPage } from '@renshe/shared/jobs/subsidy'
import { seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { sampleEnrolment } from '../../testing/jobs-insurance-samples'
import { appliedForSubsidy, paidFlexibleWorker, sampleSubsidyApproval } from '../../testing/jobs-subsidy-samples'

test('an officer of another region neither sees nor decides the application; it does not exist for them', async () => {
  const t = await createTestContext()
  const application = await appliedForSubsidy(t)
  const huang = await t.login('officer-huang')
  expect((await expectOk(await t.call('GET', '/api/jobs/subsidy/applications', { token: huang }), SubsidyReviewPage)).items).toEqual([])
  await expectProblem(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: huang, body: sampleSubsidyApproval }), 'not_found')
  const liu = await t.login('officer-liu')
  expect((await expectOk(await t.call('GET', '/api/jobs/subsidy/applications', { token: liu }), SubsidyReviewPage)).items.map((item) => item.id)).toEqual([application.id])
})

test('a citizen cannot decide, even their own application, nor read the officers’ list', async () => {
  const t = await createTestContext()
  const application = await appliedForSubsidy(t)
  const zhao = await t.login('worker-zhao')
  await expectProblem(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: zhao, body: sampleSubsidyApproval }), 'forbidden')
  await expectProblem(await t.call('GET', '/api/jobs/subsidy/applications', { token: zhao }), 'forbidden')
})

test('another person sees nothing of the application, and a replayed key of theirs does not reveal it', async () => {
  const t = await createTestContext()
  await appliedForSubsidy(t)
  const zhang = await t.login('citizen-zhang')
  expect(await expectOk(await t.call('GET', '/api/jobs/subsidy', { token: zhang }), MySubsidy)).toMatchObject({ enrolled: false, openMonths: [], applications: [] })
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications', { token: zhang, idempotencyKey: 'subsidy-apply-0001' }), 'conflict')
})

test('applying when not eligible is refused: not enrolled, enrolled with nothing paid', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications', { token, idempotencyKey: 'subsidy-not-enrolled' }), 'conflict')
  await t.call('PUT', '/api/jobs/insurance', { token, body: sampleEnrolment })
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications', { token, idempotencyKey: 'subsidy-nothing-paid' }), 'conflict')
  expect(await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)).toMatchObject({ openMonths: [], canApply: false, applications: [] })
})

test('applying twice makes one application: a second tap waits for the first decision, two at once make one', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  const [a, b] = await Promise.all([
    t.call('POST', '/api/jobs/subsidy/applications', { token, idempotencyKey: 'subsidy-race-0001' }),
    t.call('POST', '/api/jobs/subsidy/applications', { token, idempotencyKey: 'subsidy-race-0002' }),
  ])
  expect([a.status, b.status].sort()).toEqual([201, 409])
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications', { token, idempotencyKey: 'subsidy-race-0003' }), 'conflict')
  expect((await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)).applications).toHaveLength(1)
})

test('a second decision is refused with 409 and changes nothing; approved months are never subsidised again', async () => {
  const t = await createTestContext()
  const application = await appliedForSubsidy(t)
  const liu = await t.login('officer-liu')
  const decide = (body: unknown) => t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: liu, body })
  expect((await decide(sampleSubsidyApproval)).status).toBe(200)
  await expectProblem(await decide(sampleSubsidyApproval), 'conflict')
  await expectProblem(await decide({ decision: 'decline', reason: '重复' }), 'conflict')
  const zhao = await t.login('worker-zhao')
  const mine = await expectOk(await t.call('GET', '/api/jobs/subsidy', { token: zhao }), MySubsidy)
  expect(mine).toMatchObject({ openMonths: [], canApply: false })
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications', { token: zhao, idempotencyKey: 'subsidy-after-approval' }), 'conflict')
  expect(mine.applications.map((row) => SubsidyApplication.parse(row).status)).toEqual(['approved'])
})

test('grid staff acting for a worker may look at the subsidy but not apply: the money and the statement are the worker’s', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  const applied = await t.call('POST', '/api/jobs/subsidy/applications', { token: staff, actingFor: grantId, idempotencyKey: 'subsidy-by-proxy' })
  expect([403]).toContain(applied.status)
})
