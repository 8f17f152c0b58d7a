import type { MiddlewareHandler } from 'hono'
import { withHeaders, type HeaderList } from './response-headers'

/** Where the h5 client may load what from; what it needs beyond `'self'`, and why, is in decision 029. */
const contentSecurityPolicy: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Taro's h5 runtime adds <style> elements and style attributes as it renders (decision 029).
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  // Taro.uploadFile reads the picked photo back from its own blob: URL with XMLHttpRequest.
  'connect-src': ["'self'", 'blob:'],
  // Taro's h5 components carry their icon font as a data: URL.
  'font-src': ["'self'", 'data:'],
  // The h5 client's service worker, /sw.js, from this origin only (decision 038).
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

/**
 * The headers on every response — the API, the h5 client's page and files, 404s: scripts only
 * from this origin and never inline or evaluated, no framing, no sniffing, no referrer. The
 * values of `hono/secure-headers` with ours for the policy, framing and resource sharing, set the
 * cheap way (see `withHeaders`) rather than by that middleware, which sets them on each response.
 */
export const securityHeaderList: HeaderList = [
  [
    'content-security-policy',
    Object.entries(contentSecurityPolicy)
      .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
      .join('; '),
  ],
  ['cross-origin-resource-policy', 'same-site'],
  ['cross-origin-opener-policy', 'same-origin'],
  ['origin-agent-cluster', '?1'],
  ['referrer-policy', 'no-referrer'],
  ['strict-transport-security', 'max-age=15552000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['x-dns-prefetch-control', 'off'],
  ['x-download-options', 'noopen'],
  ['x-frame-options', 'DENY'],
  ['x-permitted-cross-domain-policies', 'none'],
  ['x-xss-protection', '0'],
]

export function securityHeaders(): MiddlewareHandler {
  return function securityHeadersMiddleware(c, next) {
    return withHeaders(c, securityHeaderList, next)
  }
}
