import { eq } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { seekerProfiles } from '../../db/schema'

export type SeekerProfileRow = typeof seekerProfiles.$inferSelect

/** What the seeker writes when saving the profile: everything but the consent, which has its own act. */
export type SeekerProfileFields = Omit<SeekerProfileRow, 'userId' | 'recommendable' | 'consentAt' | 'updatedAt'>

export async function seekerProfileOf(q: Query, userId: string): Promise<SeekerProfileRow | undefined> {
  const [row] = await q.select().from(seekerProfiles).where(eq(seekerProfiles.userId, userId))
  return row
}

/**
 * Writes the whole profile: the first save inserts it without consent to be recommended; a later
 * save replaces its fields and leaves the consent as it was.
 */
export async function saveSeekerProfile(tx: Tx, userId: string, fields: SeekerProfileFields, updatedAt: string): Promise<SeekerProfileRow> {
  const [row] = await tx
    .insert(seekerProfiles)
    .values({ userId, ...fields, recommendable: false, consentAt: null, updatedAt })
    .onConflictDoUpdate({ target: seekerProfiles.userId, set: { ...fields, updatedAt } })
    .returning()
  if (!row) throw new Error('saving a seeker profile returned no row')
  return row
}

/** Sets the consent to be recommended; undefined when the seeker has no profile. */
export async function setRecommendable(tx: Tx, userId: string, recommendable: boolean, consentAt: string): Promise<SeekerProfileRow | undefined> {
  const [row] = await tx.update(seekerProfiles).set({ recommendable, consentAt }).where(eq(seekerProfiles.userId, userId)).returning()
  return row
}
