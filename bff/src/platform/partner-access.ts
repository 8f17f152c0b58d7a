import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm'
import type { Access, Operation } from '@renshe/shared/platform/operation'
import type { DataLevel, PartnerKeyState, PartnerKind } from '@renshe/shared/retiree/schemas'
import { partnerKeys, partners } from '../db/schema'
import type { Query } from '../db/database'
import { recordAudit, type Actor } from './audit'
import { sha256 } from './crypto'
import type { Deps } from './deps'
import { preparedPer } from './prepared'
import type { ProblemInit } from './problem'
import type { Random } from './random'
import { hitRateLimit, peekRateLimit } from './rate-limit'

/** The partner department calling a partner operation, identified by its key on this request. */
export interface PartnerCaller {
  readonly id: string
  readonly name: string
  readonly kind: PartnerKind
  readonly dataLevel: DataLevel
}

type PartnerAccess = Extract<Access, { kind: 'partner' }>

/** Keys are issued far shorter than this; anything longer is not worth hashing. */
const maxKeyLength = 256

/** What `partner_keys` keeps of a key: its SHA-256, hex. Issuing a key and seeding store this. */
export function partnerKeyHash(key: string): string {
  return sha256(key)
}

/** A new key: `rp_` and 32 random bytes (base64url), shown once; only its hash is kept. */
export function newPartnerKey(random: Random): { readonly key: string; readonly keyHash: string } {
  const key = `rp_${random.bytes(32).toString('base64url')}`
  return { key, keyHash: partnerKeyHash(key) }
}

/** How partner acts are recorded in the audit log, whose actor column is free text. */
export function partnerActorId(partnerId: string): string {
  return `partner:${partnerId}`
}

/**
 * The names of the partners among audit actors, by actor id: a pensioner reading who touched
 * their data sees "温州市人民医院", not an id. A department's name is not personal data.
 */
export async function partnerNamesOf(q: Query, actorIds: readonly string[]): Promise<Map<string, string>> {
  const ids = actorIds.flatMap((actor) => (actor.startsWith('partner:') ? [actor.slice('partner:'.length)] : []))
  if (ids.length === 0) return new Map()
  const rows = await q.select({ id: partners.id, name: partners.name }).from(partners).where(inArray(partners.id, ids))
  return new Map(rows.map((row) => [partnerActorId(row.id), row.name]))
}

export function partnerActor(partner: PartnerCaller, requestId: string): Actor {
  return { requestId, actorUserId: partnerActorId(partner.id), subjectUserId: null, viaGrantId: null }
}

const statements = preparedPer((q) => ({
  byKeyHash: q
    .select({
      keyId: partnerKeys.id,
      expiresAt: partnerKeys.expiresAt,
      revokedAt: partnerKeys.revokedAt,
      lastUsedAt: partnerKeys.lastUsedAt,
      id: partners.id,
      name: partners.name,
      kind: partners.kind,
      dataLevel: partners.dataLevel,
    })
    .from(partnerKeys)
    .innerJoin(partners, eq(partners.id, partnerKeys.partnerId))
    .where(eq(partnerKeys.keyHash, sql.placeholder('keyHash')))
    .prepare('partner_by_key'),
}))

/**
 * Where a key stands at `now` (ISO): working, working until the end of the grace a rotation gave
 * it, past that, or revoked. The one rule of which keys work, for calls and for what admins see.
 */
export function partnerKeyState(key: { readonly revokedAt: string | null; readonly expiresAt: string | null }, now: string): PartnerKeyState {
  if (key.revokedAt !== null) return 'revoked'
  if (key.expiresAt === null) return 'active'
  return key.expiresAt > now ? 'expiring' : 'expired'
}

const working: ReadonlySet<PartnerKeyState> = new Set(['active', 'expiring'])

/** How stale a key's `last_used_at` may get: noting every call would make every call a write. */
const lastUsedGrainMs = 60_000

/**
 * The partner whose key this is, if the key works now: not revoked, and not past the end of the
 * grace a rotation gave it. Read from the database on every call, never cached, so a key revoked
 * or expired on one instance stops at the very next call on every instance.
 */
async function partnerByKey(deps: Pick<Deps, 'db' | 'clock'>, key: string | undefined): Promise<PartnerCaller | null> {
  if (key === undefined || key.length === 0 || key.length > maxKeyLength) return null
  const [row] = await deps.db.read((q) => statements(q).byKeyHash.execute({ keyHash: partnerKeyHash(key) }))
  const now = deps.clock.now()
  if (!row || !working.has(partnerKeyState(row, now.toISOString()))) return null
  if (row.lastUsedAt === null || Date.parse(row.lastUsedAt) <= now.getTime() - lastUsedGrainMs) await noteKeyUsed(deps, row.keyId, now)
  return { id: row.id, name: row.name, kind: row.kind, dataLevel: row.dataLevel }
}

/** Notes when a key was last seen, once a minute at most: what an admin looks at before a rotated key stops. */
async function noteKeyUsed(deps: Pick<Deps, 'db'>, keyId: string, now: Date): Promise<void> {
  const staleBefore = new Date(now.getTime() - lastUsedGrainMs + 1).toISOString()
  await deps.db.transaction((tx) =>
    tx
      .update(partnerKeys)
      .set({ lastUsedAt: now.toISOString() })
      .where(and(eq(partnerKeys.id, keyId), or(isNull(partnerKeys.lastUsedAt), lt(partnerKeys.lastUsedAt, staleBefore)))),
  )
}

/** The call being made, as the audit log names it. */
export interface PartnerRequest {
  readonly operation: Pick<Operation, 'id' | 'method'>
  readonly requestId: string
}

export type PartnerAuthorization =
  | { readonly ok: true; readonly partner: PartnerCaller }
  | { readonly ok: false; readonly problem: ProblemInit }

/**
 * Who is calling a partner operation: a key that works (registered, not revoked, not past its
 * grace after a rotation) of a high enough data level, within its partner's rate limit. Keys that
 * are refused count against the caller's address; once over that limit, the address is refused
 * every unknown key until the window ends, while a good key still reaches its partner's own
 * limit. A known partner's refusals are audited.
 */
export async function authorizePartner(
  deps: Pick<Deps, 'db' | 'clock' | 'config' | 'rateLimiter' | 'audit'>,
  access: PartnerAccess,
  request: PartnerRequest & { readonly key: string | undefined; readonly address: string },
): Promise<PartnerAuthorization> {
  const now = deps.clock.now()
  const { rateLimits } = deps.config
  const partner = await partnerByKey(deps, request.key)
  if (!partner) {
    // Only refused keys count, by address: a flood of them shares no bucket with a good key,
    // which goes on below to its own partner's limit even from the flooded address (a shared
    // proxy, a partner's own network). Keys are 256 random bits: the limit is against the cost
    // and noise of a flood, not what keeps a key from being guessed.
    const refusals = { bucket: `partnerRefused:${request.address}`, limit: rateLimits.verification, windowSeconds: rateLimits.windowSeconds, now }
    const blocked = await peekRateLimit(deps.db, refusals)
    const counted = blocked.allowed ? await hitRateLimit(deps, refusals) : blocked
    return { ok: false, problem: counted.allowed ? { code: 'unauthenticated' } : { code: 'rate_limited', retryAfterSeconds: counted.retryAfterSeconds } }
  }

  const limited = await hitRateLimit(deps, { bucket: `partner:${partner.id}`, limit: rateLimits.partner, windowSeconds: rateLimits.partnerWindowSeconds, now })
  if (!limited.allowed) {
    await auditPartnerRefusal(deps, partner, request)
    return { ok: false, problem: { code: 'rate_limited', retryAfterSeconds: limited.retryAfterSeconds } }
  }
  if (partner.dataLevel < access.dataLevel) {
    await auditPartnerRefusal(deps, partner, request)
    return { ok: false, problem: { code: 'forbidden' } }
  }
  return { ok: true, partner }
}

/** A known partner was told no (level, rate limit, an invalid request, a refusal of the service): the department answers for it. */
export function auditPartnerRefusal(deps: Pick<Deps, 'audit' | 'clock'>, partner: PartnerCaller, request: PartnerRequest): Promise<void> {
  return recordAudit(deps, deps.clock.now(), partnerActor(partner, request.requestId), {
    action: 'partner.refused',
    kind: request.operation.method === 'get' ? 'read' : 'write',
    objectType: 'operation',
    objectId: request.operation.id,
  })
}
