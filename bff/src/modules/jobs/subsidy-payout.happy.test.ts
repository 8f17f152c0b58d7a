import { beforeAll, expect, test, vi } from 'vitest'
import { MySubsidy, MySubsidyApplication } from '@renshe/shared/jobs/subsidy'
import { fakePayKeys } from '../../platform/payments/fake-wechat-pay'
import { merchant } from '../../platform/payments/wechat-pay-test-context'
import { auditRows } from '../../testing/flows'
import { expectOk } from '../../testing/http'
import { postTransferNotification, waitingPayout } from '../../testing/jobs-subsidy-payout'
import { retrySubsidyPayouts } from './subsidy-service'

// The fake's RSA keys take a moment to make: once, before the first test's clock starts.
beforeAll(() => void fakePayKeys(), 60_000)
// Each test pays a period, applies, approves and makes a transfer at the fake WeChat Pay first.
vi.setConfig({ testTimeout: 20_000 })

test('a payout waiting for her confirmation gives her what WeChat needs; after she confirms, her check finds it paid', async () => {
  const { pay, t, token, application, outBillNo } = await waitingPayout()
  expect(application.payout).toEqual({ status: 'pending', channel: 'wechat', paidAt: null })
  const mine = await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)
  const transferBillNo = pay.wechatPay.bills.get(outBillNo)?.transferBillNo ?? ''
  expect(mine.applications[0]?.confirmation).toEqual({ mchId: merchant.mchId, appId: merchant.appId, package: `fake-package-${transferBillNo}` })

  pay.wechatPay.endTransfer(outBillNo, 'SUCCESS')
  const checked = await expectOk(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/payout-check`, { token }), MySubsidyApplication)
  expect(checked).toMatchObject({ id: application.id, payout: { status: 'paid', channel: 'wechat', paidAt: t.clock.now().toISOString() }, confirmation: null })
  const after = await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)
  expect(after.applications[0]).toMatchObject({ payout: { status: 'paid' }, confirmation: null })
  await t.deps.audit.drain()
  const actions = (await auditRows(t)).map((row) => row.action)
  expect(actions.filter((action) => action === 'jobs.subsidyPaidOut')).toHaveLength(1)
  expect(actions).toContain('jobs.checkSubsidyPayout')
})

test('a check while the transfer still waits leaves it on its way, with the same confirmation', async () => {
  const { t, token, application } = await waitingPayout()
  const checked = await expectOk(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/payout-check`, { token }), MySubsidyApplication)
  expect(checked.payout?.status).toBe('pending')
  expect(checked.confirmation?.package).toMatch(/^fake-package-/)
})

test('the transfer is asked for with the portal’s transfer notify URL', async () => {
  const { pay, t, outBillNo } = await waitingPayout()
  expect(pay.wechatPay.bills.get(outBillNo)?.notifyUrl).toBe(`${t.deps.config.publicBaseUrl}/api/jobs/subsidy/payouts/notify`)
})

test('WeChat Pay’s signed notification ends the payout; a repeat of it, and the scheduled query after, change nothing', async () => {
  const { pay, t, token, outBillNo } = await waitingPayout()
  pay.wechatPay.endTransfer(outBillNo, 'SUCCESS')
  const notification = pay.wechatPay.transferNotificationFor(outBillNo)
  expect((await postTransferNotification(t, notification)).status).toBe(204)
  expect((await postTransferNotification(t, notification)).status).toBe(204)
  const asked = pay.wechatPay.received.length
  expect(await retrySubsidyPayouts(t.deps)).toBe(0)
  expect(pay.wechatPay.received.length).toBe(asked)
  const mine = await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)
  expect(mine.applications[0]).toMatchObject({ payout: { status: 'paid', channel: 'wechat' }, confirmation: null })
  await t.deps.audit.drain()
  const ended = (await auditRows(t)).filter((row) => row.action === 'jobs.subsidyPaidOut')
  expect(ended.map(({ actorUserId }) => actorUserId)).toEqual([null])
})

test('a notification racing the scheduled query and her own check ends the payout once', async () => {
  const { pay, t, token, application, outBillNo } = await waitingPayout()
  pay.wechatPay.endTransfer(outBillNo, 'SUCCESS')
  const [notified, , checked] = await Promise.all([
    postTransferNotification(t, pay.wechatPay.transferNotificationFor(outBillNo)),
    retrySubsidyPayouts(t.deps),
    t.call('POST', `/api/jobs/subsidy/applications/${application.id}/payout-check`, { token }),
  ])
  expect(notified.status).toBe(204)
  // Her check either ended it or found it ended already (409): either way it was ended once.
  expect([200, 409]).toContain(checked.status)
  await t.deps.audit.drain()
  expect((await auditRows(t)).filter((row) => row.action === 'jobs.subsidyPaidOut')).toHaveLength(1)
})

test('a transfer that failed or was cancelled is marked failed by its notification', async () => {
  for (const state of ['FAIL', 'CANCELLED'] as const) {
    const { pay, t, token, outBillNo } = await waitingPayout()
    pay.wechatPay.endTransfer(outBillNo, state)
    expect((await postTransferNotification(t, pay.wechatPay.transferNotificationFor(outBillNo))).status).toBe(204)
    const mine = await expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)
    expect(mine.applications[0]).toMatchObject({ payout: { status: 'failed', paidAt: null }, confirmation: null })
  }
})
