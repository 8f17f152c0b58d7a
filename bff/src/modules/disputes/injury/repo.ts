import { and, asc, countDistinct, desc, eq, gt, gte, inArray, isNull, lt, max, ne, or, sql, type SQL } from 'drizzle-orm'
import type { InjuryStatus } from '@renshe/shared/disputes/schemas'
import type { Query, Tx } from '../../../db/database'
import { forUpdate } from '../../../db/locks'
import { arbitrations, caseCounters, employers, injuryCases, injuryEvents, injuryReports, payrollAlerts, payrollLines, projects, realNames } from '../../../db/schema'
import { inRegionScope } from '../../../platform/region-scope'

export type InjuryReportRow = typeof injuryReports.$inferSelect
export type InjuryCaseRow = typeof injuryCases.$inferSelect
export type InjuryEventRow = typeof injuryEvents.$inferSelect
type EmployerRow = typeof employers.$inferSelect
type Organisations = readonly Pick<EmployerRow, 'id' | 'creditCode'>[]

/** A report with its worker's sealed real name, which every view masks (or shows her alone). */
export interface ListedReport {
  readonly row: InjuryReportRow
  readonly workerNameEnc: string | null
}

const always = sql`1 = 1`

// ——— reports ———

export async function insertInjuryReport(tx: Tx, row: InjuryReportRow): Promise<void> {
  await tx.insert(injuryReports).values(row)
}

export async function injuryReportById(q: Query, id: string): Promise<ListedReport | undefined> {
  const [found] = await q
    .select({ row: injuryReports, workerNameEnc: realNames.nameEnc })
    .from(injuryReports)
    .leftJoin(realNames, eq(realNames.userId, injuryReports.workerUserId))
    .where(eq(injuryReports.id, id))
  return found
}

/** The report, locked until the transaction ends: of two applications from it at once, the second sees the first's case. */
export async function lockedInjuryReportById(tx: Tx, id: string): Promise<InjuryReportRow | undefined> {
  const [row] = await forUpdate(tx.select().from(injuryReports).where(eq(injuryReports.id, id)))
  return row
}

/** The worker's report of an accident on that day, of that kind, locked as `lockedInjuryReportById`: a relative's application takes it when no case has. */
export async function lockedInjuryReportOf(tx: Tx, workerUserId: string, accidentOn: string, kind: InjuryReportRow['kind']): Promise<InjuryReportRow | undefined> {
  const [row] = await forUpdate(
    tx
      .select()
      .from(injuryReports)
      .where(and(eq(injuryReports.workerUserId, workerUserId), eq(injuryReports.accidentOn, accidentOn), eq(injuryReports.kind, kind)))
      .orderBy(asc(injuryReports.reportedAt), asc(injuryReports.id))
      .limit(1),
  )
  return row
}

/** Links the report to the case applied for from it, only while it has none: one case a report. */
export async function setReportCase(tx: Tx, reportId: string, caseId: string): Promise<boolean> {
  const updated = await tx
    .update(injuryReports)
    .set({ caseId })
    .where(and(eq(injuryReports.id, reportId), isNull(injuryReports.caseId)))
    .returning({ id: injuryReports.id })
  return updated.length > 0
}

export function injuryReportsOfWorker(q: Query, workerUserId: string): Promise<ListedReport[]> {
  return q
    .select({ row: injuryReports, workerNameEnc: realNames.nameEnc })
    .from(injuryReports)
    .leftJoin(realNames, eq(realNames.userId, injuryReports.workerUserId))
    .where(eq(injuryReports.workerUserId, workerUserId))
    .orderBy(desc(injuryReports.reportedAt), desc(injuryReports.id))
}

/** Reports naming one of these organisations, by its row or its credit code; newest first. */
export function injuryReportsNaming(q: Query, organisations: Organisations): Promise<ListedReport[]> {
  if (organisations.length === 0) return Promise.resolve([])
  const named =
    or(
      inArray(
        injuryReports.employerId,
        organisations.map((organisation) => organisation.id),
      ),
      inArray(
        injuryReports.employerCreditCode,
        organisations.map((organisation) => organisation.creditCode),
      ),
    ) ?? always
  return q
    .select({ row: injuryReports, workerNameEnc: realNames.nameEnc })
    .from(injuryReports)
    .leftJoin(realNames, eq(realNames.userId, injuryReports.workerUserId))
    .where(named)
    .orderBy(desc(injuryReports.reportedAt), desc(injuryReports.id))
}

/**
 * Reports whose employer's 30 days ended before `today` with no case applied for and the worker
 * not yet told, by id after `afterId`: the window job's pages.
 */
export async function untoldWindowReportsAfter(q: Query, today: string, afterId: string, limit: number): Promise<InjuryReportRow[]> {
  return q
    .select()
    .from(injuryReports)
    .where(and(lt(injuryReports.employerBy, today), isNull(injuryReports.caseId), isNull(injuryReports.windowToldAt), gt(injuryReports.id, afterId)))
    .orderBy(asc(injuryReports.id))
    .limit(limit)
}

/** Records that the worker was told her window is open, only if nobody has and no case was applied for since: of two runs at once, one tells. */
export async function markWindowTold(tx: Tx, id: string, at: string): Promise<boolean> {
  const updated = await tx
    .update(injuryReports)
    .set({ windowToldAt: at })
    .where(and(eq(injuryReports.id, id), isNull(injuryReports.windowToldAt), isNull(injuryReports.caseId)))
    .returning({ id: injuryReports.id })
  return updated.length > 0
}

// ——— cases ———

export async function insertInjuryCase(tx: Tx, row: InjuryCaseRow): Promise<void> {
  await tx.insert(injuryCases).values(row)
}

export async function injuryCaseById(q: Query, id: string): Promise<InjuryCaseRow | undefined> {
  const [row] = await q.select().from(injuryCases).where(eq(injuryCases.id, id))
  return row
}

/** The case, locked until the transaction ends: of two acts at once, the second reads it as the first left it. */
export async function lockedInjuryCaseById(tx: Tx, id: string): Promise<InjuryCaseRow | undefined> {
  const [row] = await forUpdate(tx.select().from(injuryCases).where(eq(injuryCases.id, id)))
  return row
}

/** Changes a case only if it is still as it was read: of two acts at once, the second changes nothing. */
export async function updateInjuryCaseFrom(
  tx: Tx,
  from: Pick<InjuryCaseRow, 'id' | 'status' | 'updatedAt'>,
  changes: Pick<InjuryCaseRow, 'state' | 'status' | 'nextDueOn' | 'updatedAt' | 'missingEnc' | 'grade'>,
): Promise<boolean> {
  const updated = await tx
    .update(injuryCases)
    .set(changes)
    .where(and(eq(injuryCases.id, from.id), eq(injuryCases.status, from.status), eq(injuryCases.updatedAt, from.updatedAt)))
    .returning({ id: injuryCases.id })
  return updated.length > 0
}

/**
 * The cases with a step of the office or the committee past its day, by id after `afterId`: the
 * overdue job's pages. As for arbitrations, the day stored is the earliest such step still open
 * (`officeNextDueOn`), so "before today" is exactly "some step is late".
 */
export async function overdueInjuryIdsAfter(q: Query, today: string, afterId: string, limit: number): Promise<string[]> {
  const rows = await q
    .select({ id: injuryCases.id })
    .from(injuryCases)
    .where(and(lt(injuryCases.nextDueOn, today), gt(injuryCases.id, afterId)))
    .orderBy(asc(injuryCases.id))
    .limit(limit)
  return rows.map((row) => row.id)
}

/** Records the steps told late only if nobody has told any since `from` was read: of two runs at once, the second changes nothing. */
export async function updateInjuryOverdueToldFrom(tx: Tx, from: Pick<InjuryCaseRow, 'id' | 'overdueTold'>, overdueTold: string[]): Promise<boolean> {
  const updated = await tx
    .update(injuryCases)
    .set({ overdueTold })
    .where(and(eq(injuryCases.id, from.id), eq(injuryCases.overdueTold, from.overdueTold)))
    .returning({ id: injuryCases.id })
  return updated.length > 0
}

/** The worker's cases: by her account, or (an employer's application before she had one) by her ID number's blind index. Newest first. */
export function injuriesOfWorker(q: Query, workerUserId: string, idNumberIndex: string | null): Promise<InjuryCaseRow[]> {
  const hers = idNumberIndex === null ? eq(injuryCases.workerUserId, workerUserId) : (or(eq(injuryCases.workerUserId, workerUserId), eq(injuryCases.workerIdNumberIndex, idNumberIndex)) ?? always)
  return q.select().from(injuryCases).where(hers).orderBy(desc(injuryCases.appliedAt), desc(injuryCases.id))
}

/** The cases a close relative applied for; newest first. */
export function injuriesAppliedByRelative(q: Query, applicantUserId: string): Promise<InjuryCaseRow[]> {
  return q
    .select()
    .from(injuryCases)
    .where(and(eq(injuryCases.applicantKind, 'relative'), eq(injuryCases.applicantUserId, applicantUserId)))
    .orderBy(desc(injuryCases.appliedAt), desc(injuryCases.id))
}

/** The first case not withdrawn of the worker (by her ID number's blind index) for an accident on that day, of that kind: one case an accident. */
export async function liveInjuryOfAccident(q: Query, workerIdNumberIndex: string, accidentOn: string, kind: InjuryCaseRow['kind']): Promise<InjuryCaseRow | undefined> {
  const [row] = await q
    .select()
    .from(injuryCases)
    .where(
      and(eq(injuryCases.workerIdNumberIndex, workerIdNumberIndex), eq(injuryCases.accidentOn, accidentOn), eq(injuryCases.kind, kind), ne(injuryCases.status, 'withdrawn')),
    )
    .orderBy(asc(injuryCases.appliedAt), asc(injuryCases.id))
    .limit(1)
  return row
}

/** Cases naming one of these organisations as employer, by its row or its credit code; newest first. */
export function injuriesAgainst(q: Query, organisations: Organisations): Promise<InjuryCaseRow[]> {
  if (organisations.length === 0) return Promise.resolve([])
  const named =
    or(
      inArray(
        injuryCases.employerId,
        organisations.map((organisation) => organisation.id),
      ),
      inArray(
        injuryCases.employerCreditCode,
        organisations.map((organisation) => organisation.creditCode),
      ),
    ) ?? always
  return q.select().from(injuryCases).where(named).orderBy(desc(injuryCases.appliedAt), desc(injuryCases.id))
}

export interface InjuryQueueFilter {
  readonly officialRegion: string
  readonly status?: InjuryStatus | undefined
  /** true: only cases with a step of the office or the committee past its day; false: only those without. */
  readonly overdue?: boolean | undefined
  readonly today: string
}

export interface InjuryQueueCursor {
  readonly due: string
  readonly appliedAt: string
  readonly id: string
}

/**
 * Nulls last without NULLS LAST, as the arbitration queue: the day stored is the earliest step of
 * the office or the committee still open, so a case is overdue exactly when it is before today.
 */
const noStep = '9999-12-31'
const dueKey = sql<string>`coalesce(${injuryCases.nextDueOn}, ${noStep})`

/** The cases the official's region covers, by the next step's day, then oldest, then id; `limit` rows after the cursor. */
export function injuryQueueOfRegion(q: Query, filter: InjuryQueueFilter, after: InjuryQueueCursor | null, limit: number): Promise<InjuryCaseRow[]> {
  const conditions: SQL[] = [inRegionScope(injuryCases.regionCode, filter.officialRegion)]
  if (filter.status) conditions.push(eq(injuryCases.status, filter.status))
  if (filter.overdue === true) conditions.push(lt(injuryCases.nextDueOn, filter.today))
  if (filter.overdue === false) conditions.push(or(isNull(injuryCases.nextDueOn), gte(injuryCases.nextDueOn, filter.today)) ?? always)
  if (after) {
    conditions.push(
      or(
        gt(dueKey, after.due),
        and(eq(dueKey, after.due), gt(injuryCases.appliedAt, after.appliedAt)),
        and(eq(dueKey, after.due), eq(injuryCases.appliedAt, after.appliedAt), gt(injuryCases.id, after.id)),
      ) ?? always,
    )
  }
  return q
    .select()
    .from(injuryCases)
    .where(and(...conditions))
    .orderBy(asc(dueKey), asc(injuryCases.appliedAt), asc(injuryCases.id))
    .limit(limit)
}

export function injuryQueueCursorOf(row: InjuryCaseRow): string {
  return `${row.nextDueOn ?? noStep}|${row.appliedAt}|${row.id}`
}

export function parseInjuryQueueCursor(cursor: string | undefined): InjuryQueueCursor | null {
  const [due, appliedAt, id] = cursor?.split('|') ?? []
  return due && appliedAt && id ? { due, appliedAt, id } : null
}

/**
 * The next serial of the county's work-injury cases of the year: one atomic upsert on the portal's
 * case counters under a key of its own (`GS` and the county), apart from its arbitrations (`ZC`)
 * and wage complaints.
 */
export async function nextInjurySerial(tx: Tx, regionCode: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(caseCounters)
    .values({ regionCode: `GS${regionCode}`, year, last: 1 })
    .onConflictDoUpdate({ target: [caseCounters.regionCode, caseCounters.year], set: { last: sql`${caseCounters.last} + 1` } })
    .returning({ last: caseCounters.last })
  if (!row) throw new Error('case counter did not return a number')
  return row.last
}

// ——— events ———

export async function insertInjuryEvent(tx: Tx, row: InjuryEventRow): Promise<void> {
  await tx.insert(injuryEvents).values(row)
}

/** The timeline, oldest first; acts of one instant are put in the machine's order by the view. */
export function eventsOfInjury(q: Query, caseId: string): Promise<InjuryEventRow[]> {
  return q.select().from(injuryEvents).where(eq(injuryEvents.caseId, caseId)).orderBy(asc(injuryEvents.at), asc(injuryEvents.id))
}

// ——— people ———

/** A person's bound real name, sealed, with the blind index of her ID number. */
export async function realNameOf(q: Query, userId: string): Promise<Pick<typeof realNames.$inferSelect, 'nameEnc' | 'idNumberEnc' | 'idNumberIndex'> | undefined> {
  const [row] = await q.select({ nameEnc: realNames.nameEnc, idNumberEnc: realNames.idNumberEnc, idNumberIndex: realNames.idNumberIndex }).from(realNames).where(eq(realNames.userId, userId))
  return row
}

/** The account that bound this ID number, if any. */
export async function userOfIdNumberIndex(q: Query, idNumberIndex: string): Promise<string | null> {
  const [row] = await q.select({ userId: realNames.userId }).from(realNames).where(eq(realNames.idNumberIndex, idNumberIndex))
  return row?.userId ?? null
}

// ——— what the prevention index counts ———

/** The statuses of the cases against the organisation whose accident came after `afterDay`. */
export async function injuryStatusesAgainstSince(q: Query, organisation: Pick<EmployerRow, 'id' | 'creditCode'>, afterDay: string): Promise<InjuryStatus[]> {
  const rows = await q
    .select({ status: injuryCases.status })
    .from(injuryCases)
    .where(and(or(eq(injuryCases.employerCreditCode, organisation.creditCode), eq(injuryCases.employerId, organisation.id)), gt(injuryCases.accidentOn, afterDay)))
  return rows.map((row) => row.status)
}

/** The people on the organisation's latest month of payroll (every project's lines of that month), by ID number. */
export async function workersOnLatestPayroll(q: Query, employerId: string): Promise<{ month: string | null; workers: number }> {
  const [latest] = await q
    .select({ month: max(payrollLines.month) })
    .from(payrollLines)
    .innerJoin(projects, eq(projects.id, payrollLines.projectId))
    .where(eq(projects.employerId, employerId))
  const month = latest?.month ?? null
  if (month === null) return { month: null, workers: 0 }
  const [counted] = await q
    .select({ workers: countDistinct(payrollLines.idNumberIndex) })
    .from(payrollLines)
    .innerJoin(projects, eq(projects.id, payrollLines.projectId))
    .where(and(eq(projects.employerId, employerId), eq(payrollLines.month, month)))
  return { month, workers: Number(counted?.workers ?? 0) }
}

/** Payroll alerts raised on the organisation's projects after the instant `afterAt`. */
export async function payrollAlertsSince(q: Query, employerId: string, afterAt: string): Promise<number> {
  const rows = await q
    .select({ id: payrollAlerts.id })
    .from(payrollAlerts)
    .innerJoin(projects, eq(projects.id, payrollAlerts.projectId))
    .where(and(eq(projects.employerId, employerId), gt(payrollAlerts.raisedAt, afterAt)))
  return rows.length
}

/** The days of the awards made in arbitrations against the organisation (its row or credit code). */
export async function awardDaysAgainst(q: Query, organisation: Pick<EmployerRow, 'id' | 'creditCode'>): Promise<string[]> {
  const rows = await q
    .select({ state: arbitrations.state })
    .from(arbitrations)
    .where(and(eq(arbitrations.status, 'awarded'), or(eq(arbitrations.respondentCreditCode, organisation.creditCode), eq(arbitrations.respondentEmployerId, organisation.id))))
  // The award's day is the machine's (its state is JSON, read whole): the day the case ended.
  return rows.flatMap((row) => (row.state.endedOn === null ? [] : [row.state.endedOn]))
}
