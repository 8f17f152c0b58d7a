import type { PaymentChannel, PaymentStatus, PayoutStatus } from './payment-channel'

const developmentPrefix = 'dev-pay:'

/** A channel that moves no money; its kind says so wherever it is handed around. */
export type DevelopmentPaymentChannel = PaymentChannel & { readonly kind: 'development' }

/**
 * FOR DEVELOPMENT ONLY (development mode and demos, where there is no merchant account): an
 * order is paid the moment it is made, and no money moves. Every result says
 * `development: true`, and its pay parameters carry no signature WeChat would accept, so the
 * client shows the payment as a development one and never opens WeChat's cashier. Orders live in
 * this process's memory; there are no notifications, so a payment is settled by asking
 * `queryOrder`.
 */
export function createDevelopmentPaymentChannel(options: { readonly appId?: string; readonly now?: () => number } = {}): DevelopmentPaymentChannel {
  const now = options.now ?? Date.now
  const orders = new Map<string, { readonly amountFen: number; refundedFen: number }>()
  const refunds = new Map<string, { readonly outTradeNo: string; readonly refundFen: number }>()
  const payouts = new Map<string, { readonly amountFen: number; readonly payeeOpenid: string }>()
  const payoutOf = (outBillNo: string): PayoutStatus => ({ outBillNo, transferBillNo: `${developmentPrefix}${outBillNo}`, state: 'SUCCESS', packageInfo: null, development: true })

  const statusOf = (outTradeNo: string, order: { readonly amountFen: number; readonly refundedFen: number }): PaymentStatus => ({
    outTradeNo,
    transactionId: `${developmentPrefix}${outTradeNo}`,
    tradeState: order.refundedFen > 0 ? 'REFUND' : 'SUCCESS',
    amountFen: order.amountFen,
    development: true,
  })

  return {
    kind: 'development',
    createOrder(order) {
      if (!Number.isSafeInteger(order.amountFen) || order.amountFen <= 0) {
        return Promise.resolve({ ok: false, error: 'rejected', code: 'invalid_request' })
      }
      const known = orders.get(order.outTradeNo)
      if (known && known.amountFen !== order.amountFen) return Promise.resolve({ ok: false, error: 'conflict', code: 'OUT_TRADE_NO_USED' })
      if (!known) orders.set(order.outTradeNo, { amountFen: order.amountFen, refundedFen: 0 })
      return Promise.resolve({
        ok: true,
        development: true,
        payParams: {
          appId: options.appId ?? 'development',
          timeStamp: String(Math.floor(now() / 1000)),
          nonceStr: 'development',
          package: `prepay_id=${developmentPrefix}${order.outTradeNo}`,
          signType: 'RSA',
          paySign: 'development',
        },
      })
    },
    queryOrder(outTradeNo) {
      const order = orders.get(outTradeNo)
      if (!order) return Promise.resolve({ ok: false, error: 'not_found', code: 'ORDER_NOT_EXIST' })
      return Promise.resolve({ ok: true, payment: statusOf(outTradeNo, order) })
    },
    refund(request) {
      const done = refunds.get(request.outRefundNo)
      if (done) {
        if (done.outTradeNo !== request.outTradeNo || done.refundFen !== request.refundFen) return Promise.resolve({ ok: false, error: 'conflict', code: 'INVALID_REQUEST' })
        return Promise.resolve({ ok: true, refund: { outRefundNo: request.outRefundNo, refundId: `${developmentPrefix}${request.outRefundNo}`, state: 'SUCCESS', refundFen: request.refundFen, development: true } })
      }
      const order = orders.get(request.outTradeNo)
      if (!order) return Promise.resolve({ ok: false, error: 'not_found', code: 'RESOURCE_NOT_EXISTS' })
      if (!Number.isSafeInteger(request.refundFen) || request.refundFen <= 0 || order.refundedFen + request.refundFen > order.amountFen || request.totalFen !== order.amountFen) {
        return Promise.resolve({ ok: false, error: 'rejected', code: 'INVALID_REQUEST' })
      }
      order.refundedFen += request.refundFen
      refunds.set(request.outRefundNo, { outTradeNo: request.outTradeNo, refundFen: request.refundFen })
      return Promise.resolve({ ok: true, refund: { outRefundNo: request.outRefundNo, refundId: `${developmentPrefix}${request.outRefundNo}`, state: 'SUCCESS', refundFen: request.refundFen, development: true } })
    },
    queryRefund(outRefundNo) {
      const done = refunds.get(outRefundNo)
      if (!done) return Promise.resolve({ ok: false, error: 'not_found', code: 'RESOURCE_NOT_EXISTS' })
      return Promise.resolve({ ok: true, refund: { outRefundNo, refundId: `${developmentPrefix}${outRefundNo}`, state: 'SUCCESS', refundFen: done.refundFen, development: true } })
    },
    // Its orders are paid the moment they are made: there is never one left to close.
    closeOrder(outTradeNo) {
      return Promise.resolve(orders.has(outTradeNo) ? { ok: false, error: 'already_paid', code: 'ORDERPAID' } : { ok: false, error: 'not_found', code: 'ORDER_NOT_EXIST' })
    },
    // Paid the moment it is asked, and no money moves; the same number is the same transfer. The
    // payee's name is taken and not kept: nothing here checks it against a WeChat account.
    payout(request) {
      if (!Number.isSafeInteger(request.amountFen) || request.amountFen <= 0 || !/^[0-9A-Za-z]{5,32}$/.test(request.outBillNo)) {
        return Promise.resolve({ ok: false, error: 'rejected', code: 'PARAM_ERROR' })
      }
      const known = payouts.get(request.outBillNo)
      if (known && (known.amountFen !== request.amountFen || known.payeeOpenid !== request.payeeOpenid)) return Promise.resolve({ ok: false, error: 'conflict', code: 'INVALID_REQUEST' })
      if (!known) payouts.set(request.outBillNo, { amountFen: request.amountFen, payeeOpenid: request.payeeOpenid })
      return Promise.resolve({ ok: true, payout: payoutOf(request.outBillNo) })
    },
    queryPayout(outBillNo) {
      if (!payouts.has(outBillNo)) return Promise.resolve({ ok: false, error: 'not_found', code: 'NOT_FOUND' })
      return Promise.resolve({ ok: true, payout: payoutOf(outBillNo) })
    },
    // Nothing posts notifications for it, of payments or of transfers (its payouts are paid the
    // moment they are asked): whatever arrives at a notify URL is not its own.
    verifyNotification: () => Promise.resolve({ ok: false, error: 'unknown_serial' }),
    verifyTransferNotification: () => Promise.resolve({ ok: false, error: 'unknown_serial' }),
    // No payout of its own ever waits for the payee.
    confirmationOf: () => null,
  }
}
