import type { Hono } from 'hono'
import * as contract from '@renshe/shared/wages/contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { subjectOf } from '../../platform/principal'
import { ok } from '../../platform/problem'
import { actOnComplaint } from './actions-service'
import { postCaseMessage, respondAsEmployer } from './conversation-service'
import { deleteDraft, getDraft, saveDraft } from './drafts-service'
import { deleteEvidence, getEvidence, uploadEvidence } from './evidence-service'
import { getRegionStats, listQueue } from './office-service'
import { registerPayrollRoutes } from './payroll-routes'
import { getComplaint, listEmployerComplaints, listMyComplaints } from './read-service'
import { submitComplaint } from './submit-service'
import { getSubscribeSettings } from './subscribe-settings'

/** Unpaid-wage complaints, from the worker's draft to the officer's queue; then payroll watch. */
export function registerWagesRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.getDraft, async (ctx) => ok(await getDraft(deps, ctx.actor, subjectOf(ctx.principal))))
  mountOperation(app, deps, contract.saveDraft, (ctx, { body }) => saveDraft(deps, ctx.actor, subjectOf(ctx.principal), body))
  mountOperation(app, deps, contract.deleteDraft, async (ctx) => ok(await deleteDraft(deps, ctx.actor, subjectOf(ctx.principal))))

  mountOperation(app, deps, contract.uploadEvidence, (ctx, { file }) => uploadEvidence(deps, ctx.actor, ctx.principal, file))
  mountOperation(app, deps, contract.getEvidence, (ctx, { params }) => getEvidence(deps, ctx.actor, ctx.principal, params.id))
  mountOperation(app, deps, contract.deleteEvidence, (ctx, { params }) => deleteEvidence(deps, ctx.actor, ctx.principal, params.id))

  mountOperation(app, deps, contract.submitComplaint, (ctx, { body }) => submitComplaint(deps, ctx.actor, ctx.principal, body))
  mountOperation(app, deps, contract.listMyComplaints, async (ctx) => ok(await listMyComplaints(deps, ctx.actor, subjectOf(ctx.principal))))
  mountOperation(app, deps, contract.getComplaint, (ctx, { params }) => getComplaint(deps, ctx.actor, ctx.principal, params.id))
  mountOperation(app, deps, contract.actOnComplaint, (ctx, { params, body }) => actOnComplaint(deps, ctx.actor, ctx.principal, params.id, body))
  mountOperation(app, deps, contract.postCaseMessage, (ctx, { params, body }) => postCaseMessage(deps, ctx.actor, ctx.principal, params.id, body.text))
  mountOperation(app, deps, contract.respondAsEmployer, (ctx, { params, body }) => respondAsEmployer(deps, ctx.actor, ctx.principal, params.id, body))
  mountOperation(app, deps, contract.listEmployerComplaints, async (ctx) => ok(await listEmployerComplaints(deps, ctx.actor, ctx.principal.user.id)))

  mountOperation(app, deps, contract.listQueue, (ctx, { query }) => listQueue(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, contract.getRegionStats, (ctx) => getRegionStats(deps, ctx.principal.user))
  mountOperation(app, deps, contract.getSubscribeSettings, async (ctx) => ok(await getSubscribeSettings(deps, ctx.actor)))

  registerPayrollRoutes(app, deps)
}
