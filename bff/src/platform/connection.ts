import type { Context, MiddlewareHandler } from 'hono'

/** What @hono/node-server passes as `c.env`: the request as Node received it. Absent in `app.request()`. */
interface NodeBindings {
  incoming?: {
    /** The whole request, body included, has arrived. */
    readonly complete?: boolean
    readonly errored?: unknown
  }
}

function incomingOf(c: Context): NodeBindings['incoming'] {
  return (c.env as NodeBindings | undefined)?.incoming
}

/** Not a status sent to anyone (the client has gone): what the log says of a request its client gave up on. */
export const closedByClient = 499

/**
 * The client hung up before its request had all arrived: Node ends such a request with an
 * "aborted" ECONNRESET. Reading the body then fails, but nothing went wrong on this side.
 */
export function abortedByClient(c: Context): boolean {
  const incoming = incomingOf(c)
  if (!incoming || incoming.complete !== false) return false
  const error = incoming.errored
  return error instanceof Error && 'code' in error && error.code === 'ECONNRESET'
}

/**
 * An answer sent before the request's body has all arrived (a 413 for a body announced too large,
 * a 401 before an upload is read) leaves bytes on the connection that nobody will read, and Node
 * drops the connection after a short drain. `Connection: close` says so, so that a keep-alive
 * client sends its next request on a new connection rather than into one about to close.
 */
export function closeAfterEarlyAnswer(): MiddlewareHandler {
  return async function closeAfterEarlyAnswer(c, next) {
    await next()
    // On the response's own headers: `c.header()` now would rebuild the whole response.
    if (incomingOf(c)?.complete === false) c.res.headers.set('connection', 'close')
  }
}
