import { idNumberHint, maskName } from '@renshe/shared/identity/masking'
import { ProxyScope } from '@renshe/shared/identity/roles'
import type { ProxyClient, ProxyGrant, StaffCard } from '@renshe/shared/identity/schemas'
import { pages } from '@renshe/shared/platform/pages'
import type { Query } from '../../db/database'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import { days } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { grantScopes, grantStatus } from '../../platform/policy'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { lockActiveConsent } from './consent-service'
import { rolesOf } from './people'
import {
  activeGrantsOfStaff,
  findGrant,
  findStaffByCode,
  findUser,
  grantsOfCitizen,
  insertGrant,
  lockGrant,
  realNamesOf,
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

/** Only ever for the citizen who made the grant: the staff member in full. */
function toGrant(deps: Pick<Deps, 'sealer' | 'clock'>, grant: GrantRow, staff: UserRow): ProxyGrant {
  const now = deps.clock.now().toISOString()
  return {
    id: grant.id,
    staff: { ...staffCard(deps, staff), name: staff.staffNameEnc ? deps.sealer.open(staff.staffNameEnc) : '' },
    scopes: grantScopes(grant),
    createdAt: grant.createdAt,
    expiresAt: grant.expiresAt,
    revokedAt: grant.revokedAt,
    status: grantStatus(grant, now),
  }
}

async function findGridStaff(q: Query, staffCode: string): Promise<UserRow | null> {
  const staff = await findStaffByCode(q, staffCode)
  return staff && rolesOf(staff).includes('grid_staff') ? staff : null
}

export async function findStaff(deps: Deps, staffCode: string): Promise<Result<StaffCard>> {
  const staff = await deps.db.read((q) => findGridStaff(q, staffCode))
  return staff ? ok(staffCard(deps, staff)) : fail('not_found')
}

export async function createGrant(
  deps: Deps,
  actor: Actor,
  citizenUserId: string,
  input: { staffCode: string; scopes: ProxyScope[]; days: number },
): Promise<Result<ProxyGrant>> {
  return deps.db.transaction(async (tx) => {
    // Locked, so a withdrawal of the consent at the same moment cannot miss the grant made here.
    if (!(await lockActiveConsent(tx, citizenUserId, 'proxy.sharing'))) return fail('consent_required', { detail: 'proxy.sharing' })
    const staff = await findGridStaff(tx, input.staffCode)
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
    await insertGrant(tx, grant)
    await notify(tx, deps.random, now, {
      userId: citizenUserId,
      template: 'proxy.granted',
      params: { staffCode: input.staffCode, days: input.days },
      link: pages.proxyGrants,
    })
    await appendAudit(tx, now, actor, { action: 'identity.createProxyGrant', kind: 'write', objectType: 'proxy_grant', objectId: grant.id })
    return ok(toGrant(deps, grant, staff))
  })
}

/** The grants the citizen gave, with the staff members they name; the read is recorded. */
export async function listGrants(deps: Deps, actor: Actor, citizenUserId: string): Promise<ProxyGrant[]> {
  await recordAudit(deps, deps.clock.now(), actor, { action: 'identity.listProxyGrants', kind: 'read', objectType: 'user', objectId: citizenUserId })
  return deps.db.read(async (q) => {
    const grants = await grantsOfCitizen(q, citizenUserId)
    const staff = new Map((await usersByIds(q, [...new Set(grants.map((g) => g.staffUserId))])).map((u) => [u.id, u]))
    return grants.flatMap((grant) => {
      const holder = staff.get(grant.staffUserId)
      return holder ? [toGrant(deps, grant, holder)] : []
    })
  })
}

/** One grant the citizen gave; another citizen's is answered exactly like a missing one. The read is recorded. */
export async function getGrant(deps: Deps, actor: Actor, citizenUserId: string, grantId: string): Promise<Result<ProxyGrant>> {
  const found = await deps.db.read(async (q) => {
    const grant = await findGrant(q, grantId)
    const staff = grant && grant.citizenUserId === citizenUserId ? await findUser(q, grant.staffUserId) : undefined
    return grant && staff ? { grant, staff } : null
  })
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), actor, { action: 'identity.getProxyGrant', kind: 'read', objectType: 'proxy_grant', objectId: grantId })
  return ok(toGrant(deps, found.grant, found.staff))
}

export async function revokeGrantOf(deps: Deps, actor: Actor, citizenUserId: string, grantId: string): Promise<Result<ProxyGrant>> {
  return deps.db.transaction(async (tx) => {
    // Locked, so of two revocations at once one ends the grant and the other finds it ended.
    const grant = await lockGrant(tx, grantId)
    // Another citizen's grant is answered exactly like a missing one.
    if (!grant || grant.citizenUserId !== citizenUserId) return fail('not_found')
    const staff = await findUser(tx, grant.staffUserId)
    if (!staff) return fail('not_found')
    if (grant.revokedAt) return ok(toGrant(deps, grant, staff))

    const now = deps.clock.now()
    await revokeGrant(tx, grant.id, now.toISOString())
    await notify(tx, deps.random, now, { userId: citizenUserId, template: 'proxy.revoked', params: { staffCode: staff.staffCode ?? '' } })
    await appendAudit(tx, now, actor, { action: 'identity.revokeProxyGrant', kind: 'write', objectType: 'proxy_grant', objectId: grant.id })
    return ok(toGrant(deps, { ...grant, revokedAt: now.toISOString() }, staff))
  })
}

/** The citizens a grid staff member may act for right now, masked just enough to tell them apart. */
export async function listClients(deps: Deps, staffUserId: string): Promise<ProxyClient[]> {
  return deps.db.read(async (q) => {
    const grants = await activeGrantsOfStaff(q, staffUserId, deps.clock.now().toISOString())
    const realNames = await realNamesOf(q, [...new Set(grants.map((grant) => grant.citizenUserId))])
    return grants.flatMap((grant) => {
      const realName = realNames.get(grant.citizenUserId)
      if (!realName) return []
      return [
        {
          grantId: grant.id,
          maskedName: maskName(deps.sealer.open(realName.nameEnc)),
          idNumberHint: idNumberHint(deps.sealer.open(realName.idNumberEnc)),
          scopes: grantScopes(grant),
          expiresAt: grant.expiresAt,
        },
      ]
    })
  })
}
