import type { DemoAccount, LoginProvider, Session } from '@renshe/shared/identity/schemas'
import { demoAccounts } from '../../db/seed/demo-accounts'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { issueSession, revokeSession } from '../../platform/sessions'
import { describeMe } from './people'
import { findRealName, findUserByDevAccount, findUserByOpenidIndex, insertUserIfAbsent, listDevAccountUsers, type UserRow } from './repo'

export function loginProviders(deps: Pick<Deps, 'config' | 'wechat'>): LoginProvider[] {
  const providers: LoginProvider[] = []
  if (deps.wechat) providers.push('wechat')
  if (deps.config.mode !== 'production') providers.push('development')
  return providers
}

/** Demo accounts that exist in this database, labelled for the development login screen. */
export function listDemoAccounts(deps: Pick<Deps, 'db'>): DemoAccount[] {
  const present = new Set(listDevAccountUsers(deps.db).map((user) => user.devAccount))
  return demoAccounts
    .filter((account) => present.has(account.account))
    .map(({ account, label, roles }) => ({ account, label, roles: [...roles] }))
}

export function devLogin(deps: Deps, actor: Actor, account: string): Result<Session> {
  const user = findUserByDevAccount(deps.db, account)
  if (!user) return fail('login_failed', { detail: 'Unknown demo account' })
  return ok(startSession(deps, actor, user, 'development'))
}

export async function wechatLogin(deps: Deps, actor: Actor, code: string): Promise<Result<Session>> {
  if (!deps.wechat) return fail('not_found')
  const exchanged = await deps.wechat.code2Session(code)
  if (!exchanged.ok) return exchanged.reason === 'rejected' ? fail('login_failed') : fail('partner_unavailable')

  const openidIndex = deps.blindIndex('wechat_openid', exchanged.openid)
  const user = deps.db.transaction((tx) => {
    const existing = findUserByOpenidIndex(tx, openidIndex)
    if (existing) return existing
    const created: UserRow = {
      id: newId(deps.random),
      devAccount: null,
      wechatOpenidIndex: openidIndex,
      wechatOpenidEnc: deps.sealer.seal(exchanged.openid),
      roles: ['citizen'],
      staffNameEnc: null,
      regionCode: null,
      staffCode: null,
      organization: null,
      createdAt: deps.clock.now().toISOString(),
    }
    // Another instance may have created the same person a moment ago: then theirs is the one.
    insertUserIfAbsent(tx, created)
    return findUserByOpenidIndex(tx, openidIndex) ?? created
  })
  return ok(startSession(deps, actor, user, 'wechat', exchanged.sessionKey))
}

function startSession(deps: Deps, actor: Actor, user: UserRow, provider: LoginProvider, wechatSessionKey?: string): Session {
  const issued = deps.db.transaction((tx) => {
    const session = issueSession({ ...deps, db: deps.db }, wechatSessionKey ? { userId: user.id, provider, wechatSessionKey } : { userId: user.id, provider })
    appendAudit(tx, deps.clock.now(), { ...actor, actorUserId: user.id, subjectUserId: user.id }, {
      action: 'identity.login',
      kind: 'write',
      objectType: 'session',
      objectId: session.sessionId,
    })
    return session
  })
  return {
    token: issued.token,
    expiresAt: issued.expiresAt.toISOString(),
    idleExpiresAt: issued.idleExpiresAt.toISOString(),
    provider,
    me: describeMe(deps, user, findRealName(deps.db, user.id)),
  }
}

export function logout(deps: Deps, actor: Actor, sessionId: string): Result<{ loggedOut: true }> {
  deps.db.transaction((tx) => {
    revokeSession({ db: deps.db, clock: deps.clock }, sessionId)
    appendAudit(tx, deps.clock.now(), actor, { action: 'identity.logout', kind: 'write', objectType: 'session', objectId: sessionId })
  })
  return ok({ loggedOut: true })
}
