import { expect, test } from 'vitest'
import { evidenceSamples } from '../testing/evidence-samples'
import { expectFieldErrors, expectOk, expectProblem } from '../testing/http'
import { createUploadTestContext, formWith, postUpload, testUploadMaxBytes, uploadTestEvidence } from '../testing/upload-operation'

test('a citizen who sends the form without choosing a file is told to add one', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const nothing = new FormData()
  expect(await expectFieldErrors(await postUpload(t, nothing, { token }))).toEqual({ file: 'field.required' })
  // What a browser sends when the file input was left empty: a part with no name and no bytes.
  const browser = '--b\r\nContent-Disposition: form-data; name="file"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--b--\r\n'
  const headers = { 'content-type': 'multipart/form-data; boundary=b' }
  expect(await expectFieldErrors(await postUpload(t, browser, { token, headers }))).toEqual({ file: 'field.required' })
  expect(await expectFieldErrors(await postUpload(t, formWith(new Uint8Array(0), ''), { token }))).toEqual({ file: 'field.required' })
  expect(t.handled()).toBe(0)
})

test('text where the file should be is refused as invalid', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const form = new FormData()
  form.append('file', 'photo.jpg')
  expect(await expectFieldErrors(await postUpload(t, form, { token }))).toEqual({ file: 'field.invalid' })
})

test('a wrong path parameter, a wrong query and a missing file are all reported at once', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const errors = await expectFieldErrors(await postUpload(t, new FormData(), { token, path: '/api/test/cases/x1/evidence?kind=video' }))
  expect(errors).toEqual({ 'params.caseId': 'field.invalid', 'query.kind': 'field.choose', file: 'field.required' })
})

test('a file one byte over the limit is answered payload_too_large with the limit, and the handler never runs', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const problem = await expectProblem(await postUpload(t, formWith(new Uint8Array(testUploadMaxBytes + 1)), { token }), 'payload_too_large')
  expect(problem.detail).toBe(`At most ${testUploadMaxBytes} bytes`)
  expect(t.handled()).toBe(0)
})

test('a form with another part beside the file is refused, as an unknown JSON key would be', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const form = formWith(evidenceSamples['image/jpeg'])
  form.append('caseId', 'c2')
  expect(await expectFieldErrors(await postUpload(t, form, { token }))).toEqual({ body: 'field.unknownKey' })
})

test('a file whose content is no photo or PDF is refused by the handler with a field error', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const errors = await expectFieldErrors(await postUpload(t, formWith(new TextEncoder().encode('just some notes'), 'notes.pdf'), { token }))
  expect(errors).toEqual({ file: 'field.invalid' })
})

test('a multipart body that does not parse is answered with a field error, not a 500', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const headers = { 'content-type': 'multipart/form-data; boundary=----b' }
  for (const body of ['------b\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\nunterminated', 'no parts at all', '']) {
    const errors = await expectFieldErrors(await postUpload(t, body, { token, headers }))
    expect(errors, JSON.stringify(body)).toEqual({ file: 'field.invalid' })
  }
})

test('an upload retried with the same key but another file is answered idempotency_key_reused', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const key = 'upload-retry-000000002'
  await expectOk(await postUpload(t, formWith(evidenceSamples['image/jpeg']), { token, idempotencyKey: key }), uploadTestEvidence.response, 201)
  await expectProblem(await postUpload(t, formWith(evidenceSamples['image/png']), { token, idempotencyKey: key }), 'idempotency_key_reused')
  expect(t.handled()).toBe(1)
})

test('a citizen over her submission limit is answered rate_limited with the seconds to wait', async () => {
  const t = await createUploadTestContext({ env: { SUBMISSION_RATE_LIMIT: '1', SUBMISSION_RATE_WINDOW_SECONDS: '600' } })
  const token = await t.login('citizen-zhang')
  await expectOk(await postUpload(t, formWith(evidenceSamples['image/jpeg']), { token }), uploadTestEvidence.response, 201)
  const refused = await postUpload(t, formWith(evidenceSamples['image/jpeg']), { token })
  const problem = await expectProblem(refused, 'rate_limited')
  expect(problem.retryAfterSeconds).toBeGreaterThan(0)
  expect(problem.retryAfterSeconds).toBeLessThanOrEqual(600)
  expect(refused.headers.get('retry-after')).toBe(String(problem.retryAfterSeconds))
  expect(t.handled()).toBe(1)
})
