import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect, test } from 'vitest'
import { startTestServer } from '../testing/harness'
import { hashedScript, miniatureClient, rawRequest, script } from '../testing/client-files'

test('a path that climbs out of the client’s folder is refused, however it is written', async () => {
  const root = miniatureClient()
  // Beside the client's folder (`h5/`), where a climb out of it lands first; `h5.env` shares its prefix.
  for (const file of ['portal.env', 'h5.env']) writeFileSync(join(dirname(root), file), 'DATA_ENCRYPTION_KEY=not-for-browsers')
  const server = await startTestServer({ CLIENT_DIST: root })
  const climbs = [
    '/../portal.env',
    '/js/../../portal.env',
    '/../h5.env',
    '/%2e%2e/portal.env',
    '/%2E%2E%2Fportal.env',
    '/js/..%2f..%2fportal.env',
    '/js/%2e%2e%2f%2e%2e%2fportal.env',
    '/%252e%252e%252fportal.env',
    '/..%5cportal.env',
    '/..\\portal.env',
    '/.%2e/portal.env',
    '//portal.env',
    `/${'../'.repeat(12)}etc/passwd`,
    '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  ]
  expect((await rawRequest(server.url, hashedScript)).status, 'the client itself is served').toBe(200)
  for (const path of climbs) {
    const response = await rawRequest(server.url, path, { headers: { 'accept-encoding': 'gzip, br' } })
    // A backslash is refused by @hono/node-server before the app sees the request.
    expect(response.status, path).toBe(path.includes('\\') ? 400 : 404)
    expect(response.body.toString(), path).not.toContain('not-for-browsers')
    expect(response.body.toString(), path).not.toMatch(/root:.*:0:0:/)
    expect(response.headers['cache-control'] ?? '', path).not.toContain('immutable')
  }
})

test('a client that did not ask for brotli never gets it', async () => {
  const server = await startTestServer({ CLIENT_DIST: miniatureClient() })
  const asked: [string | undefined, string | undefined][] = [
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['deflate', undefined],
    ['x-br, brotli', undefined],
    ['br;q=0', undefined],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip, deflate', 'gzip'],
  ]
  for (const [acceptEncoding, expected] of asked) {
    const headers: Record<string, string> = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }
    const response = await rawRequest(server.url, hashedScript, { headers })
    expect(response.status, acceptEncoding).toBe(200)
    expect(response.headers['content-encoding'], acceptEncoding).toBe(expected)
    if (expected === undefined) expect(response.body.toString(), acceptEncoding).toBe(script)
  }
})
