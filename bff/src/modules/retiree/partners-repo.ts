import { and, eq, sql } from 'drizzle-orm'
import type { Db, Tx } from '../../db/client'
import { overpayments, partnerSignals, partners } from '../../db/schema'
import { preparedPerDatabase } from '../../platform/prepared'

export type PartnerRow = typeof partners.$inferSelect
export type PartnerSignalRow = typeof partnerSignals.$inferSelect
export type OverpaymentRow = typeof overpayments.$inferSelect

/** Every partner call looks its key up, and every signal its reference: prepared once. */
const statements = preparedPerDatabase((db) => ({
  partnerByKeyHash: db.select().from(partners).where(eq(partners.keyHash, sql.placeholder('keyHash'))).prepare(),
  signalByReference: db
    .select()
    .from(partnerSignals)
    .where(and(eq(partnerSignals.partnerId, sql.placeholder('partnerId')), eq(partnerSignals.reference, sql.placeholder('reference'))))
    .prepare(),
}))

/** The partner holding the key whose SHA-256 this is (revoked ones too: the caller decides). */
export function partnerByKeyHash(db: Db, keyHash: string): PartnerRow | undefined {
  return statements(db).partnerByKeyHash.get({ keyHash })
}

export function partnerById(db: Tx, id: string): PartnerRow | undefined {
  return db.select().from(partners).where(eq(partners.id, id)).get()
}

export function insertPartner(tx: Tx, row: PartnerRow): void {
  tx.insert(partners).values(row).run()
}

/** A signal or record this partner already sent under this reference. */
export function signalByReference(db: Db, partnerId: string, reference: string): PartnerSignalRow | undefined {
  return statements(db).signalByReference.get({ partnerId, reference })
}

export function insertSignal(tx: Tx, row: PartnerSignalRow): void {
  tx.insert(partnerSignals).values(row).run()
}

export function insertOverpayment(tx: Tx, row: OverpaymentRow): void {
  tx.insert(overpayments).values(row).run()
}

export function overpaymentOf(db: Tx, pensionerId: string): OverpaymentRow | undefined {
  return db.select().from(overpayments).where(eq(overpayments.pensionerId, pensionerId)).get()
}
