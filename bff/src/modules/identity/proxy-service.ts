import { idNumberHint, maskName } from '@renshe/shared/identity/masking'
import { ProxyScope } from '@renshe/shared/identity/roles'
import type { ProxyClient, ProxyGrant, StaffCard } from '@renshe/shared/identity/schemas'
import { appendAudit, type Actor } from '../../platform/audit'
import { days } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { activeConsent } from './consent-service'
import { rolesOf } from './people'
import {
  activeGrantsOfStaff,
  findGrant,
  findRealName,
  findStaffByCode,
  findUser,
  grantsOfCitizen,
  insertGrant,
  revokeGrant,
  usersByIds,
  type GrantRow,
  type UserRow,
} from './repo'

function staffCard(deps: Pick<Deps, 'sealer'>, staff: UserRow): StaffCard {
  return {
    staffCode: staff.staffCode ?? '',
    maskedName: maskName(staff.staffNameEnc ? deps.sealer.open(staff.staffNameEnc) : ''),
    regionCode: staff.regionCode ?? '',
    organization: staff.organization ?? '',
  }
}

function scopesOf(grant: GrantRow): ProxyScope[] {
  return grant.scopes.filter((scope): scope is ProxyScope => ProxyScope.safeParse(scope).success)
}

function toGrant(deps: Pick<Deps, 'sealer' | 'clock'>, grant: GrantRow, staff: UserRow): ProxyGrant {
  const now = deps.clock.now().toISOString()
  return {
    id: grant.id,
    staff: staffCard(deps, staff),
    scopes: scopesOf(grant),
    createdAt: grant.createdAt,
    expiresAt: grant.expiresAt,
    revokedAt: grant.revokedAt,
    status: grant.revokedAt ? 'revoked' : grant.expiresAt <= now ? 'expired' : 'active',
  }
}

function findGridStaff(deps: Pick<Deps, 'db'>, staffCode: string): UserRow | null {
  const staff = findStaffByCode(deps.db, staffCode)
  return staff && rolesOf(staff).includes('grid_staff') ? staff : null
}

export function findStaff(deps: Deps, staffCode: string): Result<StaffCard> {
  const staff = findGridStaff(deps, staffCode)
  return staff ? ok(staffCard(deps, staff)) : fail('not_found')
}

export function createGrant(
  deps: Deps,
  actor: Actor,
  citizenUserId: string,
  input: { staffCode: string; scopes: ProxyScope[]; days: number },
): Result<ProxyGrant> {
  if (!activeConsent(deps, citizenUserId, 'proxy.sharing')) return fail('consent_required', { detail: 'proxy.sharing' })
  const staff = findGridStaff(deps, input.staffCode)
  if (!staff) return fail('validation_failed', { errors: [{ path: 'body.staffCode', key: 'staffCode.format' }] })
  if (staff.id === citizenUserId) return fail('conflict', { detail: 'You cannot grant yourself' })

  const now = deps.clock.now()
  const grant: GrantRow = {
    id: newId(deps.random),
    citizenUserId,
    staffUserId: staff.id,
    scopes: [...new Set(input.scopes)],
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + days(input.days)).toISOString(),
    revokedAt: null,
  }
  deps.db.transaction((tx) => {
    insertGrant(tx, grant)
    appendAudit(tx, now, actor, { action: 'identity.createProxyGrant', kind: 'write', objectType: 'proxy_grant', objectId: grant.id })
    notify(tx, deps.random, now, {
      userId: citizenUserId,
      template: 'proxy.granted',
      params: { staffCode: input.staffCode, days: input.days },
      link: '/features/identity/pages/proxy-grants/index',
    })
  })
  return ok(toGrant(deps, grant, staff))
}

export function listGrants(deps: Deps, citizenUserId: string): ProxyGrant[] {
  const grants = grantsOfCitizen(deps.db, citizenUserId)
  const staff = new Map(usersByIds(deps.db, [...new Set(grants.map((g) => g.staffUserId))]).map((u) => [u.id, u]))
  return grants.flatMap((grant) => {
    const holder = staff.get(grant.staffUserId)
    return holder ? [toGrant(deps, grant, holder)] : []
  })
}

export function revokeGrantOf(deps: Deps, actor: Actor, citizenUserId: string, grantId: string): Result<ProxyGrant> {
  const grant = findGrant(deps.db, grantId)
  // Another citizen's grant is answered exactly like a missing one.
  if (!grant || grant.citizenUserId !== citizenUserId) return fail('not_found')
  const staff = findUser(deps.db, grant.staffUserId)
  if (!staff) return fail('not_found')
  if (grant.revokedAt) return ok(toGrant(deps, grant, staff))

  const now = deps.clock.now()
  deps.db.transaction((tx) => {
    revokeGrant(tx, grant.id, now.toISOString())
    appendAudit(tx, now, actor, { action: 'identity.revokeProxyGrant', kind: 'write', objectType: 'proxy_grant', objectId: grant.id })
    notify(tx, deps.random, now, { userId: citizenUserId, template: 'proxy.revoked', params: { staffCode: staff.staffCode ?? '' } })
  })
  return ok(toGrant(deps, { ...grant, revokedAt: now.toISOString() }, staff))
}

/** The citizens a grid staff member may act for right now, masked just enough to tell them apart. */
export function listClients(deps: Deps, staffUserId: string): ProxyClient[] {
  return activeGrantsOfStaff(deps.db, staffUserId, deps.clock.now().toISOString()).flatMap((grant) => {
    const realName = findRealName(deps.db, grant.citizenUserId)
    if (!realName) return []
    return [
      {
        grantId: grant.id,
        maskedName: maskName(deps.sealer.open(realName.nameEnc)),
        idNumberHint: idNumberHint(deps.sealer.open(realName.idNumberEnc)),
        scopes: scopesOf(grant),
        expiresAt: grant.expiresAt,
      },
    ]
  })
}
