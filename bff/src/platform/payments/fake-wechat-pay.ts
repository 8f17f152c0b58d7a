import { constants, createCipheriv, createSign, createVerify, generateKeyPairSync, privateDecrypt, randomBytes, type KeyObject } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { z } from 'zod'

/** How the fake misbehaves until told otherwise. */
export type FakePayTrouble = 'serverError' | 'hang' | 'unsigned' | 'signedByStranger' | 'notJson'

export interface FakePayOrder {
  readonly appid: string
  readonly description: string
  readonly notifyUrl: string
  readonly total: number
  readonly openid: string
  readonly prepayId: string
  tradeState: 'NOTPAY' | 'SUCCESS' | 'REFUND' | 'CLOSED'
  /** `time_expire` as ordered; an unpaid order past it is answered CLOSED. */
  readonly timeExpire: string | null
  transactionId: string | null
  refunded: number
}

export interface FakeTransferBill {
  readonly appid: string
  readonly sceneId: string
  readonly openid: string
  readonly amount: number
  readonly remark: string
  /** `user_name` as it arrived (sealed) and as the fake opened it with WeChat Pay's private key; null when not sent. */
  readonly userNameSealed: string | null
  readonly userName: string | null
  readonly transferBillNo: string
  /** Where the transfer's notification goes when it ends (`notify_url`); null when none was sent. */
  readonly notifyUrl: string | null
  state: 'WAIT_USER_CONFIRM' | 'SUCCESS' | 'FAIL' | 'CANCELLED'
}

export interface FakePayKeys {
  /** The merchant's key pair: the client signs with the private key, the fake checks with the public one. */
  readonly merchant: { readonly privateKey: KeyObject; readonly publicKey: KeyObject }
  /** WeChat Pay's key pair: the fake signs with the private key, the client checks with the public one. */
  readonly platform: { readonly privateKey: KeyObject; readonly publicKey: KeyObject }
  /** Someone else's key, for forgeries. */
  readonly stranger: { readonly privateKey: KeyObject; readonly publicKey: KeyObject }
}

let keys: FakePayKeys | null = null

/** RSA-2048 pairs made once per test process (each takes a moment to make). */
export function fakePayKeys(): FakePayKeys {
  const pair = () => generateKeyPairSync('rsa', { modulusLength: 2048 })
  keys ??= { merchant: pair(), platform: pair(), stranger: pair() }
  return keys
}

export interface FakeWechatPayOptions {
  readonly mchId: string
  readonly appId: string
  readonly merchantSerial: string
  readonly apiV3Key: string
  readonly platformPublicKeyId: string
  /** Milliseconds since the epoch: the timestamps the fake signs and accepts. */
  readonly now: () => number
}

/** How a notification built by the fake is spoiled for an attacker's test. */
export interface NotificationTrouble {
  /** Its timestamp, in seconds. */
  readonly at?: number
  readonly signWith?: KeyObject
  readonly serial?: string
  readonly apiV3Key?: string
  readonly mchid?: string
}

export interface SignedNotification {
  readonly headers: Record<string, string>
  readonly body: string
}

export interface FakeWechatPay {
  readonly url: string
  readonly orders: Map<string, FakePayOrder>
  /** Transfers to people's balances, by `out_bill_no`. */
  readonly bills: Map<string, FakeTransferBill>
  /**
   * The payee confirmed the receipt in WeChat (SUCCESS), the transfer failed (FAIL) or it was
   * cancelled (CANCELLED, as WeChat Pay does when nobody confirms in time). Only the state
   * changes: `notifyTransfer` then posts what WeChat Pay would post.
   */
  endTransfer(outBillNo: string, state: 'SUCCESS' | 'FAIL' | 'CANCELLED'): void
  /**
   * The `MCHTRANSFER.BILL.FINISHED` notification WeChat Pay would post for the transfer, signed
   * and sealed; the options make it old, forged, from an unknown key, sealed for another merchant,
   * or about a bill number the portal never made (`outBillNo`).
   */
  transferNotificationFor(outBillNo: string, options?: NotificationTrouble & { outBillNo?: string }): SignedNotification
  /** Posts the transfer's notification to its `notify_url`, as WeChat Pay does when a transfer ends; the receiver's status. */
  notifyTransfer(outBillNo: string): Promise<number>
  /** Every request that reached the fake: method, path with query, and whether the merchant's signature held. */
  readonly received: { readonly method: string; readonly path: string; readonly signed: boolean }[]
  /** WeChat Pay finished a refund it had accepted (PROCESSING → SUCCESS). */
  finishRefund(outRefundNo: string): void
  /** The payer paid in WeChat: the order becomes SUCCESS with a transaction id. */
  pay(outTradeNo: string): void
  /**
   * The notification WeChat Pay would post for the order, signed and encrypted; `at` (seconds),
   * `signWith`, `serial` and `apiV3Key` make it old, forged, from an unknown key or sealed for
   * another merchant.
   */
  notificationFor(outTradeNo: string, options?: { at?: number; signWith?: KeyObject; serial?: string; apiV3Key?: string; mchid?: string }): SignedNotification
  /** Posts the order's notification to its notify URL, as WeChat Pay does; the receiver's status. */
  notify(outTradeNo: string): Promise<number>
  setTrouble(trouble: FakePayTrouble | null): void
  close(): Promise<void>
}

const JsapiOrder = z.strictObject({
  appid: z.string().min(1).max(32),
  mchid: z.string().min(1).max(32),
  description: z.string().min(1).max(127),
  out_trade_no: z.string().regex(/^[0-9A-Za-z_|*-]{6,32}$/),
  notify_url: z.url().max(256),
  time_expire: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/).optional(),
  amount: z.strictObject({ total: z.number().int().positive(), currency: z.literal('CNY') }),
  payer: z.strictObject({ openid: z.string().min(1).max(128) }),
})

const RefundOrder = z.strictObject({
  out_trade_no: z.string().min(1).max(32),
  out_refund_no: z.string().min(1).max(64),
  reason: z.string().max(80).optional(),
  amount: z.strictObject({ refund: z.number().int().positive(), total: z.number().int().positive(), currency: z.literal('CNY') }),
})

const TransferBillRequest = z.strictObject({
  appid: z.string().min(1).max(32),
  out_bill_no: z.string().regex(/^[0-9A-Za-z]{5,32}$/),
  transfer_scene_id: z.string().min(1).max(36),
  openid: z.string().min(1).max(64),
  user_name: z.string().optional(),
  transfer_amount: z.number().int().positive(),
  transfer_remark: z.string().min(1).max(32),
  notify_url: z.url().max(256).optional(),
  user_recv_perception: z.string().optional(),
  transfer_scene_report_infos: z.array(z.strictObject({ info_type: z.string().min(1).max(15), info_content: z.string().min(1).max(32) })).optional(),
})

const authorizationPattern = /^WECHATPAY2-SHA256-RSA2048 mchid="([^"]+)",nonce_str="([^"]+)",timestamp="(\d+)",serial_no="([^"]+)",signature="([^"]+)"$/

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** Written here apart from the client's code, from WeChat Pay's description, so a slip in the client shows. */
function documentedSignature(privateKey: KeyObject, lines: string[]): string {
  return createSign('sha256').update(lines.join('\n') + '\n').sign(privateKey).toString('base64')
}

/**
 * A local stand-in for WeChat Pay API v3 (`POST /v3/pay/transactions/jsapi`,
 * `GET /v3/pay/transactions/out-trade-no/{out_trade_no}?mchid=…`,
 * `POST /v3/refund/domestic/refunds`, `POST /v3/fund-app/mch-transfer/transfer-bills` and their
 * queries), for tests only. It refuses a request whose `Authorization` is not the merchant's
 * signature over method, path, timestamp, nonce and body (401 SIGN_ERROR, unsigned, as WeChat
 * Pay answers), keeps orders, refunds and transfers, signs every other answer with its own
 * platform key, seals notifications with the APIv3 key, and opens a transfer's `user_name` with
 * the platform private key.
 */
export async function startFakeWechatPay(options: FakeWechatPayOptions): Promise<FakeWechatPay> {
  const { merchant, platform, stranger } = fakePayKeys()
  const orders = new Map<string, FakePayOrder>()
  const refunds = new Map<string, { outTradeNo: string; refund: number; refundId: string; total: number; status: 'PROCESSING' | 'SUCCESS' }>()
  const received: { method: string; path: string; signed: boolean }[] = []
  const bills = new Map<string, FakeTransferBill>()
  let trouble: FakePayTrouble | null = null
  let counter = 0
  const seconds = () => String(Math.floor(options.now() / 1000))

  const answer = (res: ServerResponse, status: number, body: unknown, signed = true) => {
    const text = body === null ? '' : typeof body === 'string' ? body : JSON.stringify(body)
    const headers: Record<string, string> = { 'content-type': 'application/json', 'request-id': `fake-${++counter}` }
    if (signed && trouble !== 'unsigned') {
      const timestamp = seconds()
      const nonce = randomBytes(16).toString('hex')
      const key = trouble === 'signedByStranger' ? stranger.privateKey : platform.privateKey
      Object.assign(headers, {
        'wechatpay-timestamp': timestamp,
        'wechatpay-nonce': nonce,
        'wechatpay-serial': options.platformPublicKeyId,
        'wechatpay-signature': documentedSignature(key, [timestamp, nonce, text]),
      })
    }
    res.writeHead(status, headers)
    res.end(text)
  }
  const error = (res: ServerResponse, status: number, code: string, signed = true, message = code) => answer(res, status, { code, message }, signed)

  function merchantSigned(req: IncomingMessage, path: string, body: string): boolean {
    const match = authorizationPattern.exec(req.headers.authorization ?? '')
    if (!match) return false
    const [, mchid, nonce, timestamp, serial, signature] = match as unknown as [string, string, string, string, string, string]
    if (mchid !== options.mchId || serial !== options.merchantSerial) return false
    if (Math.abs(Number(timestamp) - options.now() / 1000) > 300) return false
    return createVerify('sha256').update([req.method ?? '', path, timestamp, nonce, body].join('\n') + '\n').verify(merchant.publicKey, Buffer.from(signature, 'base64'))
  }

  // Assumed, not confirmed in WeChat Pay's documentation: an unpaid order past its time_expire is answered as CLOSED.
  const expire = (order: FakePayOrder) => {
    if (order.tradeState === 'NOTPAY' && order.timeExpire !== null && Date.parse(order.timeExpire) <= options.now()) order.tradeState = 'CLOSED'
  }

  const transactionOf = (outTradeNo: string, order: FakePayOrder) => ({
    appid: order.appid,
    mchid: options.mchId,
    out_trade_no: outTradeNo,
    ...(order.transactionId ? { transaction_id: order.transactionId } : {}),
    trade_type: 'JSAPI',
    trade_state: order.tradeState,
    trade_state_desc: order.tradeState,
    payer: { openid: order.openid },
    ...(order.tradeState === 'NOTPAY' ? {} : { amount: { total: order.total, payer_total: order.total, currency: 'CNY', payer_currency: 'CNY' } }),
  })

  function jsapi(res: ServerResponse, body: unknown) {
    const parsed = JsapiOrder.safeParse(body)
    if (!parsed.success || parsed.data.mchid !== options.mchId || parsed.data.appid !== options.appId) return error(res, 400, 'PARAM_ERROR')
    const order = parsed.data
    const known = orders.get(order.out_trade_no)
    if (known) {
      expire(known)
      if (known.tradeState === 'CLOSED') return error(res, 400, 'ORDER_CLOSED')
      if (known.tradeState !== 'NOTPAY') return error(res, 400, 'ORDERPAID')
      const same = known.total === order.amount.total && known.description === order.description && known.openid === order.payer.openid && known.notifyUrl === order.notify_url
      return same ? answer(res, 200, { prepay_id: known.prepayId }) : error(res, 403, 'OUT_TRADE_NO_USED')
    }
    const prepayId = `wx${String(++counter).padStart(10, '0')}fake`
    orders.set(order.out_trade_no, {
      appid: order.appid,
      description: order.description,
      notifyUrl: order.notify_url,
      total: order.amount.total,
      openid: order.payer.openid,
      prepayId,
      tradeState: 'NOTPAY',
      timeExpire: order.time_expire ?? null,
      transactionId: null,
      refunded: 0,
    })
    return answer(res, 200, { prepay_id: prepayId })
  }

  function refund(res: ServerResponse, body: unknown) {
    const parsed = RefundOrder.safeParse(body)
    if (!parsed.success) return error(res, 400, 'PARAM_ERROR')
    const request = parsed.data
    const done = refunds.get(request.out_refund_no)
    const order = orders.get(request.out_trade_no)
    const refundAnswer = (refundId: string, amount: number, status: 'PROCESSING' | 'SUCCESS' = 'PROCESSING') =>
      answer(res, 200, {
        refund_id: refundId,
        out_refund_no: request.out_refund_no,
        transaction_id: order?.transactionId ?? '',
        out_trade_no: request.out_trade_no,
        channel: 'ORIGINAL',
        status,
        amount: { total: request.amount.total, refund: amount, payer_total: request.amount.total, payer_refund: amount, currency: 'CNY' },
      })
    if (done) return done.outTradeNo === request.out_trade_no && done.refund === request.amount.refund ? refundAnswer(done.refundId, done.refund, done.status) : error(res, 400, 'INVALID_REQUEST')
    if (!order || order.tradeState === 'NOTPAY') return error(res, 404, 'RESOURCE_NOT_EXISTS')
    if (request.amount.total !== order.total || order.refunded + request.amount.refund > order.total) return error(res, 400, 'INVALID_REQUEST')
    order.refunded += request.amount.refund
    order.tradeState = 'REFUND'
    const refundId = `50${String(++counter).padStart(20, '0')}`
    refunds.set(request.out_refund_no, { outTradeNo: request.out_trade_no, refund: request.amount.refund, refundId, total: order.total, status: 'PROCESSING' })
    return refundAnswer(refundId, request.amount.refund)
  }

  // Only the answer to making the transfer carries package_info: the query's answer in WeChat
  // Pay's documentation ("商户单号查询转账单") lists no such field.
  const billAnswer = (outBillNo: string, bill: FakeTransferBill, made: boolean) => ({
    out_bill_no: outBillNo,
    transfer_bill_no: bill.transferBillNo,
    create_time: new Date(options.now()).toISOString(),
    state: bill.state,
    ...(made && bill.state === 'WAIT_USER_CONFIRM' ? { package_info: `fake-package-${bill.transferBillNo}` } : {}),
  })

  /**
   * `user_name` opened with WeChat Pay's private key: RSAES-OAEP with SHA-1, as WeChat Pay's
   * "敏感信息加密" describes, written here apart from the client. Null when it does not open.
   */
  const openUserName = (sealed: string): string | null => {
    try {
      return privateDecrypt({ key: platform.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(sealed, 'base64')).toString('utf8')
    } catch {
      return null
    }
  }

  // The same out_bill_no with the same contents is the same transfer; with other contents it is refused.
  function transfer(res: ServerResponse, body: unknown, serial: string | null) {
    const parsed = TransferBillRequest.safeParse(body)
    if (!parsed.success || parsed.data.appid !== options.appId) return error(res, 400, 'PARAM_ERROR')
    const request = parsed.data
    // WeChat Pay's documented rule: from 2,000 yuan the payee's name is required. Its error code for
    // these refusals was not found in the documentation; PARAM_ERROR is assumed, with a message.
    if (request.user_name === undefined && request.transfer_amount >= 200_000) return error(res, 400, 'PARAM_ERROR', true, '转账金额>=2000元时，收款用户姓名（user_name）必填')
    let userName: string | null = null
    if (request.user_name !== undefined) {
      if (serial !== options.platformPublicKeyId) return error(res, 400, 'PARAM_ERROR', true, 'Wechatpay-Serial 不是本商户号的微信支付公钥ID')
      userName = openUserName(request.user_name)
      // The message WeChat Pay answers a user_name it cannot open with (seen in the developer community).
      if (userName === null) return error(res, 400, 'PARAM_ERROR', true, '请确认待处理的消息是否为加密后的密文')
    }
    const known = bills.get(request.out_bill_no)
    if (known) {
      const same = known.amount === request.transfer_amount && known.openid === request.openid && known.sceneId === request.transfer_scene_id
      return same ? answer(res, 200, billAnswer(request.out_bill_no, known, true)) : error(res, 400, 'INVALID_REQUEST')
    }
    const bill: FakeTransferBill = {
      appid: request.appid,
      sceneId: request.transfer_scene_id,
      openid: request.openid,
      amount: request.transfer_amount,
      remark: request.transfer_remark,
      userNameSealed: request.user_name ?? null,
      userName,
      transferBillNo: `1330${String(++counter).padStart(20, '0')}`,
      notifyUrl: request.notify_url ?? null,
      state: 'WAIT_USER_CONFIRM',
    }
    bills.set(request.out_bill_no, bill)
    return answer(res, 200, billAnswer(request.out_bill_no, bill, true))
  }

  const server = createServer((req, res) => {
    void (async () => {
      const path = req.url ?? '/'
      const body = await readBody(req)
      const signed = merchantSigned(req, path, body)
      received.push({ method: req.method ?? '', path, signed })
      if (trouble === 'hang') return
      if (trouble === 'serverError') return error(res, 500, 'SYSTEM_ERROR', false)
      if (trouble === 'notJson') return answer(res, 200, '<html>busy</html>')
      if (!signed) return error(res, 401, 'SIGN_ERROR', false)
      const url = new URL(path, 'http://fake-wechat-pay')
      let payload: unknown
      try {
        payload = body === '' ? null : JSON.parse(body)
      } catch {
        return error(res, 400, 'PARAM_ERROR')
      }
      if (req.method === 'POST' && url.pathname === '/v3/pay/transactions/jsapi') return jsapi(res, payload)
      if (req.method === 'POST' && url.pathname === '/v3/refund/domestic/refunds') return refund(res, payload)
      if (req.method === 'POST' && url.pathname === '/v3/fund-app/mch-transfer/transfer-bills') return transfer(res, payload, typeof req.headers['wechatpay-serial'] === 'string' ? req.headers['wechatpay-serial'] : null)
      const billQuery = /^\/v3\/fund-app\/mch-transfer\/transfer-bills\/out-bill-no\/([^/]+)$/.exec(url.pathname)
      if (req.method === 'GET' && billQuery) {
        const outBillNo = decodeURIComponent(billQuery[1] ?? '')
        const bill = bills.get(outBillNo)
        return bill ? answer(res, 200, billAnswer(outBillNo, bill, false)) : error(res, 404, 'NOT_FOUND')
      }
      const close = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)\/close$/.exec(url.pathname)
      if (req.method === 'POST' && close) {
        if (!z.strictObject({ mchid: z.literal(options.mchId) }).safeParse(payload).success) return error(res, 400, 'PARAM_ERROR')
        const order = orders.get(decodeURIComponent(close[1] ?? ''))
        if (!order) return error(res, 404, 'ORDER_NOT_EXIST')
        if (order.tradeState === 'SUCCESS' || order.tradeState === 'REFUND') return error(res, 400, 'ORDERPAID')
        order.tradeState = 'CLOSED'
        return answer(res, 204, null)
      }
      const refundQuery = /^\/v3\/refund\/domestic\/refunds\/([^/]+)$/.exec(url.pathname)
      if (req.method === 'GET' && refundQuery) {
        const outRefundNo = decodeURIComponent(refundQuery[1] ?? '')
        const done = refunds.get(outRefundNo)
        if (!done) return error(res, 404, 'RESOURCE_NOT_EXISTS')
        return answer(res, 200, {
          refund_id: done.refundId,
          out_refund_no: outRefundNo,
          out_trade_no: done.outTradeNo,
          channel: 'ORIGINAL',
          status: done.status,
          amount: { total: done.total, refund: done.refund, payer_total: done.total, payer_refund: done.refund, currency: 'CNY' },
        })
      }
      const query = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)$/.exec(url.pathname)
      if (req.method === 'GET' && query) {
        if (url.searchParams.get('mchid') !== options.mchId) return error(res, 400, 'PARAM_ERROR')
        const outTradeNo = decodeURIComponent(query[1] ?? '')
        const order = orders.get(outTradeNo)
        if (order) expire(order)
        return order ? answer(res, 200, transactionOf(outTradeNo, order)) : error(res, 404, 'ORDER_NOT_EXIST')
      }
      return error(res, 404, 'NOT_FOUND')
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0

  const orderOf = (outTradeNo: string): FakePayOrder => {
    const order = orders.get(outTradeNo)
    if (!order) throw new Error(`the fake holds no order ${outTradeNo}`)
    return order
  }

  function notificationFor(outTradeNo: string, how: NotificationTrouble = {}): SignedNotification {
    const order = orderOf(outTradeNo)
    const plaintext = JSON.stringify({ ...transactionOf(outTradeNo, order), mchid: how.mchid ?? options.mchId, success_time: new Date(options.now()).toISOString() })
    return sealedNotification(how, plaintext, { eventType: order.tradeState === 'SUCCESS' ? 'TRANSACTION.SUCCESS' : 'TRANSACTION.FAIL', summary: '支付成功', originalType: 'transaction' })
  }

  // The transfer notification's resource as WeChat Pay's "商家转账回调通知" shows it: no appid, and
  // associated_data `mch_payment` (as developers report receiving it).
  function transferNotificationFor(outBillNo: string, how: NotificationTrouble & { outBillNo?: string } = {}): SignedNotification {
    const bill = bills.get(outBillNo)
    if (!bill) throw new Error(`the fake holds no transfer ${outBillNo}`)
    const plaintext = JSON.stringify({
      mchid: how.mchid ?? options.mchId,
      out_bill_no: how.outBillNo ?? outBillNo,
      transfer_bill_no: bill.transferBillNo,
      state: bill.state,
      transfer_amount: bill.amount,
      openid: bill.openid,
      ...(bill.state === 'FAIL' ? { fail_reason: 'PAYEE_ACCOUNT_ABNORMAL' } : {}),
      create_time: new Date(options.now()).toISOString(),
      update_time: new Date(options.now()).toISOString(),
    })
    return sealedNotification(how, plaintext, { eventType: 'MCHTRANSFER.BILL.FINISHED', summary: '商家转账单据终态通知', originalType: 'mch_payment' })
  }

  function sealedNotification(how: NotificationTrouble, plaintext: string, kind: { eventType: string; summary: string; originalType: string }): SignedNotification {
    const nonce = randomBytes(6).toString('hex')
    const associatedData = kind.originalType
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(how.apiV3Key ?? options.apiV3Key, 'utf8'), Buffer.from(nonce, 'utf8'))
    cipher.setAAD(Buffer.from(associatedData, 'utf8'))
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64')
    const body = JSON.stringify({
      id: `fake-notify-${++counter}`,
      create_time: new Date(options.now()).toISOString(),
      resource_type: 'encrypt-resource',
      event_type: kind.eventType,
      summary: kind.summary,
      resource: { original_type: kind.originalType, algorithm: 'AEAD_AES_256_GCM', ciphertext, associated_data: associatedData, nonce },
    })
    const timestamp = String(how.at ?? Math.floor(options.now() / 1000))
    const headerNonce = randomBytes(16).toString('hex')
    return {
      headers: {
        'content-type': 'application/json',
        'wechatpay-timestamp': timestamp,
        'wechatpay-nonce': headerNonce,
        'wechatpay-serial': how.serial ?? options.platformPublicKeyId,
        'wechatpay-signature': documentedSignature(how.signWith ?? platform.privateKey, [timestamp, headerNonce, body]),
      },
      body,
    }
  }

  return {
    url: `http://127.0.0.1:${port}`,
    orders,
    bills,
    endTransfer(outBillNo, state) {
      const bill = bills.get(outBillNo)
      if (!bill) throw new Error(`the fake holds no transfer ${outBillNo}`)
      bill.state = state
    },
    received,
    finishRefund(outRefundNo) {
      const done = refunds.get(outRefundNo)
      if (!done) throw new Error(`the fake holds no refund ${outRefundNo}`)
      done.status = 'SUCCESS'
    },
    pay(outTradeNo) {
      const order = orderOf(outTradeNo)
      expire(order)
      if (order.tradeState !== 'NOTPAY') throw new Error(`the order ${outTradeNo} can no longer be paid: ${order.tradeState}`)
      order.tradeState = 'SUCCESS'
      order.transactionId = `42${String(++counter).padStart(26, '0')}`
    },
    notificationFor,
    transferNotificationFor,
    async notifyTransfer(outBillNo) {
      const url = bills.get(outBillNo)?.notifyUrl
      if (!url) throw new Error(`the transfer ${outBillNo} has no notify_url`)
      const { headers, body } = transferNotificationFor(outBillNo)
      const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) })
      await response.body?.cancel()
      return response.status
    },
    async notify(outTradeNo) {
      const { headers, body } = notificationFor(outTradeNo)
      const response = await fetch(orderOf(outTradeNo).notifyUrl, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) })
      await response.body?.cancel()
      return response.status
    },
    setTrouble(next) {
      trouble = next
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
