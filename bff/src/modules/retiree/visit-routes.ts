import type { Hono } from 'hono'
import * as contract from '@renshe/shared/retiree/contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { describeVisitPhoto, getVisit, getVisitPhoto, listVisits, openProxyVisit, submitVisit, uploadVisitPhoto } from './visits-service'

/** Home visits, as the grid staff member does them: the list, the task, the photo, the report. */
export function registerRetireeVisitRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.listVisits, (ctx) => listVisits(deps, ctx.actor, ctx.principal.user))
  mountOperation(app, deps, contract.openProxyVisit, {
    handle: (ctx) => openProxyVisit(deps, ctx.actor, ctx.principal),
    referenceOf: (task) => task.id,
    replay: (ctx, taskId) => getVisit(deps, ctx.actor, ctx.principal.user, taskId),
  })
  mountOperation(app, deps, contract.getVisit, (ctx, { params }) => getVisit(deps, ctx.actor, ctx.principal.user, params.id))
  mountOperation(app, deps, contract.uploadVisitPhoto, {
    handle: (ctx, { params, file }) => uploadVisitPhoto(deps, ctx.actor, ctx.principal.user, params.id, file),
    referenceOf: (photo) => photo.id,
    replay: (ctx, photoId) => describeVisitPhoto(deps, ctx.actor, ctx.principal.user, photoId),
  })
  mountOperation(app, deps, contract.getVisitPhoto, (ctx, { params }) => getVisitPhoto(deps, ctx.actor, ctx.principal.user, params.id))
  mountOperation(app, deps, contract.submitVisit, {
    handle: (ctx, { params, body }) => submitVisit(deps, ctx.actor, ctx.principal.user, params.id, body),
    referenceOf: (task) => task.id,
    replay: (ctx, taskId) => getVisit(deps, ctx.actor, ctx.principal.user, taskId),
  })
}
