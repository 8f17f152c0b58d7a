import type { Hono } from 'hono'
import * as contract from '@renshe/shared/inbox/contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { subjectOf } from '../../platform/principal'
import { ok } from '../../platform/problem'
import { listMessages, markMessageRead, pendingItems, type PendingSource } from './service'

export function registerInboxRoutes(app: Hono<AppEnv>, deps: Deps, sources: readonly PendingSource[]): void {
  mountOperation(app, deps, contract.listMessages, async (ctx, { query }) =>
    ok(await listMessages(deps, ctx.actor, subjectOf(ctx.principal), query)),
  )
  mountOperation(app, deps, contract.markMessageRead, (ctx, { params }) => markMessageRead(deps, ctx.actor, ctx.principal.user.id, params.id))
  mountOperation(app, deps, contract.listPending, async (ctx) => ok({ items: await pendingItems(deps, ctx.principal, ctx.actor, sources) }))
}
