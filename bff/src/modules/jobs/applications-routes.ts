import type { Hono } from 'hono'
import * as contract from '@renshe/shared/jobs/applications-contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { subjectOf } from '../../platform/principal'
import { ok } from '../../platform/problem'
import type { FileWageComplaint } from '../../platform/wage-complaints'
import { applyForJob, decideApplication, getMyApplication, listApplicants, listMyApplications } from './applications-service'
import { openDayWageComplaint } from './day-complaint-service'
import { answerPay, attendWithCode, confirmAttendance, getCheckInCode, rateEmployer, rateWorker, statePay } from './day-work-service'

export function registerJobApplicationsRoutes(app: Hono<AppEnv>, deps: Deps, fileWageComplaint: FileWageComplaint): void {
  mountOperation(app, deps, contract.applyForJob, {
    handle: (ctx, { params }) => applyForJob(deps, ctx.actor, ctx.principal, params.id),
    referenceOf: (application) => application.id,
    replay: (ctx, id) => getMyApplication(deps, ctx.actor, subjectOf(ctx.principal), id),
  })
  mountOperation(app, deps, contract.listMyApplications, async (ctx, { query }) => ok(await listMyApplications(deps, ctx.actor, subjectOf(ctx.principal), query)))
  mountOperation(app, deps, contract.listApplicants, (ctx, { params, query }) => listApplicants(deps, ctx.actor, ctx.principal.user.id, params.id, query))
  mountOperation(app, deps, contract.decideApplication, (ctx, { params, body }) => decideApplication(deps, ctx.actor, ctx.principal.user.id, params.id, body))
  mountOperation(app, deps, contract.getCheckInCode, (ctx, { params }) => getCheckInCode(deps, ctx.actor, ctx.principal.user.id, params.id))
  mountOperation(app, deps, contract.checkIn, (ctx, { params, body }) => attendWithCode(deps, ctx.actor, subjectOf(ctx.principal), params.id, body.code, 'check_in'))
  mountOperation(app, deps, contract.checkOut, (ctx, { params, body }) => attendWithCode(deps, ctx.actor, subjectOf(ctx.principal), params.id, body.code, 'check_out'))
  mountOperation(app, deps, contract.confirmAttendance, (ctx, { params, body }) => confirmAttendance(deps, ctx.actor, ctx.principal.user.id, params.id, body.action))
  mountOperation(app, deps, contract.statePay, (ctx, { params, body }) => statePay(deps, ctx.actor, ctx.principal.user.id, params.id, body.paidFen))
  mountOperation(app, deps, contract.answerPay, (ctx, { params, body }) => answerPay(deps, ctx.actor, subjectOf(ctx.principal), params.id, body.answer))
  mountOperation(app, deps, contract.rateEmployer, (ctx, { params, body }) => rateEmployer(deps, ctx.actor, ctx.principal, params.id, body))
  mountOperation(app, deps, contract.rateWorker, (ctx, { params, body }) => rateWorker(deps, ctx.actor, ctx.principal.user.id, params.id, body))
  mountOperation(app, deps, contract.openDayWageComplaint, {
    // A retry answers with the application the day belongs to, as it is now.
    referenceOf: (application) => application.id,
    replay: (ctx, id) => getMyApplication(deps, ctx.actor, subjectOf(ctx.principal), id),
    handle: (ctx, { params, body }) => openDayWageComplaint(deps, fileWageComplaint, ctx.actor, ctx.principal, params.id, body),
  })
}
