import { z } from 'zod'

export type Code2SessionResult =
  | { readonly ok: true; readonly openid: string; readonly sessionKey: string; readonly unionid: string | null }
  | { readonly ok: false; readonly reason: 'rejected' | 'unavailable'; readonly errcode: number | null }

/** Exchanges a `wx.login` code for the user's openid. The session_key stays on the server. */
export interface WechatLogin {
  code2Session(code: string): Promise<Code2SessionResult>
}

const Code2SessionResponse = z.object({
  openid: z.string().min(1).optional(),
  session_key: z.string().min(1).optional(),
  unionid: z.string().optional(),
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
})

/** errcodes that mean "this code (or user) is refused", as opposed to "try again later". */
const rejectedCodes = new Set([40029, 40163, 40226])

export interface WechatClientOptions {
  readonly apiBase: string
  readonly appId: string
  readonly secret: string
  readonly timeoutMs?: number
  readonly fetch?: typeof fetch
}

/** The real client of WeChat's `jscode2session` API. */
export function createWechatClient(options: WechatClientOptions): WechatLogin {
  const doFetch = options.fetch ?? fetch
  return {
    async code2Session(code) {
      const url = new URL('/sns/jscode2session', options.apiBase)
      url.search = new URLSearchParams({
        appid: options.appId,
        secret: options.secret,
        js_code: code,
        grant_type: 'authorization_code',
      }).toString()
      let payload: unknown
      try {
        const response = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 5000) })
        if (!response.ok) return { ok: false, reason: 'unavailable', errcode: null }
        // WeChat answers text/plain JSON on some errors, so read text and parse it ourselves.
        payload = JSON.parse(await response.text())
      } catch {
        return { ok: false, reason: 'unavailable', errcode: null }
      }
      const parsed = Code2SessionResponse.safeParse(payload)
      if (!parsed.success) return { ok: false, reason: 'unavailable', errcode: null }
      const body = parsed.data
      if (body.errcode && body.errcode !== 0) {
        return { ok: false, reason: rejectedCodes.has(body.errcode) ? 'rejected' : 'unavailable', errcode: body.errcode }
      }
      if (!body.openid || !body.session_key) return { ok: false, reason: 'unavailable', errcode: null }
      return { ok: true, openid: body.openid, sessionKey: body.session_key, unionid: body.unionid ?? null }
    },
  }
}
