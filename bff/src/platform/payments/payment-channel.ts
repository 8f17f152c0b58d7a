/**
 * How the portal takes a payment from a person (a flexible worker's pension contribution) and
 * gives it back. Money is always integer fen. `outTradeNo` is ours and names one order for
 * good: asking for an order again under the same number gives the same order, never a second
 * one. WeChat Pay's client (`wechat-pay-channel.ts`) is the real one; the development channel
 * moves no money and says so in every result (`development: true`), for the client to show.
 */
export interface PaymentChannel {
  readonly kind: 'wechat' | 'development'
  /** Opens (or finds again, by `outTradeNo`) an order the payer then pays in WeChat with `payParams`. */
  createOrder(order: PaymentOrder): Promise<OrderResult>
  /** Where an order stands now: asked of the channel, so a lost notification does not leave a paid order looking unpaid. */
  queryOrder(outTradeNo: string): Promise<QueryResult>
  /** Gives back `refundFen` of a paid order; `outRefundNo` names the refund for good, as `outTradeNo` names the order. */
  refund(request: RefundRequest): Promise<RefundResult>
  /** Where a refund stands now, by our number: `PROCESSING` becomes `SUCCESS`, `CLOSED` or `ABNORMAL` later. */
  queryRefund(outRefundNo: string): Promise<RefundResult>
  /** Closes an order that was not paid, so it can no longer be paid; a paid one answers `already_paid`. */
  closeOrder(outTradeNo: string): Promise<CloseResult>
  /**
   * Checks that a notification posted to our notify URL comes from the channel (signature by
   * the channel's key, the key we know, sent within the last five minutes) and opens it. Only a
   * verified notification says anything about a payment.
   */
  verifyNotification(notification: IncomingNotification): Promise<NotificationResult>
  /**
   * Pays money out to a person's WeChat balance (a subsidy). `outBillNo` is ours and names the
   * transfer for good: asked again under the same number, the channel answers the same transfer,
   * so a retry never pays twice.
   */
  payout(request: PayoutRequest): Promise<PayoutResult>
  /** Where a transfer stands now, by our number. */
  queryPayout(outBillNo: string): Promise<PayoutResult>
  /**
   * Checks a transfer's notification (a transfer ended) exactly as `verifyNotification` checks a
   * payment's — signature, key, freshness, decryption, merchant — and opens it. Only a verified
   * notification says anything about a payout.
   */
  verifyTransferNotification(notification: IncomingNotification): Promise<TransferNotificationResult>
  /**
   * What the payee's mini-program hands to `wx.requestMerchantTransfer` to confirm a transfer
   * waiting for her (`WAIT_USER_CONFIRM`), from the transfer's `packageInfo`; null when the channel
   * has no such confirmation (the development channel pays at once).
   */
  confirmationOf(packageInfo: string): PayeeConfirmation | null
}

export interface PaymentOrder {
  /** Ours: 6–32 of `[0-9A-Za-z_|*-]`, unique for the merchant (WeChat Pay's rule). */
  readonly outTradeNo: string
  /** Shown in the payer's WeChat bill; at most 127 characters. */
  readonly description: string
  readonly amountFen: number
  /** The payer's openid in the app the merchant is bound to (JSAPI / mini-program payment). */
  readonly payerOpenid: string
  /** Where the channel posts the payment's notification; https in production. */
  readonly notifyUrl: string
  /** After this instant the order can no longer be paid (`time_expire`); the channel's default when absent. */
  readonly expiresAt?: Date
}

/** The parameters of `wx.requestPayment` (mini-program) or `getBrandWCPayRequest` (JSAPI), signed by us. */
export interface JsapiPayParams {
  readonly appId: string
  readonly timeStamp: string
  readonly nonceStr: string
  /** `prepay_id=…` */
  readonly package: string
  readonly signType: 'RSA'
  readonly paySign: string
}

/** WeChat Pay's `trade_state`. Only `SUCCESS` is money received. */
export type TradeState = 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR'

export interface PaymentStatus {
  readonly outTradeNo: string
  /** The channel's own number for the payment; null until there is one. */
  readonly transactionId: string | null
  readonly tradeState: TradeState
  /** What the order is for, in fen; null only where the channel did not say (an order not yet paid). */
  readonly amountFen: number | null
  /** True: no money moved (the development channel). */
  readonly development: boolean
}

/**
 * Why the channel did not do what was asked. `unavailable`: it could not be asked or its answer
 * could not be trusted (network, timeout, 5xx, 429, an unsigned or badly signed answer): the same
 * call may be made again. `rejected`: it refused the request as made (parameters, our
 * credentials, no permission). `already_paid`: the order is paid and cannot be ordered again.
 * `conflict`: the number is taken by an order with other contents. `not_found`: no such order or
 * refund. `code` is the channel's error code, for the log; never anything of the payer.
 */
export type PaymentFailure =
  | { readonly ok: false; readonly error: 'unavailable'; readonly code: string }
  | { readonly ok: false; readonly error: 'rejected' | 'already_paid' | 'conflict' | 'not_found'; readonly code: string }

export type OrderResult = { readonly ok: true; readonly payParams: JsapiPayParams; readonly development: boolean } | PaymentFailure

export type QueryResult = { readonly ok: true; readonly payment: PaymentStatus } | PaymentFailure

export interface RefundRequest {
  readonly outTradeNo: string
  /** Ours: names the refund; a refund asked again under the same number is the same refund. */
  readonly outRefundNo: string
  readonly refundFen: number
  /** What the order was for, in fen (WeChat Pay checks it against the order). */
  readonly totalFen: number
  /** Shown to the payer; at most 80 characters. */
  readonly reason?: string
}

/** WeChat Pay's refund `status`: `PROCESSING` becomes `SUCCESS`, `CLOSED` or `ABNORMAL` later. */
export type RefundState = 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL'

export interface RefundStatus {
  readonly outRefundNo: string
  readonly refundId: string
  readonly state: RefundState
  readonly refundFen: number
  readonly development: boolean
}

export type RefundResult = { readonly ok: true; readonly refund: RefundStatus } | PaymentFailure

export type CloseResult = { readonly ok: true; readonly development: boolean } | PaymentFailure

/** A notification as it reached our notify URL: its headers (any case) and its body exactly as received. */
export interface IncomingNotification {
  readonly headers: { get(name: string): string | null }
  readonly body: string
}

/**
 * Why a notification was not believed. `malformed`: headers or body missing or not in the
 * channel's format; `unknown_serial`: signed with a key we do not hold; `bad_signature`: the
 * signature does not match (forged, or the body, timestamp or nonce changed); `stale`: sent
 * more than five minutes from now (an old notification played again); `undecryptable`: the
 * resource does not open with our APIv3 key; `not_ours`: for another merchant or app.
 */
export type NotificationRefusal = 'malformed' | 'unknown_serial' | 'bad_signature' | 'stale' | 'undecryptable' | 'not_ours'

export type NotificationResult =
  | {
      readonly ok: true
      /** The channel's id of the notification; the same payment may be notified more than once. */
      readonly notificationId: string
      readonly eventType: string
      readonly payment: PaymentStatus
    }
  | { readonly ok: false; readonly error: NotificationRefusal }

/** How far a signed answer or notification may be from our clock (WeChat Pay's SDKs use five minutes). */
export const signatureFreshnessSeconds = 5 * 60

export interface PayoutRequest {
  /** Ours: 5–32 letters and digits (WeChat Pay's rule for `out_bill_no`), unique for the merchant. */
  readonly outBillNo: string
  readonly amountFen: number
  /** The payee's openid in the app the merchant is bound to. */
  readonly payeeOpenid: string
  /** Shown to the payee when the money arrives; at most 32 characters. */
  readonly remark: string
  /**
   * The payee's real name as bound to their account, opened only to be handed here; null when
   * none is bound. WeChat Pay checks it against the payee's WeChat and needs it from
   * `payeeNameRequiredFromFen`. A channel never logs it, keeps it, or puts it in an error.
   */
  readonly payeeName: string | null
  /** Where the channel posts the transfer's notification when it ends; https in production. */
  readonly notifyUrl: string
}

/** 2,000 yuan: from this amount WeChat Pay refuses a transfer without the payee's real name (`user_name`). */
export const payeeNameRequiredFromFen = 200_000

/**
 * WeChat Pay's transfer `state`. `SUCCESS` is money in the payee's balance; `FAIL` and
 * `CANCELLED` are final and paid nothing; the others are on their way (`WAIT_USER_CONFIRM`: the
 * payee confirms the receipt in WeChat, with `packageInfo`).
 */
export type PayoutState = 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED'

export interface PayoutStatus {
  readonly outBillNo: string
  /** The channel's own number for the transfer. */
  readonly transferBillNo: string
  readonly state: PayoutState
  /** What `wx.requestMerchantTransfer` needs while the payee has to confirm; null otherwise. */
  readonly packageInfo: string | null
  /** True: no money moved (the development channel). */
  readonly development: boolean
}

export type PayoutResult = { readonly ok: true; readonly payout: PayoutStatus } | PaymentFailure

/** A transfer's state says whether it has ended, and how. */
export function payoutEnded(state: PayoutState): 'paid' | 'failed' | null {
  if (state === 'SUCCESS') return 'paid'
  if (state === 'FAIL' || state === 'CANCELLED') return 'failed'
  return null
}

export type TransferNotificationResult =
  | {
      readonly ok: true
      /** The channel's id of the notification; the same transfer may be notified more than once. */
      readonly notificationId: string
      readonly eventType: string
      readonly payout: PayoutStatus
    }
  | { readonly ok: false; readonly error: NotificationRefusal }

/** The parameters of `wx.requestMerchantTransfer` (商家转账, user confirmation mode). */
export interface PayeeConfirmation {
  readonly mchId: string
  readonly appId: string
  /** The transfer's `package_info`. */
  readonly package: string
}
