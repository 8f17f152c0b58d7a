import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { expect, test } from 'vitest'
import { startTestServer } from '../testing/harness'
import { hashedScript, miniatureClient, page, rawRequest, script, serviceWorker, type RawResponse } from '../testing/client-files'

const chrome = { 'accept-encoding': 'gzip, deflate, br, zstd' }
const yearLong = 'public, max-age=31536000, immutable'

async function portal(): Promise<string> {
  return (await startTestServer({ CLIENT_DIST: miniatureClient() })).url
}

function expectSecurityHeaders(response: RawResponse, because: string) {
  expect(response.headers['content-security-policy'], because).toContain("script-src 'self'")
  expect(response.headers['x-content-type-options'], because).toBe('nosniff')
  expect(response.headers['x-frame-options'], because).toBe('DENY')
}

test('a browser that takes brotli gets the hashed script as its .br, to keep for a year, with the security headers', async () => {
  const response = await rawRequest(await portal(), hashedScript, { headers: chrome })

  expect(response.status).toBe(200)
  expect(response.headers['content-encoding']).toBe('br')
  expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8')
  expect(response.headers.vary).toMatch(/accept-encoding/i)
  expect(response.headers['cache-control']).toBe(yearLong)
  expect(Number(response.headers['content-length'])).toBe(response.body.length)
  expect(response.body.length).toBeLessThan(Buffer.byteLength(script) / 4)
  expect(brotliDecompressSync(response.body).toString()).toBe(script)
  expectSecurityHeaders(response, hashedScript)
})

test('a browser that takes only gzip gets the .gz', async () => {
  const response = await rawRequest(await portal(), hashedScript, { headers: { 'accept-encoding': 'gzip, deflate' } })

  expect(response.status).toBe(200)
  expect(response.headers['content-encoding']).toBe('gzip')
  expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8')
  expect(response.headers.vary).toMatch(/accept-encoding/i)
  expect(response.headers['cache-control']).toBe(yearLong)
  expect(gunzipSync(response.body).toString()).toBe(script)
})

test('a client that asks for no encoding gets the file as it is, still marked as chosen by Accept-Encoding', async () => {
  const url = await portal()
  for (const headers of [{}, { 'accept-encoding': 'identity' }]) {
    const response = await rawRequest(url, hashedScript, { headers })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(response.headers.vary).toMatch(/accept-encoding/i)
    expect(response.headers['cache-control']).toBe(yearLong)
    expect(response.body.toString()).toBe(script)
  }
})

test('the page is checked again on every visit, compressed or not; so is a file without a hash in its name', async () => {
  const url = await portal()
  for (const path of ['/', '/index.html']) {
    const response = await rawRequest(url, path, { headers: chrome })
    expect(response.status, path).toBe(200)
    expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8')
    expect(response.headers['content-encoding'], path).toBe('gzip')
    expect(response.headers['cache-control'], path).toBe('no-cache')
    expect(gunzipSync(response.body).toString(), path).toBe(page)
    expectSecurityHeaders(response, path)
  }
  const image = await rawRequest(url, '/static/images/logo.svg', { headers: chrome })
  expect(image.status).toBe(200)
  expect(image.headers['content-type']).toBe('image/svg+xml; charset=utf-8')
  expect(image.headers['content-encoding']).toBeUndefined()
  expect(image.headers['cache-control']).toBe('no-cache')
})

test('the service worker script is checked again on every visit, sent as JavaScript under the policy, compressed when asked', async () => {
  const url = await portal()
  const response = await rawRequest(url, '/sw.js', { headers: chrome })

  expect(response.status).toBe(200)
  expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8')
  expect(response.headers['cache-control']).toBe('no-cache')
  expect(response.headers['content-encoding']).toBe('br')
  expect(brotliDecompressSync(response.body).toString()).toBe(serviceWorker)
  expect(response.headers['content-security-policy']).toContain("worker-src 'self'")
  expectSecurityHeaders(response, '/sw.js')

  const again = await rawRequest(url, '/sw.js', { headers: { ...chrome, 'if-none-match': response.headers.etag ?? '' } })
  expect(again.status).toBe(304)
  expect(again.headers['cache-control']).toBe('no-cache')
})

test('a browser checking a file it holds gets a 304 with no body, its caching and the security headers', async () => {
  const url = await portal()
  for (const [path, cacheControl] of [['/', 'no-cache'], [hashedScript, yearLong]] as const) {
    const first = await rawRequest(url, path, { headers: chrome })
    const tag = first.headers.etag ?? ''
    expect(tag, path).toMatch(/^W\/"[^"]+"$/)

    const again = await rawRequest(url, path, { headers: { ...chrome, 'if-none-match': tag } })
    expect(again.status, path).toBe(304)
    expect(again.body.length, path).toBe(0)
    expect(again.headers.etag, path).toBe(tag)
    expect(again.headers['cache-control'], path).toBe(cacheControl)
    expect(again.headers.vary, path).toMatch(/accept-encoding/i)
    expectSecurityHeaders(again, path)
  }
  // Each encoding is its own representation: the brotli one's tag does not stand for the plain file.
  const brotli = await rawRequest(url, hashedScript, { headers: chrome })
  const plain = await rawRequest(url, hashedScript, { headers: { 'if-none-match': brotli.headers.etag ?? '' } })
  expect(plain.status).toBe(200)
  expect(plain.body.toString()).toBe(script)
})

test('HEAD answers what GET would, without the body', async () => {
  const url = await portal()
  const get = await rawRequest(url, hashedScript, { headers: chrome })
  const head = await rawRequest(url, hashedScript, { method: 'HEAD', headers: chrome })

  expect(head.status).toBe(200)
  expect(head.body.length).toBe(0)
  for (const name of ['content-encoding', 'content-type', 'content-length', 'cache-control', 'etag', 'vary', 'content-security-policy']) {
    expect(head.headers[name], name).toBe(get.headers[name])
  }
})
