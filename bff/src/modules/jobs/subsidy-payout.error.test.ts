import { beforeAll, expect, test, vi } from 'vitest'
import { MySubsidyApplication } from '@renshe/shared/jobs/subsidy'
import { fakePayKeys } from '../../platform/payments/fake-wechat-pay'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { appliedForSubsidy, sampleSubsidyApproval } from '../../testing/jobs-subsidy-samples'
import { postTransferNotification, waitingPayout } from '../../testing/jobs-subsidy-payout'

beforeAll(() => void fakePayKeys(), 60_000)
// Each test pays a period, applies, approves and makes a transfer at the fake WeChat Pay first.
vi.setConfig({ testTimeout: 20_000 })

test('checking a payout that is not on its way is refused: not yet decided, already paid, or no such application', async () => {
  const t = await createTestContext()
  const application = await appliedForSubsidy(t)
  const token = await t.login('worker-zhao')
  const check = () => t.call('POST', `/api/jobs/subsidy/applications/${application.id}/payout-check`, { token })
  await expectProblem(await check(), 'conflict')
  // The development channel pays at once: nothing is left waiting.
  await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: await t.login('officer-liu'), body: sampleSubsidyApproval })
  await expectProblem(await check(), 'conflict')
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications/zzzzzzzzzzzzzzzzzzzzzzzzzz/payout-check', { token }), 'not_found')
})

test('a check while WeChat Pay cannot be reached leaves the payout on its way, for the scheduled query', async () => {
  const { pay, t, token, application } = await waitingPayout()
  pay.wechatPay.setTrouble('serverError')
  const checked = await expectOk(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/payout-check`, { token }), MySubsidyApplication)
  expect(checked.payout?.status).toBe('pending')
})

test('a notification of a transfer not yet ended changes nothing; one too large or not JSON is refused', async () => {
  const { pay, t, token, outBillNo } = await waitingPayout()
  expect((await postTransferNotification(t, pay.wechatPay.transferNotificationFor(outBillNo))).status).toBe(204)
  const mine = await t.call('GET', '/api/jobs/subsidy', { token })
  expect(((await mine.json()) as { applications: { payout: { status: string } }[] }).applications[0]?.payout.status).toBe('pending')
  const huge = await t.call('POST', '/api/jobs/subsidy/payouts/notify', { body: 'x'.repeat(20_000), headers: { 'content-type': 'text/plain' } })
  expect(huge.status).toBe(413)
  const bare = await t.call('POST', '/api/jobs/subsidy/payouts/notify', { body: '{}', headers: { 'content-type': 'application/json' } })
  expect(bare.status).toBe(401)
  expect(await bare.json()).toEqual({ code: 'FAIL', message: 'unauthenticated' })
})
