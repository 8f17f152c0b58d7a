import { z } from 'zod'
import { startFakeWechatApi, type FakeWechatApi } from './fake-wechat-api'

/** What the fake received at `subscribe/send`, with the token it came with. */
export interface ReceivedSubscribeMessage {
  readonly accessToken: string
  readonly body: {
    readonly touser: string
    readonly template_id: string
    readonly page?: string | undefined
    readonly data: Record<string, { value: string }>
    readonly miniprogram_state?: string | undefined
    readonly lang?: string | undefined
  }
}

export interface FakeWechatSubscribe extends FakeWechatApi {
  /** Every `subscribe/send` call, accepted or not. */
  readonly received: ReceivedSubscribeMessage[]
}

/** Openids that make the fake misbehave the way WeChat sometimes does. */
export const fakeSubscribers = {
  notSubscribed: 'o-not-subscribed',
  unknownOpenid: 'o-unknown',
  serverError: 'o-500',
  busy: 'o-busy',
  hang: 'o-hang',
  notJson: 'o-not-json',
} as const

const SendBody = z.object({
  touser: z.string(),
  template_id: z.string(),
  page: z.string().optional(),
  data: z.record(z.string(), z.object({ value: z.string() })),
  miniprogram_state: z.string().optional(),
  lang: z.string().optional(),
})

/** WeChat's rules for keyword values, as far as these tests rely on them. */
function keywordsValid(data: Record<string, { value: string }>): boolean {
  return Object.entries(data).every(([key, { value }]) => {
    const length = Array.from(value).length
    if (key.startsWith('thing')) return length >= 1 && length <= 20
    if (key.startsWith('phrase')) return length >= 1 && length <= 5 && /^\p{Script=Han}+$/u.test(value)
    if (key.startsWith('time')) return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(value)
    return length <= 20
  })
}

/**
 * A local stand-in for WeChat's `POST /cgi-bin/stable_token` and
 * `POST /cgi-bin/message/subscribe/send`, for tests only. It issues numbered tokens, checks the
 * app id and secret, the token, the openid and the keyword rules, and answers in WeChat's
 * format (JSON labelled text/plain). The `fakeSubscribers` misbehave.
 */
export async function startFakeWechatSubscribe(options: {
  readonly appId: string
  readonly secret: string
  /** Seconds a token lasts; WeChat says 7200. */
  readonly expiresIn?: number
}): Promise<FakeWechatSubscribe> {
  const received: ReceivedSubscribeMessage[] = []
  const api = await startFakeWechatApi({
    ...options,
    endpoints: {
      '/cgi-bin/message/subscribe/send': ({ body, accessToken, tokenValid, answer }) => {
        const parsed = SendBody.safeParse(body)
        if (!parsed.success) return answer(200, { errcode: 47001, errmsg: 'data format error' })
        received.push({ accessToken, body: parsed.data })
        if (!tokenValid) return answer(200, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' })
        const openid = parsed.data.touser
        if (openid === fakeSubscribers.hang) return undefined
        if (openid === fakeSubscribers.serverError) return answer(500, 'system error')
        if (openid === fakeSubscribers.notJson) return answer(200, '<html>busy</html>')
        if (openid === fakeSubscribers.busy) return answer(200, { errcode: -1, errmsg: 'system error' })
        if (openid === fakeSubscribers.unknownOpenid) return answer(200, { errcode: 40003, errmsg: 'invalid openid' })
        if (openid === fakeSubscribers.notSubscribed) return answer(200, { errcode: 43101, errmsg: 'user refuse to accept the msg' })
        if (!keywordsValid(parsed.data.data)) return answer(200, { errcode: 47003, errmsg: 'argument invalid! data.thing1.value invalid' })
        return answer(200, { errcode: 0, errmsg: 'ok', msgid: 1 })
      },
    },
  })
  return { ...api, received }
}
