import { and, count, desc, eq, sql } from 'drizzle-orm'
import type { Db, Tx } from '../../db/client'
import { assistanceOffers, assistanceRules, localMinimums } from '../../db/schema'
import { preparedPerDatabase } from '../../platform/prepared'

export type AssistanceRuleRow = typeof assistanceRules.$inferSelect
export type AssistanceOfferRow = typeof assistanceOffers.$inferSelect
export type LocalMinimumRow = typeof localMinimums.$inferSelect

const statements = preparedPerDatabase((db) => ({
  offersOf: db
    .select()
    .from(assistanceOffers)
    .where(eq(assistanceOffers.pensionerId, sql.placeholder('pensionerId')))
    .orderBy(desc(assistanceOffers.offeredAt), desc(assistanceOffers.id))
    .prepare(),
  offeredCount: db
    .select({ n: count() })
    .from(assistanceOffers)
    .where(and(eq(assistanceOffers.pensionerId, sql.placeholder('pensionerId')), eq(assistanceOffers.status, 'offered')))
    .prepare(),
  offerById: db.select().from(assistanceOffers).where(eq(assistanceOffers.id, sql.placeholder('id'))).prepare(),
}))

export function activeRules(db: Tx): AssistanceRuleRow[] {
  return db.select().from(assistanceRules).where(eq(assistanceRules.active, true)).orderBy(assistanceRules.id).all()
}

export function insertRule(tx: Tx, row: AssistanceRuleRow): void {
  tx.insert(assistanceRules).values(row).run()
}

export function localMinimumOf(db: Tx, regionCode: string): number | null {
  return db.select({ minimumFen: localMinimums.minimumFen }).from(localMinimums).where(eq(localMinimums.regionCode, regionCode)).get()?.minimumFen ?? null
}

export function insertLocalMinimum(tx: Tx, row: LocalMinimumRow): void {
  tx.insert(localMinimums).values(row).run()
}

/** Newest first. */
export function offersOf(db: Db, pensionerId: string): AssistanceOfferRow[] {
  return statements(db).offersOf.all({ pensionerId })
}

export function offeredCount(db: Db, pensionerId: string): number {
  return statements(db).offeredCount.get({ pensionerId })?.n ?? 0
}

export function offerById(db: Db, id: string): AssistanceOfferRow | undefined {
  return statements(db).offerById.get({ id })
}

export function benefitsOffered(tx: Tx, pensionerId: string): Set<string> {
  return new Set(tx.select({ benefit: assistanceOffers.benefit }).from(assistanceOffers).where(eq(assistanceOffers.pensionerId, pensionerId)).all().map((row) => row.benefit))
}

/** Inserts an offer unless one for the same benefit exists; true when inserted. */
export function insertOfferOnce(tx: Tx, row: AssistanceOfferRow): boolean {
  return (
    tx
      .insert(assistanceOffers)
      .values(row)
      .onConflictDoNothing({ target: [assistanceOffers.pensionerId, assistanceOffers.benefit] })
      .returning({ id: assistanceOffers.id })
      .all().length === 1
  )
}

/** Confirms an offered benefit once: false when it was confirmed already. */
export function confirmOffer(tx: Tx, id: string, at: string, byUserId: string | null): boolean {
  return (
    tx
      .update(assistanceOffers)
      .set({ status: 'confirmed', confirmedAt: at, confirmedByUserId: byUserId })
      .where(and(eq(assistanceOffers.id, id), eq(assistanceOffers.status, 'offered')))
      .returning({ id: assistanceOffers.id })
      .all().length === 1
  )
}
