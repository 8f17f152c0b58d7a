import { and, asc, count, desc, eq, sql } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { assistanceOffers, assistanceRules, localMinimums } from '../../db/schema'
import { preparedPer } from '../../platform/prepared'

export type AssistanceRuleRow = typeof assistanceRules.$inferSelect
export type AssistanceOfferRow = typeof assistanceOffers.$inferSelect
export type LocalMinimumRow = typeof localMinimums.$inferSelect

const statements = preparedPer((q: Query) => ({
  offersOf: q
    .select()
    .from(assistanceOffers)
    .where(eq(assistanceOffers.pensionerId, sql.placeholder('pensionerId')))
    .orderBy(desc(assistanceOffers.offeredAt), desc(assistanceOffers.id))
    .prepare('retiree_offers_of'),
  offeredCount: q
    .select({ n: count() })
    .from(assistanceOffers)
    .where(and(eq(assistanceOffers.pensionerId, sql.placeholder('pensionerId')), eq(assistanceOffers.status, 'offered')))
    .prepare('retiree_offered_count'),
  offerById: q.select().from(assistanceOffers).where(eq(assistanceOffers.id, sql.placeholder('id'))).prepare('retiree_offer_by_id'),
}))

export function activeRules(q: Query): Promise<AssistanceRuleRow[]> {
  return q.select().from(assistanceRules).where(eq(assistanceRules.active, true)).orderBy(asc(assistanceRules.id))
}

export async function insertRule(tx: Tx, row: AssistanceRuleRow): Promise<void> {
  await tx.insert(assistanceRules).values(row)
}

export async function localMinimumOf(q: Query, regionCode: string): Promise<number | null> {
  const [row] = await q.select({ minimumFen: localMinimums.minimumFen }).from(localMinimums).where(eq(localMinimums.regionCode, regionCode))
  return row?.minimumFen ?? null
}

export async function insertLocalMinimum(tx: Tx, row: LocalMinimumRow): Promise<void> {
  await tx.insert(localMinimums).values(row)
}

/** Newest first. */
export function offersOf(q: Query, pensionerId: string): Promise<AssistanceOfferRow[]> {
  return statements(q).offersOf.execute({ pensionerId })
}

export async function offeredCount(q: Query, pensionerId: string): Promise<number> {
  const [row] = await statements(q).offeredCount.execute({ pensionerId })
  return row?.n ?? 0
}

export async function offerById(q: Query, id: string): Promise<AssistanceOfferRow | undefined> {
  const [row] = await statements(q).offerById.execute({ id })
  return row
}

/** The pensioner's offer of a benefit once confirmed; undefined while only offered, or never. */
export async function confirmedOfferOf(q: Query, pensionerId: string, benefit: AssistanceOfferRow['benefit']): Promise<AssistanceOfferRow | undefined> {
  const [row] = await q
    .select()
    .from(assistanceOffers)
    .where(and(eq(assistanceOffers.pensionerId, pensionerId), eq(assistanceOffers.benefit, benefit), eq(assistanceOffers.status, 'confirmed')))
  return row
}

export async function benefitsOffered(q: Query, pensionerId: string): Promise<Set<string>> {
  const rows = await q.select({ benefit: assistanceOffers.benefit }).from(assistanceOffers).where(eq(assistanceOffers.pensionerId, pensionerId))
  return new Set(rows.map((row) => row.benefit))
}

/** Inserts an offer unless one for the same benefit exists (the unique index decides); true when inserted. */
export async function insertOfferOnce(tx: Tx, row: AssistanceOfferRow): Promise<boolean> {
  const inserted = await tx
    .insert(assistanceOffers)
    .values(row)
    .onConflictDoNothing({ target: [assistanceOffers.pensionerId, assistanceOffers.benefit] })
    .returning({ id: assistanceOffers.id })
  return inserted.length === 1
}

/** Confirms an offered benefit once: false when it was confirmed already. */
export async function confirmOffer(tx: Tx, id: string, at: string, byUserId: string | null): Promise<boolean> {
  const confirmed = await tx
    .update(assistanceOffers)
    .set({ status: 'confirmed', confirmedAt: at, confirmedByUserId: byUserId })
    .where(and(eq(assistanceOffers.id, id), eq(assistanceOffers.status, 'offered')))
    .returning({ id: assistanceOffers.id })
  return confirmed.length === 1
}
