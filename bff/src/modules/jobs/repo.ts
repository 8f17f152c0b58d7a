import { desc, eq } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { seekerProfiles, skillCertificates, users } from '../../db/schema'

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

/** How many of her certificates the profile shows: more than anyone gathers. */
const certificatesShown = 200

/**
 * The certificates assessment bodies recorded for her (the training module writes them), the
 * latest issued first, each with the name of the body that issued it: read from the table, never
 * through the training module's code.
 */
export function skillCertificatesOf(q: Query, userId: string) {
  return q
    .select({
      id: skillCertificates.id,
      certificateNumber: skillCertificates.certificateNumber,
      occupationCode: skillCertificates.occupationCode,
      level: skillCertificates.level,
      issuedOn: skillCertificates.issuedOn,
      issuerName: users.organization,
    })
    .from(skillCertificates)
    .innerJoin(users, eq(users.id, skillCertificates.issuerUserId))
    .where(eq(skillCertificates.holderUserId, userId))
    .orderBy(desc(skillCertificates.issuedOn), desc(skillCertificates.createdAt), desc(skillCertificates.id))
    .limit(certificatesShown)
}
