import { eq, inArray, sql } from 'drizzle-orm'
import type { Access, Operation } from '@renshe/shared/platform/operation'
import type { DataLevel, PartnerKind } from '@renshe/shared/retiree/schemas'
import { partners } from '../db/schema'
import type { Query } from '../db/database'
import { recordAudit, type Actor } from './audit'
import { sha256 } from './crypto'
import type { Deps } from './deps'
import { preparedPer } from './prepared'
import type { ProblemInit } from './problem'
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

/** What the `partners` table keeps of a key: its SHA-256, hex. Registration and seeding store this. */
export function partnerKeyHash(key: string): string {
  return sha256(key)
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
    .select({ id: partners.id, name: partners.name, kind: partners.kind, dataLevel: partners.dataLevel, revokedAt: partners.revokedAt })
    .from(partners)
    .where(eq(partners.keyHash, sql.placeholder('keyHash')))
    .prepare('partner_by_key'),
}))

async function partnerByKey(deps: Pick<Deps, 'db'>, key: string | undefined): Promise<PartnerCaller | null> {
  if (key === undefined || key.length === 0 || key.length > maxKeyLength) return null
  const [row] = await deps.db.read((q) => statements(q).byKeyHash.execute({ keyHash: partnerKeyHash(key) }))
  if (!row || row.revokedAt !== null) return null
  return { id: row.id, name: row.name, kind: row.kind, dataLevel: row.dataLevel }
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
 * Who is calling a partner operation: a registered, unrevoked key of a high enough data level,
 * within its partner's rate limit. Keys that are refused count against the caller's address, so
 * keys cannot be guessed one after another; once over that limit, the address is refused
 * whatever key it sends until the window ends. A known partner's refusals are audited.
 */
export async function authorizePartner(
  deps: Pick<Deps, 'db' | 'clock' | 'config' | 'rateLimiter' | 'audit'>,
  access: PartnerAccess,
  request: PartnerRequest & { readonly key: string | undefined; readonly address: string },
): Promise<PartnerAuthorization> {
  const now = deps.clock.now()
  const { rateLimits } = deps.config
  const refusals = { bucket: `partnerRefused:${request.address}`, limit: rateLimits.verification, windowSeconds: rateLimits.windowSeconds, now }
  const blocked = await peekRateLimit(deps.db, refusals)
  if (!blocked.allowed) return { ok: false, problem: { code: 'rate_limited', retryAfterSeconds: blocked.retryAfterSeconds } }

  const partner = await partnerByKey(deps, request.key)
  if (!partner) {
    const counted = await hitRateLimit(deps, refusals)
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
