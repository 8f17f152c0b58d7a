import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { FlexibleEnrolment, MyFlexibleInsurance, StartedPayment } from '@renshe/shared/jobs/insurance'
import { flexiblePayments, users } from '../../db/schema'
import { createDevelopmentPaymentChannel } from '../../platform/payments/development-payment-channel'
import type { PaymentChannel } from '../../platform/payments/payment-channel'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'

const quarterly = { baseFen: 600_000, period: 'quarter', medical: false } as const

test('a base outside this year’s limits is refused on its field, in the worker’s language, and nothing is enrolled', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  expect(await expectFieldErrors(await t.call('PUT', '/api/jobs/insurance', { token, body: { ...quarterly, baseFen: 479_999 } }))).toEqual({
    'body.baseFen': 'contributionBase.belowMinimum',
  })
  const above = await t.call('PUT', '/api/jobs/insurance', { token, body: { ...quarterly, baseFen: 2_400_001 }, headers: { 'accept-language': 'en' } })
  const problem = await expectProblem(above, 'validation_failed', { locale: 'en' })
  expect(problem.errors).toEqual([expect.objectContaining({ path: 'body.baseFen', key: 'contributionBase.aboveMaximum', message: expect.stringMatching(/maximum/) })])
  // Both limits themselves are allowed.
  await expectOk(await t.call('PUT', '/api/jobs/insurance', { token, body: { ...quarterly, baseFen: 480_000 } }), FlexibleEnrolment)
  await expectOk(await t.call('PUT', '/api/jobs/insurance', { token, body: { ...quarterly, baseFen: 2_400_000 } }), FlexibleEnrolment)
})

test('junk is refused field by field: a period that does not exist, a base that is not whole fen, an unknown key, no body', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  const errors = await expectFieldErrors(await t.call('PUT', '/api/jobs/insurance', { token, body: { baseFen: 600_000.5, period: 'weekly', medical: 'yes', extra: 1 } }))
  expect(Object.keys(errors).sort()).toEqual(['body', 'body.baseFen', 'body.medical', 'body.period'])
  await expectProblem(await t.call('PUT', '/api/jobs/insurance', { token, body: 'not json', headers: { 'content-type': 'application/json' } }), 'malformed_json')
  const insurance = await expectOk(await t.call('GET', '/api/jobs/insurance', { token }), MyFlexibleInsurance)
  expect(insurance.enrolment).toBeNull()
})

test('paying before enrolling, or again once the period is paid, is refused and starts nothing', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  await expectProblem(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-before-enrol-01' }), 'conflict')
  await expectOk(await t.call('PUT', '/api/jobs/insurance', { token, body: quarterly }), FlexibleEnrolment)
  await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-2026-q4-err-01' }), StartedPayment, 201)
  await expectProblem(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-2026-q4-err-02' }), 'conflict')
  expect(await t.deps.db.read((q) => q.select().from(flexiblePayments))).toHaveLength(1)
})

test('a citizen without a real name is sent to verify it first', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  await expectProblem(await t.call('GET', '/api/jobs/insurance', { token }), 'real_name_required')
  await expectProblem(await t.call('PUT', '/api/jobs/insurance', { token, body: quarterly }), 'real_name_required')
})

test('a payment that does not exist is not found; a notification that is not the channel’s is refused and settles nothing', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  await expectProblem(await t.call('GET', '/api/jobs/insurance/payments/no-such-payment', { token }), 'not_found')
  const forged = await t.call('POST', '/api/jobs/insurance/payments/notify', {
    body: { id: 'n1', event_type: 'TRANSACTION.SUCCESS', resource: { ciphertext: 'x' } },
    headers: { 'wechatpay-signature': 'forged', 'wechatpay-serial': 'unknown', 'wechatpay-timestamp': '1', 'wechatpay-nonce': 'n' },
  })
  expect(forged.status).toBe(401)
  expect(await forged.json()).toEqual({ code: 'FAIL', message: 'unauthenticated' })
  const huge = await t.call('POST', '/api/jobs/insurance/payments/notify', { body: 'x'.repeat(20_000), headers: { 'content-type': 'text/plain' } })
  expect(huge.status).toBe(413)
  // Streamed with no length announced, it is cut off once past the limit, not read to its end first.
  let sent = 0
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += 4096
      controller.enqueue(new Uint8Array(4096).fill(120))
      if (sent > 1024 * 1024) controller.close()
    },
  })
  const streamed = await t.app.request('/api/jobs/insurance/payments/notify', { method: 'POST', body: endless, headers: { 'content-type': 'text/plain' }, duplex: 'half' })
  expect(streamed.status).toBe(413)
  expect(sent).toBeLessThan(1024 * 1024)
})

test('a pending payment the channel will no longer take is closed and its months released; an unreachable channel keeps it pending', async () => {
  const development = createDevelopmentPaymentChannel()
  let refuse: 'rejected' | 'unavailable' | null = null
  const channel: PaymentChannel = {
    kind: 'wechat',
    createOrder: (order) => (refuse ? Promise.resolve({ ok: false, error: refuse, code: refuse === 'rejected' ? 'ORDER_CLOSED' : 'network' }) : development.createOrder(order).then((made) => (made.ok ? { ...made, development: false } : made))),
    queryOrder: () => Promise.resolve({ ok: false, error: 'unavailable', code: 'network' }),
    refund: (request) => development.refund(request),
    queryRefund: (outRefundNo) => development.queryRefund(outRefundNo),
    closeOrder: (outTradeNo) => development.closeOrder(outTradeNo),
    payout: (request) => development.payout(request),
    queryPayout: (outBillNo) => development.queryPayout(outBillNo),
    verifyNotification: (notification) => development.verifyNotification(notification),
    verifyTransferNotification: (notification) => development.verifyTransferNotification(notification),
    confirmationOf: (packageInfo) => development.confirmationOf(packageInfo),
  }
  const t = await createTestContext({ payments: channel })
  const token = await t.login('worker-zhao')
  const id = (await expectOk(await t.call('GET', '/api/me', { token }), z.object({ id: z.string() }))).id
  await t.deps.db.transaction((tx) => tx.update(users).set({ wechatOpenidEnc: t.deps.sealer.seal('o-worker-zhao') }).where(eq(users.id, id)))
  await expectOk(await t.call('PUT', '/api/jobs/insurance', { token, body: quarterly }), FlexibleEnrolment)
  const first = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-pending-0001' }), StartedPayment, 201)
  expect(first.payment.status).toBe('pending')

  refuse = 'unavailable'
  await expectProblem(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-pending-0002' }), 'partner_unavailable')
  expect((await t.deps.db.read((q) => q.select().from(flexiblePayments))).map((row) => row.status)).toEqual(['pending'])

  refuse = 'rejected'
  await expectProblem(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-pending-0003' }), 'partner_unavailable')
  refuse = null
  const again = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'pay-pending-0004' }), StartedPayment, 201)
  expect(again.payment.id).not.toBe(first.payment.id)
  expect(again.payment.months).toEqual(first.payment.months)
  const rows = await t.deps.db.read((q) => q.select().from(flexiblePayments))
  expect(rows.map((row) => [row.id === first.payment.id ? 'first' : 'again', row.status, row.holdsMonths]).sort()).toEqual([
    ['again', 'pending', true],
    ['first', 'closed', null],
  ])
})
