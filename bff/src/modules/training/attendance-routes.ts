import type { Hono } from 'hono'
import * as attendance from '@renshe/shared/training/attendance-contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { checkIn, getMyEnrolment, getSessionCode } from './attendance-service'
import { getSupervision, listInstitutionFlags, reinstateInstitution, suspendInstitution } from './supervision-service'

/** The operations of attendance and supervision (decision 061). */
export function registerAttendanceRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, attendance.getSessionCode, (ctx, { params }) => getSessionCode(deps, ctx.principal.user, params.id))
  mountOperation(app, deps, attendance.getMyEnrolment, (ctx, { params }) => getMyEnrolment(deps, ctx.actor, ctx.principal.user.id, params.id))
  mountOperation(app, deps, attendance.checkIn, (ctx, { params, body }) => checkIn(deps, ctx.actor, ctx.principal.user.id, params.id, body))
  mountOperation(app, deps, attendance.getSupervision, (ctx) => getSupervision(deps, ctx.actor, ctx.principal.user))
  mountOperation(app, deps, attendance.listInstitutionFlags, (ctx, { params, query }) => listInstitutionFlags(deps, ctx.actor, ctx.principal.user, params.id, query))
  mountOperation(app, deps, attendance.suspendInstitution, (ctx, { params, body }) => suspendInstitution(deps, ctx.actor, ctx.principal.user, params.id, body))
  mountOperation(app, deps, attendance.reinstateInstitution, (ctx, { params }) => reinstateInstitution(deps, ctx.actor, ctx.principal.user, params.id))
}
