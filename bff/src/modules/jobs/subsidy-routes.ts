import type { Hono } from 'hono'
import * as contract from '@renshe/shared/jobs/subsidy-contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { mountChannelNotification } from '../../platform/payments/notification-route'
import { subjectOf } from '../../platform/principal'
import { checkSubsidyPayout, handleTransferNotification } from './subsidy-payout-service'
import { applySubsidy, decideSubsidy, getMySubsidy, listSubsidyApplications, replayAppliedSubsidy } from './subsidy-service'

export function registerFlexibleSubsidyRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.getMySubsidy, (ctx) => getMySubsidy(deps, ctx.actor, subjectOf(ctx.principal)))
  mountOperation(app, deps, contract.applySubsidy, {
    handle: (ctx, { body }) => applySubsidy(deps, ctx.actor, ctx.principal.user.id, body),
    referenceOf: (application) => application.id,
    replay: (ctx, applicationId) => replayAppliedSubsidy(deps, ctx.principal.user.id, applicationId),
  })
  mountOperation(app, deps, contract.checkSubsidyPayout, (ctx, { params }) => checkSubsidyPayout(deps, ctx.actor, ctx.principal.user.id, params.id))
  mountOperation(app, deps, contract.listSubsidyApplications, (ctx, { query }) => listSubsidyApplications(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, contract.decideSubsidy, (ctx, { params, body }) => decideSubsidy(deps, ctx.actor, ctx.principal.user, params.id, body))

  // WeChat Pay's notification of a transfer that ended (MCHTRANSFER.BILL.FINISHED), as for payments.
  mountChannelNotification(app, '/api/jobs/subsidy/payouts/notify', (requestId, notification) => handleTransferNotification(deps, requestId, notification))
}
