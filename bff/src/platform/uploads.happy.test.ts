import { expect, test } from 'vitest'
import { z } from 'zod'
import { evidenceSamples } from '../testing/evidence-samples'
import { expectOk } from '../testing/http'
import { createUploadTestContext, formWith, postUpload, testUploadMaxBytes, uploadTestEvidence } from '../testing/upload-operation'
import { sha256 } from './crypto'
import { buildOpenApiDocument } from './openapi'

const Stored = uploadTestEvidence.response

test('a citizen uploads a photo of her payslip and the handler gets its bytes, name and size', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const photo = evidenceSamples['image/jpeg']
  const response = await postUpload(t, formWith(photo, '工资条.jpg'), { token, path: '/api/test/cases/c7/evidence?kind=payslip' })
  expect(await expectOk(response, Stored, 201)).toEqual({
    caseId: 'c7',
    kind: 'payslip',
    name: '工资条.jpg',
    size: photo.length,
    sha256: sha256(photo),
    mime: 'image/jpeg',
  })
  expect(t.handled()).toBe(1)
})

test('every kind of evidence a phone produces is taken: JPEG, PNG, WebP, HEIC, HEIF and PDF', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  for (const [mime, bytes] of Object.entries(evidenceSamples)) {
    const stored = await expectOk(await postUpload(t, formWith(bytes, 'evidence'), { token }), Stored, 201, mime)
    expect(stored.mime).toBe(mime)
  }
})

test('a file of exactly the limit is taken', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const pdf = new Uint8Array(testUploadMaxBytes)
  pdf.set(evidenceSamples['application/pdf'])
  const stored = await expectOk(await postUpload(t, formWith(pdf, 'scan.pdf'), { token }), Stored, 201)
  expect(stored.size).toBe(testUploadMaxBytes)
})

test('a retried upload with the same key and the same bytes gets the first answer, marked as replayed, and runs once', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const key = 'upload-retry-000000001'
  const first = await expectOk(await postUpload(t, formWith(evidenceSamples['image/png'], 'a.png'), { token, idempotencyKey: key }), Stored, 201)
  const retry = await postUpload(t, formWith(evidenceSamples['image/png'], 'a.png'), { token, idempotencyKey: key })
  expect(retry.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(retry, Stored, 201)).toEqual(first)
  expect(t.handled()).toBe(1)
})

test('the file name is kept as a plain name: no folders, no control or direction characters', async () => {
  const t = await createUploadTestContext()
  const token = await t.login('citizen-zhang')
  const names: [string, string][] = [
    ['C:\\fakepath\\工资条 2024-05.pdf', '工资条 2024-05.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['photo\u202egpj.exe', 'photogpj.exe'],
    ['line\r\nbreak.pdf', 'linebreak.pdf'],
    [`${'长'.repeat(300)}.pdf`, '长'.repeat(120)],
  ]
  for (const [sent, kept] of names) {
    const stored = await expectOk(await postUpload(t, formWith(evidenceSamples['application/pdf'], sent), { token }), Stored, 201, sent)
    expect(stored.name).toBe(kept)
  }
})

test('uploads are counted per account: another citizen still uploads when one has used up her submissions', async () => {
  const t = await createUploadTestContext({ env: { SUBMISSION_RATE_LIMIT: '2' } })
  const zhang = await t.login('citizen-zhang')
  for (let i = 0; i < 2; i += 1) await expectOk(await postUpload(t, formWith(evidenceSamples['image/jpeg']), { token: zhang }), Stored, 201)
  expect((await postUpload(t, formWith(evidenceSamples['image/jpeg']), { token: zhang })).status).toBe(429)
  const li = await t.login('citizen-li')
  await expectOk(await postUpload(t, formWith(evidenceSamples['image/jpeg']), { token: li }), Stored, 201)
})

test('the OpenAPI document describes an upload as multipart/form-data with one binary file, and its 413 and 415', () => {
  const document = buildOpenApiDocument([uploadTestEvidence])
  const operation = z
    .object({
      requestBody: z.object({ required: z.literal(true), content: z.record(z.string(), z.unknown()) }),
      responses: z.record(z.string(), z.unknown()),
    })
    .parse(document.paths?.['/api/test/cases/{caseId}/evidence']?.post)
  expect(Object.keys(operation.requestBody.content)).toEqual(['multipart/form-data'])
  expect(operation.requestBody.content['multipart/form-data']).toEqual({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: expect.objectContaining({ type: 'string', format: 'binary', contentMediaType: 'application/octet-stream' }) },
      additionalProperties: false,
    },
  })
  expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '413', '415', '429']))
})
