import type { PendingItem } from '@renshe/shared/inbox/schemas'
import { days } from '../../platform/clock'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { consentsOf } from './consent-service'
import { rolesOf } from './people'
import { activeGrantsOfCitizen, findRealName, findUser } from './repo'

/** A grant ending within this many days is worth a reminder on Home. */
const expiringWithinDays = 7

export async function identityPending(deps: Deps, principal: Principal, _actor: Actor): Promise<PendingItem[]> {
  const subject = subjectOf(principal)
  return deps.db.read(async (q) => {
    const user = await findUser(q, subject)
    if (!user || !rolesOf(user).includes('citizen')) return []
    if (!(await findRealName(q, subject))) return [{ kind: 'bind_real_name' }]
    // Consents and grants are the citizen's own business, not a helper's.
    if (principal.actingFor) return []

    const now = deps.clock.now()
    const soon = new Date(now.getTime() + days(expiringWithinDays)).toISOString()
    return [
      ...(await consentsOf(q, subject))
        .filter((c) => c.outdated && c.withdrawnAt === null)
        .map((c): PendingItem => ({ kind: 'consent_outdated', purpose: c.purpose })),
      ...(await activeGrantsOfCitizen(q, subject, now.toISOString(), soon)).map(
        (g): PendingItem => ({ kind: 'proxy_grant_expiring', grantId: g.id, expiresAt: g.expiresAt }),
      ),
    ]
  })
}
