import type { Hono } from 'hono'
import * as contract from '@renshe/shared/retiree/contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { assignVisit, getCoverage, getVisitForReview, listOverpayments, listPensioners, listVisitsToReview, reviewVisit } from './office-service'
import { confirmDeathRecord, getDeathRecord, listDeathRecords, reverseDeathRecord } from './death-records-service'
import { getVisit } from './visits-service'

/** The officer's side: coverage of the region, pensioners by state, home visits to assign and review, death records to check, overpayments. */
export function registerRetireeOfficeRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.getCoverage, (ctx) => getCoverage(deps, ctx.principal.user))
  mountOperation(app, deps, contract.listPensioners, (ctx, { query }) => listPensioners(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, contract.assignVisit, {
    handle: (ctx, { params }) => assignVisit(deps, ctx.actor, ctx.principal.user, params.id),
    referenceOf: (task) => task.id,
    replay: (ctx, taskId) => getVisit(deps, ctx.actor, ctx.principal.user, taskId),
  })
  mountOperation(app, deps, contract.listVisitsToReview, (ctx) => listVisitsToReview(deps, ctx.actor, ctx.principal.user))
  mountOperation(app, deps, contract.reviewVisit, {
    handle: (ctx, { params, body }) => reviewVisit(deps, ctx.actor, ctx.principal.user, params.id, body),
    referenceOf: (visit) => visit.taskId,
    replay: (ctx, taskId) => getVisitForReview(deps, ctx.actor, ctx.principal.user, taskId),
  })
  mountOperation(app, deps, contract.listOverpayments, (ctx) => listOverpayments(deps, ctx.actor, ctx.principal.user))
  mountOperation(app, deps, contract.listDeathRecords, (ctx, { query }) => listDeathRecords(deps, ctx.actor, ctx.principal.user, query.status))
  mountOperation(app, deps, contract.getDeathRecord, (ctx, { params }) => getDeathRecord(deps, ctx.actor, ctx.principal.user, params.id))
  mountOperation(app, deps, contract.confirmDeathRecord, {
    handle: (ctx, { params }) => confirmDeathRecord(deps, ctx.actor, ctx.principal.user, params.id),
    referenceOf: (record) => record.id,
    replay: (ctx, id) => getDeathRecord(deps, ctx.actor, ctx.principal.user, id),
  })
  mountOperation(app, deps, contract.reverseDeathRecord, {
    handle: (ctx, { params, body }) => reverseDeathRecord(deps, ctx.actor, ctx.principal.user, params.id, body),
    referenceOf: (record) => record.id,
    replay: (ctx, id) => getDeathRecord(deps, ctx.actor, ctx.principal.user, id),
  })
}
