import type { Hono } from 'hono'
import * as contract from '@renshe/shared/identity/contract'
import * as keptContract from '@renshe/shared/identity/kept-contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import type { WithdrawKeptApplications } from '../../platform/kept-refusal'
import { mountOperation } from '../../platform/mount'
import { subjectOf } from '../../platform/principal'
import { ok } from '../../platform/problem'
import { accessLogOf } from './access-log-service'
import { consentDocuments } from './consent-documents'
import { decideKeptProfile, getKeptProfile, keptPersonByGrant, registerKeptPerson } from './kept-service'
import { giveConsent, listConsents, withdrawConsent } from './consent-service'
import { devLogin, listDemoAccounts, loginProviders, logout, wechatLogin } from './login-service'
import { bindRealName, getMe } from './profile-service'
import { createGrant, findStaff, getGrant, listClients, listGrants, revokeGrantOf } from './proxy-service'

export function registerIdentityRoutes(app: Hono<AppEnv>, deps: Deps, withdrawKeptApplications: WithdrawKeptApplications): void {
  mountOperation(app, deps, contract.loginProviders, () => ok({ providers: loginProviders(deps) }))

  // Development login exists only in demo mode: elsewhere the routes are simply not there.
  if (deps.config.demo) {
    mountOperation(app, deps, contract.listDemoAccounts, async () => ok({ accounts: await listDemoAccounts(deps) }))
    mountOperation(app, deps, contract.devLogin, (ctx, { body }) => devLogin(deps, ctx.actor, body.account))
  }
  mountOperation(app, deps, contract.wechatLogin, (ctx, { body }) => wechatLogin(deps, ctx.actor, body.code))
  mountOperation(app, deps, contract.logout, (ctx) => logout(deps, ctx.actor, ctx.principal.sessionId))

  mountOperation(app, deps, contract.getMe, (ctx) => getMe(deps, ctx.actor, subjectOf(ctx.principal)))
  mountOperation(app, deps, contract.bindRealName, {
    handle: (ctx, { body }) => bindRealName(deps, ctx.actor, ctx.principal.user.id, body),
    // The account bound is the caller's own: read again as the caller.
    referenceOf: (me) => me.id,
    replay: (ctx) => getMe(deps, ctx.actor, ctx.principal.user.id),
  })

  mountOperation(app, deps, contract.listConsentDocuments, () => ok({ documents: Object.values(consentDocuments) }))
  mountOperation(app, deps, contract.listConsents, async (ctx) => ok({ consents: await listConsents(deps, ctx.principal.user.id) }))
  mountOperation(app, deps, contract.giveConsent, (ctx, { body }) => giveConsent(deps, ctx.actor, ctx.principal.user.id, body))
  mountOperation(app, deps, contract.withdrawConsent, (ctx, { params }) =>
    withdrawConsent(deps, ctx.actor, ctx.principal.user.id, params.purpose),
  )

  mountOperation(app, deps, contract.findStaff, (_ctx, { params }) => findStaff(deps, params.staffCode))
  mountOperation(app, deps, contract.createProxyGrant, {
    handle: (ctx, { body }) => createGrant(deps, ctx.actor, ctx.principal.user.id, body),
    referenceOf: (grant) => grant.id,
    replay: (ctx, grantId) => getGrant(deps, ctx.actor, ctx.principal.user.id, grantId),
  })
  mountOperation(app, deps, contract.listProxyGrants, async (ctx) => ok({ grants: await listGrants(deps, ctx.actor, ctx.principal.user.id) }))
  mountOperation(app, deps, contract.revokeProxyGrant, (ctx, { params }) =>
    revokeGrantOf(deps, ctx.actor, ctx.principal.user.id, params.id),
  )
  mountOperation(app, deps, contract.listProxyClients, async (ctx) => ok({ clients: await listClients(deps, ctx.principal.user.id) }))
  mountOperation(app, deps, keptContract.registerKeptPerson, {
    handle: (ctx, { body }) => registerKeptPerson(deps, ctx.actor, ctx.principal.user, body),
    referenceOf: (kept) => kept.grantId,
    replay: (ctx, grantId) => keptPersonByGrant(deps, ctx.principal.user.id, grantId),
  })
  mountOperation(app, deps, keptContract.getKeptProfile, async (ctx) => ok(await getKeptProfile(deps, ctx.actor, ctx.principal.user.id)))
  mountOperation(app, deps, keptContract.confirmKeptProfile, (ctx, { body }) =>
    decideKeptProfile(deps, withdrawKeptApplications, ctx.actor, ctx.principal.user.id, { decision: 'confirm', keepGrant: body.keepGrant }),
  )
  mountOperation(app, deps, keptContract.refuseKeptProfile, (ctx) =>
    decideKeptProfile(deps, withdrawKeptApplications, ctx.actor, ctx.principal.user.id, { decision: 'refuse' }),
  )
  mountOperation(app, deps, contract.listAccessLog, async (ctx, { query }) => ok(await accessLogOf(deps, ctx.principal.user.id, query)))
}
