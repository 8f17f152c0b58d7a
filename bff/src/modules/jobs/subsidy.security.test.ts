import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { MySubsidy, SubsidyApplication, SubsidyReviewPage } from '@renshe/shared/jobs/subsidy'
import { users } from '../../db/schema'
import { createDevelopmentPaymentChannel } from '../../platform/payments/development-payment-channel'
import type { PaymentChannel } from '../../platform/payments/payment-channel'
import { merchant, startPayContext } from '../../platform/payments/wechat-pay-test-context'
import { auditRows, databaseDump, meOf, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { sampleEnrolment } from '../../testing/jobs-insurance-samples'
import { appliedForSubsidy, largeSubsidyEnrolment, paidFlexibleWorker, sampleSubsidyApproval } from '../../testing/jobs-subsidy-samples'
import { retrySubsidyPayouts } from './subsidy-service'

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
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token: zhang, idempotencyKey: 'subsidy-apply-0001' }), 'conflict')
})

test('applying when not eligible is refused: not enrolled, enrolled with nothing paid', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token, idempotencyKey: 'subsidy-not-enrolled' }), 'conflict')
  await t.call('PUT', '/api/jobs/insurance', { token, body: sampleEnrolment })
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token, idempotencyKey: 'subsidy-nothing-paid' }), 'conflict')
  expect(await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)).toMatchObject({ openMonths: [], canApply: false, applications: [] })
})

test('applying twice makes one application: a second tap waits for the first decision, two at once make one', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  const [a, b] = await Promise.all([
    t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token, idempotencyKey: 'subsidy-race-0001' }),
    t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token, idempotencyKey: 'subsidy-race-0002' }),
  ])
  expect([a.status, b.status].sort()).toEqual([201, 409])
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token, idempotencyKey: 'subsidy-race-0003' }), 'conflict')
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
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token: zhao, idempotencyKey: 'subsidy-after-approval' }), 'conflict')
  expect(mine.applications.map((row) => SubsidyApplication.parse(row).status)).toEqual(['approved'])
})

test('grid staff acting for a worker may look at the subsidy but not apply: the money and the statement are the worker’s', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  const applied = await t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token: staff, actingFor: grantId, idempotencyKey: 'subsidy-by-proxy' })
  expect([403]).toContain(applied.status)
})

/** Zhao's approved subsidy of 2,400 yuan, paid out through the fake WeChat Pay with the given Wechatpay-Serial, every server log line kept. */
async function largePayout(serial: string) {
  const pay = await startPayContext({
    fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...(init?.method === 'POST' ? { 'Wechatpay-Serial': serial } : {}) } }),
  })
  const development = createDevelopmentPaymentChannel()
  const channel: PaymentChannel = { ...development, kind: 'wechat', payout: (request) => pay.channel.payout(request), queryPayout: (outBillNo) => pay.channel.queryPayout(outBillNo) }
  const logLines: string[] = []
  const t = await createTestContext({ payments: channel, logLines })
  const zhao = await t.login('worker-zhao')
  const id = (await meOf(t, zhao)).id
  await t.deps.db.transaction((tx) => tx.update(users).set({ wechatOpenidEnc: t.deps.sealer.seal('o-worker-zhao') }).where(eq(users.id, id)))
  const token = await paidFlexibleWorker(t, 'subsidy-paid-period', largeSubsidyEnrolment)
  const application = SubsidyApplication.parse(await (await t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token, idempotencyKey: 'subsidy-apply-0001' })).json())
  await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: await t.login('officer-liu'), body: sampleSubsidyApproval })
  return { pay, t, token, logLines }
}

test('the worker’s real name, opened for a payout of 2,000 yuan or more that WeChat Pay refuses, is in no log line, no audit row, nowhere in the database in plain text', async () => {
  const { pay, t, token, logLines } = await largePayout('PUB_KEY_ID_0119000001092026112900000000000002')
  expect(pay.logLines).toEqual([{ event: 'payment_payout_failed', code: 'PARAM_ERROR' }])
  expect((await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)).applications[0]?.payout?.status).toBe('failed')
  expect(logLines.some((line) => line.includes('subsidy payout refused'))).toBe(true)
  for (const line of logLines) expect(line).not.toContain('赵强')
  expect((await auditRows(t)).map((row) => row.action)).toContain('jobs.subsidyPayoutFailed')
  expect(JSON.stringify(await auditRows(t))).not.toContain('赵强')
  expect(await databaseDump(t)).not.toContain('赵强')
})

test('the worker’s real name, sent sealed with a payout WeChat Pay makes, is in no log line, no audit row, nowhere in the database in plain text', async () => {
  const { pay, t, logLines } = await largePayout(merchant.platformPublicKeyId)
  const [[outBillNo, bill]] = [...pay.wechatPay.bills.entries()] as unknown as [[string, { userName: string | null }]]
  expect(bill.userName).toBe('赵强')
  pay.wechatPay.endTransfer(outBillNo, 'SUCCESS')
  expect(await retrySubsidyPayouts(t.deps)).toBe(1)
  for (const line of logLines) expect(line).not.toContain('赵强')
  expect((await auditRows(t)).map((row) => row.action)).toContain('jobs.subsidyPaidOut')
  expect(JSON.stringify(await auditRows(t))).not.toContain('赵强')
  expect(await databaseDump(t)).not.toContain('赵强')
})
