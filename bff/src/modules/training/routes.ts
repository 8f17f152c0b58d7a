import type { Hono } from 'hono'
import * as contract from '@renshe/shared/training/contract'
import * as courses from '@renshe/shared/training/courses-contract'
import * as programmes from '@renshe/shared/training/programmes-contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { registerAssessmentRoutes } from './assessment-routes'
import { registerAttendanceRoutes } from './attendance-routes'
import { registerSubsidyRoutes } from './subsidy-routes'
import { createCourse, getInstitutionCourse, getRoster, listInstitutionCourses, searchCourses } from './courses-service'
import { cancelEnrolment, decideEnrolment, enrol, replayEnrolment } from './enrolments-service'
import { approveInstitutions, closeProgramme, createProgramme, getProgramme, listInstitutions, listProgrammes } from './programmes-service'
import { acceptVoucher, claimVoucher, getMyTraining, replayClaimedVoucher } from './vouchers-service'

export function registerTrainingRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.getMyTraining, (ctx) => getMyTraining(deps, ctx.actor, ctx.principal.user.id))
  mountOperation(app, deps, contract.claimVoucher, {
    handle: (ctx, { params }) => claimVoucher(deps, ctx.actor, ctx.principal.user.id, params.id),
    referenceOf: (voucher) => voucher.id,
    replay: (ctx, voucherId) => replayClaimedVoucher(deps, ctx.actor, ctx.principal.user.id, voucherId),
  })
  mountOperation(app, deps, contract.acceptVoucher, (ctx, { params }) => acceptVoucher(deps, ctx.actor, ctx.principal.user.id, params.id))
  mountOperation(app, deps, programmes.createProgramme, {
    handle: (ctx, { body }) => createProgramme(deps, ctx.actor, ctx.principal.user, body),
    referenceOf: (programme) => programme.id,
    replay: (ctx, programmeId) => getProgramme(deps, ctx.actor, ctx.principal.user, programmeId),
  })
  mountOperation(app, deps, programmes.listProgrammes, (ctx, { query }) => listProgrammes(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, programmes.getProgramme, (ctx, { params }) => getProgramme(deps, ctx.actor, ctx.principal.user, params.id))
  mountOperation(app, deps, programmes.closeProgramme, (ctx, { params }) => closeProgramme(deps, ctx.actor, ctx.principal.user, params.id))
  mountOperation(app, deps, programmes.approveInstitutions, (ctx, { params, body }) => approveInstitutions(deps, ctx.actor, ctx.principal.user, params.id, body))
  mountOperation(app, deps, programmes.listInstitutions, (ctx) => listInstitutions(deps, ctx.actor, ctx.principal.user))
  mountOperation(app, deps, courses.createCourse, {
    handle: (ctx, { body }) => createCourse(deps, ctx.actor, ctx.principal.user, body),
    referenceOf: (course) => course.id,
    replay: (ctx, courseId) => getInstitutionCourse(deps, ctx.actor, ctx.principal.user, courseId),
  })
  mountOperation(app, deps, courses.listInstitutionCourses, (ctx, { query }) => listInstitutionCourses(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, courses.getRoster, (ctx, { params }) => getRoster(deps, ctx.actor, ctx.principal.user, params.id))
  mountOperation(app, deps, courses.decideEnrolment, (ctx, { params, body }) => decideEnrolment(deps, ctx.actor, ctx.principal.user, params.id, body))
  mountOperation(app, deps, courses.searchCourses, (ctx, { query }) => searchCourses(deps, ctx.actor, ctx.principal.user.id, query))
  mountOperation(app, deps, courses.enrol, {
    handle: (ctx, { params, body }) => enrol(deps, ctx.actor, ctx.principal.user.id, params.id, body),
    referenceOf: (enrolment) => enrolment.id,
    replay: (ctx, enrolmentId) => replayEnrolment(deps, ctx.actor, ctx.principal.user.id, enrolmentId),
  })
  mountOperation(app, deps, courses.cancelEnrolment, (ctx, { params }) => cancelEnrolment(deps, ctx.actor, ctx.principal.user.id, params.id))
  registerAttendanceRoutes(app, deps)
  registerAssessmentRoutes(app, deps)
  registerSubsidyRoutes(app, deps)
}
