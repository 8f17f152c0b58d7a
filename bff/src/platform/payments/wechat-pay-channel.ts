import type { KeyObject } from 'node:crypto'
import { z } from 'zod'
import type { Logger } from '../logger'
import { systemRandom, type Random } from '../random'
import {
  payeeNameRequiredFromFen,
  signatureFreshnessSeconds,
  type IncomingNotification,
  type NotificationResult,
  type OrderResult,
  type NotificationRefusal,
  type PaymentChannel,
  type PaymentFailure,
  type CloseResult,
  type PaymentStatus,
  type PayoutRequest,
  type PayoutResult,
  type QueryResult,
  type RefundResult,
  type TransferNotificationResult,
} from './payment-channel'
import { authorizationOf, openResource, sealSensitive, signLines, verifyLines } from './wechat-pay-signing'

export interface WechatPayOptions {
  /** https://api.mch.weixin.qq.com in production. */
  readonly apiBase: string
  /** 商户号 */
  readonly mchId: string
  /** The app the payer pays in (bound to `mchId` in the merchant platform). */
  readonly appId: string
  /** The serial number of the merchant API certificate whose private key signs our requests. */
  readonly merchantSerial: string
  readonly merchantPrivateKey: KeyObject
  /** The APIv3 key (32 characters): opens the resources of notifications. */
  readonly apiV3Key: string
  /**
   * WeChat Pay's public key ("微信支付公钥") and its id (`PUB_KEY_ID_…`), which `Wechatpay-Serial`
   * must name: it verifies every answer and notification, and seals the sensitive fields we send
   * (a transfer's `user_name`).
   */
  readonly platformPublicKey: KeyObject
  readonly platformPublicKeyId: string
  /**
   * The transfer scene (转账场景ID) the merchant platform granted for paying people out, and
   * what the scene asks to be reported with each transfer; without a scene no payout is made.
   */
  readonly transferSceneId?: string
  readonly transferReportInfos?: readonly { readonly infoType: string; readonly infoContent: string }[]
  readonly timeoutMs?: number
  readonly fetch?: typeof fetch
  /** Milliseconds since the epoch: request timestamps and the freshness of what WeChat Pay signs. */
  readonly now?: () => number
  readonly random?: Random
  /** Failures are logged by code only. */
  readonly logger?: Logger
}

const OutTradeNo = z.string().regex(/^[0-9A-Za-z_|*-]{6,32}$/)
const Fen = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

const OrderInput = z.object({
  outTradeNo: OutTradeNo,
  description: z.string().min(1).max(127),
  amountFen: Fen,
  payerOpenid: z.string().min(1).max(128),
  notifyUrl: z.url().max(255),
  expiresAt: z.date().optional(),
})

const RefundInput = z.object({
  outTradeNo: OutTradeNo,
  outRefundNo: z.string().regex(/^[0-9A-Za-z_|*@-]{1,64}$/),
  refundFen: Fen,
  totalFen: Fen,
  reason: z.string().min(1).max(80).optional(),
})

const TradeStateSchema = z.enum(['SUCCESS', 'REFUND', 'NOTPAY', 'CLOSED', 'REVOKED', 'USERPAYING', 'PAYERROR'])

/** A transaction as the query answers it and as a payment notification's resource holds it. */
const Transaction = z.object({
  appid: z.string().optional(),
  mchid: z.string().optional(),
  out_trade_no: z.string().min(1),
  transaction_id: z.string().min(1).optional(),
  trade_state: TradeStateSchema,
  amount: z.object({ total: z.number().int().nonnegative() }).optional(),
})

const PrepayAnswer = z.object({ prepay_id: z.string().min(1).max(64) })

const RefundAnswer = z.object({
  refund_id: z.string().min(1),
  out_refund_no: z.string().min(1),
  status: z.enum(['SUCCESS', 'CLOSED', 'PROCESSING', 'ABNORMAL']),
  amount: z.object({ refund: z.number().int().nonnegative() }),
})

const OutBillNo = z.string().regex(/^[0-9A-Za-z]{5,32}$/)

const PayoutInput = z.object({
  outBillNo: OutBillNo,
  amountFen: Fen,
  payeeOpenid: z.string().min(1).max(128),
  remark: z.string().min(1).max(32),
  payeeName: z.string().nullable(),
  notifyUrl: z.url().max(256),
})

const PayoutStateSchema = z.enum(['ACCEPTED', 'PROCESSING', 'WAIT_USER_CONFIRM', 'TRANSFERING', 'SUCCESS', 'FAIL', 'CANCELING', 'CANCELLED'])

/** A transfer as `POST /v3/fund-app/mch-transfer/transfer-bills` and its query by `out_bill_no` answer it. */
const TransferBill = z.object({
  out_bill_no: z.string().min(1),
  transfer_bill_no: z.string().min(1),
  state: PayoutStateSchema,
  package_info: z.string().optional(),
})

/**
 * A transfer as the resource of `MCHTRANSFER.BILL.FINISHED` holds it (商家转账回调通知): `mchid`,
 * `out_bill_no`, `transfer_bill_no`, `state`, `transfer_amount`, `openid`, `fail_reason`, times.
 * WeChat Pay's example carries no `appid`; when one is there it must be ours too.
 */
const TransferResource = z.object({
  mchid: z.string().min(1),
  appid: z.string().optional(),
  out_bill_no: z.string().min(1),
  transfer_bill_no: z.string().min(1),
  state: PayoutStateSchema,
})

const ErrorAnswer = z.object({ code: z.string().min(1).max(64) })

const Notification = z.object({
  id: z.string().min(1),
  event_type: z.string().min(1),
  resource_type: z.literal('encrypt-resource'),
  resource: z.object({
    algorithm: z.literal('AEAD_AES_256_GCM'),
    ciphertext: z.string().min(1),
    associated_data: z.string().optional(),
    nonce: z.string().min(1),
  }),
})

type Answer = { readonly ok: true; readonly payload: unknown } | PaymentFailure

/** Error codes WeChat Pay documents as "the same call may be made again". */
const retryableCodes = new Set(['SYSTEM_ERROR', 'SYSTEMERROR', 'FREQUENCY_LIMITED', 'RATELIMIT_EXCEED', 'BANKERROR'])

/** `time_expire` as WeChat Pay writes it: RFC 3339 in China time, to the second (`2026-11-29T10:15:00+08:00`). */
export function chinaTimeOf(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`
}

function failureOf(status: number, code: string | null): PaymentFailure {
  if (code === 'ORDERPAID') return { ok: false, error: 'already_paid', code }
  if (code === 'OUT_TRADE_NO_USED') return { ok: false, error: 'conflict', code }
  if (status === 404 || code === 'ORDER_NOT_EXIST' || code === 'RESOURCE_NOT_EXISTS') return { ok: false, error: 'not_found', code: code ?? 'http_404' }
  if (status >= 500 || status === 429 || (code !== null && retryableCodes.has(code))) return { ok: false, error: 'unavailable', code: code ?? `http_${status}` }
  return { ok: false, error: 'rejected', code: code ?? `http_${status}` }
}

/**
 * The real client of WeChat Pay API v3 for JSAPI / mini-program payments, with node:crypto
 * only: every request signed with the merchant's private key, every answer's signature checked
 * with WeChat Pay's public key before anything in it is believed, notifications verified the
 * same way and their resource opened with the APIv3 key.
 */
export function createWechatPayChannel(options: WechatPayOptions): PaymentChannel {
  const timeoutMs = options.timeoutMs ?? 10_000
  const doFetch = options.fetch ?? fetch
  const now = options.now ?? Date.now
  const random = options.random ?? systemRandom
  const nonce = () => random.bytes(16).toString('hex').toUpperCase()
  const seconds = () => String(Math.floor(now() / 1000))

  const warn = (event: string, failure: PaymentFailure): PaymentFailure => {
    options.logger?.warn(event, { code: failure.code })
    return failure
  }

  /** Whether WeChat Pay signed this, with the key we hold, within the last five minutes. */
  function signedByWechatPay(headers: { get(name: string): string | null }, body: string): 'ok' | 'malformed' | 'unknown_serial' | 'bad_signature' | 'stale' {
    const timestamp = headers.get('Wechatpay-Timestamp')
    const nonceHeader = headers.get('Wechatpay-Nonce')
    const signature = headers.get('Wechatpay-Signature')
    const serial = headers.get('Wechatpay-Serial')
    if (!timestamp || !nonceHeader || !signature || !serial || !/^\d{1,12}$/.test(timestamp)) return 'malformed'
    if (serial !== options.platformPublicKeyId) return 'unknown_serial'
    if (!verifyLines(options.platformPublicKey, [timestamp, nonceHeader, body], signature)) return 'bad_signature'
    if (Math.abs(Number(timestamp) - now() / 1000) > signatureFreshnessSeconds) return 'stale'
    return 'ok'
  }

  async function call(method: 'GET' | 'POST', pathAndQuery: string, body: unknown, extraHeaders: Record<string, string> = {}): Promise<Answer> {
    const text = body === undefined ? '' : JSON.stringify(body)
    const authorization = authorizationOf({
      mchId: options.mchId,
      serialNo: options.merchantSerial,
      privateKey: options.merchantPrivateKey,
      method,
      pathAndQuery,
      timestamp: seconds(),
      nonce: nonce(),
      body: text,
    })
    let status: number
    let answer: string
    let headers: Headers
    try {
      const response = await doFetch(new URL(pathAndQuery, options.apiBase), {
        method,
        headers: { authorization, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...extraHeaders },
        ...(body === undefined ? {} : { body: text }),
        signal: AbortSignal.timeout(timeoutMs),
      })
      status = response.status
      headers = response.headers
      answer = await response.text()
    } catch (error) {
      const code = error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network'
      return { ok: false, error: 'unavailable', code }
    }
    const ok = status >= 200 && status < 300
    // An answer that says something happened is believed only when WeChat Pay signed it; an error
    // without a signature (WeChat Pay does not sign every refusal) can still only refuse.
    const signed = signedByWechatPay(headers, answer)
    if (ok && signed !== 'ok') return { ok: false, error: 'unavailable', code: `answer_${signed}` }
    if (!ok && signed !== 'ok' && signed !== 'malformed') return { ok: false, error: 'unavailable', code: `answer_${signed}` }
    let payload: unknown = null
    if (answer !== '') {
      try {
        payload = JSON.parse(answer)
      } catch {
        return { ok: false, error: 'unavailable', code: 'bad_response' }
      }
    }
    if (ok) return { ok: true, payload }
    const error = ErrorAnswer.safeParse(payload)
    return failureOf(status, error.success ? error.data.code : null)
  }

  const statusOf = (transaction: z.infer<typeof Transaction>): PaymentStatus => ({
    outTradeNo: transaction.out_trade_no,
    transactionId: transaction.transaction_id ?? null,
    tradeState: transaction.trade_state,
    amountFen: transaction.amount?.total ?? null,
    development: false,
  })

  /**
   * `user_name`, sealed with WeChat Pay's public key, for a transfer that needs it; below the
   * threshold the name is not sent (WeChat Pay does not need it, so it does not get it). The
   * refusals carry a code only, never the name.
   */
  const payeeNameOf = (request: PayoutRequest): { readonly ok: true; readonly sealed: string | null } | PaymentFailure => {
    if (request.amountFen < payeeNameRequiredFromFen) return { ok: true, sealed: null }
    const name = request.payeeName?.trim() ?? ''
    if (name === '') return { ok: false, error: 'rejected', code: 'payee_name_required' }
    // WeChat Pay's public key is RSA (a 国密 SM2 key would need SM2 encryption, which we do not make).
    if (options.platformPublicKey.asymmetricKeyType !== 'rsa') return { ok: false, error: 'rejected', code: 'payee_name_key_unusable' }
    try {
      return { ok: true, sealed: sealSensitive(options.platformPublicKey, name) }
    } catch {
      return { ok: false, error: 'rejected', code: 'payee_name_unsealable' }
    }
  }

  const refuse = (error: NotificationRefusal): { readonly ok: false; readonly error: NotificationRefusal } => {
    options.logger?.warn('payment_notification_refused', { code: error })
    return { ok: false, error }
  }

  /**
   * A notification of any kind, believed only when WeChat Pay signed it with the key we hold
   * within the last five minutes, then opened with the APIv3 key: its id, event type and the
   * resource as JSON, for the caller to read as a payment or a transfer.
   */
  function openNotification(
    notification: IncomingNotification,
  ): { readonly ok: true; readonly id: string; readonly eventType: string; readonly resource: unknown } | { readonly ok: false; readonly error: NotificationRefusal } {
    const signed = signedByWechatPay(notification.headers, notification.body)
    if (signed !== 'ok') return refuse(signed)
    let envelope: z.infer<typeof Notification>
    try {
      const parsed = Notification.safeParse(JSON.parse(notification.body))
      if (!parsed.success) return refuse('malformed')
      envelope = parsed.data
    } catch {
      return refuse('malformed')
    }
    const { resource } = envelope
    const opened = openResource(options.apiV3Key, { nonce: resource.nonce, associatedData: resource.associated_data ?? '', ciphertext: resource.ciphertext })
    if (opened === null) return refuse('undecryptable')
    try {
      return { ok: true, id: envelope.id, eventType: envelope.event_type, resource: JSON.parse(opened) as unknown }
    } catch {
      return refuse('malformed')
    }
  }

  const billOf = (payload: unknown, outBillNo: string): PayoutResult => {
    const bill = TransferBill.safeParse(payload)
    if (!bill.success || bill.data.out_bill_no !== outBillNo) return warn('payment_payout_failed', { ok: false, error: 'unavailable', code: 'bad_response' })
    return {
      ok: true,
      payout: { outBillNo, transferBillNo: bill.data.transfer_bill_no, state: bill.data.state, packageInfo: bill.data.package_info ?? null, development: false },
    }
  }

  return {
    kind: 'wechat',

    async createOrder(order): Promise<OrderResult> {
      const input = OrderInput.safeParse(order)
      if (!input.success) return warn('payment_order_refused', { ok: false, error: 'rejected', code: 'invalid_request' })
      const answered = await call('POST', '/v3/pay/transactions/jsapi', {
        appid: options.appId,
        mchid: options.mchId,
        description: order.description,
        out_trade_no: order.outTradeNo,
        notify_url: order.notifyUrl,
        ...(order.expiresAt === undefined ? {} : { time_expire: chinaTimeOf(order.expiresAt) }),
        amount: { total: order.amountFen, currency: 'CNY' },
        payer: { openid: order.payerOpenid },
      })
      if (!answered.ok) return warn('payment_order_failed', answered)
      const prepay = PrepayAnswer.safeParse(answered.payload)
      if (!prepay.success) return warn('payment_order_failed', { ok: false, error: 'unavailable', code: 'bad_response' })
      const payParams = { appId: options.appId, timeStamp: seconds(), nonceStr: nonce(), package: `prepay_id=${prepay.data.prepay_id}`, signType: 'RSA' as const }
      const paySign = signLines(options.merchantPrivateKey, [payParams.appId, payParams.timeStamp, payParams.nonceStr, payParams.package])
      return { ok: true, payParams: { ...payParams, paySign }, development: false }
    },

    async queryOrder(outTradeNo): Promise<QueryResult> {
      if (!OutTradeNo.safeParse(outTradeNo).success) return { ok: false, error: 'not_found', code: 'invalid_out_trade_no' }
      const path = `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}?mchid=${encodeURIComponent(options.mchId)}`
      const answered = await call('GET', path, undefined)
      if (!answered.ok) return answered.error === 'not_found' ? answered : warn('payment_query_failed', answered)
      const transaction = Transaction.safeParse(answered.payload)
      if (!transaction.success || transaction.data.out_trade_no !== outTradeNo) {
        return warn('payment_query_failed', { ok: false, error: 'unavailable', code: 'bad_response' })
      }
      return { ok: true, payment: statusOf(transaction.data) }
    },

    async refund(request): Promise<RefundResult> {
      const input = RefundInput.safeParse(request)
      if (!input.success || request.refundFen > request.totalFen) {
        return warn('payment_refund_refused', { ok: false, error: 'rejected', code: 'invalid_request' })
      }
      const answered = await call('POST', '/v3/refund/domestic/refunds', {
        out_trade_no: request.outTradeNo,
        out_refund_no: request.outRefundNo,
        ...(request.reason === undefined ? {} : { reason: request.reason }),
        amount: { refund: request.refundFen, total: request.totalFen, currency: 'CNY' },
      })
      if (!answered.ok) return warn('payment_refund_failed', answered)
      const refund = RefundAnswer.safeParse(answered.payload)
      if (!refund.success || refund.data.out_refund_no !== request.outRefundNo) {
        return warn('payment_refund_failed', { ok: false, error: 'unavailable', code: 'bad_response' })
      }
      return {
        ok: true,
        refund: { outRefundNo: refund.data.out_refund_no, refundId: refund.data.refund_id, state: refund.data.status, refundFen: refund.data.amount.refund, development: false },
      }
    },

    async payout(request): Promise<PayoutResult> {
      if (options.transferSceneId === undefined) return warn('payment_payout_refused', { ok: false, error: 'rejected', code: 'transfer_scene_not_configured' })
      if (!PayoutInput.safeParse(request).success) return warn('payment_payout_refused', { ok: false, error: 'rejected', code: 'invalid_request' })
      const userName = payeeNameOf(request)
      if (!userName.ok) return warn('payment_payout_refused', userName)
      const answered = await call(
        'POST',
        '/v3/fund-app/mch-transfer/transfer-bills',
        {
          appid: options.appId,
          out_bill_no: request.outBillNo,
          transfer_scene_id: options.transferSceneId,
          openid: request.payeeOpenid,
          ...(userName.sealed === null ? {} : { user_name: userName.sealed }),
          transfer_amount: request.amountFen,
          transfer_remark: request.remark,
          notify_url: request.notifyUrl,
          ...(options.transferReportInfos && options.transferReportInfos.length > 0
            ? { transfer_scene_report_infos: options.transferReportInfos.map((info) => ({ info_type: info.infoType, info_content: info.infoContent })) }
            : {}),
        },
        userName.sealed === null ? {} : { 'Wechatpay-Serial': options.platformPublicKeyId },
      )
      if (!answered.ok) return warn('payment_payout_failed', answered)
      return billOf(answered.payload, request.outBillNo)
    },

    async queryPayout(outBillNo): Promise<PayoutResult> {
      if (!OutBillNo.safeParse(outBillNo).success) return { ok: false, error: 'not_found', code: 'invalid_out_bill_no' }
      const answered = await call('GET', `/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/${encodeURIComponent(outBillNo)}`, undefined)
      if (!answered.ok) return answered.error === 'not_found' ? answered : warn('payment_payout_query_failed', answered)
      return billOf(answered.payload, outBillNo)
    },

    async queryRefund(outRefundNo): Promise<RefundResult> {
      if (!/^[0-9A-Za-z_|*@-]{1,64}$/.test(outRefundNo)) return { ok: false, error: 'not_found', code: 'invalid_out_refund_no' }
      const answered = await call('GET', `/v3/refund/domestic/refunds/${encodeURIComponent(outRefundNo)}`, undefined)
      if (!answered.ok) return answered.error === 'not_found' ? answered : warn('payment_refund_query_failed', answered)
      const refund = RefundAnswer.safeParse(answered.payload)
      if (!refund.success || refund.data.out_refund_no !== outRefundNo) return warn('payment_refund_query_failed', { ok: false, error: 'unavailable', code: 'bad_response' })
      return {
        ok: true,
        refund: { outRefundNo, refundId: refund.data.refund_id, state: refund.data.status, refundFen: refund.data.amount.refund, development: false },
      }
    },

    async closeOrder(outTradeNo): Promise<CloseResult> {
      if (!OutTradeNo.safeParse(outTradeNo).success) return { ok: false, error: 'not_found', code: 'invalid_out_trade_no' }
      const answered = await call('POST', `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}/close`, { mchid: options.mchId })
      if (!answered.ok) return warn('payment_close_failed', answered)
      return { ok: true, development: false }
    },

    async verifyNotification(notification: IncomingNotification): Promise<NotificationResult> {
      const opened = openNotification(notification)
      if (!opened.ok) return opened
      const transaction = Transaction.safeParse(opened.resource)
      if (!transaction.success) return refuse('malformed')
      if (transaction.data.mchid !== options.mchId || transaction.data.appid !== options.appId) return refuse('not_ours')
      return { ok: true, notificationId: opened.id, eventType: opened.eventType, payment: statusOf(transaction.data) }
    },

    async verifyTransferNotification(notification: IncomingNotification): Promise<TransferNotificationResult> {
      const opened = openNotification(notification)
      if (!opened.ok) return opened
      const bill = TransferResource.safeParse(opened.resource)
      if (!bill.success) return refuse('malformed')
      if (bill.data.mchid !== options.mchId || (bill.data.appid !== undefined && bill.data.appid !== options.appId)) return refuse('not_ours')
      return {
        ok: true,
        notificationId: opened.id,
        eventType: opened.eventType,
        payout: { outBillNo: bill.data.out_bill_no, transferBillNo: bill.data.transfer_bill_no, state: bill.data.state, packageInfo: null, development: false },
      }
    },

    confirmationOf: (packageInfo) => ({ mchId: options.mchId, appId: options.appId, package: packageInfo }),
  }
}

/** Production without WeChat Pay settings: no order can be made or believed, and nothing pretends otherwise. */
export function createUnconfiguredPaymentChannel(): PaymentChannel {
  const unavailable = { ok: false, error: 'unavailable', code: 'not_configured' } as const
  return {
    kind: 'wechat',
    createOrder: () => Promise.resolve(unavailable),
    queryOrder: () => Promise.resolve(unavailable),
    refund: () => Promise.resolve(unavailable),
    queryRefund: () => Promise.resolve(unavailable),
    closeOrder: () => Promise.resolve(unavailable),
    payout: () => Promise.resolve(unavailable),
    queryPayout: () => Promise.resolve(unavailable),
    verifyNotification: () => Promise.resolve({ ok: false, error: 'unknown_serial' }),
    verifyTransferNotification: () => Promise.resolve({ ok: false, error: 'unknown_serial' }),
    confirmationOf: () => null,
  }
}
