import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { lockKey } from '../../db/locks'
import { employers, payrollAlerts, payrollLines, payrollMonths, projects, users } from '../../db/schema'
import { inRegionScope } from '../../platform/region-scope'
import type { ProjectRow } from './employers-repo'

export type PayrollMonthRow = typeof payrollMonths.$inferSelect
export type PayrollLineRow = typeof payrollLines.$inferSelect
export type PayrollAlertRow = typeof payrollAlerts.$inferSelect

/** Rows an officer of `officerRegion` may see: the portal's one SQL rule of region scope. */
function coveredBy(column: typeof projects.regionCode | typeof payrollAlerts.regionCode, officerRegion: string): SQL {
  return inRegionScope(column, officerRegion)
}

export async function projectById(q: Query, id: string): Promise<ProjectRow | undefined> {
  const [row] = await q.select().from(projects).where(eq(projects.id, id))
  return row
}

export async function insertProject(tx: Tx, row: ProjectRow): Promise<void> {
  await tx.insert(projects).values(row)
}

export async function payrollMonthsOf(q: Query, projectIds: readonly string[]): Promise<PayrollMonthRow[]> {
  if (projectIds.length === 0) return []
  return q
    .select()
    .from(payrollMonths)
    .where(inArray(payrollMonths.projectId, [...projectIds]))
    .orderBy(asc(payrollMonths.projectId), asc(payrollMonths.month))
}

/** How many months of payroll each project has from `from` to `to`; a project with none is left out. */
export async function payrollMonthCounts(q: Query, spans: readonly { projectId: string; from: string; to: string }[]): Promise<Map<string, number>> {
  if (spans.length === 0) return new Map()
  const rows = await q
    .select({ projectId: payrollMonths.projectId, n: count() })
    .from(payrollMonths)
    .where(or(...spans.map((span) => and(eq(payrollMonths.projectId, span.projectId), gte(payrollMonths.month, span.from), lte(payrollMonths.month, span.to)))))
    .groupBy(payrollMonths.projectId)
  return new Map(rows.map((row) => [row.projectId, row.n]))
}

/** The payroll of these months of one project, as last imported, month by month. */
export async function payrollOfMonths(q: Query, projectId: string, months: readonly string[]): Promise<PayrollMonthRow[]> {
  if (months.length === 0) return []
  return q
    .select()
    .from(payrollMonths)
    .where(and(eq(payrollMonths.projectId, projectId), inArray(payrollMonths.month, [...months])))
    .orderBy(asc(payrollMonths.month))
}

/**
 * Holds the payroll of these months of a project until the transaction ends: an import replacing
 * them and an alert raised for them wait for each other. Months are taken in order, so two
 * transactions locking overlapping months never wait on each other in a circle.
 */
export async function lockPayrollMonths(tx: Tx, projectId: string, months: readonly string[]): Promise<void> {
  for (const month of [...new Set(months)].sort()) await lockKey(tx, `wages-payroll:${projectId}:${month}`)
}

/** Those of `months` the project has payroll for, as the caller's transaction sees it. */
export async function monthsWithPayroll(q: Query, projectId: string, months: readonly string[]): Promise<Set<string>> {
  if (months.length === 0) return new Set()
  const rows = await q
    .select({ month: payrollMonths.month })
    .from(payrollMonths)
    .where(and(eq(payrollMonths.projectId, projectId), inArray(payrollMonths.month, [...months])))
  return new Set(rows.map((row) => row.month))
}

export interface PayrollReplacement {
  readonly projectId: string
  readonly months: readonly Omit<PayrollMonthRow, 'projectId'>[]
  readonly lines: readonly PayrollLineRow[]
}

/**
 * Replaces every month the import holds, lines and sums together; months it does not hold stay
 * as they were. Call inside the transaction that audits the import, with the months locked.
 */
export async function replacePayroll(tx: Tx, replacement: PayrollReplacement): Promise<void> {
  const { projectId } = replacement
  const months = replacement.months.map((m) => m.month)
  if (months.length === 0) return
  const ofMonths = (table: typeof payrollLines | typeof payrollMonths) => and(eq(table.projectId, projectId), inArray(table.month, months))
  await tx.delete(payrollLines).where(ofMonths(payrollLines))
  await tx.delete(payrollMonths).where(ofMonths(payrollMonths))
  for (let i = 0; i < replacement.lines.length; i += 500) await tx.insert(payrollLines).values(replacement.lines.slice(i, i + 500))
  await tx.insert(payrollMonths).values(replacement.months.map((m) => ({ ...m, projectId })))
}

/** Closes the open alerts of months whose payroll has now arrived; returns how many. */
export async function resolveAlerts(tx: Tx, projectId: string, months: readonly string[], at: string): Promise<number> {
  if (months.length === 0) return 0
  const resolved = await tx
    .update(payrollAlerts)
    .set({ resolvedAt: at })
    .where(and(eq(payrollAlerts.projectId, projectId), inArray(payrollAlerts.month, [...months]), isNull(payrollAlerts.resolvedAt)))
    .returning({ id: payrollAlerts.id })
  return resolved.length
}

export interface WatchedProject {
  readonly id: string
  readonly name: string
  readonly regionCode: string
  readonly startMonth: string
  readonly endMonth: string | null
  readonly employerName: string
  readonly employerUserId: string | null
}

/** Projects begun by `lastMonth`, within an officer's region when one is given. */
export function watchedProjects(q: Query, lastMonth: string, officerRegion: string | null): Promise<WatchedProject[]> {
  const begun = lte(projects.startMonth, lastMonth)
  return q
    .select({
      id: projects.id,
      name: projects.name,
      regionCode: projects.regionCode,
      startMonth: projects.startMonth,
      endMonth: projects.endMonth,
      employerName: employers.name,
      employerUserId: employers.userId,
    })
    .from(projects)
    .innerJoin(employers, eq(employers.id, projects.employerId))
    .where(officerRegion ? and(begun, coveredBy(projects.regionCode, officerRegion)) : begun)
    .orderBy(asc(projects.id))
}

/**
 * Months up to `lastMonth` that need no new alert, per project: those with payroll, and those
 * already alerted (open or resolved). Joined rather than listed by id, so a province's worth of
 * projects is never one enormous `IN (...)`.
 */
export async function settledMonths(q: Query, lastMonth: string, officerRegion: string | null): Promise<Map<string, Set<string>>> {
  const scope = (monthColumn: typeof payrollMonths.month | typeof payrollAlerts.month) => {
    const upTo = and(lte(projects.startMonth, lastMonth), lte(monthColumn, lastMonth), gte(monthColumn, projects.startMonth))
    return officerRegion ? and(upTo, coveredBy(projects.regionCode, officerRegion)) : upTo
  }
  const paid = await q
    .select({ projectId: payrollMonths.projectId, month: payrollMonths.month })
    .from(payrollMonths)
    .innerJoin(projects, eq(projects.id, payrollMonths.projectId))
    .where(scope(payrollMonths.month))
  const alerted = await q
    .select({ projectId: payrollAlerts.projectId, month: payrollAlerts.month })
    .from(payrollAlerts)
    .innerJoin(projects, eq(projects.id, payrollAlerts.projectId))
    .where(scope(payrollAlerts.month))
  const settled = new Map<string, Set<string>>()
  for (const row of [...paid, ...alerted]) {
    const months = settled.get(row.projectId) ?? new Set<string>()
    months.add(row.month)
    settled.set(row.projectId, months)
  }
  return settled
}

/** Inserts the alert unless the project's month already has one; true when this call made it. */
export async function insertAlert(tx: Tx, row: PayrollAlertRow): Promise<boolean> {
  const inserted = await tx
    .insert(payrollAlerts)
    .values(row)
    .onConflictDoNothing({ target: [payrollAlerts.projectId, payrollAlerts.month] })
    .returning({ id: payrollAlerts.id })
  return inserted.length > 0
}

/** Officers and supervisors with their regions: who may be told about a project's payroll. */
export async function regionalHandlers(q: Query): Promise<{ id: string; regionCode: string }[]> {
  const staff = await q
    .select({ id: users.id, roles: users.roles, regionCode: users.regionCode })
    .from(users)
    .where(isNotNull(users.regionCode))
    .orderBy(asc(users.id))
  // Roles are a JSON list, read whole (never queried into), and staff are few: filtered here.
  return staff.flatMap((user) =>
    (user.roles.includes('officer') || user.roles.includes('supervisor')) && user.regionCode !== null ? [{ id: user.id, regionCode: user.regionCode }] : [],
  )
}

export interface AlertView extends PayrollAlertRow {
  readonly projectName: string
  readonly employerName: string
}

function alertsWhere(q: Query, where: SQL | undefined, order: SQL[], limit: number): Promise<AlertView[]> {
  return q
    .select({
      id: payrollAlerts.id,
      projectId: payrollAlerts.projectId,
      month: payrollAlerts.month,
      regionCode: payrollAlerts.regionCode,
      raisedAt: payrollAlerts.raisedAt,
      resolvedAt: payrollAlerts.resolvedAt,
      projectName: projects.name,
      employerName: employers.name,
    })
    .from(payrollAlerts)
    .innerJoin(projects, eq(projects.id, payrollAlerts.projectId))
    .innerJoin(employers, eq(employers.id, projects.employerId))
    .where(where)
    .orderBy(...order)
    .limit(limit)
}

/** Open alerts of the region, the longest overdue first. */
export function openAlertsOfRegion(q: Query, officerRegion: string, limit: number): Promise<AlertView[]> {
  return alertsWhere(
    q,
    and(coveredBy(payrollAlerts.regionCode, officerRegion), isNull(payrollAlerts.resolvedAt)),
    [asc(payrollAlerts.month), asc(projects.name), asc(payrollAlerts.id)],
    limit,
  )
}

/** Alerts of the region resolved at or after `since`, latest first. */
export function resolvedAlertsOfRegion(q: Query, officerRegion: string, since: string, limit: number): Promise<AlertView[]> {
  return alertsWhere(
    q,
    and(coveredBy(payrollAlerts.regionCode, officerRegion), isNotNull(payrollAlerts.resolvedAt), gte(payrollAlerts.resolvedAt, since)),
    [desc(payrollAlerts.resolvedAt), asc(payrollAlerts.id)],
    limit,
  )
}

/** Open payroll alerts an officer of `regionCode` sees (a city code covers its districts). */
export async function countOpenAlerts(q: Query, regionCode: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(payrollAlerts)
    .where(and(coveredBy(payrollAlerts.regionCode, regionCode), isNull(payrollAlerts.resolvedAt)))
  return row?.n ?? 0
}
