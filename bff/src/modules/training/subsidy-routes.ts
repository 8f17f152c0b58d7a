import type { Hono } from 'hono'
import * as contract from '@renshe/shared/training/subsidy-contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { mountChannelNotification } from '../../platform/payments/notification-route'
import { getInstitutionAccount, replayInstitutionAccount, setInstitutionAccount } from './institution-account-service'
import { approvedReference, approveSubsidies, declineSubsidy, listSubsidyApplications, replayApproval } from './subsidy-decisions'
import { checkMySubsidyPayment, handlePayoutNotification, paySubsidies, replayPaymentRun, sentReference } from './subsidy-payment-service'
import { payoutNotifyPath } from './subsidy-payments'
import { applyForMySubsidy, applyForTraineeSubsidy, getMySubsidy, listInstitutionSubsidies, replaySubsidyApplication } from './subsidy-service'

/** The operations of training subsidies (decisions 062 and 063), and WeChat Pay's notification of a holder's transfer. */
export function registerSubsidyRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.applyForTraineeSubsidy, {
    handle: (ctx, { params }) => applyForTraineeSubsidy(deps, ctx.actor, ctx.principal.user, params.id),
    referenceOf: (application) => application.id,
    replay: (ctx, id) => replaySubsidyApplication(deps, ctx.actor, { institutionUserId: ctx.principal.user.id }, id),
  })
  mountOperation(app, deps, contract.listInstitutionSubsidies, (ctx, { query }) => listInstitutionSubsidies(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, contract.applyForMySubsidy, {
    handle: (ctx, { params, body }) => applyForMySubsidy(deps, ctx.actor, ctx.principal.user.id, params.id, body),
    referenceOf: (application) => application.id,
    replay: (ctx, id) => replaySubsidyApplication(deps, ctx.actor, { holderUserId: ctx.principal.user.id }, id),
  })
  mountOperation(app, deps, contract.getMySubsidy, (ctx, { params }) => getMySubsidy(deps, ctx.actor, ctx.principal.user.id, params.id))
  mountOperation(app, deps, contract.listSubsidyApplications, (ctx, { query }) => listSubsidyApplications(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, contract.approveSubsidies, {
    handle: (ctx, { body }) => approveSubsidies(deps, ctx.actor, ctx.principal.user, body),
    // The ids the first call approved: a retry answers with them again, not with "decided already".
    referenceOf: approvedReference,
    replay: (ctx, reference, { body }) => replayApproval(deps, ctx.actor, ctx.principal.user, reference, body),
  })
  mountOperation(app, deps, contract.declineSubsidy, (ctx, { params, body }) => declineSubsidy(deps, ctx.actor, ctx.principal.user, params.id, body))
  mountOperation(app, deps, contract.paySubsidies, {
    handle: (ctx, { body }) => paySubsidies(deps, ctx.actor, ctx.principal.user, body),
    // The ids the first call sent: a retry answers with them as they stand now.
    referenceOf: sentReference,
    replay: (ctx, reference, { body }) => replayPaymentRun(deps, ctx.actor, ctx.principal.user, reference, body),
  })
  mountOperation(app, deps, contract.checkMySubsidyPayment, (ctx, { params }) => checkMySubsidyPayment(deps, ctx.actor, ctx.principal.user.id, params.id))
  mountOperation(app, deps, contract.getInstitutionAccount, (ctx) => getInstitutionAccount(deps, ctx.actor, ctx.principal.user))
  mountOperation(app, deps, contract.setInstitutionAccount, {
    handle: (ctx, { body }) => setInstitutionAccount(deps, ctx.actor, ctx.principal.user, body),
    referenceOf: () => 'account',
    replay: (ctx) => replayInstitutionAccount(deps, ctx.actor, ctx.principal.user),
  })

  // WeChat Pay's notification of a holder's transfer that ended (MCHTRANSFER.BILL.FINISHED), as for the jobs subsidy.
  mountChannelNotification(app, payoutNotifyPath, (requestId, notification) => handlePayoutNotification(deps, requestId, notification))
}
