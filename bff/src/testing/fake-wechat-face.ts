import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { z } from 'zod'

/** A face check the fake knows: who did it, in which account, whether it matched, and when. */
export interface FakeFaceCheck {
  readonly openid: string
  readonly idNumber: string
  readonly name: string
  /** 0: the face matched. */
  readonly identifyRet?: number
  /** Seconds since the epoch. */
  readonly identifyTime: number
}

export interface FakeWechatFace {
  readonly url: string
  tokenRequests(): number
  /** Every `getinfo` call: the token it came with and its body. */
  readonly received: { readonly accessToken: string; readonly body: unknown }[]
  /** Every request line (method and URL), in order. */
  readonly requests: string[]
  /** Makes every token issued so far invalid, as WeChat does when it rotates them. */
  revokeTokens(): void
  /** From now on, answer every `getinfo` as if the token were invalid (42001). */
  rejectAllTokens(): void
  close(): Promise<void>
}

/** Verify results that make the fake misbehave the way WeChat sometimes does. */
export const fakeFaceResults = {
  serverError: 'vr-500',
  busy: 'vr-busy',
  notJson: 'vr-not-json',
  hang: 'vr-hang',
} as const

const md5 = (value: string) => createHash('md5').update(value, 'utf8').digest('hex')

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
 * `POST /cityservice/face/identify/getinfo`, for tests only. It issues numbered tokens, checks
 * the app, the token and the body, and answers a known `verify_result` with the check's record
 * in WeChat's format (MD5s of the ID number and the UTF-8 name; JSON labelled text/plain).
 */
export async function startFakeWechatFace(options: {
  readonly appId: string
  readonly secret: string
  readonly checks: Readonly<Record<string, FakeFaceCheck>>
}): Promise<FakeWechatFace> {
  const valid = new Set<string>()
  let issued = 0
  let tokenRequests = 0
  let rejectAll = false
  const received: { accessToken: string; body: unknown }[] = []
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
        tokenRequests += 1
        const request = z.object({ grant_type: z.literal('client_credential'), appid: z.string(), secret: z.string() }).safeParse(body)
        if (!request.success) return answer(res, 200, { errcode: 40002, errmsg: 'invalid grant_type' })
        if (request.data.appid !== options.appId || request.data.secret !== options.secret) return answer(res, 200, { errcode: 40125, errmsg: 'invalid appsecret' })
        issued += 1
        const token = `fake-token-${issued}`
        valid.add(token)
        return answer(res, 200, { access_token: token, expires_in: 7200 })
      }
      if (url.pathname === '/cityservice/face/identify/getinfo') {
        const accessToken = url.searchParams.get('access_token') ?? ''
        received.push({ accessToken, body })
        if (rejectAll || !valid.has(accessToken)) return answer(res, 200, { errcode: 42001, errmsg: 'access_token expired' })
        const request = z.strictObject({ verify_result: z.string().min(1) }).safeParse(body)
        if (!request.success) return answer(res, 200, { errcode: 47001, errmsg: 'data format error' })
        const verifyResult = request.data.verify_result
        if (verifyResult === fakeFaceResults.hang) return undefined
        if (verifyResult === fakeFaceResults.serverError) return answer(res, 500, 'system error')
        if (verifyResult === fakeFaceResults.notJson) return answer(res, 200, '<html>busy</html>')
        if (verifyResult === fakeFaceResults.busy) return answer(res, 200, { errcode: -1, errmsg: 'system error' })
        const check = options.checks[verifyResult]
        // WeChat's error message may quote what it was given: the client must not pass it on.
        if (!check) return answer(res, 200, { errcode: 40097, errmsg: `invalid verify_result ${verifyResult}` })
        return answer(res, 200, {
          errcode: 0,
          errmsg: 'ok',
          identify_ret: check.identifyRet ?? 0,
          identify_time: check.identifyTime,
          validate_data: '8392',
          openid: check.openid,
          user_id_key: `uik-${check.openid}`,
          finish_time: check.identifyTime + 3,
          id_card_number_md5: md5(check.idNumber),
          name_utf8_md5: md5(check.name),
        })
      }
      return answer(res, 404, 'not found')
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the fake is not listening on a TCP port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    tokenRequests: () => tokenRequests,
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
