import type { Hono } from 'hono'
import * as contract from '@renshe/shared/retiree/contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { subjectOf } from '../../platform/principal'
import { ok } from '../../platform/problem'
import { getAccount, requestHomeVisit } from './account-service'
import { confirmAssistance, listAssistance } from './assistance-service'
import { finishFace, startFace } from './face-service'
import { listPartnerKeys, revokePartnerKey, rotatePartnerKey } from './partner-keys-service'
import { registerPartner, sendDeathRecord, sendLifeSignal } from './partner-service'
import { registerRetireeOfficeRoutes } from './office-routes'
import { registerRetireeVisitRoutes } from './visit-routes'

/** 退休管家: the pensioner's account and certification, assistance, partners' signals; then visits and the office. */
export function registerRetireeRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.getPensionAccount, (ctx) => getAccount(deps, ctx.actor, subjectOf(ctx.principal)))
  mountOperation(app, deps, contract.startFaceCertification, (ctx) => startFace(deps, ctx.actor, ctx.principal.user.id))
  mountOperation(app, deps, contract.finishFaceCertification, (ctx, { params, body }) => finishFace(deps, ctx.actor, ctx.principal.user.id, params.id, body))
  mountOperation(app, deps, contract.requestHomeVisit, {
    handle: (ctx) => requestHomeVisit(deps, ctx.actor, subjectOf(ctx.principal)),
    // The account asked about is the pensioner's own: read again as the pensioner (or helper) may now.
    referenceOf: (_account, ctx) => subjectOf(ctx.principal),
    replay: (ctx) => getAccount(deps, ctx.actor, subjectOf(ctx.principal)),
  })
  mountOperation(app, deps, contract.listAssistance, (ctx) => listAssistance(deps, ctx.actor, subjectOf(ctx.principal)))
  mountOperation(app, deps, contract.confirmAssistance, (ctx, { params }) => confirmAssistance(deps, ctx.actor, subjectOf(ctx.principal), params.id))
  mountOperation(app, deps, contract.registerPartner, async (ctx, { body }) => ok(await registerPartner(deps, ctx.actor, body)))
  mountOperation(app, deps, contract.listPartnerKeys, () => listPartnerKeys(deps))
  mountOperation(app, deps, contract.rotatePartnerKey, (ctx, { params }) => rotatePartnerKey(deps, ctx.actor, params.id))
  mountOperation(app, deps, contract.revokePartnerKey, (ctx, { params }) => revokePartnerKey(deps, ctx.actor, params.id))

  mountOperation(app, deps, contract.sendLifeSignal, (ctx, { body }) => sendLifeSignal(deps, ctx.requestId, ctx.partner, body))
  mountOperation(app, deps, contract.sendDeathRecord, (ctx, { body }) => sendDeathRecord(deps, ctx.requestId, ctx.partner, body))

  registerRetireeVisitRoutes(app, deps)
  registerRetireeOfficeRoutes(app, deps)
}
