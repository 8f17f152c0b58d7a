import { and, asc, eq, gt, inArray, or } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { lockKey } from '../../db/locks'
import { cardCreditExceptions, cardCreditFiles, cardPayments, cards, realNames } from '../../db/schema'

export type CreditFileRow = typeof cardCreditFiles.$inferSelect
export type CreditExceptionRow = typeof cardCreditExceptions.$inferSelect

/** A payment queued at the bank, with what the bank needs to credit it: its card's number and the holder's name, both sealed. */
export interface QueuedCreditRow {
  readonly id: string
  readonly reference: string | null
  readonly amountFen: number
  readonly source: (typeof cardPayments.$inferSelect)['source']
  readonly period: string | null
  readonly queuedAt: string | null
  readonly cardNumberEnc: string
  readonly nameEnc: string | null
}

/** This bank's queue, oldest first, from after the cursor: `limit` rows (the caller asks one more than a page). */
export function queuedCreditsOf(q: Query, partnerId: string, after: { at: string; id: string } | null, limit: number): Promise<QueuedCreditRow[]> {
  const queuedHere = and(eq(cardPayments.partnerId, partnerId), eq(cardPayments.status, 'queued'))
  const past = after ? or(gt(cardPayments.queuedAt, after.at), and(eq(cardPayments.queuedAt, after.at), gt(cardPayments.id, after.id))) : undefined
  return q
    .select({
      id: cardPayments.id,
      reference: cardPayments.reference,
      amountFen: cardPayments.amountFen,
      source: cardPayments.source,
      period: cardPayments.period,
      queuedAt: cardPayments.queuedAt,
      cardNumberEnc: cards.cardNumberEnc,
      nameEnc: realNames.nameEnc,
    })
    .from(cardPayments)
    .innerJoin(cards, eq(cards.id, cardPayments.cardId))
    .leftJoin(realNames, eq(realNames.userId, cardPayments.holderUserId))
    .where(past ? and(queuedHere, past) : queuedHere)
    .orderBy(asc(cardPayments.queuedAt), asc(cardPayments.id))
    .limit(limit)
}

/** Rows of an `IN` list per statement: far below both engines' limits on bound values. */
const chunk = 500

/** The holder of each payment named, by payment id. */
export async function holdersOf(q: Query, paymentIds: readonly string[]): Promise<Map<string, string>> {
  const holders = new Map<string, string>()
  const ids = [...new Set(paymentIds)]
  for (let i = 0; i < ids.length; i += chunk) {
    const rows = await q
      .select({ id: cardPayments.id, holderUserId: cardPayments.holderUserId })
      .from(cardPayments)
      .where(inArray(cardPayments.id, ids.slice(i, i + chunk)))
    for (const row of rows) holders.set(row.id, row.holderUserId)
  }
  return holders
}

/** The file this bank sent before with these bytes, if any. */
export async function creditFileOf(q: Query, partnerId: string, sha256: string): Promise<CreditFileRow | undefined> {
  const [row] = await q
    .select()
    .from(cardCreditFiles)
    .where(and(eq(cardCreditFiles.partnerId, partnerId), eq(cardCreditFiles.sha256, sha256)))
  return row
}

/** Holds the same file of the same bank to one transaction at a time: a second upload waits, then finds the first's row. */
export function lockCreditFile(tx: Tx, partnerId: string, sha256: string): Promise<void> {
  return lockKey(tx, `card-credit-file:${partnerId}:${sha256}`)
}

export async function insertCreditFile(tx: Tx, row: CreditFileRow): Promise<void> {
  await tx.insert(cardCreditFiles).values(row)
}

export async function insertCreditExceptions(tx: Tx, rows: readonly CreditExceptionRow[]): Promise<void> {
  // Ten values a row: a few hundred rows a statement.
  for (let i = 0; i < rows.length; i += 200) await tx.insert(cardCreditExceptions).values(rows.slice(i, i + 200))
}
