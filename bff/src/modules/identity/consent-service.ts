import type { Consent, ConsentPurpose } from '@renshe/shared/identity/schemas'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { consentDocuments } from './consent-documents'
import { activeGrantsOfCitizen, insertConsent, latestConsents, markConsentWithdrawn, revokeGrant, type ConsentRow } from './repo'

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

export function listConsents(deps: Pick<Deps, 'db'>, userId: string): Consent[] {
  return latestConsents(deps.db, userId)
    .filter((row) => Object.hasOwn(consentDocuments, row.purpose))
    .map(toConsent)
}

export function activeConsent(deps: Pick<Deps, 'db'>, userId: string, purpose: ConsentPurpose): Consent | null {
  return listConsents(deps, userId).find((c) => c.purpose === purpose && c.withdrawnAt === null) ?? null
}

/** Consent is given to one version of one text; giving it again for the same version changes nothing. */
export function giveConsent(deps: Deps, actor: Actor, userId: string, input: { purpose: ConsentPurpose; version: string }): Result<Consent> {
  const document = consentDocuments[input.purpose]
  if (input.version !== document.version) {
    return fail('conflict', { detail: `The current text is version ${document.version}; show it again before asking` })
  }
  const current = activeConsent(deps, userId, input.purpose)
  if (current && current.version === input.version) return ok(current)

  const now = deps.clock.now().toISOString()
  const row: ConsentRow = { id: newId(deps.random), userId, purpose: input.purpose, version: input.version, givenAt: now, withdrawnAt: null }
  deps.db.transaction((tx) => {
    insertConsent(tx, row)
    appendAudit(tx, deps.clock.now(), actor, { action: 'identity.giveConsent', kind: 'write', objectType: 'consent', objectId: row.id })
    notify(tx, deps.random, deps.clock.now(), { userId, template: 'consent.given', params: { purpose: input.purpose } })
  })
  return ok(toConsent(row))
}

/** Withdrawing stops what relied on the consent: for proxy sharing, every grant ends now. */
export function withdrawConsent(deps: Deps, actor: Actor, userId: string, purpose: ConsentPurpose): Result<Consent> {
  const row = latestConsents(deps.db, userId).find((c) => c.purpose === purpose)
  if (!row) return fail('not_found')
  if (row.withdrawnAt) return ok(toConsent(row))

  const now = deps.clock.now()
  const at = now.toISOString()
  deps.db.transaction((tx) => {
    markConsentWithdrawn(tx, row.id, at)
    appendAudit(tx, now, actor, { action: 'identity.withdrawConsent', kind: 'write', objectType: 'consent', objectId: row.id })
    if (purpose === 'proxy.sharing') {
      for (const grant of activeGrantsOfCitizen(tx, userId, at)) {
        revokeGrant(tx, grant.id, at)
        appendAudit(tx, now, actor, { action: 'identity.revokeProxyGrant', kind: 'write', objectType: 'proxy_grant', objectId: grant.id })
      }
    }
    notify(tx, deps.random, now, { userId, template: 'consent.withdrawn', params: { purpose } })
  })
  return ok(toConsent({ ...row, withdrawnAt: at }))
}
