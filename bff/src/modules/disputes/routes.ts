import type { Hono } from 'hono'
import * as contract from '@renshe/shared/disputes/contract'
import type { AppEnv } from '../../platform/app-env'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import type { Principal } from '../../platform/principal'
import { ok } from '../../platform/problem'
import { actOnArbitration } from './act-service'
import { applyForArbitration } from './apply-service'
import { deleteDisputeFile, getDisputeFile, getDisputeFileMeta, listMyUnsentFiles, uploadDisputeFile } from './files-service'
import { getArbitration, listArbitrationQueue, listMyArbitrations } from './read-service'
import { getArbitrationPrefill } from './wage-transfer'

type CaseContext = { readonly actor: Actor; readonly principal: Principal }

/**
 * Labour-dispute arbitration (decisions 070, 072): the worker's application (prefilled from her
 * wage complaint sent to arbitration), both sides' case, the commission's queue, and the files of
 * disputes.
 */
export function registerDisputesRoutes(app: Hono<AppEnv>, deps: Deps): void {
  // A retried application or act answers the case as the caller may read it now.
  const replaysTheCase = {
    referenceOf: (found: { readonly id: string }) => found.id,
    replay: (ctx: CaseContext, id: string) => getArbitration(deps, ctx.actor, ctx.principal, id),
  }
  mountOperation(app, deps, contract.applyForArbitration, {
    ...replaysTheCase,
    handle: (ctx, { body }) => applyForArbitration(deps, ctx.actor, ctx.principal, ctx.locale, body),
  })
  mountOperation(app, deps, contract.listMyArbitrations, async (ctx) => ok(await listMyArbitrations(deps, ctx.actor, ctx.principal)))
  mountOperation(app, deps, contract.getArbitration, (ctx, { params }) => getArbitration(deps, ctx.actor, ctx.principal, params.id))
  mountOperation(app, deps, contract.actOnArbitration, {
    ...replaysTheCase,
    handle: (ctx, { params, body }) => actOnArbitration(deps, ctx.actor, ctx.principal, params.id, body),
  })
  mountOperation(app, deps, contract.listArbitrationQueue, (ctx, { query }) => listArbitrationQueue(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, contract.getArbitrationPrefill, (ctx, { query }) => getArbitrationPrefill(deps, ctx.actor, ctx.principal, ctx.locale, query.wageCaseId))

  // A retried upload answers the file it stored, as the caller may read it now.
  mountOperation(app, deps, contract.uploadDisputeFile, {
    handle: (ctx, { file }) => uploadDisputeFile(deps, ctx.actor, ctx.principal, file),
    referenceOf: (stored) => stored.id,
    replay: (ctx, fileId) => getDisputeFileMeta(deps, ctx.actor, ctx.principal, fileId),
  })
  mountOperation(app, deps, contract.getDisputeFile, (ctx, { params }) => getDisputeFile(deps, ctx.actor, ctx.principal, params.id))
  mountOperation(app, deps, contract.listMyUnsentFiles, async (ctx) => ok(await listMyUnsentFiles(deps, ctx.actor, ctx.principal)))
  mountOperation(app, deps, contract.deleteDisputeFile, (ctx, { params }) => deleteDisputeFile(deps, ctx.actor, ctx.principal, params.id))
}
