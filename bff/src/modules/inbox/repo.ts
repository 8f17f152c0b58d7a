import { and, count, desc, eq, isNull, lt, or } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import { inboxMessages } from '../../db/schema'

export type MessageRow = typeof inboxMessages.$inferSelect

export function messagesOf(q: Query, userId: string, after: { at: string; id: string } | null, limit: number): Promise<MessageRow[]> {
  const mine = eq(inboxMessages.userId, userId)
  return q
    .select()
    .from(inboxMessages)
    .where(
      after
        ? and(mine, or(lt(inboxMessages.createdAt, after.at), and(eq(inboxMessages.createdAt, after.at), lt(inboxMessages.id, after.id))))
        : mine,
    )
    .orderBy(desc(inboxMessages.createdAt), desc(inboxMessages.id))
    .limit(limit)
}

export async function unreadCount(q: Query, userId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(inboxMessages)
    .where(and(eq(inboxMessages.userId, userId), isNull(inboxMessages.readAt)))
  return row?.n ?? 0
}

export async function messageById(q: Query, id: string): Promise<MessageRow | undefined> {
  const [row] = await q.select().from(inboxMessages).where(eq(inboxMessages.id, id))
  return row
}

/** The message, locked until the transaction ends: of two marks at once, the second finds it read. */
export async function lockMessage(tx: Tx, id: string): Promise<MessageRow | undefined> {
  const [row] = await forUpdate(tx.select().from(inboxMessages).where(eq(inboxMessages.id, id)))
  return row
}

export async function markRead(tx: Tx, id: string, at: string): Promise<void> {
  await tx
    .update(inboxMessages)
    .set({ readAt: at })
    .where(and(eq(inboxMessages.id, id), isNull(inboxMessages.readAt)))
}
