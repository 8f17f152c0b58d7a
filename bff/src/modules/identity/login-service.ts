import type { DemoAccount, LoginProvider, Session } from '@renshe/shared/identity/schemas'
import type { Tx } from '../../db/database'
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
  if (deps.config.demo) providers.push('development')
  return providers
}

/** Demo accounts that exist in this database, labelled for the development login screen. */
export async function listDemoAccounts(deps: Pick<Deps, 'db' | 'demoAccounts'>): Promise<DemoAccount[]> {
  const present = new Set((await deps.db.read((q) => listDevAccountUsers(q))).map((user) => user.devAccount))
  return deps.demoAccounts.filter((account) => present.has(account.account))
}

export function devLogin(deps: Deps, actor: Actor, account: string): Promise<Result<Session>> {
  return deps.db.transaction(async (tx) => {
    const user = await findUserByDevAccount(tx, account)
    if (!user) return fail('login_failed', { detail: 'Unknown demo account' })
    return ok(await startSession(tx, deps, actor, user, 'development'))
  })
}

export async function wechatLogin(deps: Deps, actor: Actor, code: string): Promise<Result<Session>> {
  if (!deps.wechat) return fail('not_found')
  const exchanged = await deps.wechat.code2Session(code)
  if (!exchanged.ok) return exchanged.reason === 'rejected' ? fail('login_failed') : fail('partner_unavailable')

  const openidIndex = deps.blindIndex('wechat_openid', exchanged.openid)
  return deps.db.transaction(async (tx) => {
    let user = await findUserByOpenidIndex(tx, openidIndex)
    if (!user) {
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
      // Another instance may be creating the same person at this moment: the insert then waits
      // for it and does nothing, and the read after it finds theirs, the one to log in as.
      await insertUserIfAbsent(tx, created)
      user = (await findUserByOpenidIndex(tx, openidIndex)) ?? created
    }
    return ok(await startSession(tx, deps, actor, user, 'wechat', exchanged.sessionKey))
  })
}

/** Issues the session and records the login in the login's own transaction: both happen, or neither. */
async function startSession(tx: Tx, deps: Deps, actor: Actor, user: UserRow, provider: LoginProvider, wechatSessionKey?: string): Promise<Session> {
  const issued = await issueSession(tx, deps, wechatSessionKey ? { userId: user.id, provider, wechatSessionKey } : { userId: user.id, provider })
  const realName = await findRealName(tx, user.id)
  await appendAudit(tx, deps.clock.now(), { ...actor, actorUserId: user.id, subjectUserId: user.id }, {
    action: 'identity.login',
    kind: 'write',
    objectType: 'session',
    objectId: issued.sessionId,
  })
  return {
    token: issued.token,
    expiresAt: issued.expiresAt.toISOString(),
    idleExpiresAt: issued.idleExpiresAt.toISOString(),
    provider,
    me: describeMe(deps, user, realName),
  }
}

export async function logout(deps: Deps, actor: Actor, sessionId: string): Promise<Result<{ loggedOut: true }>> {
  await deps.db.transaction(async (tx) => {
    await revokeSession(tx, deps, sessionId)
    await appendAudit(tx, deps.clock.now(), actor, { action: 'identity.logout', kind: 'write', objectType: 'session', objectId: sessionId })
  })
  return ok({ loggedOut: true })
}
