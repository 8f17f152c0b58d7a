import type { PendingItem } from '@renshe/shared/inbox/schemas'
import { days } from '../../platform/clock'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { listConsents } from './consent-service'
import { rolesOf } from './people'
import { activeGrantsOfCitizen, findRealName, findUser } from './repo'

/** A grant ending within this many days is worth a reminder on Home. */
const expiringWithinDays = 7

export function identityPending(deps: Deps, principal: Principal, _actor: Actor): PendingItem[] {
  const subject = subjectOf(principal)
  const user = findUser(deps.db, subject)
  if (!user || !rolesOf(user).includes('citizen')) return []
  if (!findRealName(deps.db, subject)) return [{ kind: 'bind_real_name' }]
  // Consents and grants are the citizen's own business, not a helper's.
  if (principal.actingFor) return []

  const now = deps.clock.now()
  const soon = new Date(now.getTime() + days(expiringWithinDays)).toISOString()
  return [
    ...listConsents(deps, subject)
      .filter((c) => c.outdated && c.withdrawnAt === null)
      .map((c): PendingItem => ({ kind: 'consent_outdated', purpose: c.purpose })),
    ...activeGrantsOfCitizen(deps.db, subject, now.toISOString())
      .filter((g) => g.expiresAt <= soon)
      .map((g): PendingItem => ({ kind: 'proxy_grant_expiring', grantId: g.id, expiresAt: g.expiresAt })),
  ]
}
