import { Hono, type MiddlewareHandler } from 'hono'
import type { AppEnv } from './platform/app-env'
import type { Deps } from './platform/deps'
import { ApiProblem, problemResponse } from './platform/problem'
import { requestId } from './platform/request-id'
import { securityHeaders } from './platform/security-headers'
import { withHeaders, type HeaderList } from './platform/response-headers'
import { accessLog } from './platform/access-log'
import { abortedByClient, closeAfterEarlyAnswer, closedByClient } from './platform/connection'
import { errorFields } from './platform/logger'
import { allowedMethods } from './platform/method-not-allowed'
import { servedOperations } from './platform/served-operations'
import { registerOpenApi } from './platform/openapi'
import { registerCardRoutes } from './modules/card/routes'
import { registerContractsRoutes } from './modules/contracts/routes'
import { registerDisputesRoutes } from './modules/disputes/routes'
import { registerInjuryRoutes } from './modules/disputes/injury/routes'
import { registerIdentityRoutes } from './modules/identity/routes'
import { contractsPending } from './modules/contracts/pending'
import { identityPending } from './modules/identity/pending'
import { registerInboxRoutes } from './modules/inbox/routes'
import { withdrawKeptApplications } from './modules/jobs/kept-withdrawal'
import { registerJobsRoutes } from './modules/jobs/routes'
import { recordsPending } from './modules/records/pending'
import { registerRecordsRoutes } from './modules/records/routes'
import { retireePending } from './modules/retiree/pending'
import { registerRetireeRoutes } from './modules/retiree/routes'
import { registerTrainingRoutes } from './modules/training/routes'
import { wagesPending } from './modules/wages/pending'
import { registerWagesRoutes } from './modules/wages/routes'
import { submitComplaint } from './modules/wages/submit-service'

const noStoreHeaders: HeaderList = [['cache-control', 'no-store']]

/** No answer of the API is kept, unless an operation says otherwise (the OpenAPI document may be). */
const noStore: MiddlewareHandler = (c, next) => withHeaders(c, noStoreHeaders, next)

/** The whole HTTP application, built from its dependencies; nothing happens at import time. */
export function createApp(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.use('*', requestId({ random: deps.random }))
  app.use('*', accessLog({ logger: deps.logger }))
  app.use('*', closeAfterEarlyAnswer())
  // Every response, the h5 client's files (served behind these routes) and 404s included.
  app.use('*', securityHeaders())
  app.use('*', async (c, next) => {
    c.set('principal', null)
    await next()
  })
  app.use('/api/*', noStore)
  // Body size limits are set by mountOperation, per operation: uploads need more than JSON.

  app.get('/api/health', (c) => c.json({ status: 'ok' }))
  registerIdentityRoutes(app, deps, withdrawKeptApplications)
  registerInboxRoutes(app, deps, [identityPending, recordsPending, wagesPending, contractsPending, retireePending])
  registerRecordsRoutes(app, deps)
  registerWagesRoutes(app, deps)
  registerRetireeRoutes(app, deps)
  registerJobsRoutes(app, deps, submitComplaint)
  registerTrainingRoutes(app, deps)
  registerCardRoutes(app, deps)
  registerDisputesRoutes(app, deps)
  registerInjuryRoutes(app, deps)
  registerContractsRoutes(app, deps)
  registerOpenApi(app, deps)

  const methodsOf = allowedMethods(servedOperations(deps.config))
  app.notFound((c) => {
    const allowed = methodsOf(c.req.path)
    if (allowed.length === 0 || allowed.includes(c.req.method)) return problemResponse(c, { code: 'not_found' })
    const response = problemResponse(c, { code: 'method_not_allowed', detail: `Use ${allowed.join(', ')}` })
    response.headers.set('allow', allowed.join(', '))
    return response
  })
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problemResponse(c, error.init)
    // A body cut off by its client is no fault here and has no one to answer: the access log says so.
    if (abortedByClient(c)) return new Response(null, { status: closedByClient })
    deps.logger.error('unhandled_error', { requestId: c.get('requestId'), route: c.req.routePath, ...errorFields(error) })
    return problemResponse(c, { code: 'internal' })
  })
  return app
}
