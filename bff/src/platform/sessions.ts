import { and, eq, isNull, sql } from 'drizzle-orm'
import { Role } from '@renshe/shared/identity/roles'
import type { LoginProvider } from '@renshe/shared/identity/schemas'
import type { Tx } from '../db/database'
import { sessions, users } from '../db/schema'
import { minutes } from './clock'
import { sha256 } from './crypto'
import type { Deps } from './deps'
import { preparedPer } from './prepared'
import { realNameStandingOf, standingOf, type RealNameStanding } from './real-name-gate'
import type { SessionUser } from './principal'
import { fail, ok, type Result } from './problem'
import { newId } from './random'

export interface IssuedSession {
  readonly sessionId: string
  readonly token: string
  readonly expiresAt: Date
  readonly idleExpiresAt: Date
}

/**
 * Idle expiry is pushed forward at most this often, so reads do not write on every request: once
 * a tenth of the idle window has passed, and at least every minute. A fixed minute would let a
 * one-minute window lapse under a user who never stops acting.
 */
function touchEvery(idleMinutes: number): number {
  return Math.min(minutes(1), minutes(idleMinutes) / 10)
}

/** A new random token at every login (256 bits); only its hash is stored. */
export async function issueSession(
  tx: Tx,
  deps: Pick<Deps, 'clock' | 'random' | 'config' | 'sealer'>,
  input: { userId: string; provider: LoginProvider; wechatSessionKey?: string },
): Promise<IssuedSession> {
  const now = deps.clock.now()
  const token = deps.random.bytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + minutes(deps.config.session.absoluteMinutes))
  const idleExpiresAt = new Date(Math.min(now.getTime() + minutes(deps.config.session.idleMinutes), expiresAt.getTime()))
  const sessionId = newId(deps.random)
  await tx.insert(sessions).values({
      id: sessionId,
      tokenHash: sha256(token),
      userId: input.userId,
      provider: input.provider,
      wechatSessionKeyEnc: input.wechatSessionKey ? deps.sealer.seal(input.wechatSessionKey) : null,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      idleExpiresAt: idleExpiresAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
  })
  return { sessionId, token, expiresAt, idleExpiresAt }
}

// The scheme is case-insensitive and followed by one or more spaces (RFC 9110 §11.1, §11.4); the
// token is exactly what issueSession hands out, 43 base64url characters.
const bearer = /^bearer +([A-Za-z0-9_-]{43})$/i

export function tokenFromHeader(header: string | undefined): string | null {
  return header ? (bearer.exec(header)?.[1] ?? null) : null
}

const lookup = preparedPer((q) =>
  q
    .select({
      sessionId: sessions.id,
      userId: users.id,
      roles: users.roles,
      regionCode: users.regionCode,
      staffCode: users.staffCode,
      lastSeenAt: sessions.lastSeenAt,
      idleExpiresAt: sessions.idleExpiresAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      ...realNameStandingOf(users.id),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('session_by_token'),
)

/**
 * Finds the live session of a bearer token and slides its idle expiry; the user's standing at
 * the real-name gate comes with it, read in the same statement. Sessions live in the
 * database, so a session issued by one instance is honoured by every other, and a logout on one
 * ends it on all.
 */
export async function resolveSession(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  token: string,
): Promise<Result<{ sessionId: string; user: SessionUser; realName: RealNameStanding }>> {
  const [row] = await deps.db.read((q) => lookup(q).execute({ tokenHash: sha256(token) }))
  if (!row || row.revokedAt) return fail('unauthenticated')
  const now = deps.clock.now()
  const nowIso = now.toISOString()
  if (row.expiresAt <= nowIso || row.idleExpiresAt <= nowIso) return fail('session_expired')

  if (now.getTime() - new Date(row.lastSeenAt).getTime() >= touchEvery(deps.config.session.idleMinutes)) {
    const idle = Math.min(now.getTime() + minutes(deps.config.session.idleMinutes), new Date(row.expiresAt).getTime())
    await deps.db.transaction((tx) =>
      tx.update(sessions).set({ lastSeenAt: nowIso, idleExpiresAt: new Date(idle).toISOString() }).where(eq(sessions.id, row.sessionId)),
    )
  }
  return ok({
    sessionId: row.sessionId,
    user: {
      id: row.userId,
      roles: row.roles.filter((role): role is Role => Role.safeParse(role).success),
      regionCode: row.regionCode,
      staffCode: row.staffCode,
    },
    realName: standingOf(row),
  })
}

export async function revokeSession(tx: Tx, deps: Pick<Deps, 'clock'>, sessionId: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: deps.clock.now().toISOString() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
}
