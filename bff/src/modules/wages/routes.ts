import type { Hono } from 'hono'
import * as contract from '@renshe/shared/wages/contract'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import type { AppEnv } from '../../platform/app-env'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { subjectOf, type Principal } from '../../platform/principal'
import { ok } from '../../platform/problem'
import { actOnComplaint } from './actions-service'
import { postCaseMessage, respondAsEmployer } from './conversation-service'
import { deleteDraft, getDraft, saveDraft } from './drafts-service'
import { deleteEvidence, getEvidence, getEvidenceFile, uploadEvidence } from './evidence-service'
import { getRegionStats, listQueue } from './office-service'
import { registerPayrollRoutes } from './payroll-routes'
import { getComplaint, listEmployerComplaints, listMyComplaints } from './read-service'
import { submitComplaint } from './submit-service'
import { getSubscribeSettings } from './subscribe-settings'

type CaseContext = { readonly actor: Actor; readonly principal: Principal }

/** Unpaid-wage complaints, from the worker's draft to the officer's queue; then payroll watch. */
export function registerWagesRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.getDraft, async (ctx) => ok(await getDraft(deps, ctx.actor, subjectOf(ctx.principal))))
  mountOperation(app, deps, contract.saveDraft, (ctx, { body }) => saveDraft(deps, ctx.actor, subjectOf(ctx.principal), body))
  mountOperation(app, deps, contract.deleteDraft, async (ctx) => ok(await deleteDraft(deps, ctx.actor, subjectOf(ctx.principal))))

  mountOperation(app, deps, contract.uploadEvidence, {
    handle: (ctx, { query, file }) => uploadEvidence(deps, ctx.actor, ctx.principal, file, query.for),
    referenceOf: (evidence) => evidence.id,
    replay: (ctx, evidenceId) => getEvidenceFile(deps, ctx.actor, ctx.principal, evidenceId),
  })
  mountOperation(app, deps, contract.getEvidence, (ctx, { params }) => getEvidence(deps, ctx.actor, ctx.principal, params.id))
  mountOperation(app, deps, contract.deleteEvidence, (ctx, { params }) => deleteEvidence(deps, ctx.actor, ctx.principal, params.id))

  mountOperation(app, deps, contract.submitComplaint, {
    handle: (ctx, { body }) => submitComplaint(deps, ctx.actor, ctx.principal, body),
    referenceOf: (filed) => filed.id,
    replay: (ctx, caseId) => getComplaint(deps, ctx.actor, ctx.principal, caseId),
  })
  mountOperation(app, deps, contract.listMyComplaints, async (ctx) => ok(await listMyComplaints(deps, ctx.actor, subjectOf(ctx.principal))))
  mountOperation(app, deps, contract.getComplaint, (ctx, { params }) => getComplaint(deps, ctx.actor, ctx.principal, params.id))
  // A retried act on a case answers the case as the caller may read it now.
  const replaysTheCase = { referenceOf: (detail: CaseDetail) => detail.id, replay: (ctx: CaseContext, caseId: string) => getComplaint(deps, ctx.actor, ctx.principal, caseId) }
  mountOperation(app, deps, contract.actOnComplaint, { ...replaysTheCase, handle: (ctx, { params, body }) => actOnComplaint(deps, ctx.actor, ctx.principal, params.id, body) })
  mountOperation(app, deps, contract.postCaseMessage, { ...replaysTheCase, handle: (ctx, { params, body }) => postCaseMessage(deps, ctx.actor, ctx.principal, params.id, body) })
  mountOperation(app, deps, contract.respondAsEmployer, { ...replaysTheCase, handle: (ctx, { params, body }) => respondAsEmployer(deps, ctx.actor, ctx.principal, params.id, body) })
  mountOperation(app, deps, contract.listEmployerComplaints, async (ctx) => ok(await listEmployerComplaints(deps, ctx.actor, ctx.principal.user.id)))

  mountOperation(app, deps, contract.listQueue, (ctx, { query }) => listQueue(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, contract.getRegionStats, (ctx) => getRegionStats(deps, ctx.principal.user))
  mountOperation(app, deps, contract.getSubscribeSettings, async (ctx) => ok(await getSubscribeSettings(deps, ctx.actor)))

  registerPayrollRoutes(app, deps)
}
