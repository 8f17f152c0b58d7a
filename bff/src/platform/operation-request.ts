import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { z } from 'zod'
import type { Operation } from '@renshe/shared/platform/operation'
import type { AppEnv } from './app-env'
import type { Deps } from './deps'
import { auditPartnerRefusal } from './partner-access'
import { passThrough } from './pass-through'
import { ApiProblem, fieldErrorsOf, problemResponse } from './problem'
import { readUpload, refuseAnnouncedOversize } from './upload'

/**
 * The body limit of one operation, first in its chain. JSON bodies share `maxBodyBytes`; an
 * upload has its own limit, so that limit is set per operation rather than once for the whole API.
 */
export function operationBodyLimit(deps: Deps, operation: Operation): MiddlewareHandler<AppEnv> {
  if (operation.upload) return refuseAnnouncedOversize(operation.upload)
  // A GET reads no body (asking for one would build the whole fetch Request of every read): no step.
  if (operation.method === 'get') return passThrough
  const maxSize = deps.config.maxBodyBytes
  const onError = (c: Context<AppEnv>) => problemResponse(c, { code: 'payload_too_large', detail: `At most ${maxSize} bytes` })
  const streamed = bodyLimit({ maxSize, onError })
  // A body of announced length is judged by its length, as Hono's bodyLimit does, without asking
  // for the body (which would build the whole fetch Request); one sent in chunks is counted as read.
  return async function jsonBodyLimit(c, next) {
    const length = c.req.header('content-length')
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next)
    if (Number(length) > maxSize) return onError(c)
    await next()
  }
}

/**
 * Params, query, JSON body and upload, each through the operation's schema: sets
 * `operationRequest`, or throws the problem. A partner's invalid request is audited as its refusal.
 */
export function parseOperationRequest(deps: Deps, operation: Operation): MiddlewareHandler<AppEnv> {
  return async function parseOperationRequest(c, next) {
    try {
      c.set('operationRequest', await parseRequest(c, operation))
    } catch (error) {
      const partner = c.get('partner')
      if (error instanceof ApiProblem && partner) await auditPartnerRefusal(deps, partner, { operation, requestId: c.get('requestId') })
      throw error
    }
    await next()
  }
}

async function parseRequest(c: Context<AppEnv>, operation: Operation): Promise<Record<string, unknown>> {
  const request: Record<string, unknown> = {}
  const errors: { path: string; key: string }[] = []
  const check = (location: 'params' | 'query' | 'body', schema: z.ZodType | undefined, value: unknown) => {
    if (!schema) return
    // zod 4 leaves the input out of its issues unless asked, and without it a value of the
    // wrong type could not be told from a missing one (field.invalid vs field.required).
    const parsed = schema.safeParse(value, { reportInput: true })
    if (parsed.success) request[location] = parsed.data
    else errors.push(...fieldErrorsOf(parsed.error, location))
  }
  check('params', operation.params, c.req.param())
  check('query', operation.query, c.req.query())
  if (operation.body) check('body', operation.body, await readJson(c))
  if (operation.upload) {
    const upload = await readUpload(c, operation.upload)
    if ('file' in upload) request.file = upload.file
    else errors.push(...upload.errors)
  }
  if (errors.length > 0) throw new ApiProblem({ code: 'validation_failed', errors })
  return request
}

async function readJson(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiProblem({ code: 'unsupported_media_type', detail: 'Send application/json' })
  const text = await c.req.text()
  try {
    return JSON.parse(text)
  } catch {
    throw new ApiProblem({ code: 'malformed_json' })
  }
}
