import { and, asc, desc, eq, inArray, isNotNull, notInArray, sql } from 'drizzle-orm'
import type { ApplicationStatus } from '@renshe/shared/card/applications'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import { cardApplications, cards, realNames } from '../../db/schema'
import type { CardRow } from './repo'

export type ApplicationRow = typeof cardApplications.$inferSelect

/** Steps after which an application is over: its holder may apply again. */
const over: ApplicationStatus[] = ['collected', 'withdrawn']

/** Her live application, else her latest; undefined when she has made none. */
export async function currentApplicationOf(q: Query, holderUserId: string): Promise<ApplicationRow | undefined> {
  const [row] = await q
    .select()
    .from(cardApplications)
    .where(eq(cardApplications.holderUserId, holderUserId))
    .orderBy(sql`case when ${cardApplications.status} in ('collected', 'withdrawn') then 1 else 0 end`, desc(cardApplications.appliedAt), desc(cardApplications.id))
    .limit(1)
  return row
}

export async function liveApplicationOf(q: Query, holderUserId: string): Promise<ApplicationRow | undefined> {
  const [row] = await q
    .select()
    .from(cardApplications)
    .where(and(eq(cardApplications.holderUserId, holderUserId), notInArray(cardApplications.status, over)))
  return row
}

/** One of her applications; undefined for anyone else's, as for none. */
export async function applicationOfHolder(q: Query, holderUserId: string, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await q
    .select()
    .from(cardApplications)
    .where(and(eq(cardApplications.id, id), eq(cardApplications.holderUserId, holderUserId)))
  return row
}

/** Inserts an application; a second live one of the same person breaks the partial unique index and throws. */
export async function insertApplication(tx: Tx, row: ApplicationRow): Promise<void> {
  await tx.insert(cardApplications).values(row)
}

const stopped = { temporaryLossAt: null, temporaryLossUntil: null }

/**
 * Stops the old card for its replacement: normal, temporarily lost or lost → being replaced, a
 * temporary report with it (it can no longer be taken back). Undefined when the card is in none
 * of those states (any more).
 */
export async function markBeingReplaced(tx: Tx, cardId: string, at: string): Promise<CardRow | undefined> {
  const [row] = await tx
    .update(cards)
    .set({ status: 'being_replaced', ...stopped, updatedAt: at })
    .where(and(eq(cards.id, cardId), inArray(cards.status, ['normal', 'temporarily_lost', 'lost'])))
    .returning()
  return row
}

/* ---- The bank's side ---- */

/** The bank's queue at a step, oldest first, with each holder's sealed name (for the masked one). */
export function applicationsOfPartner(q: Query, partnerId: string, status: ApplicationStatus, limit: number): Promise<{ application: ApplicationRow; nameEnc: string }[]> {
  return q
    .select({ application: cardApplications, nameEnc: realNames.nameEnc })
    .from(cardApplications)
    .innerJoin(realNames, eq(realNames.userId, cardApplications.holderUserId))
    .where(and(eq(cardApplications.partnerId, partnerId), eq(cardApplications.status, status)))
    .orderBy(asc(cardApplications.appliedAt), asc(cardApplications.id))
    .limit(limit)
}

/**
 * An application at an outlet this bank serves, locked until the transaction ends (two steps at
 * once, on two instances, are taken one after the other); undefined for another bank's, as for none.
 */
export async function partnerApplicationForUpdate(tx: Tx, id: string, partnerId: string): Promise<ApplicationRow | undefined> {
  const [row] = await forUpdate(
    tx
      .select()
      .from(cardApplications)
      .where(and(eq(cardApplications.id, id), eq(cardApplications.partnerId, partnerId))),
  )
  return row
}

/** Moves an application on from `from`; undefined when it is no longer there. */
export async function advanceApplication(tx: Tx, id: string, from: ApplicationStatus, changes: Partial<ApplicationRow> & { status: ApplicationStatus; updatedAt: string }): Promise<ApplicationRow | undefined> {
  const [row] = await tx
    .update(cardApplications)
    .set(changes)
    .where(and(eq(cardApplications.id, id), eq(cardApplications.status, from)))
    .returning()
  return row
}

/** Whether a card number (by its blind index) is on a card, or on a card made for an application not withdrawn. */
export async function cardNumberInUse(q: Query, cardNumberIndex: string): Promise<boolean> {
  const [onCard] = await q.select({ id: cards.id }).from(cards).where(eq(cards.cardNumberIndex, cardNumberIndex)).limit(1)
  if (onCard) return true
  const [made] = await q
    .select({ id: cardApplications.id })
    .from(cardApplications)
    .where(and(isNotNull(cardApplications.newCardNumberIndex), eq(cardApplications.newCardNumberIndex, cardNumberIndex), notInArray(cardApplications.status, ['withdrawn'])))
    .limit(1)
  return made !== undefined
}

/** A card by its number's blind index, locked until the transaction ends. */
export async function cardByNumberForUpdate(tx: Tx, cardNumberIndex: string): Promise<CardRow | undefined> {
  const [row] = await forUpdate(tx.select().from(cards).where(eq(cards.cardNumberIndex, cardNumberIndex)))
  return row
}

export async function insertCard(tx: Tx, row: CardRow): Promise<void> {
  await tx.insert(cards).values(row)
}

/** Cancels the card a replacement was collected for; undefined when it is not being replaced (any more). */
export async function cancelReplacedCard(tx: Tx, cardId: string, at: string): Promise<CardRow | undefined> {
  const [row] = await tx
    .update(cards)
    .set({ status: 'cancelled', ...stopped, updatedAt: at })
    .where(and(eq(cards.id, cardId), eq(cards.status, 'being_replaced')))
    .returning()
  return row
}

/** A formal loss report at the counter: normal or temporarily lost → lost. Undefined from any other state. */
export async function markLostAtCounter(tx: Tx, cardId: string, at: string): Promise<CardRow | undefined> {
  const [row] = await tx
    .update(cards)
    .set({ status: 'lost', ...stopped, updatedAt: at })
    .where(and(eq(cards.id, cardId), inArray(cards.status, ['normal', 'temporarily_lost'])))
    .returning()
  return row
}

/** Her ID number's blind index, for checking one shown at a counter without opening hers. */
export async function idNumberIndexOf(q: Query, userId: string): Promise<string | undefined> {
  const [row] = await q.select({ idNumberIndex: realNames.idNumberIndex }).from(realNames).where(eq(realNames.userId, userId))
  return row?.idNumberIndex
}
