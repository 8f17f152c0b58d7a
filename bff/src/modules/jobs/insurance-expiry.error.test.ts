import { expect, test } from 'vitest'
import { FlexiblePayment } from '@renshe/shared/jobs/insurance'
import { minutes } from '../../platform/clock'
import type { RefundResult, RefundState } from '../../platform/payments/payment-channel'
import { auditRows } from '../../testing/flows'
import { expectOk, expectProblem } from '../../testing/http'
import { followFlexiblePayments } from './insurance-jobs'
import { expectCalled, notify, paymentRow, releasedHere, startPayment, wechatWorker } from '../../testing/jobs-insurance-flows'

test('an expired order WeChat Pay cannot be reached to close stays pending: a new start is refused and opens no second order; once reachable, the scheduled work closes it', async () => {
  const { pay, t, token, advance } = await wechatWorker()
  const started = await startPayment(t, token, 'expiry-error-0001')
  advance(minutes(31))
  pay.wechatPay.setTrouble('serverError')
  const later = await t.login('worker-zhao')
  await expectProblem(await t.call('POST', '/api/jobs/insurance/payments', { token: later, idempotencyKey: 'expiry-error-0002' }), 'partner_unavailable')
  expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 0, refundsEnded: 0 })
  expect(await paymentRow(t, started.payment.id)).toMatchObject({ status: 'pending', holdsMonths: true })
  expect(pay.wechatPay.orders.size).toBe(1)
  pay.wechatPay.setTrouble(null)
  expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 1, refundsEnded: 0 })
  expect(await paymentRow(t, started.payment.id)).toMatchObject({ status: 'closed', holdsMonths: null })
})

/** The fake WeChat Pay, with refunds answered as the test says. */
function refundsAnswered(answer: () => RefundResult | null) {
  return wechatWorker({
    channel: (pay) => ({
      ...pay.channel,
      refund: (request) => {
        const given = answer()
        return given ? Promise.resolve(given) : pay.channel.refund(request)
      },
      queryRefund: (outRefundNo) => {
        const given = answer()
        return given ? Promise.resolve(given) : pay.channel.queryRefund(outRefundNo)
      },
    }),
    logLines: [],
  })
}

const refundOf = (state: RefundState): RefundResult => ({ ok: true, refund: { outRefundNo: 'set-by-test', refundId: '5000000001', state, refundFen: 240_000, development: false } })

for (const state of ['ABNORMAL', 'CLOSED'] as const) {
  test(`a refund WeChat Pay ends as ${state} is left for an officer: the row says so, the log has the code and nothing of the payer, and it is not asked again`, async () => {
    let answer: RefundResult | null = null
    const logLines: string[] = []
    const { pay, t, token } = await wechatWorker({
      logLines,
      channel: (context) => ({
        ...context.channel,
        refund: (request) => context.channel.refund(request),
        queryRefund: (outRefundNo) => (answer ? Promise.resolve(answer) : context.channel.queryRefund(outRefundNo)),
      }),
    })
    const started = await startPayment(t, token, `expiry-error-${state}`)
    const { outTradeNo } = await paymentRow(t, started.payment.id)
    await releasedHere(t, started.payment.id)
    pay.wechatPay.pay(outTradeNo)
    expect(await notify(t, pay, outTradeNo)).toBe(204)
    answer = refundOf(state)
    expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 0, refundsEnded: 1 })
    const expected = state === 'ABNORMAL' ? 'abnormal' : 'closed'
    expect(await paymentRow(t, started.payment.id)).toMatchObject({ refundStatus: expected, refundedAt: null })
    expect((await expectOk(await t.call('GET', `/api/jobs/insurance/payments/${started.payment.id}`, { token }), FlexiblePayment)).refund).toBe(expected)
    const officer = logLines.filter((line) => line.includes('a payment refund needs an officer'))
    expect(officer).toHaveLength(1)
    expect(officer[0]).toContain(`refund_${state}`)
    for (const line of logLines) expect(line).not.toMatch(/o-worker-zhao|赵强|511321/)
    expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 0, refundsEnded: 0 })
    await t.deps.audit.drain()
    expect((await auditRows(t)).filter((row) => row.action === 'jobs.flexiblePaymentRefundFailed')).toHaveLength(1)
  })
}

test('a refund whose first ask never reached WeChat Pay stays on its way; the scheduled work finds it unknown and asks again under the same number', async () => {
  let down = true
  const { pay, t, token } = await refundsAnswered(() => (down ? { ok: false, error: 'unavailable', code: 'network' } : null))
  const started = await startPayment(t, token, 'expiry-error-0003')
  const { outTradeNo } = await paymentRow(t, started.payment.id)
  await releasedHere(t, started.payment.id)
  pay.wechatPay.pay(outTradeNo)
  expect(await notify(t, pay, outTradeNo)).toBe(204)
  expect(await paymentRow(t, started.payment.id)).toMatchObject({ refundStatus: 'processing', outRefundNo: `RF${outTradeNo}` })
  expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 0, refundsEnded: 0 })
  down = false
  expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 0, refundsEnded: 0 })
  expectCalled(pay, 'POST', '/v3/refund/domestic/refunds', 1)
  expect(pay.wechatPay.orders.get(outTradeNo)?.refunded).toBe(240_000)
  pay.wechatPay.finishRefund(`RF${outTradeNo}`)
  expect(await followFlexiblePayments(t.deps)).toEqual({ ended: 0, refundsEnded: 1 })
  expect((await paymentRow(t, started.payment.id)).refundStatus).toBe('refunded')
})

test('a refund WeChat Pay refuses as asked is left for an officer at once, with its code', async () => {
  const { pay, t, token } = await refundsAnswered(() => ({ ok: false, error: 'rejected', code: 'INVALID_REQUEST' }))
  const started = await startPayment(t, token, 'expiry-error-0004')
  const { outTradeNo } = await paymentRow(t, started.payment.id)
  await releasedHere(t, started.payment.id)
  pay.wechatPay.pay(outTradeNo)
  expect(await notify(t, pay, outTradeNo)).toBe(204)
  expect(await paymentRow(t, started.payment.id)).toMatchObject({ refundStatus: 'abnormal' })
})
