import { inArray, isNotNull } from 'drizzle-orm'
import type { Database } from '../database'
import { partners, users } from '../schema'
import { seededCardIds } from './card'
import { seededRetireeIds } from './retiree'

/**
 * Whether the demo data is in this database: a demo account (the development login's) or a
 * seeded partner department (whose development keys are printed in the README). Outside demo
 * mode the server refuses such a database rather than serve those keys and accounts.
 */
export function holdsDemoData(db: Database): Promise<boolean> {
  return db.read(async (q) => {
    const [account] = await q.select({ id: users.id }).from(users).where(isNotNull(users.devAccount)).limit(1)
    if (account) return true
    const [partner] = await q
      .select({ id: partners.id })
      .from(partners)
      .where(inArray(partners.id, [...Object.values(seededRetireeIds.partners), ...Object.values(seededCardIds.partners)]))
      .limit(1)
    return partner !== undefined
  })
}
