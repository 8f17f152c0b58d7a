import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { z } from 'zod'

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

export interface FakeWechatSubscribe {
  readonly url: string
  /** How many access tokens were asked for. */
  tokenRequests(): number
  /** Bodies of the token requests, to check where the secret travels. */
  readonly tokenBodies: unknown[]
  /** Every `subscribe/send` call, accepted or not. */
  readonly received: ReceivedSubscribeMessage[]
  /** Every request line (method and URL), in order. */
  readonly requests: string[]
  /** Makes every token issued so far invalid, as WeChat does when it rotates them. */
  revokeTokens(): void
  /** From now on, answer every send as if the token were invalid (40001). */
  rejectAllTokens(): void
  close(): Promise<void>
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

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    return null
  }
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
  const valid = new Set<string>()
  let issued = 0
  let rejectAll = false
  const tokenBodies: unknown[] = []
  const received: ReceivedSubscribeMessage[] = []
  const requests: string[] = []
  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'text/plain' })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake-wechat')
    requests.push(`${req.method ?? ''} ${url.pathname}${url.search}`)
    void (async () => {
      if (req.method !== 'POST') return answer(res, 405, 'method not allowed')
      const body = await readBody(req)
      if (url.pathname === '/cgi-bin/stable_token') {
        tokenBodies.push(body)
        const request = z.object({ grant_type: z.string(), appid: z.string(), secret: z.string() }).safeParse(body)
        if (!request.success || request.data.grant_type !== 'client_credential') return answer(res, 200, { errcode: 40002, errmsg: 'invalid grant_type' })
        if (request.data.appid !== options.appId) return answer(res, 200, { errcode: 40013, errmsg: 'invalid appid' })
        if (request.data.secret !== options.secret) return answer(res, 200, { errcode: 40125, errmsg: 'invalid appsecret' })
        issued += 1
        const token = `fake-token-${issued}`
        valid.add(token)
        return answer(res, 200, { access_token: token, expires_in: options.expiresIn ?? 7200 })
      }
      if (url.pathname === '/cgi-bin/message/subscribe/send') {
        const accessToken = url.searchParams.get('access_token') ?? ''
        const parsed = SendBody.safeParse(body)
        if (!parsed.success) return answer(res, 200, { errcode: 47001, errmsg: 'data format error' })
        received.push({ accessToken, body: parsed.data })
        if (rejectAll || !valid.has(accessToken)) return answer(res, 200, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' })
        const openid = parsed.data.touser
        if (openid === fakeSubscribers.hang) return undefined
        if (openid === fakeSubscribers.serverError) return answer(res, 500, 'system error')
        if (openid === fakeSubscribers.notJson) return answer(res, 200, '<html>busy</html>')
        if (openid === fakeSubscribers.busy) return answer(res, 200, { errcode: -1, errmsg: 'system error' })
        if (openid === fakeSubscribers.unknownOpenid) return answer(res, 200, { errcode: 40003, errmsg: 'invalid openid' })
        if (openid === fakeSubscribers.notSubscribed) return answer(res, 200, { errcode: 43101, errmsg: 'user refuse to accept the msg' })
        if (!keywordsValid(parsed.data.data)) return answer(res, 200, { errcode: 47003, errmsg: 'argument invalid! data.thing1.value invalid' })
        return answer(res, 200, { errcode: 0, errmsg: 'ok', msgid: 1 })
      }
      return answer(res, 404, 'not found')
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the fake is not listening on a TCP port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    tokenRequests: () => tokenBodies.length,
    tokenBodies,
    received,
    requests,
    revokeTokens: () => valid.clear(),
    rejectAllTokens: () => {
      rejectAll = true
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
