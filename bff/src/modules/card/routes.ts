import type { Hono } from 'hono'
import * as contract from '@renshe/shared/card/contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { subjectOf } from '../../platform/principal'
import { cancelTemporaryLoss, getMyCard, replayMyCard, reportCardLostTemporarily, revealMyCard } from './service'

/** 民生一卡通: the holder's own card, by no id: the card of the person the call is about. */
export function registerCardRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.getMyCard, (ctx) => getMyCard(deps, ctx.actor, subjectOf(ctx.principal)))
  // No proxy reaches this one (the operation's access): the caller is the holder.
  mountOperation(app, deps, contract.revealMyCard, (ctx) => revealMyCard(deps, ctx.actor, ctx.principal.user.id))
  mountOperation(app, deps, contract.reportCardLostTemporarily, {
    handle: (ctx) => reportCardLostTemporarily(deps, ctx.actor, subjectOf(ctx.principal)),
    referenceOf: (card) => card.id,
    replay: (ctx, cardId) => replayMyCard(deps, ctx.actor, subjectOf(ctx.principal), cardId),
  })
  mountOperation(app, deps, contract.cancelTemporaryLoss, {
    handle: (ctx) => cancelTemporaryLoss(deps, ctx.actor, subjectOf(ctx.principal)),
    referenceOf: (card) => card.id,
    replay: (ctx, cardId) => replayMyCard(deps, ctx.actor, subjectOf(ctx.principal), cardId),
  })
}
