import type { Hono } from 'hono'
import * as contract from '@renshe/shared/jobs/insurance-contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { mountChannelNotification } from '../../platform/payments/notification-route'
import { subjectOf } from '../../platform/principal'
import { enrolFlexible, getFlexiblePayment, getMyFlexibleInsurance, handlePaymentNotification, replayStartedPayment, startFlexiblePayment } from './insurance-service'

export function registerFlexibleInsuranceRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.getMyFlexibleInsurance, (ctx) => getMyFlexibleInsurance(deps, ctx.actor, subjectOf(ctx.principal)))
  mountOperation(app, deps, contract.enrolFlexible, (ctx, { body }) => enrolFlexible(deps, ctx.actor, ctx.principal.user.id, body))
  mountOperation(app, deps, contract.startFlexiblePayment, {
    handle: (ctx) => startFlexiblePayment(deps, ctx.actor, ctx.principal.user.id),
    referenceOf: (started) => started.payment.id,
    replay: (ctx, paymentId) => replayStartedPayment(deps, ctx.actor, ctx.principal.user.id, paymentId),
  })
  mountOperation(app, deps, contract.getFlexiblePayment, (ctx, { params }) => getFlexiblePayment(deps, ctx.actor, ctx.principal.user.id, params.id))

  mountChannelNotification(app, '/api/jobs/insurance/payments/notify', (requestId, notification) => handlePaymentNotification(deps, requestId, notification))
}
