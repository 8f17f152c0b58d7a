import { createServer, type IncomingMessage } from 'node:http'
import { z } from 'zod'

/** Answers a call in WeChat's way: JSON, labelled text/plain. */
export type Answer = (status: number, body: unknown) => void

/** One endpoint of a fake, after the token endpoint: what it was sent, and how to answer. */
export type FakeEndpoint = (call: {
  readonly url: URL
  readonly body: unknown
  readonly accessToken: string
  /** Whether the call's access token is one this fake issued and still honours. */
  readonly tokenValid: boolean
  readonly answer: Answer
}) => void

export interface FakeWechatApi {
  readonly url: string
  /** How many access tokens were asked for. */
  tokenRequests(): number
  /** Bodies of the token requests, to check where the secret travels. */
  readonly tokenBodies: unknown[]
  /** Every request line (method and URL), in order. */
  readonly requests: string[]
  /** Makes every token issued so far invalid, as WeChat does when it rotates them. */
  revokeTokens(): void
  /** From now on, every token counts as invalid. */
  rejectAllTokens(): void
  close(): Promise<void>
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
 * A local stand-in for WeChat's API, for tests only: `POST /cgi-bin/stable_token` issues
 * numbered tokens after checking the app id and secret; the other paths are the fake's
 * `endpoints`, each told whether the token it came with is valid. Everything is POST.
 */
export async function startFakeWechatApi(options: {
  readonly appId: string
  readonly secret: string
  /** Seconds a token lasts; WeChat says 7200. */
  readonly expiresIn?: number
  readonly endpoints: Readonly<Record<string, FakeEndpoint>>
}): Promise<FakeWechatApi> {
  const valid = new Set<string>()
  let issued = 0
  let rejectAll = false
  const tokenBodies: unknown[] = []
  const requests: string[] = []

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake-wechat')
    requests.push(`${req.method ?? ''} ${url.pathname}${url.search}`)
    const answer: Answer = (status, body) => {
      res.writeHead(status, { 'content-type': 'text/plain' })
      res.end(typeof body === 'string' ? body : JSON.stringify(body))
    }
    void (async () => {
      if (req.method !== 'POST') return answer(405, 'method not allowed')
      const body = await readBody(req)
      if (url.pathname === '/cgi-bin/stable_token') {
        tokenBodies.push(body)
        const request = z.object({ grant_type: z.string(), appid: z.string(), secret: z.string() }).safeParse(body)
        if (!request.success || request.data.grant_type !== 'client_credential') return answer(200, { errcode: 40002, errmsg: 'invalid grant_type' })
        if (request.data.appid !== options.appId) return answer(200, { errcode: 40013, errmsg: 'invalid appid' })
        if (request.data.secret !== options.secret) return answer(200, { errcode: 40125, errmsg: 'invalid appsecret' })
        issued += 1
        const token = `fake-token-${issued}`
        valid.add(token)
        return answer(200, { access_token: token, expires_in: options.expiresIn ?? 7200 })
      }
      const endpoint = options.endpoints[url.pathname]
      if (!endpoint) return answer(404, 'not found')
      const accessToken = url.searchParams.get('access_token') ?? ''
      return endpoint({ url, body, accessToken, tokenValid: !rejectAll && valid.has(accessToken), answer })
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the fake is not listening on a TCP port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    tokenRequests: () => tokenBodies.length,
    tokenBodies,
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
