import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono, MiddlewareHandler } from 'hono'
import { etag } from 'hono/etag'
import type { AppEnv } from './app-env'

/**
 * A name that carries webpack's `[contenthash:8]` before its extension (`js/app.411784d7.js`,
 * the h5 output names in client/config/index.ts): a new content gets a new name, so a copy kept
 * for a year is never stale. Decided by the name, not the folder: Taro copies `static/` assets
 * under their source names.
 */
const hashedName = /\.[0-9a-f]{8}\.[A-Za-z0-9]+$/
const immutable = 'public, max-age=31536000, immutable'
/**
 * The h5 client's service worker (client/scripts/service-worker.mjs, decision 038). Its name
 * never changes and it decides which build a phone runs offline: it is checked on every visit,
 * whatever its name looks like.
 */
export const serviceWorkerPath = '/sw.js'

/** What a file answer (200, a range, a 304) is cached as: hashed names for a year, the rest (the page, the service worker) revalidated on every use. */
export function clientFileCaching(): MiddlewareHandler<AppEnv> {
  return async function clientFileCaching(c, next) {
    await next()
    const { status, headers } = c.res
    if (status !== 200 && status !== 206 && status !== 304) return
    headers.set('cache-control', hashedName.test(c.req.path) && c.req.path !== serviceWorkerPath ? immutable : 'no-cache')
    // serveStatic says so only when it sends a compressed variant; a cache that kept an
    // uncompressed answer without it would hand that to every later browser.
    if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(headers.get('vary') ?? '')) headers.append('vary', 'Accept-Encoding')
  }
}

/**
 * A weak validator from the served file's size, modification time and encoding (nginx's, in
 * effect), for `etag()` to answer `If-None-Match` with a 304 without reading the file: given
 * none, `etag()` would hash every file it sends.
 */
export function fileValidator(): MiddlewareHandler<AppEnv> {
  return async function fileValidator(c, next) {
    await next()
    const { status, headers } = c.res
    if ((status !== 200 && status !== 206) || headers.has('etag')) return
    const modified = Date.parse(headers.get('last-modified') ?? '')
    // The whole file's size: a range answer says it after the slash of its Content-Range.
    const sizeText = status === 206 ? headers.get('content-range')?.split('/')[1] : headers.get('content-length')
    const size = sizeText ? Number(sizeText) : Number.NaN
    if (!Number.isFinite(modified) || !Number.isSafeInteger(size)) return
    const encoding = headers.get('content-encoding')
    headers.set('etag', `W/"${size.toString(16)}-${(modified / 1000).toString(16)}${encoding ? `-${encoding}` : ''}"`)
  }
}

/**
 * The built h5 client at `/`, behind the API's routes: brotli or gzip variants written at build
 * time (`client/scripts/compress-h5.mjs`) when the browser accepts them, long caching for hashed
 * names, 304s for unchanged files (decision 034).
 */
export function registerClientFiles(app: Hono<AppEnv>, root: string): void {
  app.use('/*', clientFileCaching(), etag(), fileValidator(), serveStatic({ root, precompressed: true }))
}
