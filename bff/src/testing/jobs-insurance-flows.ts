import { eq } from 'drizzle-orm'
import { expect } from 'vitest'
import { FlexibleEnrolment, StartedPayment } from '@renshe/shared/jobs/insurance'
import { contributions, flexiblePayments, users } from '../db/schema'
import { startPayContext, type PayContext } from '../platform/payments/wechat-pay-test-context'
import type { PaymentChannel } from '../platform/payments/payment-channel'
import { meOf } from './flows'
import { createTestContext, type TestContext } from './harness'
import { expectOk } from './http'

/* What the tests of a payment's expiry, closing and refund share (tests only). */

export const quarterly = { baseFen: 600_000, period: 'quarter', medical: false } as const

/** Zhao, known to WeChat by an openid and enrolled quarterly, on a portal paying through the given channel (the fake WeChat Pay by default). */
export async function wechatWorker(options: { channel?: (pay: PayContext) => PaymentChannel; logLines?: string[] } = {}) {
  const pay = await startPayContext()
  const t = await createTestContext({ payments: options.channel ? options.channel(pay) : pay.channel, ...(options.logLines ? { logLines: options.logLines } : {}) })
  const token = await t.login('worker-zhao')
  const id = (await meOf(t, token)).id
  await t.deps.db.transaction((tx) => tx.update(users).set({ wechatOpenidEnc: t.deps.sealer.seal('o-worker-zhao') }).where(eq(users.id, id)))
  await expectOk(await t.call('PUT', '/api/jobs/insurance', { token, body: quarterly }), FlexibleEnrolment)
  /** Moves the portal's and WeChat Pay's clocks together. */
  const advance = (ms: number) => {
    t.clock.advance(ms)
    pay.clock.advance(ms)
  }
  return { pay, t, token, userId: id, advance }
}

export async function startPayment(t: TestContext, token: string, idempotencyKey: string) {
  return expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey }), StartedPayment, 201)
}

export async function paymentRow(t: TestContext, id: string) {
  const [row] = await t.deps.db.read((q) => q.select().from(flexiblePayments).where(eq(flexiblePayments.id, id)))
  if (!row) throw new Error(`no payment ${id}`)
  return row
}

/** A payment closed here (its months released) while WeChat Pay's order could still be paid, as when a close never arrived. */
export async function releasedHere(t: TestContext, id: string) {
  await t.deps.db.transaction((tx) => tx.update(flexiblePayments).set({ status: 'closed', holdsMonths: null }).where(eq(flexiblePayments.id, id)))
}

/** Months paid through this module (the seeded register has flexible months of its own, under another name). */
export async function flexibleMonths(t: TestContext): Promise<string[]> {
  const rows = await t.deps.db.read((q) => q.select({ month: contributions.month }).from(contributions).where(eq(contributions.employerName, '灵活就业人员个人缴费')))
  return rows.map((row) => row.month).sort()
}

/** Posts WeChat Pay's signed notification of the order to the notify URL; its status. */
export async function notify(t: TestContext, pay: PayContext, outTradeNo: string): Promise<number> {
  const notification = pay.wechatPay.notificationFor(outTradeNo)
  const answer = await t.call('POST', '/api/jobs/insurance/payments/notify', { body: notification.body, headers: { ...notification.headers, 'content-type': 'application/json' } })
  return answer.status
}

export function expectCalled(pay: PayContext, method: string, path: string, times: number) {
  expect(pay.wechatPay.received.filter((one) => one.method === method && one.path === path)).toHaveLength(times)
}
