import type { PartnerKey, RotatedPartnerKey } from '@renshe/shared/retiree/schemas'
import type { Actor } from '../../platform/audit'
import { hours } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { newPartnerKey, partnerKeyState } from '../../platform/partner-access'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { auditLast } from './audit-trail'
import { insertPartnerKey, partnerKeyForUpdate, partnerKeysWithPartners, updatePartnerKey, type PartnerKeyRow, type PartnerRow } from './partners-repo'

function partnerKeyView(key: PartnerKeyRow, partner: PartnerRow, now: string): PartnerKey {
  return {
    id: key.id,
    partnerId: partner.id,
    partnerName: partner.name,
    partnerKind: partner.kind,
    dataLevel: partner.dataLevel,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
    expiresAt: key.expiresAt,
    revokedAt: key.revokedAt,
    state: partnerKeyState(key, now),
  }
}

export async function listPartnerKeys(deps: Deps): Promise<Result<{ items: PartnerKey[] }>> {
  const now = deps.clock.now().toISOString()
  const rows = await deps.db.read((q) => partnerKeysWithPartners(q))
  return ok({ items: rows.map(({ key, partner }) => partnerKeyView(key, partner, now)) })
}

/**
 * Issues a partner a new key in place of a working one. The old key goes on working for the
 * configured grace (`PARTNER_KEY_GRACE_HOURS`), so the partner can switch without a gap, then
 * stops. Only a working key that is not already being replaced can be rotated: a rotation sent
 * twice issues one key, and the second is refused rather than shortening anything.
 */
export async function rotatePartnerKey(deps: Deps, actor: Actor, keyId: string): Promise<Result<RotatedPartnerKey>> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const expiresAt = new Date(now.getTime() + hours(deps.config.partnerKeyGraceHours)).toISOString()
  return deps.db.transaction((tx) =>
    auditLast(tx, async (audit): Promise<Result<RotatedPartnerKey>> => {
      const found = await partnerKeyForUpdate(tx, keyId)
      if (!found) return fail('not_found')
      const state = partnerKeyState(found.key, at)
      if (state !== 'active') return fail('conflict', { detail: `This key is ${state}: only a working key that is not already being replaced can be rotated` })
      const { key, keyHash } = newPartnerKey(deps.random)
      const issued: PartnerKeyRow = { id: newId(deps.random), partnerId: found.partner.id, keyHash, createdAt: at, lastUsedAt: null, expiresAt: null, revokedAt: null }
      await insertPartnerKey(tx, issued)
      const rotated = await updatePartnerKey(tx, keyId, { expiresAt })
      audit.add(now, actor, { action: 'retiree.rotatePartnerKey', kind: 'write', objectType: 'partner_key', objectId: keyId })
      audit.add(now, actor, { action: 'retiree.issuePartnerKey', kind: 'write', objectType: 'partner_key', objectId: issued.id })
      return ok({ key, issued: partnerKeyView(issued, found.partner, at), rotated: partnerKeyView(rotated, found.partner, at) })
    }),
  )
}

/**
 * Revokes a key: the next call with it is refused, on every instance (keys are looked up on
 * every call, never cached). Revoking a revoked key changes nothing and records nothing.
 */
export async function revokePartnerKey(deps: Deps, actor: Actor, keyId: string): Promise<Result<PartnerKey>> {
  const now = deps.clock.now()
  const at = now.toISOString()
  return deps.db.transaction((tx) =>
    auditLast(tx, async (audit): Promise<Result<PartnerKey>> => {
      const found = await partnerKeyForUpdate(tx, keyId)
      if (!found) return fail('not_found')
      if (found.key.revokedAt !== null) return ok(partnerKeyView(found.key, found.partner, at))
      const revoked = await updatePartnerKey(tx, keyId, { revokedAt: at })
      audit.add(now, actor, { action: 'retiree.revokePartnerKey', kind: 'write', objectType: 'partner_key', objectId: keyId })
      return ok(partnerKeyView(revoked, found.partner, at))
    }),
  )
}
