import type { MiddlewareHandler } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { z } from 'zod'
import type { Operation } from '@renshe/shared/platform/operation'
import type { AppEnv } from './app-env'
import { sha256 } from './crypto'
import type { Deps } from './deps'
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  fingerprint,
  idempotencyKeyPattern,
  releaseIdempotencyKey,
} from './idempotency'
import { operationContext, operationRequest, type IdempotentOperationHandlers } from './operation-context'
import { passThrough } from './pass-through'
import { problemResponse } from './problem'

/**
 * `Idempotency-Key` for an idempotent operation called with a session, after the request is
 * valid: claims the key, answers a retry through `replay` (the first call's status, the resource
 * as this caller may read it now), and once the handler has run, keeps its answer's reference or
 * forgets the key.
 */
export function idempotency<O extends Operation>(deps: Deps, operation: O, handlers: IdempotentOperationHandlers<O> | null): MiddlewareHandler<AppEnv> {
  if (!handlers) return passThrough
  return async function idempotency(c, next) {
    const key = c.req.header('idempotency-key')
    const principal = c.get('principal')
    if (key === undefined || !principal) return next()

    if (!idempotencyKeyPattern.test(key)) return problemResponse(c, { code: 'invalid_idempotency_key' })
    const { params, query, body, file } = c.get('operationRequest') ?? {}
    const owner = `${principal.user.id}:${principal.actingFor?.subjectUserId ?? ''}`
    const claim = await claimIdempotencyKey(deps.db, {
      owner,
      key,
      operation: operation.id,
      // An upload is the same request when its bytes are: a digest stands for them.
      requestHash: fingerprint(operation.id, params, file ? { query, file: sha256(file.bytes) } : body),
      now: deps.clock.now(),
    })
    if (claim.kind === 'mismatch') return problemResponse(c, { code: 'idempotency_key_reused' })
    if (claim.kind === 'in_progress') return problemResponse(c, { code: 'idempotency_in_progress', retryAfterSeconds: 1 })
    if (claim.kind === 'replay') {
      // Read again as this caller may read it now: a refusal (a grant since revoked, an officer
      // since moved) is the answer, and the key stays taken, since the first call did happen.
      const replayed = await handlers.replay(operationContext<O>(c, deps), claim.reference, operationRequest<O>(c))
      if (!replayed.ok) return problemResponse(c, replayed.problem)
      return c.json(operation.response.parse(replayed.value) as object, claim.status as ContentfulStatusCode, { 'idempotent-replayed': 'true' })
    }

    // Hono answers a throw below with onError before this resumes: no result means the handler threw.
    await next()
    const result = c.get('operationResult')
    const answer = c.get('operationAnswer')
    if (answer !== undefined) {
      const status = operation.successStatus ?? 200
      const reference = handlers.referenceOf(answer as z.output<O['response']>, operationContext<O>(c, deps))
      await completeIdempotencyKey(deps.db, { owner, key, status, reference })
      return
    }
    // A refusal changed nothing (services say no before they write), and it may depend on the
    // moment rather than the request: missing consent, a partner down. Forget the key, so the
    // same submission sent again once that is fixed runs instead of replaying the refusal.
    // An answer the response schema refused did happen: its key stays taken.
    if (result === undefined || !result.ok) await releaseIdempotencyKey(deps.db, { owner, key })
  }
}
