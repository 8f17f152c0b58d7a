import { expect, test } from 'vitest'
import { startTestServer } from '../testing/harness'
import { expectProblem } from '../testing/http'
import { hashedScript, miniatureClient } from '../testing/client-files'

test('a hashed name that is not there is a 404 that no cache keeps: the next build may bring it', async () => {
  const server = await startTestServer({ CLIENT_DIST: miniatureClient() })
  for (const path of ['/js/app.deadbeef.js', '/css/app.0badc0de.css']) {
    const response = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'br, gzip' } })
    expect(response.headers.get('cache-control'), path).toBeNull()
    expect(response.headers.get('content-encoding'), path).toBeNull()
    await expectProblem(response, 'not_found', { because: path })
  }
})

test('a range past the end of a hashed file is refused without a year of caching', async () => {
  const server = await startTestServer({ CLIENT_DIST: miniatureClient() })
  const response = await fetch(`${server.url}${hashedScript}`, { headers: { range: 'bytes=999999-' } })
  await response.arrayBuffer()
  expect(response.status).toBe(416)
  expect(response.headers.get('cache-control')).toBeNull()
  expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
})

test('a client file cannot be written: other methods than GET and HEAD are not found', async () => {
  const server = await startTestServer({ CLIENT_DIST: miniatureClient() })
  for (const method of ['POST', 'PUT', 'DELETE']) {
    const response = await fetch(`${server.url}${hashedScript}`, { method, body: method === 'DELETE' ? null : 'x' })
    expect(response.headers.get('cache-control'), method).toBeNull()
    await expectProblem(response, 'not_found', { because: method })
  }
})
