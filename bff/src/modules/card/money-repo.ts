import { and, desc, eq, sql } from 'drizzle-orm'
import type { CardPaymentStatus } from '@renshe/shared/card/money'
import type { Query } from '../../db/database'
import { afterCursor } from '../../db/keyset'
import { cardPayments, cards, partners } from '../../db/schema'

export type CardPaymentRow = typeof cardPayments.$inferSelect

/** A payment with the card it went or goes to (masked) and the bank's name. */
export interface HolderPaymentRow {
  readonly payment: CardPaymentRow
  readonly cardNumberMasked: string | null
  readonly bankName: string | null
}

/** Her payments onto the card, newest ordered first, from the cursor on; `limit` rows. */
export function paymentsOfHolder(q: Query, holderUserId: string, cursor: { at: string; id: string } | null, limit: number): Promise<HolderPaymentRow[]> {
  return q
    .select({ payment: cardPayments, cardNumberMasked: cards.cardNumberMasked, bankName: partners.name })
    .from(cardPayments)
    .leftJoin(cards, eq(cards.id, cardPayments.cardId))
    .leftJoin(partners, eq(partners.id, cardPayments.partnerId))
    .where(and(eq(cardPayments.holderUserId, holderUserId), ...(cursor ? [afterCursor(cardPayments.orderedAt, cardPayments.id, cursor, 'desc')] : [])))
    .orderBy(desc(cardPayments.orderedAt), desc(cardPayments.id))
    .limit(limit)
}

/** The fen of all her payments, by status. */
export async function holderTotals(q: Query, holderUserId: string): Promise<Partial<Record<CardPaymentStatus, number>>> {
  const rows = await q
    .select({ status: cardPayments.status, fen: sql<number>`sum(${cardPayments.amountFen})`.mapWith(Number) })
    .from(cardPayments)
    .where(eq(cardPayments.holderUserId, holderUserId))
    .groupBy(cardPayments.status)
  return Object.fromEntries(rows.map((row) => [row.status, row.fen]))
}
