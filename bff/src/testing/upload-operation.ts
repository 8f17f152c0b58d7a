import { z } from 'zod'
import { defineOperation } from '@renshe/shared/platform/operation'
import { sha256 } from '../platform/crypto'
import { checkEvidenceFile } from '../platform/files'
import { mountOperation, type OperationRequest } from '../platform/mount'
import { fail, ok } from '../platform/problem'
import { createTestContext, type TestContext } from './harness'

/** 64 KiB: more than the JSON limit, so the upload's own limit is what answers. */
export const testUploadMaxBytes = 64 * 1024 + 512

/** An upload that exists only in tests, shaped like the evidence uploads of the real modules. */
export const uploadTestEvidence = defineOperation({
  id: 'test.uploadEvidence',
  method: 'post',
  path: '/test/cases/:caseId/evidence',
  summary: 'Attach a file to a case (test only)',
  tags: ['test'],
  access: { kind: 'session', roles: ['citizen'] },
  params: z.object({ caseId: z.string().regex(/^c[0-9]{1,8}$/) }),
  query: z.object({ kind: z.enum(['payslip', 'photo']).default('photo') }).strict(),
  response: z.object({
    caseId: z.string(),
    kind: z.string(),
    name: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    mime: z.string(),
  }),
  successStatus: 201,
  idempotent: true,
  rateLimit: 'submission',
  upload: { field: 'file', maxBytes: testUploadMaxBytes },
})

export interface UploadTestContext extends TestContext {
  /** How many times the handler ran: a refused request must leave it untouched. */
  readonly handled: () => number
}

/**
 * A test context with `uploadTestEvidence` mounted before any request (Hono's router takes no
 * routes after its first match). The handler checks the content as a real one would; it keeps
 * nothing, so a retry is answered from the same file sent again, without running it.
 */
export async function createUploadTestContext(options: Parameters<typeof createTestContext>[0] = {}): Promise<UploadTestContext> {
  const t = await createTestContext(options)
  let handled = 0
  const describe = async ({ params, query, file }: OperationRequest<typeof uploadTestEvidence>) => {
    const checked = await checkEvidenceFile(file.bytes)
    if (!checked.ok) return fail('validation_failed', { errors: [{ path: 'file', key: 'field.invalid' }] })
    return ok({ caseId: params.caseId, kind: query.kind, name: file.name, size: file.size, sha256: sha256(file.bytes), mime: checked.mime })
  }
  mountOperation(t.app, t.deps, uploadTestEvidence, {
    handle: (_ctx, request) => {
      handled += 1
      return describe(request)
    },
    referenceOf: (stored) => stored.sha256,
    replay: (_ctx, _digest, request) => describe(request),
  })
  return { ...t, handled: () => handled }
}

export interface UploadCall {
  readonly token?: string
  readonly idempotencyKey?: string
  readonly headers?: Record<string, string>
  readonly path?: string
}

/** A form with one file in `field`, as a phone's upload sends it. */
export function formWith(bytes: Uint8Array, name = 'photo.jpg', field = 'file'): FormData {
  const form = new FormData()
  form.append(field, new Blob([new Uint8Array(bytes)]), name)
  return form
}

/** Posts a form (fetch writes the multipart body and its boundary) or raw bytes to the test upload. */
export function postUpload(t: TestContext, body: FormData | Uint8Array | string, call: UploadCall = {}): Promise<Response> {
  const headers: Record<string, string> = { ...call.headers }
  if (call.token) headers.authorization = `Bearer ${call.token}`
  if (call.idempotencyKey) headers['idempotency-key'] = call.idempotencyKey
  return Promise.resolve(t.app.request(call.path ?? '/api/test/cases/c1/evidence', { method: 'POST', headers, body }))
}
