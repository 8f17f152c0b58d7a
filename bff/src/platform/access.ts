import { eq, sql } from 'drizzle-orm'
import type { Access } from '@renshe/shared/platform/operation'
import { proxyGrants } from '../db/schema'
import type { Deps } from './deps'
import { grantHeldBy, grantScopes } from './policy'
import { preparedPer } from './prepared'
import type { Principal } from './principal'
import { fail, ok, type Result } from './problem'
import { gateOf, realNameGate } from './real-name-gate'
import { resolveSession, tokenFromHeader } from './sessions'

type SessionAccess = Extract<Access, { kind: 'session' }>

const grantIdPattern = /^[0-9a-z]{26}$/

const statements = preparedPer((q) => ({
  grant: q.select().from(proxyGrants).where(eq(proxyGrants.id, sql.placeholder('id'))).prepare('access_grant'),
}))

/**
 * Who is calling and for whom, checked against what the operation allows. This is the one place
 * every session-bound route passes through: the bearer session, the role, the proxy grant (on
 * every request, so a revoked or expired grant stops the very next call) and the real-name gate.
 */
export async function authorizeRequest(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  access: SessionAccess,
  headers: { authorization: string | undefined; actingFor: string | undefined },
): Promise<Result<Principal>> {
  const token = tokenFromHeader(headers.authorization)
  if (!token) return fail('unauthenticated')
  const session = await resolveSession(deps, token)
  if (!session.ok) return session

  const { user, sessionId } = session.value
  let principal: Principal = { sessionId, user, actingFor: null }

  if (headers.actingFor !== undefined) {
    const acting = await checkGrant(deps, access, user.id, user.roles.includes('grid_staff'), headers.actingFor)
    if (!acting.ok) return acting
    principal = { ...principal, actingFor: acting.value }
  } else if (!access.roles.some((role) => user.roles.includes(role))) {
    return fail('forbidden')
  }

  if (access.realName) {
    // The caller's own standing came with the session; a citizen acted for is looked up.
    const subject = principal.actingFor?.subjectUserId ?? user.id
    const gate = subject === user.id ? gateOf(session.value.realName) : await deps.db.read((q) => realNameGate(q, subject))
    if (gate) return { ok: false, problem: gate }
  }
  return ok(principal)
}

async function checkGrant(
  deps: Pick<Deps, 'db' | 'clock'>,
  access: SessionAccess,
  staffUserId: string,
  isGridStaff: boolean,
  grantId: string,
): Promise<Result<NonNullable<Principal['actingFor']>>> {
  if (!access.proxyScope || !access.roles.includes('citizen')) return fail('proxy_not_allowed')
  if (!isGridStaff) return fail('forbidden')
  if (!grantIdPattern.test(grantId)) return fail('proxy_grant_invalid')
  const [grant] = await deps.db.read((q) => statements(q).grant.execute({ id: grantId }))
  const now = deps.clock.now().toISOString()
  // Someone else's grant looks exactly like a missing one: no hint that it exists.
  if (!grant || !grantHeldBy(grant, staffUserId, now)) return fail('proxy_grant_invalid')
  const scopes = grantScopes(grant)
  if (!scopes.includes(access.proxyScope)) return fail('proxy_scope_missing')
  return ok({ grantId: grant.id, subjectUserId: grant.citizenUserId, scopes })
}
