import { z } from 'zod'
import type { Logger } from './logger'
import { createWechatAccessToken, postWechatJson, staleTokenCodes, type WechatAccessToken } from './wechat-access-token'

/** One WeChat subscribe message, as `subscribeMessage.send` takes it. */
export interface SubscribeMessage {
  readonly openid: string
  readonly templateId: string
  /** Mini-program page the message opens, e.g. `pages/cases/index?id=…`; empty → no link. */
  readonly page: string
  readonly data: Readonly<Record<string, { readonly value: string }>>
}

/**
 * `refused`: WeChat will not deliver this message (the user has not subscribed, the openid or
 * the data is wrong): sending again cannot help. `unavailable`: network, timeout, a 5xx, a rate
 * limit or a credential problem of ours: the same message may go through later.
 * `code` is WeChat's errcode, or a word of ours; never anything of the message.
 */
export type SubscribeSendResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'refused' | 'unavailable'; readonly code: string }

export interface SubscribeSender {
  /** What the sender is, for start-up output and health: never a secret. */
  readonly name: string
  send(message: SubscribeMessage): Promise<SubscribeSendResult>
}

/** Template ids configured in the WeChat console, by purpose; null where none is set. */
export interface SubscribeTemplates {
  /** "Case progress": case number, status, time, hint. */
  readonly case: string | null
}

const SendResponse = z.object({ errcode: z.number().int(), errmsg: z.string().optional() })

/** 43101: the user has not subscribed (or used up a one-time subscription); 40003: bad openid; 47003: bad data. */
const refusedCodes = new Set([43101, 40003, 47003])

export interface WechatSubscribeOptions {
  readonly apiBase: string
  readonly appId: string
  readonly secret: string
  readonly timeoutMs?: number
  readonly fetch?: typeof fetch
  /** Milliseconds since the epoch, for the token's expiry; tests move it by hand. */
  readonly now?: () => number
  /** The app's shared token cache; without one, the sender keeps its own. */
  readonly accessToken?: WechatAccessToken
}

type Outcome = SubscribeSendResult | { readonly ok: false; readonly reason: 'stale_token'; readonly code: string }

/** The real client of `subscribeMessage.send`, with the app's access token (see `createWechatAccessToken`). */
export function createWechatSubscribeSender(options: WechatSubscribeOptions): SubscribeSender {
  const http = { apiBase: options.apiBase, timeoutMs: options.timeoutMs ?? 5000, fetch: options.fetch ?? fetch }
  const accessToken =
    options.accessToken ??
    createWechatAccessToken({
      apiBase: options.apiBase,
      appId: options.appId,
      secret: options.secret,
      timeoutMs: http.timeoutMs,
      fetch: http.fetch,
      ...(options.now ? { now: options.now } : {}),
    })

  async function attempt(message: SubscribeMessage): Promise<Outcome> {
    const got = await accessToken.get()
    if (!got.ok) return { ok: false, reason: 'unavailable', code: got.code }
    const body: Record<string, unknown> = {
      touser: message.openid,
      template_id: message.templateId,
      data: message.data,
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    }
    if (message.page !== '') body.page = message.page
    const answered = await postWechatJson(http, '/cgi-bin/message/subscribe/send', body, { access_token: got.token })
    if (!answered.ok) return { ok: false, reason: 'unavailable', code: answered.code }
    const parsed = SendResponse.safeParse(answered.payload)
    if (!parsed.success) return { ok: false, reason: 'unavailable', code: 'bad_response' }
    const { errcode } = parsed.data
    if (errcode === 0) return { ok: true }
    const code = String(errcode)
    if (staleTokenCodes.has(errcode)) {
      accessToken.invalidate(got.token)
      return { ok: false, reason: 'stale_token', code }
    }
    return { ok: false, reason: refusedCodes.has(errcode) ? 'refused' : 'unavailable', code }
  }

  return {
    name: 'WeChat subscribeMessage.send',
    async send(message) {
      const first = await attempt(message)
      if (first.ok || first.reason !== 'stale_token') return first
      const second = await attempt(message)
      if (second.ok || second.reason !== 'stale_token') return second
      return { ok: false, reason: 'unavailable', code: second.code }
    },
  }
}

export interface DevelopmentSubscribeSender extends SubscribeSender {
  /** The last messages it would have sent, newest last: for tests and local debugging. */
  readonly sent: readonly SubscribeMessage[]
}

const keptMessages = 100

/**
 * Stands in for WeChat where no app is configured (development, demo): it keeps what it would
 * have sent and logs the template only. The openid and the data name a person: never logged.
 */
export function createDevelopmentSubscribeSender(logger: Logger): DevelopmentSubscribeSender {
  const sent: SubscribeMessage[] = []
  return {
    name: 'development (no WeChat)',
    sent,
    send(message) {
      sent.push(message)
      if (sent.length > keptMessages) sent.splice(0, sent.length - keptMessages)
      logger.info('subscribe_message_not_sent', { template: message.templateId })
      return Promise.resolve({ ok: true })
    },
  }
}
