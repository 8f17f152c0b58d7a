import { eq } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { trainingInstitutionAccounts, users } from '../../db/schema'

export type InstitutionAccountRow = typeof trainingInstitutionAccounts.$inferSelect

export async function institutionAccountOf(q: Query, institutionUserId: string): Promise<InstitutionAccountRow | undefined> {
  const [row] = await q.select().from(trainingInstitutionAccounts).where(eq(trainingInstitutionAccounts.institutionUserId, institutionUserId))
  return row
}

/** Keeps the institution's one account: written the first time, replaced after. */
export async function putInstitutionAccount(tx: Tx, row: InstitutionAccountRow): Promise<InstitutionAccountRow> {
  const { institutionUserId, ...change } = row
  const [written] = await tx
    .insert(trainingInstitutionAccounts)
    .values(row)
    .onConflictDoUpdate({ target: trainingInstitutionAccounts.institutionUserId, set: change })
    .returning()
  if (!written) throw new Error(`the settlement account of ${institutionUserId} was not written`)
  return written
}

/** The registered name of an organisation's account; null when it has none. */
export async function organizationOf(q: Query, userId: string): Promise<string | null> {
  const [row] = await q.select({ organization: users.organization }).from(users).where(eq(users.id, userId))
  return row?.organization ?? null
}
