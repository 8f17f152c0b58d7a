import { eq } from 'drizzle-orm'
import { SubsidyApplication, SubsidyReviewItem } from '@renshe/shared/jobs/subsidy'
import { users } from '../db/schema'
import { createDevelopmentPaymentChannel } from '../platform/payments/development-payment-channel'
import type { PaymentChannel } from '../platform/payments/payment-channel'
import { startPayContext, type PayContext } from '../platform/payments/wechat-pay-test-context'
import { meOf } from './flows'
import { createTestContext, type TestContext } from './harness'
import { expectOk } from './http'
import { paidFlexibleWorker, sampleSubsidyApproval } from './jobs-subsidy-samples'

export interface WaitingPayout {
  readonly pay: PayContext
  readonly t: TestContext
  /** Zhao's session. */
  readonly token: string
  readonly application: SubsidyReviewItem
  /** The transfer's number at WeChat Pay's fake. */
  readonly outBillNo: string
}

/**
 * Zhao (known to WeChat by openid) paid a period through the development channel, applied, and an
 * officer of Lucheng approved: the fake WeChat Pay holds the transfer, waiting for her confirmation.
 */
export async function waitingPayout(): Promise<WaitingPayout> {
  const pay = await startPayContext()
  const development = createDevelopmentPaymentChannel()
  const channel: PaymentChannel = {
    ...development,
    kind: 'wechat',
    payout: (request) => pay.channel.payout(request),
    queryPayout: (outBillNo) => pay.channel.queryPayout(outBillNo),
    verifyTransferNotification: (notification) => pay.channel.verifyTransferNotification(notification),
    confirmationOf: (packageInfo) => pay.channel.confirmationOf(packageInfo),
  }
  const t = await createTestContext({ payments: channel })
  const token = await t.login('worker-zhao')
  const id = (await meOf(t, token)).id
  await t.deps.db.transaction((tx) => tx.update(users).set({ wechatOpenidEnc: t.deps.sealer.seal('o-worker-zhao') }).where(eq(users.id, id)))
  await paidFlexibleWorker(t)
  const applied = SubsidyApplication.parse(await (await t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token, idempotencyKey: 'subsidy-payout-0001' })).json())
  const officer = await t.login('officer-liu')
  const application = await expectOk(await t.call('POST', `/api/jobs/subsidy/applications/${applied.id}/decision`, { token: officer, body: sampleSubsidyApproval }), SubsidyReviewItem)
  const [outBillNo] = [...pay.wechatPay.bills.keys()]
  if (!outBillNo) throw new Error('no transfer reached WeChat Pay')
  return { pay, t, token, application, outBillNo }
}

/** Posts a notification to the transfer notify URL as WeChat Pay would. */
export function postTransferNotification(t: TestContext, notification: { readonly headers: Record<string, string>; readonly body: string }) {
  return t.call('POST', '/api/jobs/subsidy/payouts/notify', { body: notification.body, headers: { ...notification.headers, 'content-type': 'application/json' } })
}
