import type { TestContext } from './harness'

/** A file as a phone's upload sends it: its name, its bytes, and the type the client claims. */
export interface UploadFile {
  readonly name: string
  readonly bytes: Uint8Array
  readonly type?: string
}

export interface UploadOptions {
  readonly file: UploadFile
  readonly token?: string
  readonly actingFor?: string
  readonly idempotencyKey?: string
  /** A partner department's key, sent as `X-Partner-Key`. */
  readonly partnerKey?: string
  readonly headers?: Record<string, string>
  /** The form field the operation reads; `file` unless it says otherwise. */
  readonly field?: string
  readonly method?: string
}

/** A multipart/form-data request with one file, written by fetch with its own boundary. */
export function upload(t: Pick<TestContext, 'app'>, path: string, options: UploadOptions): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.actingFor) headers['x-acting-for'] = options.actingFor
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey
  if (options.partnerKey !== undefined) headers['x-partner-key'] = options.partnerKey
  const form = new FormData()
  const { file } = options
  form.append(options.field ?? 'file', new Blob([new Uint8Array(file.bytes)], file.type ? { type: file.type } : {}), file.name)
  return Promise.resolve(t.app.request(path, { method: options.method ?? 'POST', headers, body: form }))
}
