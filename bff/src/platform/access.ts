import { and, desc, eq, sql } from 'drizzle-orm'
import type { Access } from '@renshe/shared/platform/operation'
import { ProxyScope } from '@renshe/shared/identity/roles'
import { consents, proxyGrants, realNames } from '../db/schema'
import type { Db } from '../db/client'
import type { Deps } from './deps'
import { preparedPerDatabase } from './prepared'
import type { Principal } from './principal'
import { fail, ok, type ProblemInit, type Result } from './problem'
import { resolveSession, tokenFromHeader } from './sessions'

type SessionAccess = Extract<Access, { kind: 'session' }>

const grantIdPattern = /^[0-9a-z]{26}$/

const statements = preparedPerDatabase((db) => ({
  grant: db.select().from(proxyGrants).where(eq(proxyGrants.id, sql.placeholder('id'))).prepare(),
  realName: db.select({ userId: realNames.userId }).from(realNames).where(eq(realNames.userId, sql.placeholder('userId'))).prepare(),
  consent: db
    .select({ withdrawnAt: consents.withdrawnAt })
    .from(consents)
    .where(and(eq(consents.userId, sql.placeholder('userId')), eq(consents.purpose, sql.placeholder('purpose'))))
    .orderBy(desc(consents.givenAt), desc(consents.id))
    .limit(1)
    .prepare(),
}))

/**
 * Who is calling and for whom, checked against what the operation allows. This is the one place
 * every session-bound route passes through: the bearer session, the role, the proxy grant (on
 * every request, so a revoked or expired grant stops the very next call) and the real-name gate.
 */
export function authorizeRequest(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  access: SessionAccess,
  headers: { authorization: string | undefined; actingFor: string | undefined },
): Result<Principal> {
  const token = tokenFromHeader(headers.authorization)
  if (!token) return fail('unauthenticated')
  const session = resolveSession(deps, token)
  if (!session.ok) return session

  const { user, sessionId } = session.value
  let principal: Principal = { sessionId, user, actingFor: null }

  if (headers.actingFor !== undefined) {
    const acting = checkGrant(deps, access, user.id, user.roles.includes('grid_staff'), headers.actingFor)
    if (!acting.ok) return acting
    principal = { ...principal, actingFor: acting.value }
  } else if (!access.roles.some((role) => user.roles.includes(role))) {
    return fail('forbidden')
  }

  if (access.realName) {
    const gate = realNameGate(deps.db, principal.actingFor?.subjectUserId ?? user.id)
    if (gate) return { ok: false, problem: gate }
  }
  return ok(principal)
}

function checkGrant(
  deps: Pick<Deps, 'db' | 'clock'>,
  access: SessionAccess,
  staffUserId: string,
  isGridStaff: boolean,
  grantId: string,
): Result<NonNullable<Principal['actingFor']>> {
  if (!access.proxyScope || !access.roles.includes('citizen')) return fail('proxy_not_allowed')
  if (!isGridStaff) return fail('forbidden')
  if (!grantIdPattern.test(grantId)) return fail('proxy_grant_invalid')
  const grant = statements(deps.db).grant.get({ id: grantId })
  const now = deps.clock.now().toISOString()
  // Someone else's grant looks exactly like a missing one: no hint that it exists.
  if (!grant || grant.staffUserId !== staffUserId || grant.revokedAt !== null || grant.expiresAt <= now) {
    return fail('proxy_grant_invalid')
  }
  const scopes = grant.scopes.filter((scope): scope is ProxyScope => ProxyScope.safeParse(scope).success)
  if (!scopes.includes(access.proxyScope)) return fail('proxy_scope_missing')
  return ok({ grantId: grant.id, subjectUserId: grant.citizenUserId, scopes })
}

/** Real-name services need a bound real name and the separate consent to process the ID number. */
export function realNameGate(db: Db, userId: string): ProblemInit | null {
  const p = statements(db)
  if (!p.realName.get({ userId })) return { code: 'real_name_required' }
  const consent = p.consent.get({ userId, purpose: 'identity.real_name' })
  if (!consent || consent.withdrawnAt !== null) return { code: 'consent_required', detail: 'identity.real_name' }
  return null
}
