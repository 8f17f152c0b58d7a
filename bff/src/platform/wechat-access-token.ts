import { z } from 'zod'

export type WechatAnswer = { readonly ok: true; readonly payload: unknown } | { readonly ok: false; readonly code: string }

/**
 * One JSON POST to WeChat's server API. `code` of a failure is a word of ours (`http_503`,
 * `timeout`, `network`, `bad_response`), never anything of the request or the answer.
 */
export async function postWechatJson(
  options: { readonly apiBase: string; readonly timeoutMs: number; readonly fetch: typeof fetch },
  path: string,
  body: unknown,
  query?: Record<string, string>,
): Promise<WechatAnswer> {
  const url = new URL(path, options.apiBase)
  if (query) url.search = new URLSearchParams(query).toString()
  try {
    const response = await options.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    })
    if (!response.ok) return { ok: false, code: `http_${response.status}` }
    // WeChat labels some answers text/plain: read text and parse it ourselves.
    return { ok: true, payload: JSON.parse(await response.text()) }
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, code: 'bad_response' }
    return { ok: false, code: error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network' }
  }
}

export type TokenResult = { readonly ok: true; readonly token: string } | { readonly ok: false; readonly code: string }

/** The app's access token for WeChat's server API, shared by every client of that API in the process. */
export interface WechatAccessToken {
  get(): Promise<TokenResult>
  /** WeChat refused `token` though it looked good: forget it (unless already replaced), so the next `get` fetches another. */
  invalidate(token: string): void
}

export interface WechatAccessTokenOptions {
  readonly apiBase: string
  readonly appId: string
  readonly secret: string
  readonly timeoutMs?: number
  readonly fetch?: typeof fetch
  /** Milliseconds since the epoch, for the token's expiry; tests move it by hand. */
  readonly now?: () => number
}

/** The access token is invalid or expired, though we thought it good: fetch another, once. */
export const staleTokenCodes: ReadonlySet<number> = new Set([40001, 42001, 40014])

const TokenResponse = z.union([
  z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() }),
  z.object({ errcode: z.number().int(), errmsg: z.string().optional() }),
])

/** A token is renewed this long before WeChat says it expires, so none is used at its last second. */
const tokenMarginMs = 5 * 60 * 1000

/**
 * The token from `getStableAccessToken`, kept until shortly before it expires. The stable token
 * is used in its normal mode: the forced refresh would cut off every other instance using the
 * same token, and WeChat allows it only a few times a day. One cache per app and process, so
 * the subscribe-message sender and the face verifier do not each hold a token of their own.
 */
export function createWechatAccessToken(options: WechatAccessTokenOptions): WechatAccessToken {
  const http = { apiBase: options.apiBase, timeoutMs: options.timeoutMs ?? 5000, fetch: options.fetch ?? fetch }
  const now = options.now ?? Date.now
  let cached: { readonly token: string; readonly renewAt: number } | null = null
  // Callers that find no token wait for the same request instead of each asking for one.
  let fetching: Promise<TokenResult> | null = null

  async function fetchToken(): Promise<TokenResult> {
    const answered = await postWechatJson(http, '/cgi-bin/stable_token', { grant_type: 'client_credential', appid: options.appId, secret: options.secret })
    if (!answered.ok) return answered
    const parsed = TokenResponse.safeParse(answered.payload)
    if (!parsed.success) return { ok: false, code: 'bad_response' }
    if ('errcode' in parsed.data) return { ok: false, code: `token_${parsed.data.errcode}` }
    const lifetimeMs = parsed.data.expires_in * 1000
    cached = { token: parsed.data.access_token, renewAt: now() + Math.max(0, lifetimeMs - tokenMarginMs) }
    return { ok: true, token: parsed.data.access_token }
  }

  return {
    get() {
      if (cached && now() < cached.renewAt) return Promise.resolve({ ok: true, token: cached.token })
      fetching ??= fetchToken().finally(() => {
        fetching = null
      })
      return fetching
    },
    invalidate(token) {
      if (cached?.token === token) cached = null
    },
  }
}
