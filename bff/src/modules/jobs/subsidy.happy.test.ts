import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { Page } from '@renshe/shared/platform/primitives'
import { InboxMessage } from '@renshe/shared/inbox/schemas'
import { JobsRegionStats } from '@renshe/shared/jobs/region'
import { MySubsidy, SubsidyApplication, SubsidyReviewItem, SubsidyReviewPage } from '@renshe/shared/jobs/subsidy'
import { flexiblePayments, users } from '../../db/schema'
import { days } from '../../platform/clock'
import { createDevelopmentPaymentChannel } from '../../platform/payments/development-payment-channel'
import type { PaymentChannel } from '../../platform/payments/payment-channel'
import { startPayContext } from '../../platform/payments/wechat-pay-test-context'
import { auditRows, meOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { largeSubsidyEnrolment, paidFlexibleWorker, sampleSubsidyApproval } from '../../testing/jobs-subsidy-samples'
import { loadConfig } from '../../config'
import { portalJobs } from '../../serve'
import { offerSubsidyOnce, retrySubsidyPayouts, subsidyPayoutsJob } from './subsidy-service'

// Zhao Qiang enrols in November 2026 on a base of 6,000 yuan, quarterly: the first payment
// covers November and December, 1,200 yuan each; two thirds of 2,400 yuan is 1,600 yuan.

async function inboxOf(t: TestContext, token: string) {
  return (await expectOk(await t.call('GET', '/api/inbox/messages', { token }), Page(InboxMessage))).items
}

async function apply(t: TestContext, token: string, key = 'subsidy-apply-happy-01') {
  return expectOk(await t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token, idempotencyKey: key }), SubsidyApplication, 201)
}

test('a paid period brings one inbox offer with a button that applies; a later payment sends no second one', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  const offers = (await inboxOf(t, token)).filter((message) => message.template === 'jobs.subsidyOffered')
  expect(offers).toEqual([
    expect.objectContaining({ params: { paidFen: 160_000 }, link: '/features/jobs/pages/subsidy/index', action: { kind: 'apply_subsidy', targetId: expect.any(String) as string, done: false } }),
  ])

  // Another paid payment settling later finds the person offered already.
  const [payment] = await t.deps.db.read((q) => q.select().from(flexiblePayments))
  if (!payment) throw new Error('no payment')
  await t.deps.db.transaction((tx) => offerSubsidyOnce(tx, t.deps, { requestId: 'test', actorUserId: null, subjectUserId: payment.userId, viaGrantId: null }, payment, t.clock.now()))
  expect((await inboxOf(t, token)).filter((message) => message.template === 'jobs.subsidyOffered')).toHaveLength(1)
})

test('the worker applies with one tap, sees it waiting, and the inbox button is done', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  const before = await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)
  // Zhao's card is of a bank that is not the portal's partner: none that money can be paid onto.
  expect(before).toMatchObject({ upToFen: 160_000, canApply: true, applications: [], channel: 'development', cardNumberMasked: null })

  const application = await apply(t, token)
  expect(application).toEqual({
    id: expect.any(String) as string,
    months: [
      { month: '2026-11', paidFen: 120_000 },
      { month: '2026-12', paidFen: 120_000 },
    ],
    paidFen: 240_000,
    status: 'pending',
    appliedAt: t.clock.now().toISOString(),
    decidedAt: null,
    declineReason: null,
    ruleId: null,
    subsidisedMonths: [],
    amountFen: null,
    payTo: 'wechat',
    payout: null,
  })
  const after = await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)
  expect(after).toMatchObject({ openMonths: [], upToFen: 0, canApply: false, applications: [application] })
  const offer = (await inboxOf(t, token)).find((message) => message.template === 'jobs.subsidyOffered')
  expect(offer?.action?.done).toBe(true)
  // A retry of the same tap is the same application.
  expect(await apply(t, token)).toEqual(application)
})

test('an officer of the region sees the application masked, approves it on the facts confirmed, and the subsidy is paid out: two thirds, to the fen', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  const application = await apply(t, token)
  const officer = await t.login('officer-liu')
  const page = await expectOk(await t.call('GET', '/api/jobs/subsidy/applications', { token: officer }), SubsidyReviewPage)
  expect(page.items).toEqual([{ ...application, applicantName: '赵*', idNumberMasked: '511321********4572', regionCode: '330302', enrolledSince: '2026-11', applicantIsWoman: false }])

  t.clock.advance(days(1))
  const next = await t.login('officer-liu')
  const decided = await expectOk(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: next, body: sampleSubsidyApproval }), SubsidyReviewItem)
  expect(decided).toMatchObject({
    status: 'approved',
    decidedAt: t.clock.now().toISOString(),
    ruleId: 'employment_difficulty',
    subsidisedMonths: ['2026-11', '2026-12'],
    amountFen: 160_000,
    payout: { status: 'paid', channel: 'development', paidAt: t.clock.now().toISOString() },
  })
  const zhao = await t.login('worker-zhao')
  const mine = await expectOk(await t.call('GET', '/api/jobs/subsidy', { token: zhao }), MySubsidy)
  expect(mine.applications[0]).toMatchObject({ status: 'approved', amountFen: 160_000, payout: { status: 'paid' } })
  expect((await inboxOf(t, zhao)).find((message) => message.template === 'jobs.subsidyApproved')?.params).toEqual({ paidFen: 160_000 })
  expect((await expectOk(await t.call('GET', '/api/jobs/subsidy/applications?status=approved', { token: next }), SubsidyReviewPage)).items).toHaveLength(1)
  const actions = (await auditRows(t)).map((row) => row.action)
  expect(actions).toEqual(expect.arrayContaining(['jobs.offerSubsidy', 'jobs.applySubsidy', 'jobs.decideSubsidy', 'jobs.subsidyPaidOut', 'jobs.listSubsidyApplications']))
})

test('a graduate within two years is approved under the graduates’ rule; a decline gives the reason and frees the months for a new application', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  const officer = await t.login('officer-liu')
  const first = await apply(t, token, 'subsidy-graduate-01')
  const declined = await expectOk(
    await t.call('POST', `/api/jobs/subsidy/applications/${first.id}/decision`, { token: officer, body: { decision: 'decline', reason: '未提供毕业证书' } }),
    SubsidyReviewItem,
  )
  expect(declined).toMatchObject({ status: 'declined', declineReason: '未提供毕业证书', amountFen: null, payout: null })
  const second = await apply(t, token, 'subsidy-graduate-02')
  expect(second.paidFen).toBe(240_000)
  const approved = await expectOk(
    await t.call('POST', `/api/jobs/subsidy/applications/${second.id}/decision`, { token: officer, body: { decision: 'approve', employmentDifficulty: false, graduateYear: 2025 } }),
    SubsidyReviewItem,
  )
  expect(approved).toMatchObject({ ruleId: 'recent_graduate', amountFen: 160_000 })
})

/** Orders through the development channel; payouts through the fake WeChat Pay, as the real client makes them. */
async function wechatPayouts(enrolment?: { baseFen: number }) {
  const pay = await startPayContext()
  const development = createDevelopmentPaymentChannel()
  const channel: PaymentChannel = { ...development, kind: 'wechat', payout: (request) => pay.channel.payout(request), queryPayout: (outBillNo) => pay.channel.queryPayout(outBillNo) }
  const t = await createTestContext({ payments: channel })
  const token = await t.login('worker-zhao')
  const id = (await meOf(t, token)).id
  await t.deps.db.transaction((tx) => tx.update(users).set({ wechatOpenidEnc: t.deps.sealer.seal('o-worker-zhao') }).where(eq(users.id, id)))
  return { pay, t, token: await paidFlexibleWorker(t, 'subsidy-paid-period', enrolment) }
}

test('through WeChat Pay, a payout WeChat Pay could not take is retried by the scheduled job under the same number, and paid once', async () => {
  const { pay, t, token } = await wechatPayouts()
  const application = await apply(t, token)
  const officer = await t.login('officer-liu')
  pay.wechatPay.setTrouble('serverError')
  const decided = await expectOk(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: officer, body: sampleSubsidyApproval }), SubsidyReviewItem)
  expect(decided.payout).toEqual({ status: 'pending', channel: 'wechat', paidAt: null })
  expect(pay.wechatPay.bills.size).toBe(0)

  pay.wechatPay.setTrouble(null)
  expect(await retrySubsidyPayouts(t.deps)).toBe(0)
  const [[outBillNo, bill]] = [...pay.wechatPay.bills.entries()] as unknown as [[string, { amount: number; openid: string; state: string }]]
  expect(bill).toMatchObject({ amount: 160_000, openid: 'o-worker-zhao', state: 'WAIT_USER_CONFIRM' })
  expect(outBillNo).toMatch(/^FS[0-9A-Z]{24}$/)

  // The worker confirms the receipt in WeChat; the next run finds it paid.
  pay.wechatPay.endTransfer(outBillNo, 'SUCCESS')
  expect(await retrySubsidyPayouts(t.deps)).toBe(1)
  expect(await retrySubsidyPayouts(t.deps)).toBe(0)
  expect(pay.wechatPay.bills.size).toBe(1)
  const mine = await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)
  expect(mine.applications[0]?.payout).toEqual({ status: 'paid', channel: 'wechat', paidAt: t.clock.now().toISOString() })
})

test('a subsidy of 2,000 yuan or more goes out through WeChat Pay with the worker’s bound real name, sealed, and WeChat Pay takes it', async () => {
  const { pay, t, token } = await wechatPayouts(largeSubsidyEnrolment)
  const application = await apply(t, token)
  const officer = await t.login('officer-liu')
  const decided = await expectOk(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: officer, body: sampleSubsidyApproval }), SubsidyReviewItem)
  expect(decided).toMatchObject({ amountFen: 240_000, payout: { status: 'pending', channel: 'wechat' } })
  const [bill] = [...pay.wechatPay.bills.values()]
  expect(bill).toMatchObject({ amount: 240_000, openid: 'o-worker-zhao', userName: '赵强', state: 'WAIT_USER_CONFIRM' })
  expect(bill?.userNameSealed).not.toContain('赵强')
})

test('a transfer WeChat Pay ends as failed is marked failed, not tried again', async () => {
  const { pay, t, token } = await wechatPayouts()
  const application = await apply(t, token)
  const officer = await t.login('officer-liu')
  await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: officer, body: sampleSubsidyApproval })
  const [outBillNo] = [...pay.wechatPay.bills.keys()]
  pay.wechatPay.endTransfer(outBillNo ?? '', 'FAIL')
  expect(await retrySubsidyPayouts(t.deps)).toBe(1)
  const mine = await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)
  expect(mine.applications[0]?.payout?.status).toBe('failed')
  const requests = pay.wechatPay.received.length
  expect(await retrySubsidyPayouts(t.deps)).toBe(0)
  expect(pay.wechatPay.received.length).toBe(requests)
})

test('the region view counts the region’s subsidies in SQL: waiting, approved, declined, and what was paid out', async () => {
  const t = await createTestContext()
  const token = await paidFlexibleWorker(t)
  const officer = await t.login('officer-liu')
  const first = await apply(t, token, 'subsidy-region-0001')
  await t.call('POST', `/api/jobs/subsidy/applications/${first.id}/decision`, { token: officer, body: { decision: 'decline', reason: '材料不全' } })
  const second = await apply(t, token, 'subsidy-region-0002')
  await t.call('POST', `/api/jobs/subsidy/applications/${second.id}/decision`, { token: officer, body: sampleSubsidyApproval })
  const stats = await expectOk(await t.call('GET', '/api/jobs/region/stats', { token: officer }), JobsRegionStats)
  expect(stats).toMatchObject({ flexibleEnrolments: 1, subsidies: { pending: 0, approved: 1, declined: 1, paidOut: 1, paidOutFen: 160_000 } })
  const ouhai = await expectOk(await t.call('GET', '/api/jobs/region/stats', { token: await t.login('officer-huang') }), JobsRegionStats)
  expect(ouhai.subsidies).toEqual({ pending: 0, approved: 0, declined: 0, paidOut: 0, paidOutFen: 0 })
})

test('the payout retry runs as one of the server’s scheduled jobs, once per period with the jobs-match interval', () => {
  const loaded = loadConfig({})
  if (!loaded.ok) throw new Error(loaded.message)
  expect(portalJobs(loaded.config).find((job) => job.name === subsidyPayoutsJob)).toMatchObject({ seconds: loaded.config.jobsMatchIntervalSeconds, run: retrySubsidyPayouts })
})
