import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './app-env'
import { abortedByClient } from './connection'
import type { Logger } from './logger'

/** One structured line per request: the route pattern, never the path (codes travel in paths). */
export function accessLog(options: { logger: Logger }): MiddlewareHandler<AppEnv> {
  return async function accessLogMiddleware(c, next) {
    const started = performance.now()
    await next()
    const principal = c.get('principal')
    const partner = c.get('partner')
    options.logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(principal ? { userId: principal.user.id } : {}),
      ...(principal?.actingFor ? { actingForGrant: principal.actingFor.grantId } : {}),
      ...(partner ? { partnerId: partner.id } : {}),
      ...(abortedByClient(c) ? { detail: 'aborted by client' } : {}),
    })
  }
}
