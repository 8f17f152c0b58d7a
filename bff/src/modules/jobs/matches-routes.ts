import type { Hono } from 'hono'
import * as contract from '@renshe/shared/jobs/matches-contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { subjectOf } from '../../platform/principal'
import { ok } from '../../platform/problem'
import { listCallbacks, listMyMatches, listNearMe, markCalled } from './matches-service'

export function registerJobMatchesRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.listMyMatches, async (ctx, { query }) => ok(await listMyMatches(deps, ctx.actor, subjectOf(ctx.principal), query)))
  mountOperation(app, deps, contract.listNearMe, async (ctx, { query }) => ok(await listNearMe(deps, ctx.actor, subjectOf(ctx.principal), query)))
  mountOperation(app, deps, contract.listCallbacks, async (ctx) => ok(await listCallbacks(deps, ctx.actor, ctx.principal.user.id)))
  mountOperation(app, deps, contract.markCalled, (ctx, { params }) => markCalled(deps, ctx.actor, ctx.principal.user.id, params.grantId))
}
