import type { Consent, ConsentPurpose } from '@renshe/shared/identity/schemas'
import type { Query, Tx } from '../../db/database'
import { lockKey } from '../../db/locks'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { consentDocuments } from './consent-documents'
import {
  insertConsent,
  latestConsents,
  lockActiveGrantsOfCitizen,
  lockLatestConsent,
  markConsentWithdrawn,
  revokeGrant,
  type ConsentRow,
} from './repo'

function toConsent(row: ConsentRow): Consent {
  const { purpose } = row
  return {
    purpose,
    version: row.version,
    givenAt: row.givenAt,
    withdrawnAt: row.withdrawnAt,
    outdated: consentDocuments[purpose].version !== row.version,
  }
}

/** The consents in force for a person, one per purpose this build knows, newest first. */
export async function consentsOf(q: Query, userId: string): Promise<Consent[]> {
  return (await latestConsents(q, userId)).filter((row) => Object.hasOwn(consentDocuments, row.purpose)).map(toConsent)
}

export function listConsents(deps: Pick<Deps, 'db'>, userId: string): Promise<Consent[]> {
  return deps.db.read((q) => consentsOf(q, userId))
}

/**
 * The consent a change relies on, given and not withdrawn, locked until the transaction ends: a
 * withdrawal running beside the change either ends before it (and the change is refused) or
 * waits for it (and then ends what it made).
 */
export async function lockActiveConsent(tx: Tx, userId: string, purpose: ConsentPurpose): Promise<Consent | null> {
  const row = await lockLatestConsent(tx, userId, purpose)
  return row && row.withdrawnAt === null ? toConsent(row) : null
}

/** `now`, or a millisecond after `previous` when that is not before it. */
function laterThan(now: Date, previous: string | undefined): Date {
  const floor = previous === undefined ? Number.NEGATIVE_INFINITY : Date.parse(previous) + 1
  return new Date(Math.max(now.getTime(), floor))
}

/** Consent is given to one version of one text; giving it again for the same version changes nothing. */
export async function giveConsent(
  deps: Deps,
  actor: Actor,
  userId: string,
  input: { purpose: ConsentPurpose; version: string },
): Promise<Result<Consent>> {
  const document = consentDocuments[input.purpose]
  if (input.version !== document.version) {
    return fail('conflict', { detail: `The current text is version ${document.version}; show it again before asking` })
  }
  return deps.db.transaction(async (tx) => {
    // The first consent of a purpose has no row to lock: two given at once must not both insert.
    await lockKey(tx, `consent:${userId}:${input.purpose}`)
    const latest = await lockLatestConsent(tx, userId, input.purpose)
    if (latest && latest.withdrawnAt === null && latest.version === input.version) return ok(toConsent(latest))

    // The consent in force is the newest row. One given again in the same millisecond as the row
    // before it (a withdrawal and a new consent at once) is still the newer: it is dated just after.
    const now = laterThan(deps.clock.now(), latest?.givenAt).toISOString()
    const row: ConsentRow = { id: newId(deps.random), userId, purpose: input.purpose, version: input.version, givenAt: now, withdrawnAt: null }
    await insertConsent(tx, row)
    await notify(tx, deps.random, deps.clock.now(), { userId, template: 'consent.given', params: { purpose: input.purpose } })
    await appendAudit(tx, deps.clock.now(), actor, { action: 'identity.giveConsent', kind: 'write', objectType: 'consent', objectId: row.id })
    return ok(toConsent(row))
  })
}

/** Withdrawing stops what relied on the consent: for proxy sharing, every grant ends now. */
export async function withdrawConsent(deps: Deps, actor: Actor, userId: string, purpose: ConsentPurpose): Promise<Result<Consent>> {
  const now = deps.clock.now()
  const at = now.toISOString()
  return deps.db.transaction(async (tx) => {
    const row = await lockLatestConsent(tx, userId, purpose)
    if (!row) return fail('not_found')
    if (row.withdrawnAt) return ok(toConsent(row))

    await markConsentWithdrawn(tx, row.id, at)
    const ended = purpose === 'proxy.sharing' ? await lockActiveGrantsOfCitizen(tx, userId, at) : []
    for (const grant of ended) await revokeGrant(tx, grant.id, at)
    await notify(tx, deps.random, now, { userId, template: 'consent.withdrawn', params: { purpose } })
    await appendAudit(tx, now, actor, { action: 'identity.withdrawConsent', kind: 'write', objectType: 'consent', objectId: row.id })
    for (const grant of ended) {
      await appendAudit(tx, now, actor, { action: 'identity.revokeProxyGrant', kind: 'write', objectType: 'proxy_grant', objectId: grant.id })
    }
    return ok(toConsent({ ...row, withdrawnAt: at }))
  })
}
