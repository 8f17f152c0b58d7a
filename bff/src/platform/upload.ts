import type { Context, MiddlewareHandler } from 'hono'
import type { Operation } from '@renshe/shared/platform/operation'
import type { AppEnv } from './app-env'
import { ApiProblem, problemResponse } from './problem'

/** One file received by an operation that declares `upload`: its size is checked, its type is not. */
export interface UploadedFile {
  readonly bytes: Uint8Array
  /** The name the client gave, reduced to a plain file name: display only, never a path. */
  readonly name: string
  readonly size: number
}

export type UploadSpec = NonNullable<Operation['upload']>

/**
 * Room for what multipart wraps around the file: boundaries and the part's headers, with a long
 * Chinese file name percent-encoded. The file itself is held to `maxBytes` exactly.
 */
export const multipartOverheadBytes = 16 * 1024

export function uploadBodyLimit(upload: UploadSpec): number {
  return upload.maxBytes + multipartOverheadBytes
}

function tooLarge(upload: UploadSpec): ApiProblem {
  return new ApiProblem({ code: 'payload_too_large', detail: `At most ${upload.maxBytes} bytes` })
}

/**
 * Refuses an upload whose announced length is already too large, before the session check and
 * before a byte of it is read. The length is only a claim: `readUpload` counts the bytes again.
 */
export function refuseAnnouncedOversize(upload: UploadSpec): MiddlewareHandler<AppEnv> {
  return async function refuseAnnouncedOversize(c, next) {
    const announced = Number(c.req.header('content-length'))
    if (Number.isFinite(announced) && announced > uploadBodyLimit(upload)) return problemResponse(c, tooLarge(upload).init)
    return next()
  }
}

/**
 * Reads the multipart body, stopping as soon as it passes the limit, and takes the one file in
 * `upload.field`. Throws the problem for a wrong media type or size; returns field errors.
 */
export async function readUpload(
  c: Context<AppEnv>,
  upload: UploadSpec,
): Promise<{ readonly file: UploadedFile } | { readonly errors: { path: string; key: string }[] }> {
  const type = c.req.header('content-type') ?? ''
  // Without a boundary there is no way to find the parts: as wrong as another media type.
  if (!/^multipart\/form-data\s*;(.*;)?\s*boundary=/i.test(type)) {
    throw new ApiProblem({ code: 'unsupported_media_type', detail: 'Send multipart/form-data' })
  }
  const bytes = await readWithin(c.req.raw, uploadBodyLimit(upload))
  if (bytes === null) throw tooLarge(upload)
  c.req.raw = new Request(c.req.raw, { body: new Uint8Array(bytes) })

  let form: Record<string, unknown>
  try {
    form = await c.req.parseBody({ all: true })
  } catch {
    return { errors: [{ path: 'file', key: 'field.invalid' }] }
  }
  const errors: { path: string; key: string }[] = []
  // Other data belongs in the path or query, where the contract validates it; a part nobody
  // reads would hide a client's mistake, as an unknown JSON key would.
  if (Object.keys(form).some((name) => name !== upload.field)) errors.push({ path: 'body', key: 'field.unknownKey' })
  const value = form[upload.field]
  // With no file chosen, browsers send an empty part named "" and some clients an empty field.
  if (value === undefined || value === '' || (value instanceof File && value.size === 0 && value.name === '')) {
    errors.push({ path: 'file', key: 'field.required' })
  } else if (!(value instanceof File)) {
    errors.push({ path: 'file', key: 'field.invalid' })
  } else if (value.size > upload.maxBytes) {
    throw tooLarge(upload)
  } else if (errors.length === 0) {
    const fileBytes = new Uint8Array(await value.arrayBuffer())
    return { file: { bytes: fileBytes, name: plainFileName(value.name), size: fileBytes.length } }
  }
  return { errors }
}

/** Counts the bytes as they arrive and stops at the limit, whatever Content-Length said. */
async function readWithin(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0)
  const reader: ReadableStreamDefaultReader<Uint8Array> = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, size)
}

const maxNameLength = 120

/**
 * `C:\fakepath\工资条.pdf` → `工资条.pdf`. Control characters go, and so do the direction
 * overrides that make a name ending in `.exe` read as one ending in `.pdf`; long names are cut.
 */
export function plainFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const printable = base.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim()
  return Array.from(printable).slice(0, maxNameLength).join('')
}
