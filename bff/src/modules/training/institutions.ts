import { officialCovers } from '../../platform/policy'
import type { SessionUser } from '../../platform/principal'

/** An account is an institution an officer supervises (and may approve) when it is one, and of her region. */
export function isInstitutionOf(officer: SessionUser, account: { roles: readonly string[]; regionCode: string | null }): boolean {
  return account.roles.includes('institution') && account.regionCode !== null && officialCovers(officer, account.regionCode)
}
