import type { Tx } from '../db/database'
import { partnerSignals } from '../db/schema'

/** What a partner sent under one of its references: a life signal, a death record, a card act at a bank's counter. */
export type PartnerSignalRow = typeof partnerSignals.$inferSelect

/**
 * Records what a partner sent unless it already sent something under the same reference (the
 * unique index decides, so two sends at once, on two instances, record it once: the second waits
 * for the first to commit and then inserts nothing). True when recorded.
 */
export async function insertSignalOnce(tx: Tx, row: PartnerSignalRow): Promise<boolean> {
  const inserted = await tx
    .insert(partnerSignals)
    .values(row)
    .onConflictDoNothing({ target: [partnerSignals.partnerId, partnerSignals.reference] })
    .returning({ id: partnerSignals.id })
  return inserted.length === 1
}
