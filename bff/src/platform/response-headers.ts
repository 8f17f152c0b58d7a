import type { Context, Next } from 'hono'
import type { HttpBindings } from '@hono/node-server'

export type HeaderList = readonly (readonly [name: string, value: string])[]

/**
 * Gives every response to this request `headers`, whatever builds it (a handler, a problem
 * response made by hand, a client file), unless it sets the same header itself.
 *
 * Served by Node, they go on Node's outgoing message before the response exists, and Node's
 * `writeHead` adds them under the response's own. Setting them on the response afterwards, as
 * middleware usually does, turns the plain header record of every answer into a `Headers` object
 * and builds it again for Node: measured, a few per cent of a read's throughput. Without Node
 * (`app.request()` in tests) they are set on the response once it is built.
 */
export async function withHeaders(c: Context, headers: HeaderList, next: Next): Promise<void> {
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing
  if (outgoing) {
    for (const [name, value] of headers) outgoing.setHeader(name, value)
    await next()
    return
  }
  await next()
  for (const [name, value] of headers) if (!c.res.headers.has(name)) c.res.headers.set(name, value)
}
