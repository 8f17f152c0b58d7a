import type { MiddlewareHandler } from 'hono'
import type { Random } from './random'
import { newId } from './random'
import { withHeaders } from './response-headers'

const acceptable = /^[A-Za-z0-9_-]{8,64}$/

/**
 * Takes a well-formed `X-Request-Id` from the caller (for tracing across hops) or makes one.
 *
 * Not `hono/request-id`: it sets the header with `c.header()` before the handler, and those
 * prepared headers never reach the problem responses built by hand (tested: every problem's
 * `requestId` equals its `X-Request-Id` header); it also accepts ids shorter than 8 characters
 * and with `=`, which the ids in our logs and audit rows never have.
 */
export function requestId(options: { random: Random }): MiddlewareHandler {
  return async function requestIdMiddleware(c, next) {
    const incoming = c.req.header('x-request-id')
    const id = incoming && acceptable.test(incoming) ? incoming : newId(options.random)
    c.set('requestId', id)
    // On the way out whoever answers: problem responses are Responses built by hand, which
    // headers prepared with `c.header()` never reach, and errors are what get traced.
    await withHeaders(c, [['x-request-id', id]], next)
  }
}
