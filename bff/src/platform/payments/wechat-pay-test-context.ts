import { onTestFinished } from 'vitest'
import type { Logger } from '../logger'
import { fakePayKeys, startFakeWechatPay, type FakeWechatPay } from './fake-wechat-pay'
import type { PaymentChannel, PaymentOrder } from './payment-channel'
import { createWechatPayChannel } from './wechat-pay-channel'

/** 2026-11-29 10:00 in China. */
export const payStart = Date.parse('2026-11-29T02:00:00.000Z')

export const merchant = {
  mchId: '1900000109',
  appId: 'wx-test-app',
  merchantSerial: '3775B6A45ACD588826D15E583A95F5DD8A1E2F07',
  apiV3Key: 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4f',
  platformPublicKeyId: 'PUB_KEY_ID_0119000001092026112900000000000001',
} as const

export const quarterOrder: PaymentOrder = {
  outTradeNo: 'flex01jd4x0000000000quarter1',
  description: '灵活就业人员养老保险 2026年第4季度',
  amountFen: 302_400,
  payerOpenid: 'o-worker-li',
  notifyUrl: 'https://portal.example.gov.cn/api/payments/wechat/notify',
}

/** Where the portal asks WeChat Pay to post a transfer's notification. */
export const transferNotifyUrl = 'https://portal.example.gov.cn/api/jobs/subsidy/payouts/notify'

export interface PayContext {
  readonly wechatPay: FakeWechatPay
  readonly channel: PaymentChannel
  readonly clock: { now(): number; advance(ms: number): void }
  readonly logLines: { event: string; code?: string }[]
}

/** A fake WeChat Pay on a loopback port and the real client pointed at it, sharing one hand-moved clock. */
export async function startPayContext(options: { timeoutMs?: number; fetch?: typeof fetch; transferSceneId?: string | null } = {}): Promise<PayContext> {
  let at = payStart
  const clock = { now: () => at, advance: (ms: number) => void (at += ms) }
  const wechatPay = await startFakeWechatPay({ ...merchant, now: clock.now })
  onTestFinished(() => wechatPay.close())
  const logLines: { event: string; code?: string }[] = []
  const record = (event: string, fields?: { code?: unknown }) => void logLines.push({ event, ...(typeof fields?.code === 'string' ? { code: fields.code } : {}) })
  const logger: Logger = { debug: record, info: record, warn: record, error: record }
  const keys = fakePayKeys()
  const channel = createWechatPayChannel({
    ...merchant,
    apiBase: wechatPay.url,
    merchantPrivateKey: keys.merchant.privateKey,
    platformPublicKey: keys.platform.publicKey,
    now: clock.now,
    logger,
    ...(options.transferSceneId === null ? {} : { transferSceneId: options.transferSceneId ?? '1000' }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  })
  return { wechatPay, channel, clock, logLines }
}

/** A notification as a request handler sees it. */
export function incoming(notification: { readonly headers: Record<string, string>; readonly body: string }) {
  return { headers: new Headers(notification.headers), body: notification.body }
}

/** The environment of a configured merchant account, with the fake's keys as PEM. */
export function wechatPayEnvironment() {
  const keys = fakePayKeys()
  const privatePem = keys.merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const publicPem = keys.platform.publicKey.export({ type: 'spki', format: 'pem' }).toString()
  const env: Record<string, string> = {
    WECHAT_PAY_MCHID: merchant.mchId,
    WECHAT_PAY_APPID: merchant.appId,
    WECHAT_PAY_MERCHANT_SERIAL: merchant.merchantSerial.toLowerCase(),
    WECHAT_PAY_PRIVATE_KEY: privatePem.replace(/\n/g, '\\n'),
    WECHAT_PAY_APIV3_KEY: merchant.apiV3Key,
    WECHAT_PAY_PUBLIC_KEY: publicPem,
    WECHAT_PAY_PUBLIC_KEY_ID: merchant.platformPublicKeyId,
  }
  return { privatePem, publicPem, env }
}
