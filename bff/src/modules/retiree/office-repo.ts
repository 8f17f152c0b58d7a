import { and, asc, count, desc, eq, inArray, like, ne, sql, sum, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { regionPrefix } from '@renshe/shared/identity/regions'
import type { VisitTaskStatus } from '@renshe/shared/retiree/schemas'
import type { Tx } from '../../db/client'
import { overpayments, partners, pensionCertifications, pensionPayments, pensioners, visitTasks } from '../../db/schema'
import { toDoStatuses, type PensionerRow, type VisitTaskRow } from './visits-repo'

export type OverpaymentRow = typeof overpayments.$inferSelect
export type CertificationRow = typeof pensionCertifications.$inferSelect

/** Rows of an officer's region: their code starts with the region's significant digits. */
const inRegion = (column: SQLiteColumn, officerRegion: string): SQL => like(column, `${regionPrefix(officerRegion)}%`)

/** What the state of a pensioner is computed from, for every pensioner of the region. */
export type PensionerCycleRow = Pick<PensionerRow, 'id' | 'cycleStart' | 'status' | 'diedOn'>

export function pensionerCyclesOfRegion(db: Tx, officerRegion: string): PensionerCycleRow[] {
  return db
    .select({ id: pensioners.id, cycleStart: pensioners.cycleStart, status: pensioners.status, diedOn: pensioners.diedOn })
    .from(pensioners)
    .where(inRegion(pensioners.regionCode, officerRegion))
    .orderBy(asc(pensioners.cycleStart), asc(pensioners.id))
    .all()
}

/** A pensioner of the region, or nothing (another region's pensioner does not exist for the officer). */
export function pensionerOfRegion(db: Tx, officerRegion: string, id: string): PensionerRow | undefined {
  return db
    .select()
    .from(pensioners)
    .where(and(eq(pensioners.id, id), inRegion(pensioners.regionCode, officerRegion)))
    .get()
}

/** Money held back from the region's pensioners, in all. */
export function heldFenOfRegion(db: Tx, officerRegion: string): number {
  const row = db
    .select({ total: sum(pensionPayments.amountFen) })
    .from(pensionPayments)
    .innerJoin(pensioners, eq(pensioners.id, pensionPayments.pensionerId))
    .where(and(eq(pensionPayments.status, 'held'), inRegion(pensioners.regionCode, officerRegion)))
    .get()
  return Number(row?.total ?? 0)
}

export function heldFenOf(db: Tx, pensionerIds: readonly string[]): Map<string, number> {
  if (pensionerIds.length === 0) return new Map()
  const rows = db
    .select({ pensionerId: pensionPayments.pensionerId, total: sum(pensionPayments.amountFen) })
    .from(pensionPayments)
    .where(and(eq(pensionPayments.status, 'held'), inArray(pensionPayments.pensionerId, [...pensionerIds])))
    .groupBy(pensionPayments.pensionerId)
    .all()
  return new Map(rows.map((row) => [row.pensionerId, Number(row.total ?? 0)]))
}

/**
 * The certification each pensioner of the region last had that counts (a rejected home visit
 * does not): the one their current cycle started with.
 */
export function lastCountingCertifications(db: Tx, officerRegion: string): Map<string, Pick<CertificationRow, 'certifiedOn' | 'method'>> {
  const rows = db
    .select({ pensionerId: pensionCertifications.pensionerId, certifiedOn: pensionCertifications.certifiedOn, method: pensionCertifications.method })
    .from(pensionCertifications)
    .innerJoin(pensioners, eq(pensioners.id, pensionCertifications.pensionerId))
    .where(and(ne(pensionCertifications.review, 'rejected'), inRegion(pensioners.regionCode, officerRegion)))
    .orderBy(asc(pensionCertifications.certifiedOn), asc(pensionCertifications.createdAt), asc(pensionCertifications.id))
    .all()
  // Ordered oldest first: the last one written for a pensioner is their latest.
  return new Map(rows.map(({ pensionerId, ...row }) => [pensionerId, row]))
}

export function taskCountsOfRegion(db: Tx, officerRegion: string): Map<VisitTaskStatus, number> {
  const rows = db
    .select({ status: visitTasks.status, n: count() })
    .from(visitTasks)
    .where(inRegion(visitTasks.regionCode, officerRegion))
    .groupBy(visitTasks.status)
    .all()
  return new Map(rows.map((row) => [row.status, row.n]))
}

/** Those of the pensioners who have a home visit still to do. */
export function withTaskToDo(db: Tx, pensionerIds: readonly string[]): Set<string> {
  if (pensionerIds.length === 0) return new Set()
  const rows = db
    .select({ pensionerId: visitTasks.pensionerId })
    .from(visitTasks)
    .where(and(inArray(visitTasks.pensionerId, [...pensionerIds]), inArray(visitTasks.status, [...toDoStatuses])))
    .all()
  return new Set(rows.map((row) => row.pensionerId))
}

export function countTasksToReview(db: Tx, officerRegion: string): number {
  return (
    db
      .select({ n: count() })
      .from(visitTasks)
      .where(and(eq(visitTasks.status, 'submitted'), inRegion(visitTasks.regionCode, officerRegion)))
      .get()?.n ?? 0
  )
}

/** Submitted visits of the region, the longest waiting first. */
export function tasksToReviewOfRegion(db: Tx, officerRegion: string): { task: VisitTaskRow; pensioner: PensionerRow }[] {
  return db
    .select({ task: visitTasks, pensioner: pensioners })
    .from(visitTasks)
    .innerJoin(pensioners, eq(pensioners.id, visitTasks.pensionerId))
    .where(and(eq(visitTasks.status, 'submitted'), inRegion(visitTasks.regionCode, officerRegion)))
    .orderBy(asc(visitTasks.visitedAt), asc(visitTasks.id))
    .all()
}

/** A task of the region, or nothing. */
export function taskOfRegion(db: Tx, officerRegion: string, id: string): VisitTaskRow | undefined {
  return db
    .select()
    .from(visitTasks)
    .where(and(eq(visitTasks.id, id), inRegion(visitTasks.regionCode, officerRegion)))
    .get()
}

export function openOverpaymentTotals(db: Tx, officerRegion: string): { count: number; amountFen: number } {
  const row = db
    .select({ n: count(), total: sum(overpayments.amountFen) })
    .from(overpayments)
    .where(and(eq(overpayments.status, 'open'), inRegion(overpayments.regionCode, officerRegion)))
    .get()
  return { count: row?.n ?? 0, amountFen: Number(row?.total ?? 0) }
}

/** The region's overpayments, those still to recover first, then the latest recorded first. */
export function overpaymentsOfRegion(db: Tx, officerRegion: string): { overpayment: OverpaymentRow; nameEnc: string; partnerName: string }[] {
  return db
    .select({ overpayment: overpayments, nameEnc: pensioners.nameEnc, partnerName: partners.name })
    .from(overpayments)
    .innerJoin(pensioners, eq(pensioners.id, overpayments.pensionerId))
    .innerJoin(partners, eq(partners.id, overpayments.partnerId))
    .where(inRegion(overpayments.regionCode, officerRegion))
    .orderBy(sql`case when ${overpayments.status} = 'open' then 0 else 1 end`, desc(overpayments.recordedAt), asc(overpayments.id))
    .all()
}
