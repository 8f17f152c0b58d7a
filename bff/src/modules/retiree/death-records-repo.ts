import { and, asc, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { DeathRecordStatus } from '@renshe/shared/retiree/schemas'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import { deathRecords, overpayments, partners, pensionCertifications, pensionPayments, pensioners } from '../../db/schema'
import { inRegionScope } from '../../platform/region-scope'
import type { CertificationRow, PensionerRow } from './pensioners-repo'

export type DeathRecordRow = typeof deathRecords.$inferSelect

/** A death record with what the officer's view of it needs from the rows around it. */
export interface DeathRecordWithPeople {
  readonly record: DeathRecordRow
  readonly pensioner: PensionerRow
  readonly partnerName: string
  readonly secondPartnerName: string | null
}

/** Decided records a list shows: the newest, up to this many. */
export const decidedListLimit = 100

export async function insertDeathRecord(tx: Tx, row: DeathRecordRow): Promise<void> {
  await tx.insert(deathRecords).values(row)
}

export async function updateDeathRecord(tx: Tx, id: string, changes: Partial<Omit<DeathRecordRow, 'id' | 'pensionerId'>>): Promise<void> {
  await tx.update(deathRecords).set(changes).where(eq(deathRecords.id, id))
}

/** Locked: one decision per record, however many officers (and instances) press at once. */
export async function deathRecordForUpdate(tx: Tx, id: string): Promise<DeathRecordRow | undefined> {
  const [row] = await forUpdate(tx.select().from(deathRecords).where(eq(deathRecords.id, id)))
  return row
}

const secondPartners = alias(partners, 'second_partners')

function withPeople(q: Query) {
  return q
    .select({ record: deathRecords, pensioner: pensioners, partnerName: partners.name, secondPartnerName: secondPartners.name })
    .from(deathRecords)
    .innerJoin(pensioners, eq(pensioners.id, deathRecords.pensionerId))
    .innerJoin(partners, eq(partners.id, deathRecords.partnerId))
    .leftJoin(secondPartners, eq(secondPartners.id, deathRecords.secondPartnerId))
}

/** One record of the officer's region; none outside it. */
export async function deathRecordOfRegion(q: Query, officerRegion: string, id: string): Promise<DeathRecordWithPeople | undefined> {
  const [row] = await withPeople(q).where(and(eq(deathRecords.id, id), inRegionScope(deathRecords.regionCode, officerRegion)))
  return row
}

/** The region's records in one status: pending ones oldest first (all of them), decided ones newest first. */
export function deathRecordsOfRegion(q: Query, officerRegion: string, status: DeathRecordStatus): Promise<DeathRecordWithPeople[]> {
  const query = withPeople(q).where(and(eq(deathRecords.status, status), inRegionScope(deathRecords.regionCode, officerRegion)))
  return status === 'pending'
    ? query.orderBy(asc(deathRecords.receivedAt), asc(deathRecords.id))
    : query.orderBy(desc(deathRecords.decidedAt), desc(deathRecords.id)).limit(decidedListLimit)
}

export async function pendingDeathRecordsOfRegion(q: Query, officerRegion: string): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(deathRecords)
    .where(and(eq(deathRecords.status, 'pending'), inRegionScope(deathRecords.regionCode, officerRegion)))
  return row?.n ?? 0
}

/**
 * For each pensioner, the newest certification on or after their date of death that still
 * counts: someone certified after they were recorded dead may not be dead.
 */
export async function certifiedSinceDeath(q: Query, records: readonly DeathRecordRow[]): Promise<Map<string, Pick<CertificationRow, 'certifiedOn' | 'method'>>> {
  const found = new Map<string, Pick<CertificationRow, 'certifiedOn' | 'method'>>()
  if (records.length === 0) return found
  // One statement for the page: every counting certification on or after each record's date, newest first per record.
  const rows = await q
    .select({ recordId: deathRecords.id, certifiedOn: pensionCertifications.certifiedOn, method: pensionCertifications.method })
    .from(deathRecords)
    .innerJoin(
      pensionCertifications,
      and(eq(pensionCertifications.pensionerId, deathRecords.pensionerId), gte(pensionCertifications.certifiedOn, deathRecords.diedOn), ne(pensionCertifications.review, 'rejected')),
    )
    .where(inArray(deathRecords.id, [...new Set(records.map((record) => record.id))]))
    .orderBy(asc(deathRecords.id), desc(pensionCertifications.certifiedOn))
  for (const row of rows) if (!found.has(row.recordId)) found.set(row.recordId, { certifiedOn: row.certifiedOn, method: row.method })
  return found
}

/** Held money of these pensioners, by pensioner. */
export async function heldFenByPensioner(q: Query, pensionerIds: readonly string[]): Promise<Map<string, number>> {
  if (pensionerIds.length === 0) return new Map()
  const rows = await q
    .select({ pensionerId: pensionPayments.pensionerId, total: sql<number>`coalesce(sum(${pensionPayments.amountFen}), 0)`.mapWith(Number) })
    .from(pensionPayments)
    .where(and(inArray(pensionPayments.pensionerId, [...new Set(pensionerIds)]), eq(pensionPayments.status, 'held')))
    .groupBy(pensionPayments.pensionerId)
  return new Map(rows.map((row) => [row.pensionerId, row.total]))
}

/** Months cancelled after a death that turned out wrong: owed again, held until released. */
export async function uncancelAfter(tx: Tx, pensionerId: string, month: string): Promise<string[]> {
  const rows = await tx
    .update(pensionPayments)
    .set({ status: 'held' })
    .where(and(eq(pensionPayments.pensionerId, pensionerId), eq(pensionPayments.status, 'cancelled'), sql`${pensionPayments.month} > ${month}`))
    .returning({ month: pensionPayments.month })
  return rows.map((row) => row.month)
}

/** The overpayment a wrong death record made: nothing to recover. Returns its id, if there was one. */
export async function withdrawOverpayment(tx: Tx, pensionerId: string): Promise<string | null> {
  const [row] = await tx
    .update(overpayments)
    .set({ status: 'withdrawn' })
    .where(and(eq(overpayments.pensionerId, pensionerId), ne(overpayments.status, 'withdrawn')))
    .returning({ id: overpayments.id })
  return row?.id ?? null
}
