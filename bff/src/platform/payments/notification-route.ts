import type { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../app-env'
import type { Result } from '../problem'
import type { IncomingNotification } from './payment-channel'

/** A channel's notification is a few hundred bytes; anything near this is not one. */
const notificationMaxBytes = 16 * 1024

/**
 * Mounts a notify URL of the payment channel. Not an operation of the contract: the body is the
 * channel's format, signed over its bytes exactly as sent, and `handle` has the channel verify it.
 * WeChat Pay reads 2xx as received and anything else as "send again later" with
 * `{ code: 'FAIL', message }`.
 */
export function mountChannelNotification(app: Hono<AppEnv>, path: string, handle: (requestId: string, notification: IncomingNotification) => Promise<Result<null>>): void {
  const tooLarge = bodyLimit({ maxSize: notificationMaxBytes, onError: (c) => c.json({ code: 'FAIL', message: 'too large' }, 413) })
  // The limit is kept while the body streams in, so a body of no announced length is cut off too.
  app.post(path, tooLarge, async function channelNotification(c) {
    const body = await c.req.text()
    const handled = await handle(c.get('requestId'), { headers: { get: (name) => c.req.header(name) ?? null }, body })
    if (handled.ok) return c.body(null, 204)
    const status = handled.problem.code === 'unauthenticated' ? 401 : handled.problem.code === 'not_found' ? 404 : 400
    return c.json({ code: 'FAIL', message: handled.problem.code }, status)
  })
}
