import type { Hono } from 'hono'
import * as contract from '@renshe/shared/disputes/injury-contract'
import type { AppEnv } from '../../../platform/app-env'
import type { Actor } from '../../../platform/audit'
import type { Deps } from '../../../platform/deps'
import { mountOperation } from '../../../platform/mount'
import type { Principal } from '../../../platform/principal'
import { ok } from '../../../platform/problem'
import { actOnInjury } from './act-service'
import { applyForInjury, applyForRelativeInjury } from './apply-service'
import { getPreventionScore } from './prevention-service'
import { getInjury, listInjuryQueue, listMyInjuries } from './read-service'
import { readAccidentReport, reportAccident } from './report-service'

type CaseContext = { readonly actor: Actor; readonly principal: Principal }

/** Work-injury recognition (decision 071): the worker's report, either side's application, the parties' case, the office's queue and index. */
export function registerInjuryRoutes(app: Hono<AppEnv>, deps: Deps): void {
  // A retried application or act answers the case as the caller may read it now.
  const replaysTheCase = {
    referenceOf: (found: { readonly id: string }) => found.id,
    replay: (ctx: CaseContext, id: string) => getInjury(deps, ctx.actor, ctx.principal, id),
  }
  mountOperation(app, deps, contract.reportAccident, {
    referenceOf: (report) => report.id,
    replay: (ctx, id) => readAccidentReport(deps, ctx.actor, ctx.principal, id),
    handle: (ctx, { body }) => reportAccident(deps, ctx.actor, ctx.principal, ctx.locale, body),
  })
  mountOperation(app, deps, contract.listMyInjuries, async (ctx) => ok(await listMyInjuries(deps, ctx.actor, ctx.principal)))
  mountOperation(app, deps, contract.applyForInjury, {
    ...replaysTheCase,
    handle: (ctx, { body }) => applyForInjury(deps, ctx.actor, ctx.principal, ctx.locale, body),
  })
  mountOperation(app, deps, contract.applyForRelativeInjury, {
    ...replaysTheCase,
    handle: (ctx, { body }) => applyForRelativeInjury(deps, ctx.actor, ctx.principal, ctx.locale, body),
  })
  mountOperation(app, deps, contract.getInjury, (ctx, { params }) => getInjury(deps, ctx.actor, ctx.principal, params.id))
  mountOperation(app, deps, contract.actOnInjury, {
    ...replaysTheCase,
    handle: (ctx, { params, body }) => actOnInjury(deps, ctx.actor, ctx.principal, params.id, body),
  })
  mountOperation(app, deps, contract.listInjuryQueue, (ctx, { query }) => listInjuryQueue(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, contract.getPreventionScore, (ctx, { params }) => getPreventionScore(deps, ctx.actor, ctx.principal.user, params.creditCode))
}
