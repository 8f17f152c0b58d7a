import { secureHeaders } from 'hono/secure-headers'

/**
 * The headers on every response — the API, the h5 client's page and files, 404s: scripts only
 * from this origin and never inline or evaluated, no framing, no sniffing, no referrer. What the
 * built h5 client needs beyond `'self'`, and why, is in decision 029.
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Taro's h5 runtime adds <style> elements and style attributes as it renders (decision 029).
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      // Taro.uploadFile reads the picked photo back from its own blob: URL with XMLHttpRequest.
      connectSrc: ["'self'", 'blob:'],
      // Taro's h5 components carry their icon font as a data: URL.
      fontSrc: ["'self'", 'data:'],
      // The h5 client's service worker, /sw.js, from this origin only (decision 038).
      workerSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginResourcePolicy: 'same-site',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
  })
}
