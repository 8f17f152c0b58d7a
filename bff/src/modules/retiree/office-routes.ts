import type { Hono } from 'hono'
import * as contract from '@renshe/shared/retiree/contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { assignVisit, getCoverage, listOverpayments, listPensioners, listVisitsToReview, reviewVisit } from './office-service'

/** The officer's side: coverage of the region, pensioners by state, home visits to assign and review, overpayments. */
export function registerRetireeOfficeRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.getCoverage, (ctx) => getCoverage(deps, ctx.principal.user))
  mountOperation(app, deps, contract.listPensioners, (ctx, { query }) => listPensioners(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, contract.assignVisit, (ctx, { params }) => assignVisit(deps, ctx.actor, ctx.principal.user, params.id))
  mountOperation(app, deps, contract.listVisitsToReview, (ctx) => listVisitsToReview(deps, ctx.actor, ctx.principal.user))
  mountOperation(app, deps, contract.reviewVisit, (ctx, { params, body }) => reviewVisit(deps, ctx.actor, ctx.principal.user, params.id, body))
  mountOperation(app, deps, contract.listOverpayments, (ctx) => listOverpayments(deps, ctx.actor, ctx.principal.user))
}
