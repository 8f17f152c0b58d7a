import type { Hono } from 'hono'
import * as contract from '@renshe/shared/card/contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { subjectOf } from '../../platform/principal'
import { applyForCard, getMyApplication, replayApplication } from './applications-service'
import { getCountyBenefits, getMyBenefits, replayBenefitOpening, setBenefitOpening } from './benefits-service'
import { getEcardCode, getEcardKeys } from './ecard-service'
import { partnerConfirmCredits, partnerListCredits, partnerUploadCreditFile } from './credits-service'
import { getMyCardPayments } from './money-service'
import { createOutlet, listOutlets, listRegionOutlets, replayOutlet, updateOutlet } from './outlets-service'
import { getCardReconciliation } from './reconciliation-service'
import { partnerListApplications, partnerRecordCollection, partnerReportApplicationStep, partnerReportCardLost } from './partner-service'
import { cancelTemporaryLoss, getMyCard, replayMyCard, reportCardLostTemporarily, revealMyCard } from './service'
import { getMyVenue, recordEcardUse, referenceOfVerdict, replayEcardUse } from './venue-service'

/**
 * 民生一卡通: the holder's own card and application, by no id: those of the person the call is
 * about; a venue's own venue; an officer's own county and region; a bank's own applications and cards.
 */
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

  // The e-card (decisions 064, 066). Its code is the holder's alone: no proxy shows it.
  mountOperation(app, deps, contract.getEcardCode, (ctx) => getEcardCode(deps, ctx.actor, ctx.principal.user.id))
  mountOperation(app, deps, contract.getEcardKeys, () => getEcardKeys(deps))
  mountOperation(app, deps, contract.getMyBenefits, (ctx) => getMyBenefits(deps, ctx.actor, subjectOf(ctx.principal)))
  mountOperation(app, deps, contract.getMyVenue, (ctx) => getMyVenue(deps, ctx.principal.user.id))
  mountOperation(app, deps, contract.recordEcardUse, {
    handle: (ctx, { body }) => recordEcardUse(deps, ctx.actor, ctx.principal.user.id, body),
    referenceOf: (verdict) => referenceOfVerdict(verdict),
    replay: (ctx, reference) => replayEcardUse(deps, ctx.actor, ctx.principal.user.id, reference),
  })
  mountOperation(app, deps, contract.getCountyBenefits, (ctx, { query }) => getCountyBenefits(deps, ctx.actor, ctx.principal.user, query))
  mountOperation(app, deps, contract.setBenefitOpening, {
    handle: (ctx, { body }) => setBenefitOpening(deps, ctx.actor, ctx.principal.user, body),
    referenceOf: (opened) => `${opened.regionCode}:${opened.kind}`,
    replay: (ctx, reference) => replayBenefitOpening(deps, ctx.principal.user, reference),
  })

  // Applying for a card, the outlets, and the bank's side (decision 067).
  mountOperation(app, deps, contract.listOutlets, (ctx, { query }) => listOutlets(deps, ctx.actor, subjectOf(ctx.principal), query))
  mountOperation(app, deps, contract.applyForCard, {
    handle: (ctx, { body }) => applyForCard(deps, ctx.actor, subjectOf(ctx.principal), body),
    referenceOf: (application) => application.id,
    replay: (ctx, id) => replayApplication(deps, ctx.actor, subjectOf(ctx.principal), id),
  })
  mountOperation(app, deps, contract.getMyApplication, (ctx) => getMyApplication(deps, ctx.actor, subjectOf(ctx.principal)))
  mountOperation(app, deps, contract.listRegionOutlets, (ctx) => listRegionOutlets(deps, ctx.actor, ctx.principal.user))
  mountOperation(app, deps, contract.createOutlet, {
    handle: (ctx, { body }) => createOutlet(deps, ctx.actor, ctx.principal.user, body),
    referenceOf: (outlet) => outlet.id,
    replay: (ctx, id) => replayOutlet(deps, ctx.principal.user, id),
  })
  mountOperation(app, deps, contract.updateOutlet, (ctx, { params, body }) => updateOutlet(deps, ctx.actor, ctx.principal.user, params.id, body))
  mountOperation(app, deps, contract.partnerListApplications, (ctx, { query }) => partnerListApplications(deps, ctx.requestId, ctx.partner, query))
  mountOperation(app, deps, contract.partnerReportApplicationStep, (ctx, { params, body }) => partnerReportApplicationStep(deps, ctx.requestId, ctx.partner, params.id, body))
  mountOperation(app, deps, contract.partnerRecordCollection, (ctx, { params, body }) => partnerRecordCollection(deps, ctx.requestId, ctx.partner, params.id, body))
  mountOperation(app, deps, contract.partnerReportCardLost, (ctx, { body }) => partnerReportCardLost(deps, ctx.requestId, ctx.partner, body))

  // Money onto the card (decision 068): the holder's payments, the bank's side and the officers' reconciliation.
  mountOperation(app, deps, contract.getMyCardPayments, (ctx, { query }) => getMyCardPayments(deps, ctx.actor, subjectOf(ctx.principal), query))
  mountOperation(app, deps, contract.partnerListCredits, (ctx, { query }) => partnerListCredits(deps, ctx.requestId, ctx.partner, query))
  mountOperation(app, deps, contract.partnerConfirmCredits, (ctx, { body }) => partnerConfirmCredits(deps, ctx.requestId, ctx.partner, body))
  mountOperation(app, deps, contract.partnerUploadCreditFile, (ctx, { file }) => partnerUploadCreditFile(deps, ctx.requestId, ctx.partner, file))
  mountOperation(app, deps, contract.getCardReconciliation, (ctx, { query }) => getCardReconciliation(deps, ctx.actor, ctx.principal.user, query))
}
