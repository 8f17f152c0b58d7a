import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { onTestFinished } from 'vitest'

/**
 * A built h5 client in miniature: these files (paths relative to its root) in `h5/` of a
 * temporary folder of its own, where a test may put what must stay out of reach beside it.
 * Removed when the test ends.
 */
export function tempClientDist(files: Record<string, string | Uint8Array>): string {
  const parent = mkdtempSync(join(tmpdir(), 'renshe-client-'))
  onTestFinished(() => rmSync(parent, { recursive: true, force: true }))
  const dir = join(parent, 'h5')
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

export const hashedScript = '/js/app.1a2b3c4d.js'
export const script = Array.from({ length: 60 }, (_, i) => `document.title = "人社服务 ${i}"\n`).join('')
export const page = `<!DOCTYPE html><html lang="zh-CN"><head><script defer src="${hashedScript}"></script></head><body><div id="app"></div></body></html>`

export const serviceWorker = Array.from({ length: 40 }, (_, i) => `self.addEventListener("fetch", () => ${i})\n`).join('')

/**
 * The h5 build as `npm run build:h5` leaves it, in miniature: a hashed script with its brotli and
 * gzip variants, `index.html` with a gzip one, the service worker with its own, and an image under
 * its source name.
 */
export function miniatureClient(): string {
  return tempClientDist({
    'index.html': page,
    'index.html.gz': gzipSync(page),
    [hashedScript]: script,
    [`${hashedScript}.br`]: brotliCompressSync(script),
    [`${hashedScript}.gz`]: gzipSync(script),
    'sw.js': serviceWorker,
    'sw.js.br': brotliCompressSync(serviceWorker),
    'sw.js.gz': gzipSync(serviceWorker),
    'static/images/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>',
  })
}

export interface RawResponse {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  /** The bytes as they came over the wire: a compressed body stays compressed. */
  readonly body: Buffer
}

/**
 * A request sent as written, unlike `fetch`: the path is not normalised (`/../` stays), no
 * `Accept-Encoding` is added, and nothing is decompressed.
 */
export function rawRequest(baseUrl: string, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path, method: options.method ?? 'GET', headers: options.headers ?? {}, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      response.on('error', reject)
    })
    sent.on('error', reject)
    sent.end()
  })
}
