import type { Context, MiddlewareHandler } from 'hono'
import type { Operation } from '@renshe/shared/platform/operation'
import { authorizeRequest } from './access'
import type { AppEnv } from './app-env'
import { clientAddress } from './client-address'
import type { Deps } from './deps'
import { authorizePartner } from './partner-access'
import { passThrough } from './pass-through'
import { problemResponse, type ProblemInit } from './problem'

/**
 * The bearer session, and the proxy grant of `X-Acting-For`, for an operation that needs a
 * session: sets `principal`, or answers the refusal.
 */
export function sessionAuth(deps: Deps, operation: Operation): MiddlewareHandler<AppEnv> {
  const access = operation.access
  if (access.kind !== 'session') return passThrough
  return async function sessionAuth(c, next) {
    const authorized = await authorizeRequest(deps, access, {
      authorization: c.req.header('authorization'),
      actingFor: c.req.header('x-acting-for'),
    })
    if (!authorized.ok) return problemResponse(c, authorized.problem)
    c.set('principal', authorized.value)
    return next()
  }
}

/**
 * The partner key of `X-Partner-Key`, its level and its partner's limit, for a partner
 * operation: sets `partner`, or answers the refusal (audited by `authorizePartner`).
 */
export function partnerAuth(deps: Deps, operation: Operation): MiddlewareHandler<AppEnv> {
  const access = operation.access
  if (access.kind !== 'partner') return passThrough
  return async function partnerAuth(c, next) {
    const authorized = await authorizePartner(deps, access, {
      key: c.req.header('x-partner-key'),
      address: clientAddress(c, deps.config.trustProxy),
      operation,
      requestId: c.get('requestId'),
    })
    if (!authorized.ok) return partnerProblemResponse(c, authorized.problem)
    c.set('partner', authorized.partner)
    return next()
  }
}

/** A refused partner key is challenged for the partner key, not for a bearer session. */
function partnerProblemResponse(c: Context<AppEnv>, problem: ProblemInit): Response {
  const response = problemResponse(c, problem)
  if (response.status === 401) response.headers.set('www-authenticate', 'ApiKey header="X-Partner-Key"')
  return response
}
