import { and, asc, desc, eq, sql } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import { overpayments, partnerKeys, partnerSignals, partners } from '../../db/schema'
import { preparedPer } from '../../platform/prepared'

export type PartnerRow = typeof partners.$inferSelect
export type PartnerKeyRow = typeof partnerKeys.$inferSelect
import type { PartnerSignalRow } from '../../platform/partner-signals'

export type { PartnerSignalRow }
export type OverpaymentRow = typeof overpayments.$inferSelect

/** Every signal looks its reference up: prepared once per handle. */
const statements = preparedPer((q: Query) => ({
  signalByReference: q
    .select()
    .from(partnerSignals)
    .where(and(eq(partnerSignals.partnerId, sql.placeholder('partnerId')), eq(partnerSignals.reference, sql.placeholder('reference'))))
    .prepare('retiree_signal_by_reference'),
}))

export async function partnerById(q: Query, id: string): Promise<PartnerRow | undefined> {
  const [row] = await q.select().from(partners).where(eq(partners.id, id))
  return row
}

export async function insertPartner(tx: Tx, row: PartnerRow): Promise<void> {
  await tx.insert(partners).values(row)
}

export async function insertPartnerKey(tx: Tx, row: PartnerKeyRow): Promise<void> {
  await tx.insert(partnerKeys).values(row)
}

/** A key with its partner, locked until the transaction ends: two rotations of one key at once issue one successor. */
export async function partnerKeyForUpdate(tx: Tx, id: string): Promise<{ key: PartnerKeyRow; partner: PartnerRow } | undefined> {
  const [key] = await forUpdate(tx.select().from(partnerKeys).where(eq(partnerKeys.id, id)))
  const partner = key ? await partnerById(tx, key.partnerId) : undefined
  return key && partner ? { key, partner } : undefined
}

export async function updatePartnerKey(tx: Tx, id: string, changes: Partial<Pick<PartnerKeyRow, 'expiresAt' | 'revokedAt'>>): Promise<PartnerKeyRow> {
  const [row] = await tx.update(partnerKeys).set(changes).where(eq(partnerKeys.id, id)).returning()
  if (!row) throw new Error(`Partner key ${id} vanished while locked`)
  return row
}

/** Every key with its partner: partners in the order they were registered, each one's newest key first. Keys are few (a handful per department). */
export function partnerKeysWithPartners(q: Query): Promise<{ key: PartnerKeyRow; partner: PartnerRow }[]> {
  return q
    .select({ key: partnerKeys, partner: partners })
    .from(partnerKeys)
    .innerJoin(partners, eq(partners.id, partnerKeys.partnerId))
    .orderBy(asc(partners.createdAt), asc(partners.id), desc(partnerKeys.createdAt), asc(partnerKeys.id))
}

/** A signal or record this partner already sent under this reference. */
export async function signalByReference(q: Query, partnerId: string, reference: string): Promise<PartnerSignalRow | undefined> {
  const [row] = await statements(q).signalByReference.execute({ partnerId, reference })
  return row
}

/** What became of a signal, once the service has worked it out. */
export async function setSignalOutcome(tx: Tx, id: string, outcome: PartnerSignalRow['outcome']): Promise<void> {
  await tx.update(partnerSignals).set({ outcome }).where(eq(partnerSignals.id, id))
}

export async function insertOverpayment(tx: Tx, row: OverpaymentRow): Promise<void> {
  await tx.insert(overpayments).values(row)
}

export async function overpaymentOf(q: Query, pensionerId: string): Promise<OverpaymentRow | undefined> {
  const [row] = await q.select().from(overpayments).where(eq(overpayments.pensionerId, pensionerId))
  return row
}
