import { and, asc, count, eq, inArray, isNull, ne, or, sql, sum } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { afterCursor } from '../../db/keyset'
import { cardPayments, flexiblePayments, flexibleSubsidyApplications, flexibleSubsidyOffers, realNames } from '../../db/schema'
import { inRegionScope } from '../../platform/region-scope'

export type SubsidyApplicationRow = typeof flexibleSubsidyApplications.$inferSelect
export type SubsidyOfferRow = typeof flexibleSubsidyOffers.$inferSelect

/** How many of a worker's applications the page shows. */
export const applicationsShown = 50

/** Inserts the person's offer unless there is one already (the key decides); true when inserted. */
export async function insertOfferOnce(tx: Tx, row: SubsidyOfferRow): Promise<boolean> {
  const inserted = await tx.insert(flexibleSubsidyOffers).values(row).onConflictDoNothing({ target: flexibleSubsidyOffers.personId }).returning({ id: flexibleSubsidyOffers.id })
  return inserted.length === 1
}

export async function offerOf(q: Query, personId: string): Promise<SubsidyOfferRow | undefined> {
  const [row] = await q.select().from(flexibleSubsidyOffers).where(eq(flexibleSubsidyOffers.personId, personId))
  return row
}

/** The paid payments of a person: the months they hold and what each cost. */
export function paidPaymentsOf(q: Query, personId: string): Promise<{ months: string[]; amountFen: number }[]> {
  return q
    .select({ months: flexiblePayments.months, amountFen: flexiblePayments.amountFen })
    .from(flexiblePayments)
    .where(and(eq(flexiblePayments.personId, personId), eq(flexiblePayments.status, 'paid')))
    .orderBy(asc(flexiblePayments.firstMonth))
}

/** A person's applications still standing (waiting or approved): their months are applied for. */
export function standingApplicationsOf(q: Query, personId: string): Promise<SubsidyApplicationRow[]> {
  return q
    .select()
    .from(flexibleSubsidyApplications)
    .where(and(eq(flexibleSubsidyApplications.personId, personId), inArray(flexibleSubsidyApplications.status, ['pending', 'approved'])))
}

/** A worker's applications, newest first. */
export function applicationsOf(q: Query, userId: string): Promise<SubsidyApplicationRow[]> {
  return q
    .select()
    .from(flexibleSubsidyApplications)
    .where(eq(flexibleSubsidyApplications.userId, userId))
    .orderBy(sql`${flexibleSubsidyApplications.appliedAt} desc`, sql`${flexibleSubsidyApplications.id} desc`)
    .limit(applicationsShown)
}

export async function applicationById(q: Query, id: string): Promise<SubsidyApplicationRow | undefined> {
  const [row] = await q.select().from(flexibleSubsidyApplications).where(eq(flexibleSubsidyApplications.id, id))
  return row
}

export async function insertApplication(tx: Tx, row: SubsidyApplicationRow): Promise<void> {
  await tx.insert(flexibleSubsidyApplications).values(row)
}

/** Decides an application once, only while it waits: of two officers deciding together, the second changes nothing. */
export async function decideApplicationRow(tx: Tx, id: string, change: Partial<SubsidyApplicationRow>): Promise<SubsidyApplicationRow | undefined> {
  const [row] = await tx
    .update(flexibleSubsidyApplications)
    .set({ ...change, open: null })
    .where(and(eq(flexibleSubsidyApplications.id, id), eq(flexibleSubsidyApplications.status, 'pending')))
    .returning()
  return row
}

/** Ends a payout once, only while it is on its way. */
export async function endPayoutRow(
  tx: Tx,
  id: string,
  change: Pick<SubsidyApplicationRow, 'payoutStatus' | 'transferBillNo' | 'paidOutAt' | 'payoutPackage' | 'updatedAt'>,
): Promise<SubsidyApplicationRow | undefined> {
  const [row] = await tx
    .update(flexibleSubsidyApplications)
    .set(change)
    .where(and(eq(flexibleSubsidyApplications.id, id), eq(flexibleSubsidyApplications.payoutStatus, 'pending')))
    .returning()
  return row
}

/** Keeps what the payee confirms a waiting transfer with, only while the payout is on its way. */
export async function keepPayoutPackageRow(tx: Tx, id: string, payoutPackage: string, updatedAt: string): Promise<SubsidyApplicationRow | undefined> {
  const [row] = await tx
    .update(flexibleSubsidyApplications)
    .set({ payoutPackage, updatedAt })
    .where(and(eq(flexibleSubsidyApplications.id, id), eq(flexibleSubsidyApplications.payoutStatus, 'pending')))
    .returning()
  return row
}

/** The application whose payout the channel knows by this number. */
export async function applicationByOutBillNo(q: Query, outBillNo: string): Promise<SubsidyApplicationRow | undefined> {
  const [row] = await q.select().from(flexibleSubsidyApplications).where(eq(flexibleSubsidyApplications.outBillNo, outBillNo))
  return row
}

/** Approved applications whose money is still on its way through the payment channel, oldest first: for the scheduled retry. */
export function payoutsOnTheirWay(q: Query, limit: number): Promise<SubsidyApplicationRow[]> {
  return q
    .select()
    .from(flexibleSubsidyApplications)
    .where(and(eq(flexibleSubsidyApplications.payoutStatus, 'pending'), ne(flexibleSubsidyApplications.payoutChannel, 'card')))
    .orderBy(asc(flexibleSubsidyApplications.decidedAt), asc(flexibleSubsidyApplications.id))
    .limit(limit)
}

/** The ledger's name for an application's payout onto the card (`<application id>:<payout number>`): ordered once under it. */
export function cardSourceRef(row: Pick<SubsidyApplicationRow, 'id' | 'outBillNo'>): string {
  return `${row.id}:${row.outBillNo ?? ''}`
}

/** `cardSourceRef` in SQL, to join an application to its payment onto the card. */
const cardSourceRefSql = sql`${flexibleSubsidyApplications.id} || ':' || ${flexibleSubsidyApplications.outBillNo}`

/**
 * Payouts onto the card still on their way whose payment the bank has settled (credited or
 * returned) or which was never ordered, oldest first: for the scheduled job. Those the ledger holds
 * for her card or the bank has not confirmed are left out, so however many wait, the others are seen.
 */
export function cardPayoutsToFollow(q: Query, limit: number): Promise<SubsidyApplicationRow[]> {
  return q
    .select({ row: flexibleSubsidyApplications })
    .from(flexibleSubsidyApplications)
    .leftJoin(cardPayments, and(eq(cardPayments.source, 'flexible_subsidy'), eq(cardPayments.sourceRef, cardSourceRefSql)))
    .where(
      and(
        eq(flexibleSubsidyApplications.payoutStatus, 'pending'),
        eq(flexibleSubsidyApplications.payoutChannel, 'card'),
        or(isNull(cardPayments.id), inArray(cardPayments.status, ['credited', 'returned'])),
      ),
    )
    .orderBy(asc(flexibleSubsidyApplications.decidedAt), asc(flexibleSubsidyApplications.id))
    .limit(limit)
    .then((rows) => rows.map(({ row }) => row))
}

/** One page of a region's applications of one status, oldest first, with the applicant's sealed name and ID number. */
export function regionApplications(q: Query, region: string, status: SubsidyApplicationRow['status'], cursor: { at: string; id: string } | null, limit: number) {
  return q
    .select({ row: flexibleSubsidyApplications, nameEnc: realNames.nameEnc, idNumberEnc: realNames.idNumberEnc })
    .from(flexibleSubsidyApplications)
    .innerJoin(realNames, eq(realNames.userId, flexibleSubsidyApplications.userId))
    .where(
      and(
        inRegionScope(flexibleSubsidyApplications.regionCode, region),
        eq(flexibleSubsidyApplications.status, status),
        ...(cursor ? [afterCursor(flexibleSubsidyApplications.appliedAt, flexibleSubsidyApplications.id, cursor, 'asc')] : []),
      ),
    )
    .orderBy(asc(flexibleSubsidyApplications.appliedAt), asc(flexibleSubsidyApplications.id))
    .limit(limit + 1)
}

export async function applicantOf(q: Query, userId: string): Promise<{ nameEnc: string; idNumberEnc: string; birthYear: number } | undefined> {
  const [row] = await q.select({ nameEnc: realNames.nameEnc, idNumberEnc: realNames.idNumberEnc, birthYear: realNames.birthYear }).from(realNames).where(eq(realNames.userId, userId))
  return row
}

/** The region's subsidy figures, counted and summed in SQL: applications by status, and the money paid out. */
export async function regionSubsidyFigures(q: Query, region: string): Promise<{ byStatus: Map<string, number>; paidOutFen: number; paidOut: number }> {
  const scope = inRegionScope(flexibleSubsidyApplications.regionCode, region)
  const [statuses, [paid]] = await Promise.all([
    q.select({ status: flexibleSubsidyApplications.status, n: count() }).from(flexibleSubsidyApplications).where(scope).groupBy(flexibleSubsidyApplications.status),
    q
      .select({ n: count(), fen: sum(flexibleSubsidyApplications.amountFen) })
      .from(flexibleSubsidyApplications)
      .where(and(scope, eq(flexibleSubsidyApplications.payoutStatus, 'paid'))),
  ])
  return { byStatus: new Map(statuses.map((row) => [row.status, Number(row.n)])), paidOut: Number(paid?.n ?? 0), paidOutFen: Number(paid?.fen ?? 0) }
}
