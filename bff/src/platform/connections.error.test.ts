import { connect, type Socket } from 'node:net'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { startTestServer } from '../testing/harness'

// The jobs stay off: these tests are about sockets, and a job's log lines would only be noise.
const quietServer = { WAGES_JOB_INTERVAL_SECONDS: '0', RETIREE_JOB_INTERVAL_SECONDS: '0', JOBS_MATCH_INTERVAL_SECONDS: '0', TRAINING_JOB_INTERVAL_SECONDS: '0', CARD_JOB_INTERVAL_SECONDS: '0', DISPUTES_JOB_INTERVAL_SECONDS: '0', CONTRACTS_JOB_INTERVAL_SECONDS: '0' }

const LogEntry = z.looseObject({ level: z.string(), event: z.string(), route: z.string().optional(), status: z.number().optional(), detail: z.string().optional() })

interface RawConnection {
  readonly socket: Socket
  /** The next whole response: its head (status line and headers) and its body. */
  response(): Promise<{ head: string; body: string }>
  /** Resolves once the server has closed the connection. */
  readonly closed: Promise<void>
}

/** A plain TCP connection to the server, to send exactly the bytes a test wants and no more. */
function rawConnection(url: string): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1')
    let received = ''
    let waiting: (() => void) | null = null
    socket.on('data', (data) => {
      received += data.toString('latin1')
      waiting?.()
    })
    const closed = new Promise<void>((done) => socket.once('close', () => done()))
    socket.once('error', reject)
    const response = () =>
      new Promise<{ head: string; body: string }>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no whole response within 5 s; received ${JSON.stringify(received)}`)), 5000)
        const take = () => {
          const end = received.indexOf('\r\n\r\n')
          if (end < 0) return
          const head = received.slice(0, end)
          const length = Number(headerOf(head, 'content-length') ?? '0')
          if (received.length < end + 4 + length) return
          const body = received.slice(end + 4, end + 4 + length)
          received = received.slice(end + 4 + length)
          waiting = null
          clearTimeout(timer)
          done({ head, body })
        }
        waiting = take
        take()
      })
    socket.once('connect', () => resolve({ socket, response, closed }))
  })
}

function headerOf(head: string, name: string): string | undefined {
  const line = head.split('\r\n').find((candidate) => candidate.toLowerCase().startsWith(`${name}:`))
  return line?.slice(name.length + 1).trim()
}

function requestHead(method: string, path: string, headers: Record<string, string | number>): string {
  return [`${method} ${path} HTTP/1.1`, 'Host: localhost', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), '', ''].join('\r\n')
}

async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 5000) throw new Error(`still waiting for ${what} after 5 s`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

test('a client that announces 1000 bytes, sends 10 and hangs up is logged as aborted by the client, with no error and no 500', async () => {
  const logLines: string[] = []
  const server = await startTestServer(quietServer, { logLines })
  const entries = () => logLines.map((line) => LogEntry.parse(JSON.parse(line)))
  const connection = await rawConnection(server.url)

  const head = requestHead('POST', '/api/auth/dev/login', { 'Content-Type': 'application/json', 'Content-Length': 1000 })
  connection.socket.write(`${head}{"account"`, () => connection.socket.destroy())
  await eventually(() => entries().some((entry) => entry.event === 'request'), 'the access log line of the request')

  const logged = entries()
  expect(logged.filter((entry) => entry.event === 'request')).toEqual([
    expect.objectContaining({ level: 'info', route: '/api/auth/dev/login', status: 499, detail: 'aborted by client' }),
  ])
  expect(logged.filter((entry) => entry.level === 'error')).toEqual([])
  expect(logged.filter((entry) => entry.status === 500)).toEqual([])
})

test('an answer sent before the body was read (413 for a body announced too large, 401 before it) says Connection: close, and the connection is closed', async () => {
  const server = await startTestServer(quietServer)
  const early = [
    { because: 'a JSON body over 64 KB', expected: 413, head: requestHead('POST', '/api/auth/dev/login', { Connection: 'keep-alive', 'Content-Type': 'application/json', 'Content-Length': 1024 * 1024 }) },
    {
      because: 'an upload over its limit',
      expected: 413,
      head: requestHead('POST', '/api/wages/projects/any/payroll', { Connection: 'keep-alive', 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': 50 * 1024 * 1024 }),
    },
    { because: 'no session, the body still owed', expected: 401, head: requestHead('POST', '/api/wages/projects', { Connection: 'keep-alive', 'Content-Type': 'application/json', 'Content-Length': 200 }) },
  ]
  for (const { because, expected, head } of early) {
    const connection = await rawConnection(server.url)
    connection.socket.write(head)
    const response = await connection.response()
    expect(response.head.split('\r\n')[0], because).toBe(`HTTP/1.1 ${expected} ${expected === 413 ? 'Payload Too Large' : 'Unauthorized'}`)
    expect(headerOf(response.head, 'connection'), because).toBe('close')
    await connection.closed
  }
})

test('an answer sent after the whole body was read keeps the connection open for the next request', async () => {
  const server = await startTestServer(quietServer)
  const connection = await rawConnection(server.url)
  const body = '{"account":'
  connection.socket.write(`${requestHead('POST', '/api/auth/dev/login', { 'Content-Type': 'application/json', 'Content-Length': body.length })}${body}`)
  const malformed = await connection.response()
  expect(malformed.head).toMatch(/^HTTP\/1\.1 400 /)
  expect(headerOf(malformed.head, 'connection')).toBe('keep-alive')

  connection.socket.write(requestHead('GET', '/api/health', {}))
  const health = await connection.response()
  expect(health.head).toMatch(/^HTTP\/1\.1 200 /)
  expect(JSON.parse(health.body)).toEqual({ status: 'ok' })
  connection.socket.destroy()
})

/**
 * How long closing may take. A server that waited for an idle connection would take its whole
 * grace (10 s): closing is given half that, as on a busy 2-core machine stopping the jobs and
 * the database pool alone can take seconds.
 */
const closingWithin = 5000

/** Fails instead of hanging when `promise` does not settle within `ms`. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms).unref())])
}

test('a closing server closes at once a connection that never carried a request, as a browser opens ahead of need', async () => {
  const server = await startTestServer(quietServer)
  const unused = await rawConnection(server.url)
  const kept = await rawConnection(server.url)
  kept.socket.write(requestHead('GET', '/api/health', {}))
  expect((await kept.response()).head).toMatch(/^HTTP\/1\.1 200 /)

  await within(closingWithin, 'closing the server', server.close())
  await within(1000, 'closing the unused connection', unused.closed)
  await within(1000, 'closing the kept-alive connection', kept.closed)
})

test('a request in flight when the server starts closing is answered before its connection is closed', async () => {
  const server = await startTestServer(quietServer)
  const connection = await rawConnection(server.url)
  const body = '{"account":'
  connection.socket.write(`${requestHead('POST', '/api/auth/dev/login', { 'Content-Type': 'application/json', 'Content-Length': body.length })}${body.slice(0, 4)}`)
  // The server has the request (its head) and waits for the rest of the body.
  await new Promise((resolve) => setTimeout(resolve, 200))

  const closed = server.close()
  connection.socket.write(body.slice(4))
  const answer = await connection.response()
  expect(answer.head).toMatch(/^HTTP\/1\.1 400 /)
  await within(closingWithin, 'closing the server', closed)
  await within(1000, 'closing the connection', connection.closed)
})
