import type { Hono } from 'hono'
import * as contract from '@renshe/shared/jobs/insurance-contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { subjectOf } from '../../platform/principal'
import { enrolFlexible, getFlexiblePayment, getMyFlexibleInsurance, handlePaymentNotification, replayStartedPayment, startFlexiblePayment } from './insurance-service'

/** A payment notification is a few hundred bytes; anything near this is not one. */
const notificationMaxBytes = 16 * 1024

export function registerFlexibleInsuranceRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.getMyFlexibleInsurance, (ctx) => getMyFlexibleInsurance(deps, ctx.actor, subjectOf(ctx.principal)))
  mountOperation(app, deps, contract.enrolFlexible, (ctx, { body }) => enrolFlexible(deps, ctx.actor, ctx.principal.user.id, body))
  mountOperation(app, deps, contract.startFlexiblePayment, {
    handle: (ctx) => startFlexiblePayment(deps, ctx.actor, ctx.principal.user.id),
    referenceOf: (started) => started.payment.id,
    replay: (ctx, paymentId) => replayStartedPayment(deps, ctx.actor, ctx.principal.user.id, paymentId),
  })
  mountOperation(app, deps, contract.getFlexiblePayment, (ctx, { params }) => getFlexiblePayment(deps, ctx.actor, ctx.principal.user.id, params.id))

  /*
   * WeChat Pay's notification: not an operation of the contract, since it is the channel's format,
   * signed over the body exactly as sent. The channel verifies it; WeChat Pay reads 2xx as
   * received and anything else as "send again later" with `{ code: 'FAIL', message }`.
   */
  app.post('/api/jobs/insurance/payments/notify', async (c) => {
    const declared = Number(c.req.header('content-length') ?? '0')
    if (declared > notificationMaxBytes) return c.json({ code: 'FAIL', message: 'too large' }, 413)
    const body = await c.req.text()
    if (body.length > notificationMaxBytes) return c.json({ code: 'FAIL', message: 'too large' }, 413)
    const handled = await handlePaymentNotification(deps, c.get('requestId'), { headers: { get: (name) => c.req.header(name) ?? null }, body })
    if (handled.ok) return c.body(null, 204)
    const status = handled.problem.code === 'unauthenticated' ? 401 : handled.problem.code === 'not_found' ? 404 : 400
    return c.json({ code: 'FAIL', message: handled.problem.code }, status)
  })
}
