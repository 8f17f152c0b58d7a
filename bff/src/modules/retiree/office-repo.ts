import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lte, ne, or, sql, type Column, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { CertificationMethod, CertificationState, VisitTaskStatus } from '@renshe/shared/retiree/schemas'
import type { Query } from '../../db/database'
import { overpayments, partners, pensionCertifications, pensionPayments, pensioners, visitTasks } from '../../db/schema'
import { inRegionScope } from '../../platform/region-scope'
import type { StateBounds } from './state-bounds'
import { toDoStatuses, type PensionerRow, type VisitTaskRow } from './visits-repo'

export type OverpaymentRow = typeof overpayments.$inferSelect
export type CertificationRow = typeof pensionCertifications.$inferSelect

/** Rows of an officer's region: the portal's one SQL rule of region scope. */
export const inRegion = inRegionScope

/** All of the conditions, or any of them, as one condition (drizzle's `and` and `or` may give none). */
const allOf = (...conditions: SQL[]): SQL => sql`(${sql.join(conditions, sql` and `)})`
const anyOf = (...conditions: SQL[]): SQL => sql`(${sql.join(conditions, sql` or `)})`

/** A money total, as a number on both engines (PostgreSQL sums as text). */
const totalOf = (column: Column) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number)

/**
 * Pensioners in one certification state on the day the bounds are for: the state `cycleOn`
 * gives (a death stops, a pension held back is suspended, then the cycle start decides).
 */
export function inState(state: CertificationState, bounds: StateBounds): SQL {
  const living = isNull(pensioners.diedOn)
  const notHeld = ne(pensioners.status, 'suspended')
  const start = pensioners.cycleStart
  switch (state) {
    case 'stopped':
      return isNotNull(pensioners.diedOn)
    case 'suspended':
      return allOf(living, anyOf(eq(pensioners.status, 'suspended'), lte(start, bounds.suspendedUpTo)))
    case 'overdue':
      return allOf(living, notHeld, gt(start, bounds.suspendedUpTo), lte(start, bounds.overdueUpTo))
    case 'due':
      return allOf(living, notHeld, gt(start, bounds.overdueUpTo), lte(start, bounds.dueUpTo))
    case 'certified':
      return allOf(living, notHeld, gt(start, bounds.dueUpTo))
  }
}

const countWhere = (condition: SQL) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`.mapWith(Number)

/** How many of the region's pensioners are in each state, counted in SQL. */
export async function stateCountsOfRegion(q: Query, officerRegion: string, bounds: StateBounds): Promise<Record<CertificationState, number> & { all: number }> {
  const [row] = await q
    .select({
      all: count(),
      certified: countWhere(inState('certified', bounds)),
      due: countWhere(inState('due', bounds)),
      overdue: countWhere(inState('overdue', bounds)),
      suspended: countWhere(inState('suspended', bounds)),
      stopped: countWhere(inState('stopped', bounds)),
    })
    .from(pensioners)
    .where(inRegion(pensioners.regionCode, officerRegion))
  return row ?? { all: 0, certified: 0, due: 0, overdue: 0, suspended: 0, stopped: 0 }
}

/**
 * The region's certified pensioners by the method of the certification each last had that
 * counts (a rejected home visit does not): the one their current cycle started with.
 */
export async function certifiedByMethodOfRegion(q: Query, officerRegion: string, bounds: StateBounds): Promise<Map<CertificationMethod, number>> {
  const latest = alias(pensionCertifications, 'latest')
  const lastCounting = q
    .select({ id: latest.id })
    .from(latest)
    .where(and(eq(latest.pensionerId, pensioners.id), ne(latest.review, 'rejected')))
    .orderBy(desc(latest.certifiedOn), desc(latest.createdAt), desc(latest.id))
    .limit(1)
  const rows = await q
    .select({ method: pensionCertifications.method, n: count() })
    .from(pensioners)
    .innerJoin(pensionCertifications, eq(pensionCertifications.id, lastCounting))
    .where(and(inRegion(pensioners.regionCode, officerRegion), inState('certified', bounds)))
    .groupBy(pensionCertifications.method)
  return new Map(rows.map((row) => [row.method, row.n]))
}

/**
 * One page of the region's pensioners in one state, in cycle-start order (the order of their
 * due dates), after the pensioner the cursor names: keyset paging on (cycle start, id).
 */
export function pensionersInStateOfRegion(
  q: Query,
  officerRegion: string,
  condition: SQL,
  after: { readonly cycleStart: string; readonly id: string } | null,
  limit: number,
): Promise<PensionerRow[]> {
  const afterCursor = after
    ? or(gt(pensioners.cycleStart, after.cycleStart), and(eq(pensioners.cycleStart, after.cycleStart), gt(pensioners.id, after.id)))
    : undefined
  return q
    .select()
    .from(pensioners)
    .where(and(inRegion(pensioners.regionCode, officerRegion), condition, afterCursor))
    .orderBy(asc(pensioners.cycleStart), asc(pensioners.id))
    .limit(limit)
}

/** A pensioner of the region, or nothing (another region's pensioner does not exist for the officer). */
export async function pensionerOfRegion(q: Query, officerRegion: string, id: string): Promise<PensionerRow | undefined> {
  const [row] = await q
    .select()
    .from(pensioners)
    .where(and(eq(pensioners.id, id), inRegion(pensioners.regionCode, officerRegion)))
  return row
}

/** Money held back from the region's pensioners, in all. */
export async function heldFenOfRegion(q: Query, officerRegion: string): Promise<number> {
  const [row] = await q
    .select({ total: totalOf(pensionPayments.amountFen) })
    .from(pensionPayments)
    .innerJoin(pensioners, eq(pensioners.id, pensionPayments.pensionerId))
    .where(and(eq(pensionPayments.status, 'held'), inRegion(pensioners.regionCode, officerRegion)))
  return row?.total ?? 0
}

export async function heldFenOf(q: Query, pensionerIds: readonly string[]): Promise<Map<string, number>> {
  if (pensionerIds.length === 0) return new Map()
  const rows = await q
    .select({ pensionerId: pensionPayments.pensionerId, total: totalOf(pensionPayments.amountFen) })
    .from(pensionPayments)
    .where(and(eq(pensionPayments.status, 'held'), inArray(pensionPayments.pensionerId, [...pensionerIds])))
    .groupBy(pensionPayments.pensionerId)
  return new Map(rows.map((row) => [row.pensionerId, row.total]))
}

export async function taskCountsOfRegion(q: Query, officerRegion: string): Promise<Map<VisitTaskStatus, number>> {
  const rows = await q
    .select({ status: visitTasks.status, n: count() })
    .from(visitTasks)
    .where(inRegion(visitTasks.regionCode, officerRegion))
    .groupBy(visitTasks.status)
  return new Map(rows.map((row) => [row.status, row.n]))
}

/** Those of the pensioners who have a home visit still to do. */
export async function withTaskToDo(q: Query, pensionerIds: readonly string[]): Promise<Set<string>> {
  if (pensionerIds.length === 0) return new Set()
  const rows = await q
    .select({ pensionerId: visitTasks.pensionerId })
    .from(visitTasks)
    .where(and(inArray(visitTasks.pensionerId, [...pensionerIds]), inArray(visitTasks.status, [...toDoStatuses])))
  return new Set(rows.map((row) => row.pensionerId))
}

export async function countTasksToReview(q: Query, officerRegion: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(visitTasks)
    .where(and(eq(visitTasks.status, 'submitted'), inRegion(visitTasks.regionCode, officerRegion)))
  return row?.n ?? 0
}

/** Submitted visits of the region, the longest waiting first. */
export function tasksToReviewOfRegion(q: Query, officerRegion: string): Promise<{ task: VisitTaskRow; pensioner: PensionerRow }[]> {
  return q
    .select({ task: visitTasks, pensioner: pensioners })
    .from(visitTasks)
    .innerJoin(pensioners, eq(pensioners.id, visitTasks.pensionerId))
    .where(and(eq(visitTasks.status, 'submitted'), inRegion(visitTasks.regionCode, officerRegion)))
    .orderBy(asc(visitTasks.visitedAt), asc(visitTasks.id))
}

/** A task of the region, or nothing. */
export async function taskOfRegion(q: Query, officerRegion: string, id: string): Promise<VisitTaskRow | undefined> {
  const [row] = await q
    .select()
    .from(visitTasks)
    .where(and(eq(visitTasks.id, id), inRegion(visitTasks.regionCode, officerRegion)))
  return row
}

export async function openOverpaymentTotals(q: Query, officerRegion: string): Promise<{ count: number; amountFen: number }> {
  const [row] = await q
    .select({ n: count(), total: totalOf(overpayments.amountFen) })
    .from(overpayments)
    .where(and(eq(overpayments.status, 'open'), inRegion(overpayments.regionCode, officerRegion)))
  return { count: row?.n ?? 0, amountFen: row?.total ?? 0 }
}

/** The region's overpayments, those still to recover first, then the latest recorded first. */
export function overpaymentsOfRegion(q: Query, officerRegion: string): Promise<{ overpayment: OverpaymentRow; nameEnc: string; partnerName: string }[]> {
  return q
    .select({ overpayment: overpayments, nameEnc: pensioners.nameEnc, partnerName: partners.name })
    .from(overpayments)
    .innerJoin(pensioners, eq(pensioners.id, overpayments.pensionerId))
    .innerJoin(partners, eq(partners.id, overpayments.partnerId))
    .where(inRegion(overpayments.regionCode, officerRegion))
    .orderBy(sql`case when ${overpayments.status} = 'open' then 0 else 1 end`, desc(overpayments.recordedAt), asc(overpayments.id))
}
