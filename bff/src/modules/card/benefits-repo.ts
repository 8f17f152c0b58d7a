import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm'
import type { BenefitKind, TierFor } from '@renshe/shared/card/benefits'
import type { Query, Tx } from '../../db/database'
import { cardBenefitOpenings, cards, cardUses, cardVenues, realNames } from '../../db/schema'
import type { CardRow } from './repo'

export type VenueRow = typeof cardVenues.$inferSelect
export type CardUseRow = typeof cardUses.$inferSelect

/** The venue a `venue` account checks codes for; undefined when the account has none. */
export async function venueOf(q: Query, userId: string): Promise<VenueRow | undefined> {
  const [row] = await q.select().from(cardVenues).where(eq(cardVenues.userId, userId))
  return row
}

/** What her benefits are decided from besides her card: her ID number (sealed) and where she is insured. */
export async function personOf(q: Query, userId: string): Promise<{ idNumberEnc: string; regionCode: string } | undefined> {
  const [row] = await q.select({ idNumberEnc: realNames.idNumberEnc, regionCode: realNames.regionCode }).from(realNames).where(eq(realNames.userId, userId))
  return row
}

/** A card by the opaque reference an e-card token names. */
export async function cardById(q: Query, cardId: string): Promise<CardRow | undefined> {
  const [row] = await q.select().from(cards).where(eq(cards.id, cardId))
  return row
}

/**
 * Records a use; undefined when this venue has already recorded one of the same nonce (the same
 * code used twice there, or two checks of it at once: the unique index lets one in).
 */
export async function insertUse(tx: Tx, row: CardUseRow): Promise<CardUseRow | undefined> {
  const [inserted] = await tx
    .insert(cardUses)
    .values(row)
    .onConflictDoNothing({ target: [cardUses.venueUserId, cardUses.nonce] })
    .returning()
  return inserted
}

/** A use this venue recorded; undefined for another venue's or none. */
export async function useOfVenue(q: Query, venueUserId: string, useId: string): Promise<CardUseRow | undefined> {
  const [row] = await q
    .select()
    .from(cardUses)
    .where(and(eq(cardUses.id, useId), eq(cardUses.venueUserId, venueUserId)))
  return row
}

/** Which benefits of these counties are open to their whole city: `region:kind` of each opened one. */
export async function openedBenefits(q: Query, regionCodes: readonly string[]): Promise<ReadonlySet<string>> {
  if (regionCodes.length === 0) return new Set()
  const rows = await q
    .select({ regionCode: cardBenefitOpenings.regionCode, kind: cardBenefitOpenings.kind })
    .from(cardBenefitOpenings)
    .where(and(inArray(cardBenefitOpenings.regionCode, [...regionCodes]), eq(cardBenefitOpenings.openToCity, true)))
  return new Set(rows.map((row) => openingKey(row.regionCode, row.kind)))
}

export const openingKey = (regionCode: string, kind: BenefitKind): string => `${regionCode}:${kind}`

/** Opens a county's benefit to its city, or keeps it for the county's own, whatever it was. */
export async function upsertOpening(tx: Tx, row: typeof cardBenefitOpenings.$inferInsert): Promise<void> {
  await tx
    .insert(cardBenefitOpenings)
    .values(row)
    .onConflictDoUpdate({
      target: [cardBenefitOpenings.regionCode, cardBenefitOpenings.kind],
      set: { openToCity: row.openToCity, updatedAt: row.updatedAt, updatedBy: row.updatedBy },
    })
}

export interface UsageRow {
  readonly kind: BenefitKind
  readonly because: TierFor
  readonly fromHomeCounty: number
  readonly fromOtherCounties: number
}

/** Uses of a county's benefits from `from` up to but not including `before` (instants), by kind and tier, its own holders apart. */
export function usageOf(q: Query, regionCode: string, from: string, before: string): Promise<UsageRow[]> {
  const home = sql`case when ${cardUses.homeRegionCode} = ${regionCode} then 1 else 0 end`
  const other = sql`case when ${cardUses.homeRegionCode} = ${regionCode} then 0 else 1 end`
  return q
    .select({
      kind: cardUses.kind,
      because: cardUses.because,
      fromHomeCounty: sql<number>`sum(${home})`.mapWith(Number),
      fromOtherCounties: sql<number>`sum(${other})`.mapWith(Number),
    })
    .from(cardUses)
    .where(and(eq(cardUses.regionCode, regionCode), gte(cardUses.usedAt, from), lt(cardUses.usedAt, before)))
    .groupBy(cardUses.kind, cardUses.because)
    .orderBy(asc(cardUses.kind), asc(cardUses.because))
}
