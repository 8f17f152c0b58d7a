import { and, gt, isNull, type Placeholder, type SQL } from 'drizzle-orm'
import { regionCovers } from '@renshe/shared/identity/regions'
import { ProxyScope } from '@renshe/shared/identity/roles'
import { proxyGrants } from '../db/schema'

/**
 * Who may see what, said once. Two rules decide every object-level check that is not plain
 * ownership: whether a proxy grant is in force (and whose it is), and whether an official's
 * region covers an object. Each is written here in code and, where a query must filter by it,
 * as SQL; modules call these and never restate them (a source test keeps it so).
 */

type GrantRow = typeof proxyGrants.$inferSelect
type GrantTimes = Pick<GrantRow, 'revokedAt' | 'expiresAt'>

export type GrantStatus = 'active' | 'revoked' | 'expired'

/** A grant is in force until it is revoked or its end passes; at its end it is already over. */
export function grantStatus(grant: GrantTimes, now: string): GrantStatus {
  if (grant.revokedAt !== null) return 'revoked'
  return grant.expiresAt > now ? 'active' : 'expired'
}

export function grantInForce(grant: GrantTimes, now: string): boolean {
  return grantStatus(grant, now) === 'active'
}

/** `grantInForce` as a condition on `proxy_grants`. */
export function grantInForceWhere(now: string | Placeholder): SQL {
  return and(isNull(proxyGrants.revokedAt), gt(proxyGrants.expiresAt, now)) as SQL
}

/** The grant is in force and was given to this staff member: anyone else's looks like none. */
export function grantHeldBy(grant: GrantTimes & Pick<GrantRow, 'staffUserId'>, staffUserId: string, now: string): boolean {
  return grant.staffUserId === staffUserId && grantInForce(grant, now)
}

/** The scopes of a grant that name a scope the portal knows; a stored unknown one grants nothing. */
export function grantScopes(grant: Pick<GrantRow, 'scopes'>): ProxyScope[] {
  return grant.scopes.filter((scope): scope is ProxyScope => ProxyScope.safeParse(scope).success)
}

/** The grant is held by this staff member, in force, and names `scope`. */
export function grantCovers(grant: GrantTimes & Pick<GrantRow, 'staffUserId' | 'scopes'>, staffUserId: string, scope: ProxyScope, now: string): boolean {
  return grantHeldBy(grant, staffUserId, now) && grantScopes(grant).includes(scope)
}

/**
 * Whether an official (officer, supervisor) covers an object of `objectRegion`: a county
 * official the county, a city official its counties, a provincial one the province. Without a
 * region of their own they cover nothing. `inRegionScope` (region-scope.ts) is the same rule in SQL.
 */
export function officialCovers(user: { readonly regionCode: string | null }, objectRegion: string): boolean {
  return user.regionCode !== null && regionCovers(user.regionCode, objectRegion)
}

/**
 * The other way round: the region codes whose officials cover an object of `objectRegion` —
 * its county, its city, its province (330302, 330300, 330000), for finding who to tell.
 */
export function regionsCovering(objectRegion: string): readonly [county: string, city: string, province: string] {
  return [objectRegion, `${objectRegion.slice(0, 4)}00`, `${objectRegion.slice(0, 2)}0000`]
}

export { inRegionScope } from './region-scope'
