import type { Context, MiddlewareHandler } from 'hono'
import type { Operation } from '@renshe/shared/platform/operation'
import type { AppEnv } from './app-env'
import { clientAddress } from './client-address'
import type { Deps } from './deps'
import { passThrough } from './pass-through'
import { problemResponse } from './problem'
import { hitRateLimit } from './rate-limit'

async function refusedByLimit(deps: Deps, c: Context<AppEnv>, bucket: string, limit: number, windowSeconds: number): Promise<Response | null> {
  const decision = await hitRateLimit(deps, { bucket, limit, windowSeconds, now: deps.clock.now() })
  return decision.allowed ? null : problemResponse(c, { code: 'rate_limited', retryAfterSeconds: decision.retryAfterSeconds })
}

/**
 * The `login` and `verification` limits, counted per caller address: before anything else is
 * read, so that a caller over its limit costs no session or key lookup.
 */
export function addressRateLimit(deps: Deps, operation: Operation): MiddlewareHandler<AppEnv> {
  const kind = operation.rateLimit
  if (kind !== 'login' && kind !== 'verification') return passThrough
  return async function addressRateLimit(c, next) {
    const { rateLimits, trustProxy } = deps.config
    const limit = kind === 'login' ? rateLimits.login : rateLimits.verification
    const refused = await refusedByLimit(deps, c, `${kind}:${clientAddress(c, trustProxy)}`, limit, rateLimits.windowSeconds)
    if (refused) return refused
    return next()
  }
}

/**
 * The `realName` and `submission` limits, counted per account: after `sessionAuth`, whose
 * `principal` names the account, and before the request is read.
 */
export function accountRateLimit(deps: Deps, operation: Operation): MiddlewareHandler<AppEnv> {
  const kind = operation.rateLimit
  if (kind !== 'realName' && kind !== 'submission') return passThrough
  return async function accountRateLimit(c, next) {
    const principal = c.get('principal')
    if (!principal) throw new Error(`${operation.id}: accountRateLimit runs after sessionAuth`)
    const { rateLimits } = deps.config
    const refused =
      kind === 'realName'
        ? await refusedByLimit(deps, c, `realName:${principal.user.id}`, rateLimits.realName, rateLimits.realNameWindowSeconds)
        : await refusedByLimit(deps, c, `submission:${principal.user.id}`, rateLimits.submission, rateLimits.submissionWindowSeconds)
    if (refused) return refused
    return next()
  }
}
