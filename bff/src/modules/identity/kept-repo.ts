import { and, eq } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import { keptProfiles, seekerProfiles, sessions, users } from '../../db/schema'

export type KeptRow = typeof keptProfiles.$inferSelect

export async function insertKeptUser(tx: Tx, row: typeof users.$inferInsert): Promise<void> {
  await tx.insert(users).values(row)
}

export async function insertKept(tx: Tx, row: KeptRow): Promise<void> {
  await tx.insert(keptProfiles).values(row)
}

export async function keptOf(q: Query, userId: string): Promise<KeptRow | undefined> {
  const [row] = await q.select().from(keptProfiles).where(eq(keptProfiles.userId, userId))
  return row
}

/** The kept person of one of this staff member's grants; anyone else's is not found. */
export async function keptByGrant(q: Query, staffUserId: string, grantId: string): Promise<KeptRow | undefined> {
  const [row] = await q
    .select()
    .from(keptProfiles)
    .where(and(eq(keptProfiles.grantId, grantId), eq(keptProfiles.staffUserId, staffUserId)))
    .limit(1)
  return row
}

/** The kept row, locked until the transaction ends: of two decisions, the second sees the first. */
export async function lockKept(tx: Tx, userId: string): Promise<KeptRow | undefined> {
  const [row] = await forUpdate(tx.select().from(keptProfiles).where(eq(keptProfiles.userId, userId)))
  return row
}

export async function updateKept(tx: Tx, userId: string, changes: Partial<Pick<KeptRow, 'status' | 'claimantUserId' | 'decidedAt'>>): Promise<void> {
  await tx.update(keptProfiles).set(changes).where(eq(keptProfiles.userId, userId))
}

/**
 * Moves the way of logging in (WeChat openid, demo handle) and the open sessions of `fromUserId`
 * to `toUserId`, and leaves the first account with no role: the person now logs in to the kept
 * account. The handles are cleared before they are set, as each is unique.
 */
export async function moveLogin(tx: Tx, from: Pick<typeof users.$inferSelect, 'id' | 'devAccount' | 'wechatOpenidIndex' | 'wechatOpenidEnc'>, toUserId: string): Promise<void> {
  await tx.update(users).set({ devAccount: null, wechatOpenidIndex: null, wechatOpenidEnc: null, roles: [] }).where(eq(users.id, from.id))
  await tx
    .update(users)
    .set({ devAccount: from.devAccount, wechatOpenidIndex: from.wechatOpenidIndex, wechatOpenidEnc: from.wechatOpenidEnc })
    .where(eq(users.id, toUserId))
  await tx.update(sessions).set({ userId: toUserId }).where(eq(sessions.userId, from.id))
}

/** Removes the job wishes a staff member kept: refused, they are no one's to read or match. */
export async function deleteSeekerProfile(tx: Tx, userId: string): Promise<void> {
  await tx.delete(seekerProfiles).where(eq(seekerProfiles.userId, userId))
}
