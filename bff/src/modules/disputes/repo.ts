import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm'
import type { ArbitrationState } from '@renshe/shared/disputes/arbitration-machine'
import type { ArbitrationStatus } from '@renshe/shared/disputes/schemas'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import { arbitrationEvents, arbitrations, caseCounters, cases, employers, evidenceFiles, realNames, users } from '../../db/schema'
import { inRegionScope } from '../../platform/region-scope'

export type ArbitrationRow = typeof arbitrations.$inferSelect
export type ArbitrationEventRow = typeof arbitrationEvents.$inferSelect
type EmployerRow = typeof employers.$inferSelect

/** A case with its applicant's sealed real name, which every view masks (or shows her alone). */
export interface ListedRow {
  readonly row: ArbitrationRow
  readonly applicantNameEnc: string | null
}

const always = sql`1 = 1`
const listed = { row: arbitrations, applicantNameEnc: realNames.nameEnc }

// ——— cases ———

/** The fields the machine's state gained with the defence served on the applicant (decision 072). */
type AddedForDefenceService = 'serveDefenceBy' | 'defenceServedOn'
type AsStored = Omit<ArbitrationState, AddedForDefenceService> & Partial<Pick<ArbitrationState, AddedForDefenceService>>

/** A state as stored: one kept before the commission served defences reads as a defence not served, with no day to serve it by. */
export function storedState(state: AsStored): ArbitrationState {
  return { ...state, serveDefenceBy: state.serveDefenceBy ?? null, defenceServedOn: state.defenceServedOn ?? null }
}

function asRead<T extends { readonly state: AsStored }>(row: T): T & { state: ArbitrationState } {
  return { ...row, state: storedState(row.state) }
}

function listedAsRead(listed: ListedRow): ListedRow {
  return { ...listed, row: asRead(listed.row) }
}

export async function arbitrationById(q: Query, id: string): Promise<ArbitrationRow | undefined> {
  const [row] = await q.select().from(arbitrations).where(eq(arbitrations.id, id))
  return row && asRead(row)
}

/** The case, locked until the transaction ends: of two acts at once, the second reads it as the first left it. */
export async function lockedArbitrationById(tx: Tx, id: string): Promise<ArbitrationRow | undefined> {
  const [row] = await forUpdate(tx.select().from(arbitrations).where(eq(arbitrations.id, id)))
  return row && asRead(row)
}

/** The application made from a wage complaint, if any (one a complaint: `arbitrations_wage_case`). */
export async function arbitrationOfWageCase(q: Query, wageCaseId: string): Promise<ArbitrationRow | undefined> {
  const [row] = await q.select().from(arbitrations).where(eq(arbitrations.wageCaseId, wageCaseId))
  return row && asRead(row)
}

export async function insertArbitration(tx: Tx, row: ArbitrationRow): Promise<void> {
  await tx.insert(arbitrations).values(row)
}

/** Changes a case only if it is still as it was read: of two acts at once, the second changes nothing. */
export async function updateArbitrationFrom(
  tx: Tx,
  from: Pick<ArbitrationRow, 'id' | 'status' | 'updatedAt'>,
  changes: Pick<ArbitrationRow, 'state' | 'status' | 'nextDueOn' | 'updatedAt' | 'claimsEnc'>,
): Promise<boolean> {
  const updated = await tx
    .update(arbitrations)
    .set(changes)
    .where(and(eq(arbitrations.id, from.id), eq(arbitrations.status, from.status), eq(arbitrations.updatedAt, from.updatedAt)))
    .returning({ id: arbitrations.id })
  return updated.length > 0
}

/**
 * The cases with a step of the commission past its day, by id after `afterId`: the overdue job's
 * pages. The row's next day is the commission's earliest step still open (`commissionNextDueOn`),
 * null once the case has ended, so "before today" is exactly "some step of the office is late".
 */
export async function overdueArbitrationIdsAfter(q: Query, today: string, afterId: string, limit: number): Promise<string[]> {
  const rows = await q
    .select({ id: arbitrations.id })
    .from(arbitrations)
    .where(and(lt(arbitrations.nextDueOn, today), gt(arbitrations.id, afterId)))
    .orderBy(asc(arbitrations.id))
    .limit(limit)
  return rows.map((row) => row.id)
}

/** Records the steps told late only if nobody has told any since `from` was read: of two runs at once, the second changes nothing. */
export async function updateOverdueToldFrom(tx: Tx, from: Pick<ArbitrationRow, 'id' | 'overdueTold'>, overdueTold: string[]): Promise<boolean> {
  const updated = await tx
    .update(arbitrations)
    .set({ overdueTold })
    .where(and(eq(arbitrations.id, from.id), eq(arbitrations.overdueTold, from.overdueTold)))
    .returning({ id: arbitrations.id })
  return updated.length > 0
}

/** The applicant's cases, whoever filed them, newest first. */
export async function arbitrationsOfApplicant(q: Query, applicantUserId: string): Promise<ListedRow[]> {
  const rows = await q
    .select(listed)
    .from(arbitrations)
    .leftJoin(realNames, eq(realNames.userId, arbitrations.applicantUserId))
    .where(eq(arbitrations.applicantUserId, applicantUserId))
    .orderBy(desc(arbitrations.appliedAt), desc(arbitrations.id))
  return rows.map(listedAsRead)
}

/** Cases naming one of these organisations as respondent, by its row or its credit code; newest first. */
export async function arbitrationsAgainst(q: Query, organisations: readonly Pick<EmployerRow, 'id' | 'creditCode'>[]): Promise<ListedRow[]> {
  if (organisations.length === 0) return []
  const named =
    or(
      inArray(
        arbitrations.respondentEmployerId,
        organisations.map((organisation) => organisation.id),
      ),
      inArray(
        arbitrations.respondentCreditCode,
        organisations.map((organisation) => organisation.creditCode),
      ),
    ) ?? always
  const rows = await q
    .select(listed)
    .from(arbitrations)
    .leftJoin(realNames, eq(realNames.userId, arbitrations.applicantUserId))
    .where(named)
    .orderBy(desc(arbitrations.appliedAt), desc(arbitrations.id))
  return rows.map(listedAsRead)
}

export interface QueueFilter {
  readonly officialRegion: string
  readonly status?: ArbitrationStatus | undefined
  /** true: only cases with a step of the commission past its day; false: only those without; undefined: both. */
  readonly overdue?: boolean | undefined
  readonly today: string
}

export interface QueueCursor {
  readonly due: string
  readonly appliedAt: string
  readonly id: string
}

/**
 * Nulls last without NULLS LAST: an ended case has no next step and sorts after every date. As the
 * day stored is the commission's earliest step still open, a case is overdue exactly when that day
 * is before today: sorting by it puts the overdue first, the oldest lateness at the top.
 */
const noStep = '9999-12-31'
const dueKey = sql<string>`coalesce(${arbitrations.nextDueOn}, ${noStep})`

/** The cases the official's region covers, by the next step's day, then oldest, then id; `limit` rows after the cursor. */
export async function queueOfRegion(q: Query, filter: QueueFilter, after: QueueCursor | null, limit: number): Promise<ListedRow[]> {
  const conditions: SQL[] = [inRegionScope(arbitrations.regionCode, filter.officialRegion)]
  if (filter.status) conditions.push(eq(arbitrations.status, filter.status))
  if (filter.overdue === true) conditions.push(lt(arbitrations.nextDueOn, filter.today))
  if (filter.overdue === false) conditions.push(or(isNull(arbitrations.nextDueOn), gte(arbitrations.nextDueOn, filter.today)) ?? always)
  if (after) {
    conditions.push(
      or(
        gt(dueKey, after.due),
        and(eq(dueKey, after.due), gt(arbitrations.appliedAt, after.appliedAt)),
        and(eq(dueKey, after.due), eq(arbitrations.appliedAt, after.appliedAt), gt(arbitrations.id, after.id)),
      ) ?? always,
    )
  }
  const rows = await q
    .select(listed)
    .from(arbitrations)
    .leftJoin(realNames, eq(realNames.userId, arbitrations.applicantUserId))
    .where(and(...conditions))
    .orderBy(asc(dueKey), asc(arbitrations.appliedAt), asc(arbitrations.id))
    .limit(limit)
  return rows.map(listedAsRead)
}

export function queueCursorOf({ row }: ListedRow): string {
  return `${row.nextDueOn ?? noStep}|${row.appliedAt}|${row.id}`
}

export function parseQueueCursor(cursor: string | undefined): QueueCursor | null {
  const [due, appliedAt, id] = cursor?.split('|') ?? []
  return due && appliedAt && id ? { due, appliedAt, id } : null
}

// ——— case numbers ———

/**
 * The next serial of the county's arbitrations of the year: one atomic upsert on the portal's case
 * counters, under a key of its own (`ZC` and the county), so that it never shares a count with the
 * county's wage complaints.
 */
export async function nextArbitrationSerial(tx: Tx, regionCode: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(caseCounters)
    .values({ regionCode: `ZC${regionCode}`, year, last: 1 })
    .onConflictDoUpdate({ target: [caseCounters.regionCode, caseCounters.year], set: { last: sql`${caseCounters.last} + 1` } })
    .returning({ last: caseCounters.last })
  if (!row) throw new Error('case counter did not return a number')
  return row.last
}

// ——— events ———

export async function insertArbitrationEvent(tx: Tx, row: ArbitrationEventRow): Promise<void> {
  await tx.insert(arbitrationEvents).values(row)
}

/** The timeline, oldest first; acts of one instant by id, which is random: the kind's rank orders them (`timelineOrder`). */
export function eventsOfArbitration(q: Query, arbitrationId: string): Promise<ArbitrationEventRow[]> {
  return q.select().from(arbitrationEvents).where(eq(arbitrationEvents.arbitrationId, arbitrationId)).orderBy(asc(arbitrationEvents.at), asc(arbitrationEvents.id))
}

// ——— people and organisations ———

export async function employerByCreditCode(q: Query, creditCode: string): Promise<EmployerRow | undefined> {
  const [row] = await q.select().from(employers).where(eq(employers.creditCode, creditCode))
  return row
}

export async function employerById(q: Query, id: string): Promise<EmployerRow | undefined> {
  const [row] = await q.select().from(employers).where(eq(employers.id, id))
  return row
}

/** The organisations an employer account speaks for. */
export function employersOfUser(q: Query, userId: string): Promise<EmployerRow[]> {
  return q.select().from(employers).where(eq(employers.userId, userId)).orderBy(asc(employers.createdAt), asc(employers.id))
}

export async function sealedRealNameOf(q: Query, userId: string): Promise<string | null> {
  const [row] = await q.select({ nameEnc: realNames.nameEnc }).from(realNames).where(eq(realNames.userId, userId))
  return row?.nameEnc ?? null
}

/** The number of a wage complaint, for the arbitration that grew from it to name it. */
export async function wageCaseNumberOf(q: Query, wageCaseId: string): Promise<string | null> {
  const [row] = await q.select({ caseNumber: cases.caseNumber }).from(cases).where(eq(cases.id, wageCaseId))
  return row?.caseNumber ?? null
}

/** The evidence the worker's side sent with a wage complaint itself (not with a message, nor the employer's proof), oldest first. */
export function complaintEvidenceOf(q: Query, wageCaseId: string) {
  return q
    .select({ id: evidenceFiles.id, mime: evidenceFiles.mime, size: evidenceFiles.size, nameEnc: evidenceFiles.nameEnc, createdAt: evidenceFiles.createdAt })
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.caseId, wageCaseId), eq(evidenceFiles.purpose, 'complaint'), isNull(evidenceFiles.eventId)))
    .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id))
}
export type ComplaintEvidence = Awaited<ReturnType<typeof complaintEvidenceOf>>[number]

export async function staffCodeOf(q: Query, userId: string): Promise<string | null> {
  const [row] = await q.select({ staffCode: users.staffCode }).from(users).where(eq(users.id, userId))
  return row?.staffCode ?? null
}
