import { and, count, desc, eq, isNull, lt, or } from 'drizzle-orm'
import type { Db, Tx } from '../../db/client'
import { inboxMessages } from '../../db/schema'

export type MessageRow = typeof inboxMessages.$inferSelect

export function messagesOf(db: Db, userId: string, after: { at: string; id: string } | null, limit: number): MessageRow[] {
  const mine = eq(inboxMessages.userId, userId)
  return db
    .select()
    .from(inboxMessages)
    .where(
      after
        ? and(mine, or(lt(inboxMessages.createdAt, after.at), and(eq(inboxMessages.createdAt, after.at), lt(inboxMessages.id, after.id))))
        : mine,
    )
    .orderBy(desc(inboxMessages.createdAt), desc(inboxMessages.id))
    .limit(limit)
    .all()
}

export function unreadCount(db: Db, userId: string): number {
  return (
    db
      .select({ n: count() })
      .from(inboxMessages)
      .where(and(eq(inboxMessages.userId, userId), isNull(inboxMessages.readAt)))
      .get()?.n ?? 0
  )
}

export function messageById(db: Db, id: string): MessageRow | undefined {
  return db.select().from(inboxMessages).where(eq(inboxMessages.id, id)).get()
}

export function markRead(db: Tx, id: string, at: string): void {
  db.update(inboxMessages).set({ readAt: at }).where(and(eq(inboxMessages.id, id), isNull(inboxMessages.readAt))).run()
}
