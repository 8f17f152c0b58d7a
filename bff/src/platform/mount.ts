import type { Context, Hono, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { z } from 'zod'
import type { Locale } from '@renshe/shared/platform/locale'
import type { Operation } from '@renshe/shared/platform/operation'
import { authorizeRequest } from './access'
import type { AppEnv } from './app-env'
import type { Actor } from './audit'
import { clientAddress } from './client-address'
import { sha256 } from './crypto'
import type { Deps } from './deps'
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  fingerprint,
  idempotencyKeyPattern,
  releaseIdempotencyKey,
} from './idempotency'
import { auditPartnerRefusal, authorizePartner, partnerActor, type PartnerCaller } from './partner-access'
import { actorOf, type Principal } from './principal'
import { ApiProblem, fieldErrorsOf, localeOf, problemResponse, type ProblemInit, type Result } from './problem'
import { hitRateLimit } from './rate-limit'
import { readUpload, refuseAnnouncedOversize, type UploadedFile } from './upload'

type Parsed<O, K extends 'params' | 'query' | 'body'> = O extends { readonly [P in K]: infer S extends z.ZodType }
  ? { readonly [P in K]: z.output<S> }
  : unknown

type Uploaded<O> = O extends { readonly upload: { readonly field: string } } ? { readonly file: UploadedFile } : unknown

/** The validated request, typed from the operation's schemas; `file` when the operation takes an upload. */
export type OperationRequest<O extends Operation> = Parsed<O, 'params'> & Parsed<O, 'query'> & Parsed<O, 'body'> & Uploaded<O>

interface BaseContext {
  readonly deps: Deps
  readonly requestId: string
  readonly locale: Locale
  readonly actor: Actor
  readonly clientAddress: string
}

/**
 * What a handler knows about the call. `principal` is present exactly when the operation needs
 * a session, `partner` exactly when it needs a partner key; a partner call's `actor` is
 * `partner:<id>`, acting for no one.
 */
export type OperationContext<O extends Operation> = O['access'] extends { readonly kind: 'session' }
  ? BaseContext & { readonly principal: Principal; readonly partner: null }
  : O['access'] extends { readonly kind: 'partner' }
    ? BaseContext & { readonly principal: null; readonly partner: PartnerCaller }
    : BaseContext & { readonly principal: null; readonly partner: null }

export type OperationHandler<O extends Operation> = (
  ctx: OperationContext<O>,
  request: OperationRequest<O>,
) => Result<z.input<O['response']>> | Promise<Result<z.input<O['response']>>>

/**
 * Binds one operation of the shared contract to a handler: rate limit, session and proxy
 * checks (or the partner key, its level and its partner's limit), input validation,
 * idempotency, and an output that passes through the response schema (an allow-list: a field
 * the contract does not name never leaves the server).
 */
export function mountOperation<O extends Operation>(app: Hono<AppEnv>, deps: Deps, operation: O, handler: OperationHandler<O>): void {
  if (operation.upload && operation.body) throw new Error(`${operation.id}: an upload takes no JSON body`)
  if ((operation.rateLimit === 'realName' || operation.rateLimit === 'submission') && operation.access.kind !== 'session') {
    throw new Error(`${operation.id}: the ${operation.rateLimit} rate limit counts per account and needs a session`)
  }
  if ((operation.rateLimit === 'partner') !== (operation.access.kind === 'partner')) {
    throw new Error(`${operation.id}: the partner rate limit counts per partner key, and every partner operation needs it`)
  }
  if (operation.access.kind === 'partner' && operation.idempotent) {
    throw new Error(`${operation.id}: Idempotency-Key belongs to sessions; a partner's own reference makes its calls idempotent`)
  }
  const path = `/api${operation.path}`
  app.on(operation.method.toUpperCase(), path, sizeLimit(deps, operation), async (c) => {
    const requestId = c.get('requestId')
    const address = clientAddress(c, deps.config.trustProxy)

    const limited = async (bucket: string, limit: number, windowSeconds: number) => {
      const decision = await hitRateLimit(deps, { bucket, limit, windowSeconds, now: deps.clock.now() })
      return decision.allowed ? null : problemResponse(c, { code: 'rate_limited', retryAfterSeconds: decision.retryAfterSeconds })
    }
    const { rateLimits } = deps.config
    if (operation.rateLimit === 'login' || operation.rateLimit === 'verification') {
      const limit = operation.rateLimit === 'login' ? rateLimits.login : rateLimits.verification
      const refused = await limited(`${operation.rateLimit}:${address}`, limit, rateLimits.windowSeconds)
      if (refused) return refused
    }

    let principal: Principal | null = null
    if (operation.access.kind === 'session') {
      const authorized = await authorizeRequest(deps, operation.access, {
        authorization: c.req.header('authorization'),
        actingFor: c.req.header('x-acting-for'),
      })
      if (!authorized.ok) return problemResponse(c, authorized.problem)
      principal = authorized.value
      c.set('principal', principal)
      if (operation.rateLimit === 'realName') {
        const refused = await limited(`realName:${principal.user.id}`, rateLimits.realName, rateLimits.realNameWindowSeconds)
        if (refused) return refused
      }
      if (operation.rateLimit === 'submission') {
        const refused = await limited(`submission:${principal.user.id}`, rateLimits.submission, rateLimits.submissionWindowSeconds)
        if (refused) return refused
      }
    }

    let partner: PartnerCaller | null = null
    if (operation.access.kind === 'partner') {
      const authorized = await authorizePartner(deps, operation.access, { key: c.req.header('x-partner-key'), address, operation, requestId })
      if (!authorized.ok) return partnerProblemResponse(c, authorized.problem)
      partner = authorized.partner
      c.set('partner', partner)
    }
    const refusedPartner = async () => {
      if (partner) await auditPartnerRefusal(deps, partner, { operation, requestId })
    }

    let request: OperationRequest<O>
    try {
      request = await parseRequest(c, operation)
    } catch (error) {
      if (error instanceof ApiProblem) await refusedPartner()
      throw error
    }
    const { params, query, body, file } = request as { params?: unknown; query?: unknown; body?: unknown; file?: UploadedFile }
    const ctx = {
      deps,
      requestId,
      locale: localeOf(c),
      actor: partner ? partnerActor(partner, requestId) : actorOf(principal, requestId),
      clientAddress: address,
      principal,
      partner,
    } as OperationContext<O>

    const idempotencyKey = operation.idempotent ? c.req.header('idempotency-key') : undefined
    if (idempotencyKey === undefined || principal === null) {
      const result = await handler(ctx, request)
      if (!result.ok) await refusedPartner()
      return respond(c, operation, result)
    }

    if (!idempotencyKeyPattern.test(idempotencyKey)) return problemResponse(c, { code: 'invalid_idempotency_key' })
    const owner = `${principal.user.id}:${principal.actingFor?.subjectUserId ?? ''}`
    const claim = await claimIdempotencyKey(deps.db, {
      owner,
      key: idempotencyKey,
      operation: operation.id,
      // An upload is the same request when its bytes are: a digest stands for them.
      requestHash: fingerprint(operation.id, params, file ? { query, file: sha256(file.bytes) } : body),
      now: deps.clock.now(),
    })
    if (claim.kind === 'mismatch') return problemResponse(c, { code: 'idempotency_key_reused' })
    if (claim.kind === 'in_progress') return problemResponse(c, { code: 'idempotency_in_progress', retryAfterSeconds: 1 })
    if (claim.kind === 'replay') {
      return new Response(claim.body, {
        status: claim.status,
        headers: { 'content-type': contentTypeOf(claim.status), 'idempotent-replayed': 'true' },
      })
    }

    let result: Awaited<ReturnType<OperationHandler<O>>>
    try {
      result = await handler(ctx, request)
    } catch (error) {
      await releaseIdempotencyKey(deps.db, { owner, key: idempotencyKey })
      throw error
    }
    // A refusal changed nothing (services say no before they write), and it may depend on the
    // moment rather than the request: missing consent, a partner down. Forget the key, so the
    // same submission sent again once that is fixed runs instead of replaying the refusal.
    if (!result.ok) {
      await releaseIdempotencyKey(deps.db, { owner, key: idempotencyKey })
      return problemResponse(c, result.problem)
    }
    const response = respond(c, operation, result)
    await completeIdempotencyKey(deps.db, { owner, key: idempotencyKey, status: response.status, body: await response.clone().text() })
    return response
  })
}

/**
 * The body limit of one operation. JSON bodies share `maxBodyBytes`; an upload has its own
 * limit, so that limit is set per operation rather than once for the whole API.
 */
function sizeLimit(deps: Deps, operation: Operation): MiddlewareHandler<AppEnv> {
  if (operation.upload) return refuseAnnouncedOversize(operation.upload)
  // A GET reads no body; asking for one would build the whole fetch Request of every read.
  if (operation.method === 'get') return async function noBody(_c, next) {
    await next()
  }
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

/** A refused partner key is challenged for the partner key, not for a bearer session. */
function partnerProblemResponse(c: Context<AppEnv>, problem: ProblemInit): Response {
  const response = problemResponse(c, problem)
  if (response.status === 401) response.headers.set('www-authenticate', 'ApiKey header="X-Partner-Key"')
  return response
}

function contentTypeOf(status: number): string {
  return status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8'
}

function respond<O extends Operation>(c: Context<AppEnv>, operation: O, result: Result<unknown>): Response {
  if (!result.ok) return problemResponse(c, result.problem)
  const body = operation.response.parse(result.value)
  return c.json(body as object, operation.successStatus ?? 200)
}

async function parseRequest<O extends Operation>(c: Context<AppEnv>, operation: O): Promise<OperationRequest<O>> {
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
  return request as OperationRequest<O>
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
