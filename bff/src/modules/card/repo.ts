import { and, asc, desc, eq, gt, lte, sql } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { cardEvents, cards, realNames } from '../../db/schema'

export type CardRow = typeof cards.$inferSelect
export type CardEventRow = typeof cardEvents.$inferInsert

/** What the card shows of its holder: her real name and ID number, both sealed. */
export interface HolderRow {
  readonly nameEnc: string
  readonly idNumberEnc: string
}

/** The person's card: her live one, else the newest she held (a cancelled card), else none. */
export async function cardOfHolder(q: Query, holderUserId: string): Promise<CardRow | undefined> {
  const [row] = await q
    .select()
    .from(cards)
    .where(eq(cards.holderUserId, holderUserId))
    .orderBy(sql`case when ${cards.status} = 'cancelled' then 1 else 0 end`, desc(cards.updatedAt), desc(cards.id))
    .limit(1)
  return row
}

export async function holderOf(q: Query, userId: string): Promise<HolderRow | undefined> {
  const [row] = await q.select({ nameEnc: realNames.nameEnc, idNumberEnc: realNames.idNumberEnc }).from(realNames).where(eq(realNames.userId, userId))
  return row
}

const backToNormal = (at: string) => ({ status: 'normal' as const, temporaryLossAt: null, temporaryLossUntil: null, updatedAt: at })

/** Stops a normal card for `until`; undefined when it is not normal (any more). */
export async function markTemporarilyLost(tx: Tx, cardId: string, at: string, until: string): Promise<CardRow | undefined> {
  const [row] = await tx
    .update(cards)
    .set({ status: 'temporarily_lost', temporaryLossAt: at, temporaryLossUntil: until, updatedAt: at })
    .where(and(eq(cards.id, cardId), eq(cards.status, 'normal')))
    .returning()
  return row
}

/** Takes back a temporary loss report that has not lifted by `at`; undefined when there is none. */
export async function clearTemporaryLoss(tx: Tx, cardId: string, at: string): Promise<CardRow | undefined> {
  const [row] = await tx
    .update(cards)
    .set(backToNormal(at))
    .where(and(eq(cards.id, cardId), eq(cards.status, 'temporarily_lost'), gt(cards.temporaryLossUntil, at)))
    .returning()
  return row
}

/** Lifts a temporary loss report whose days have run by `at`; undefined when there is none. */
export async function liftRunOutLoss(tx: Tx, cardId: string, at: string): Promise<CardRow | undefined> {
  const [row] = await tx
    .update(cards)
    .set(backToNormal(at))
    .where(and(eq(cards.id, cardId), eq(cards.status, 'temporarily_lost'), lte(cards.temporaryLossUntil, at)))
    .returning()
  return row
}

/** Cards whose temporary loss report has run its days by `at`, the longest run out first. */
export function runOutLosses(q: Query, at: string, limit: number): Promise<{ id: string; temporaryLossUntil: string | null }[]> {
  return q
    .select({ id: cards.id, temporaryLossUntil: cards.temporaryLossUntil })
    .from(cards)
    .where(and(eq(cards.status, 'temporarily_lost'), lte(cards.temporaryLossUntil, at)))
    .orderBy(asc(cards.temporaryLossUntil), asc(cards.id))
    .limit(limit)
}

export async function insertCardEvent(tx: Tx, row: CardEventRow): Promise<void> {
  await tx.insert(cardEvents).values(row)
}
