import { expect, test } from 'vitest'
import { tempClientDist } from '../testing/client-files'
import { startTestServer } from '../testing/harness'

/** A built h5 client in miniature: its index page and one script. */
function clientDist(): string {
  return tempClientDist({
    'index.html': '<!DOCTYPE html><html lang="zh-CN"><head><script src="/js/app.js"></script></head><body><div id="app"></div></body></html>',
    'js/app.js': 'document.title = "人社服务"\n',
  })
}

function policyOf(response: Response): Record<string, string> {
  const header = response.headers.get('content-security-policy') ?? ''
  const directives = header
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .map(([name = '', ...values]): [string, string] => [name, values.join(' ')])
  return Object.fromEntries(directives.filter(([name]) => name !== ''))
}

const strictPolicy = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self' blob:",
  'font-src': "'self' data:",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
}

test('every response, the client’s pages and files and a 404 as much as the API, forbids framing, sniffing, referrers and foreign scripts', async () => {
  const server = await startTestServer({ CLIENT_DIST: clientDist() })
  const paths = ['/', '/index.html', '/js/app.js', '/no/such/page', '/js/missing.js', '/api/health', '/api/no-such-operation']
  for (const path of paths) {
    const response = await fetch(`${server.url}${path}`)
    await response.arrayBuffer()
    expect(policyOf(response), path).toEqual(strictPolicy)
    expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
    expect(response.headers.get('x-frame-options'), path).toBe('DENY')
    expect(response.headers.get('referrer-policy'), path).toBe('no-referrer')
  }
  const page = await fetch(`${server.url}/`)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('<div id="app">')
  expect((await fetch(`${server.url}/no/such/page`)).status).toBe(404)
})

test('the API keeps its own headers beside the policy: no caching, no cross-site reads', async () => {
  const server = await startTestServer({ CLIENT_DIST: clientDist() })
  const response = await fetch(`${server.url}/api/health`)
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(response.headers.get('cross-origin-resource-policy')).toBe('same-site')
})
