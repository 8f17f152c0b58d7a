import { z } from 'zod'
import type { Logger } from './logger'

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

const TokenResponse = z.union([
  z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() }),
  z.object({ errcode: z.number().int(), errmsg: z.string().optional() }),
])
const SendResponse = z.object({ errcode: z.number().int(), errmsg: z.string().optional() })

/** 43101: the user has not subscribed (or used up a one-time subscription); 40003: bad openid; 47003: bad data. */
const refusedCodes = new Set([43101, 40003, 47003])
/** The access token is invalid or expired, though we thought it good: fetch another, once. */
const staleTokenCodes = new Set([40001, 42001, 40014])
/** A token is renewed this long before WeChat says it expires, so none is used at its last second. */
const tokenMarginMs = 5 * 60 * 1000

export interface WechatSubscribeOptions {
  readonly apiBase: string
  readonly appId: string
  readonly secret: string
  readonly timeoutMs?: number
  readonly fetch?: typeof fetch
  /** Milliseconds since the epoch, for the token's expiry; tests move it by hand. */
  readonly now?: () => number
}

type Outcome = SubscribeSendResult | { readonly ok: false; readonly reason: 'stale_token'; readonly code: string }

/**
 * The real client of `subscribeMessage.send`, with the access token from `getStableAccessToken`
 * kept until shortly before it expires. The stable token is used in its normal mode: the
 * forced refresh would cut off every other instance using the same token, and WeChat allows it
 * only a few times a day.
 */
export function createWechatSubscribeSender(options: WechatSubscribeOptions): SubscribeSender {
  const doFetch = options.fetch ?? fetch
  const now = options.now ?? Date.now
  const timeoutMs = options.timeoutMs ?? 5000
  let cached: { readonly token: string; readonly renewAt: number } | null = null
  // Sends that find no token wait for the same request instead of each asking for one.
  let fetching: Promise<{ ok: true; token: string } | { ok: false; code: string }> | null = null

  async function postJson(path: string, body: unknown, query?: Record<string, string>): Promise<{ ok: true; payload: unknown } | { ok: false; code: string }> {
    const url = new URL(path, options.apiBase)
    if (query) url.search = new URLSearchParams(query).toString()
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      })
      if (!response.ok) return { ok: false, code: `http_${response.status}` }
      // WeChat labels some answers text/plain: read text and parse it ourselves.
      return { ok: true, payload: JSON.parse(await response.text()) }
    } catch (error) {
      if (error instanceof SyntaxError) return { ok: false, code: 'bad_response' }
      return { ok: false, code: error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network' }
    }
  }

  async function fetchToken(): Promise<{ ok: true; token: string } | { ok: false; code: string }> {
    const answered = await postJson('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: options.appId, secret: options.secret })
    if (!answered.ok) return answered
    const parsed = TokenResponse.safeParse(answered.payload)
    if (!parsed.success) return { ok: false, code: 'bad_response' }
    if ('errcode' in parsed.data) return { ok: false, code: `token_${parsed.data.errcode}` }
    const lifetimeMs = parsed.data.expires_in * 1000
    cached = { token: parsed.data.access_token, renewAt: now() + Math.max(0, lifetimeMs - tokenMarginMs) }
    return { ok: true, token: parsed.data.access_token }
  }

  async function token(): Promise<{ ok: true; token: string } | { ok: false; code: string }> {
    if (cached && now() < cached.renewAt) return { ok: true, token: cached.token }
    fetching ??= fetchToken().finally(() => {
      fetching = null
    })
    return fetching
  }

  async function attempt(message: SubscribeMessage): Promise<Outcome> {
    const got = await token()
    if (!got.ok) return { ok: false, reason: 'unavailable', code: got.code }
    const body: Record<string, unknown> = {
      touser: message.openid,
      template_id: message.templateId,
      data: message.data,
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    }
    if (message.page !== '') body.page = message.page
    const answered = await postJson('/cgi-bin/message/subscribe/send', body, { access_token: got.token })
    if (!answered.ok) return { ok: false, reason: 'unavailable', code: answered.code }
    const parsed = SendResponse.safeParse(answered.payload)
    if (!parsed.success) return { ok: false, reason: 'unavailable', code: 'bad_response' }
    const { errcode } = parsed.data
    if (errcode === 0) return { ok: true }
    const code = String(errcode)
    if (staleTokenCodes.has(errcode)) {
      if (cached?.token === got.token) cached = null
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
