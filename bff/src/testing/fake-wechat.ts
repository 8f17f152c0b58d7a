import { createServer, type Server, type ServerResponse } from 'node:http'

export interface FakeWechatUser {
  readonly openid: string
  readonly sessionKey: string
}

export interface FakeWechat {
  readonly url: string
  /** Every request the fake received, to check what the client sent. */
  readonly requests: URL[]
  close(): Promise<void>
}

/** Codes that make the fake misbehave the way the real service sometimes does. */
export const fakeCodes = { rejected: 'code-rejected', serverError: 'code-500', hang: 'code-hang', notJson: 'code-not-json' } as const

/**
 * A local stand-in for WeChat's `GET /sns/jscode2session`, for tests only: it checks the app id,
 * secret, code and grant type as the real one does, and answers in its format (JSON labelled
 * text/plain). A code listed in `users` logs that user in; the `fakeCodes` misbehave.
 */
export async function startFakeWechat(options: {
  readonly appId: string
  readonly secret: string
  readonly users: Readonly<Record<string, FakeWechatUser>>
}): Promise<FakeWechat> {
  const requests: URL[] = []
  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'text/plain' })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake-wechat')
    requests.push(url)
    if (url.pathname !== '/sns/jscode2session') return answer(res, 404, 'not found')
    if (req.method !== 'GET') return answer(res, 405, 'method not allowed')
    const query = url.searchParams
    if (query.get('appid') !== options.appId) return answer(res, 200, { errcode: 40013, errmsg: 'invalid appid' })
    if (query.get('secret') !== options.secret) return answer(res, 200, { errcode: 40125, errmsg: 'invalid appsecret' })
    if (query.get('grant_type') !== 'authorization_code') return answer(res, 200, { errcode: 40002, errmsg: 'invalid grant_type' })
    const code = query.get('js_code') ?? ''
    if (code === fakeCodes.hang) return undefined
    if (code === fakeCodes.serverError) return answer(res, 500, 'system error')
    if (code === fakeCodes.notJson) return answer(res, 200, '<html>busy</html>')
    const user = options.users[code]
    if (!user) return answer(res, 200, { errcode: 40029, errmsg: 'invalid code' })
    return answer(res, 200, { openid: user.openid, session_key: user.sessionKey })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${portOf(server)}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** An address where nothing listens: a WeChat that is down. */
export async function unreachableUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = portOf(server)
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}

function portOf(server: Server): number {
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the fake is not listening on a TCP port')
  return address.port
}
