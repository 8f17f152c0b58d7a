import type { Hono } from 'hono'
import * as contract from '@renshe/shared/training/assessment-contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { getAssessmentCourse, listAssessableCourses, recordAssessment } from './assessment-service'
import { getSkillsRecord, getSkillsSummary, shareSkillsRecord, verifySkillsSummary } from './skills-record-service'

/** The operations of assessment and the skills record (decision 061). */
export function registerAssessmentRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.listAssessableCourses, (ctx, { query }) => listAssessableCourses(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, contract.getAssessmentCourse, (ctx, { params }) => getAssessmentCourse(deps, ctx.actor, ctx.principal.user, params.id))
  mountOperation(app, deps, contract.recordAssessment, (ctx, { params, body }) => recordAssessment(deps, ctx.actor, ctx.principal.user, params.id, body))
  mountOperation(app, deps, contract.getSkillsRecord, (ctx) => getSkillsRecord(deps, ctx.actor, ctx.principal.user.id))
  mountOperation(app, deps, contract.shareSkillsRecord, {
    handle: (ctx) => shareSkillsRecord(deps, ctx.actor, ctx.principal.user.id),
    referenceOf: (summary) => summary.id,
    replay: (ctx, summaryId) => getSkillsSummary(deps, ctx.actor, ctx.principal.user.id, summaryId),
  })
  mountOperation(app, deps, contract.verifySkillsSummary, (ctx, { params }) => verifySkillsSummary(deps, ctx.actor, params.code))
}
