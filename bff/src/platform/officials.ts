import { asc, inArray, sql } from 'drizzle-orm'
import type { Query } from '../db/database'
import { users } from '../db/schema'
import { officialCovers, regionsCovering } from './policy'
import { preparedPer } from './prepared'

const ofRegionCodes = preparedPer((q: Query) =>
  q
    .select({ id: users.id, roles: users.roles, regionCode: users.regionCode })
    .from(users)
    .where(inArray(users.regionCode, [sql.placeholder('county'), sql.placeholder('city'), sql.placeholder('province')]))
    .orderBy(asc(users.id))
    .prepare('officials_of_region_codes'),
)

/**
 * The officers (or supervisors) whose region covers `regionCode`: its county's, its city's and its
 * province's, who are told of what happens there. Found through `users_region` (decision 057);
 * roles are a JSON list, read whole, and picked here among the few accounts of these codes.
 */
export async function officialsCovering(q: Query, regionCode: string, role: 'officer' | 'supervisor'): Promise<string[]> {
  const [county, city, province] = regionsCovering(regionCode)
  const rows = await ofRegionCodes(q).execute({ county, city, province })
  return rows.filter((row) => row.roles.includes(role) && officialCovers(row, regionCode)).map((row) => row.id)
}
