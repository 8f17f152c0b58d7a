import { connect } from 'node:net'
import { serve } from '@hono/node-server'
import { expect, onTestFinished, test } from 'vitest'
import { evidenceSamples, hostileSamples } from '../testing/evidence-samples'
import { expectFieldErrors, expectProblem } from '../testing/http'
import { createUploadTestContext, formWith, postUpload, testUploadMaxBytes } from '../testing/upload-operation'
import { multipartOverheadBytes } from './upload'

const uploadPath = 'http://localhost/api/test/cases/c1/evidence'
const multipartType = 'multipart/form-data; boundary=----attack'
const chunkBytes = 16 * 1024

/** A body that never ends, counting what the server pulled from it. */
function endlessBody(): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunkBytes
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x41))
    },
  })
  return { stream, pulled: () => pulled }
}

function streamed(stream: ReadableStream<Uint8Array>, headers: Record<string, string>): Request {
  return new Request(uploadPath, { method: 'POST', body: stream, duplex: 'half', headers })
}

test('an upload announcing a body over the limit is refused before the session check, and not a byte is read', async () => {
  const t = await createUploadTestContext()
  const body = endlessBody()
  const response = await t.app.request(streamed(body.stream, { 'content-type': multipartType, 'content-length': String(50 * 1024 * 1024) }))
  const problem = await expectProblem(response, 'payload_too_large')
  expect(problem.detail).toBe(`At most ${testUploadMaxBytes} bytes`)
  expect(body.pulled()).toBeLessThanOrEqual(chunkBytes)
  expect(t.handled()).toBe(0)
})

test('an upload whose Content-Length lies small is cut off once the bytes pass the limit', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const body = endlessBody()
  const headers = { 'content-type': multipartType, 'content-length': '100', authorization: `Bearer ${token}` }
  await expectProblem(await t.app.request(streamed(body.stream, headers)), 'payload_too_large')
  expect(body.pulled()).toBeLessThanOrEqual(testUploadMaxBytes + multipartOverheadBytes + 2 * chunkBytes)
  expect(t.handled()).toBe(0)
})

test('an upload without any Content-Length is counted as it arrives and cut off at the limit', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const body = endlessBody()
  await expectProblem(await t.app.request(streamed(body.stream, { 'content-type': multipartType, authorization: `Bearer ${token}` })), 'payload_too_large')
  expect(body.pulled()).toBeLessThanOrEqual(testUploadMaxBytes + multipartOverheadBytes + 2 * chunkBytes)
})

test('over a real socket, an announced 50 MB upload is answered 413 before the client sends its body', async () => {
  const t = await createUploadTestContext()
  const server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 })
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP')

  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(address.port, '127.0.0.1', () => {
      socket.write(
        ['POST /api/test/cases/c1/evidence HTTP/1.1', 'Host: localhost', `Content-Type: ${multipartType}`, `Content-Length: ${50 * 1024 * 1024}`, '', ''].join('\r\n'),
      )
    })
    let received = ''
    socket.setTimeout(5000, () => reject(new Error('no answer while the body was still owed')))
    socket.on('data', (data) => {
      received += data.toString('latin1')
      if (received.includes('\r\n\r\n')) {
        socket.destroy()
        resolve(received)
      }
    })
    socket.on('error', reject)
  })
  expect(answer).toMatch(/^HTTP\/1\.1 413 /)
})

test('an upload without a session is refused before its body is read or counted against anyone', async () => {
  const t = await createUploadTestContext({ env: { SUBMISSION_RATE_LIMIT: '1' } })
  await expectProblem(await postUpload(t, formWith(evidenceSamples['image/jpeg'])), 'unauthenticated')
  const body = endlessBody()
  await expectProblem(await t.app.request(streamed(body.stream, { 'content-type': multipartType })), 'unauthenticated')
  expect(body.pulled()).toBeLessThanOrEqual(chunkBytes)
  expect(t.handled()).toBe(0)
  const token = await t.login('citizen-zhang')
  expect((await postUpload(t, formWith(evidenceSamples['image/jpeg']), { token })).status).toBe(201)
})

test('an officer, whose role the upload does not admit, is refused without the handler running', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('officer-liu')
  await expectProblem(await postUpload(t, formWith(evidenceSamples['image/jpeg']), { token }), 'forbidden')
  expect(t.handled()).toBe(0)
})

test('JSON sent to an upload is answered unsupported_media_type, and so is multipart without a boundary', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const attempts: Record<string, string>[] = [
    { 'content-type': 'application/json' },
    { 'content-type': 'text/plain' },
    { 'content-type': 'application/x-www-form-urlencoded' },
    { 'content-type': 'multipart/form-data' },
    { 'content-type': 'multipart/mixed; boundary=x' },
    {},
  ]
  for (const headers of attempts) {
    const response = await postUpload(t, new TextEncoder().encode('{"file":"iVBORw0KGgo="}'), { token, headers })
    const problem = await expectProblem(response, 'unsupported_media_type', { because: JSON.stringify(headers) })
    expect(problem.detail).toBe('Send multipart/form-data')
  }
  expect(t.handled()).toBe(0)
})

test('an upload sent to a JSON operation is answered unsupported_media_type, and its limit stays the JSON one', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-li')
  const small = await t.app.request('/api/me/real-name', { method: 'POST', body: formWith(evidenceSamples['image/jpeg']), headers: { authorization: `Bearer ${token}` } })
  expect((await expectProblem(small, 'unsupported_media_type')).detail).toBe('Send application/json')

  const large = await t.app.request('/api/me/real-name', {
    method: 'POST',
    body: formWith(new Uint8Array(64 * 1024)),
    headers: { authorization: `Bearer ${token}` },
  })
  expect((await expectProblem(large, 'payload_too_large')).detail).toBe('At most 65536 bytes')
})

test('a file named photo.jpg that is really a web page, an SVG, a ZIP, a program or a GIF is refused by its content', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  for (const [kind, bytes] of Object.entries(hostileSamples)) {
    const errors = await expectFieldErrors(await postUpload(t, formWith(bytes, 'photo.jpg'), { token }))
    expect(errors, kind).toEqual({ file: 'field.invalid' })
  }
})

test('two files in the one file field are refused, not one of them picked', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const form = formWith(evidenceSamples['image/jpeg'], 'a.jpg')
  form.append('file', new Blob([hostileSamples.html]), 'b.jpg')
  expect(await expectFieldErrors(await postUpload(t, form, { token }))).toEqual({ file: 'field.invalid' })
  expect(t.handled()).toBe(0)
})

test('many small parts cannot get a body past the limit', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const form = formWith(evidenceSamples['image/jpeg'])
  for (let i = 0; i < 200; i += 1) form.append(`part${i}`, 'x'.repeat(500))
  await expectProblem(await postUpload(t, form, { token }), 'payload_too_large')
  expect(t.handled()).toBe(0)
})
