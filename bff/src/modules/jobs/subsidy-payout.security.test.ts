import { generateKeyPairSync } from 'node:crypto'
import { beforeAll, expect, test, vi } from 'vitest'
import { MySubsidy, SubsidyReviewPage } from '@renshe/shared/jobs/subsidy'
import { fakePayKeys } from '../../platform/payments/fake-wechat-pay'
import { merchant } from '../../platform/payments/wechat-pay-test-context'
import { minutes } from '../../platform/clock'
import { auditRows, seededGrantOf } from '../../testing/flows'
import { expectOk, expectProblem } from '../../testing/http'
import { postTransferNotification, waitingPayout } from '../../testing/jobs-subsidy-payout'

beforeAll(() => void fakePayKeys(), 60_000)
// Each test pays a period, applies, approves and makes a transfer at the fake WeChat Pay first.
vi.setConfig({ testTimeout: 20_000 })

async function payoutStatusOf(t: Awaited<ReturnType<typeof waitingPayout>>['t'], token: string) {
  return (await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)).applications[0]?.payout?.status
}

test('another person cannot check her payout, nor learn it exists; an officer cannot check it at all', async () => {
  const { t, application } = await waitingPayout()
  const zhang = await t.login('citizen-zhang')
  await expectProblem(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/payout-check`, { token: zhang }), 'not_found')
  const liu = await t.login('officer-liu')
  await expectProblem(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/payout-check`, { token: liu }), 'forbidden')
  await t.deps.audit.drain()
  expect((await auditRows(t)).filter((row) => row.action === 'jobs.checkSubsidyPayout')).toEqual([])
})

test('what confirms the receipt goes to her alone: not to the officer’s review, not to grid staff acting for her', async () => {
  const { t, application } = await waitingPayout()
  const liu = await t.login('officer-liu')
  const review = await t.call('GET', '/api/jobs/subsidy/applications?status=approved', { token: liu })
  const text = await review.clone().text()
  expect((await expectOk(review, SubsidyReviewPage)).items.map((item) => item.id)).toEqual([application.id])
  expect(text).not.toContain('fake-package-')
  expect(text).not.toContain(merchant.mchId)

  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  const theirs = await t.call('GET', '/api/jobs/subsidy', { token: staff, actingFor: grantId })
  expect(await theirs.text()).not.toContain('fake-package-')
})

test('a forged, re-keyed, old, foreign or undecryptable transfer notification is refused and ends nothing', async () => {
  const { pay, t, token, outBillNo } = await waitingPayout()
  pay.wechatPay.endTransfer(outBillNo, 'SUCCESS')
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
  const refused = [
    pay.wechatPay.transferNotificationFor(outBillNo, { signWith: stranger }),
    pay.wechatPay.transferNotificationFor(outBillNo, { serial: 'PUB_KEY_ID_SOMEONE_ELSE' }),
    pay.wechatPay.transferNotificationFor(outBillNo, { at: Math.floor(pay.clock.now() / 1000) - 600 }),
    pay.wechatPay.transferNotificationFor(outBillNo, { mchid: '1900000999' }),
    pay.wechatPay.transferNotificationFor(outBillNo, { apiV3Key: 'Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2d' }),
  ]
  for (const notification of refused) expect((await postTransferNotification(t, notification)).status).toBe(401)
  // The body changed after signing (another bill number spliced in) no longer matches its signature.
  const genuine = pay.wechatPay.transferNotificationFor(outBillNo)
  expect((await postTransferNotification(t, { headers: genuine.headers, body: genuine.body.replace('"id":"', '"id":"x') })).status).toBe(401)
  expect(await payoutStatusOf(t, token)).toBe('pending')
})

test('a genuine notification played again more than five minutes later is refused as stale', async () => {
  const { pay, t, token, outBillNo } = await waitingPayout()
  pay.wechatPay.endTransfer(outBillNo, 'FAIL')
  const captured = pay.wechatPay.transferNotificationFor(outBillNo)
  pay.clock.advance(minutes(6))
  expect((await postTransferNotification(t, captured)).status).toBe(401)
  expect(await payoutStatusOf(t, token)).toBe('pending')
})

test('a signed notification naming a bill number the portal never made settles nothing, and a payment notification is not a transfer one', async () => {
  const { pay, t, token, outBillNo } = await waitingPayout()
  pay.wechatPay.endTransfer(outBillNo, 'SUCCESS')
  const unknown = await postTransferNotification(t, pay.wechatPay.transferNotificationFor(outBillNo, { outBillNo: 'FS000000000000000000UNKNOWN' }))
  expect(unknown.status).toBe(404)
  expect(await payoutStatusOf(t, token)).toBe('pending')
  // A transfer's notification posted to the payments' notify URL opens, but is no payment.
  const crossed = await t.call('POST', '/api/jobs/insurance/payments/notify', {
    body: pay.wechatPay.transferNotificationFor(outBillNo).body,
    headers: { ...pay.wechatPay.transferNotificationFor(outBillNo).headers, 'content-type': 'application/json' },
  })
  expect(crossed.status).toBe(401)
})
