import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, like, lte, type SQL } from 'drizzle-orm'
import { regionPrefix } from '@renshe/shared/identity/regions'
import type { Db, Tx } from '../../db/client'
import { employers, payrollAlerts, payrollLines, payrollMonths, projects, users } from '../../db/schema'
import type { ProjectRow } from './employers-repo'

export type PayrollMonthRow = typeof payrollMonths.$inferSelect
export type PayrollLineRow = typeof payrollLines.$inferSelect
export type PayrollAlertRow = typeof payrollAlerts.$inferSelect

/** Rows an officer of `officerRegion` may see: the SQL form of `regionCovers`. */
function coveredBy(column: typeof projects.regionCode | typeof payrollAlerts.regionCode, officerRegion: string): SQL {
  return like(column, `${regionPrefix(officerRegion)}%`)
}

export function projectById(db: Tx, id: string): ProjectRow | undefined {
  return db.select().from(projects).where(eq(projects.id, id)).get()
}

export function insertProject(tx: Tx, row: ProjectRow): void {
  tx.insert(projects).values(row).run()
}

export function payrollMonthsOf(db: Tx, projectIds: readonly string[]): PayrollMonthRow[] {
  if (projectIds.length === 0) return []
  return db
    .select()
    .from(payrollMonths)
    .where(inArray(payrollMonths.projectId, [...projectIds]))
    .orderBy(asc(payrollMonths.projectId), asc(payrollMonths.month))
    .all()
}

export interface PayrollReplacement {
  readonly projectId: string
  readonly months: readonly Omit<PayrollMonthRow, 'projectId'>[]
  readonly lines: readonly PayrollLineRow[]
}

/**
 * Replaces every month the import holds, lines and sums together; months it does not hold stay
 * as they were. Call inside the transaction that audits the import.
 */
export function replacePayroll(tx: Tx, replacement: PayrollReplacement): void {
  const { projectId } = replacement
  const months = replacement.months.map((m) => m.month)
  if (months.length === 0) return
  const ofMonths = (table: typeof payrollLines | typeof payrollMonths) => and(eq(table.projectId, projectId), inArray(table.month, months))
  tx.delete(payrollLines).where(ofMonths(payrollLines)).run()
  tx.delete(payrollMonths).where(ofMonths(payrollMonths)).run()
  for (let i = 0; i < replacement.lines.length; i += 500) tx.insert(payrollLines).values(replacement.lines.slice(i, i + 500)).run()
  tx.insert(payrollMonths)
    .values(replacement.months.map((m) => ({ ...m, projectId })))
    .run()
}

/** Closes the open alerts of months whose payroll has now arrived; returns how many. */
export function resolveAlerts(tx: Tx, projectId: string, months: readonly string[], at: string): number {
  if (months.length === 0) return 0
  return tx
    .update(payrollAlerts)
    .set({ resolvedAt: at })
    .where(and(eq(payrollAlerts.projectId, projectId), inArray(payrollAlerts.month, [...months]), isNull(payrollAlerts.resolvedAt)))
    .run().changes
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
export function watchedProjects(db: Tx, lastMonth: string, officerRegion: string | null): WatchedProject[] {
  const begun = lte(projects.startMonth, lastMonth)
  return db
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
    .all()
}

/**
 * Months up to `lastMonth` that need no new alert, per project: those with payroll, and those
 * already alerted (open or resolved). Joined rather than listed by id, so a province's worth of
 * projects is never one enormous `IN (...)`.
 */
export function settledMonths(db: Tx, lastMonth: string, officerRegion: string | null): Map<string, Set<string>> {
  const scope = (monthColumn: typeof payrollMonths.month | typeof payrollAlerts.month) => {
    const upTo = and(lte(projects.startMonth, lastMonth), lte(monthColumn, lastMonth), gte(monthColumn, projects.startMonth))
    return officerRegion ? and(upTo, coveredBy(projects.regionCode, officerRegion)) : upTo
  }
  const paid = db
    .select({ projectId: payrollMonths.projectId, month: payrollMonths.month })
    .from(payrollMonths)
    .innerJoin(projects, eq(projects.id, payrollMonths.projectId))
    .where(scope(payrollMonths.month))
    .all()
  const alerted = db
    .select({ projectId: payrollAlerts.projectId, month: payrollAlerts.month })
    .from(payrollAlerts)
    .innerJoin(projects, eq(projects.id, payrollAlerts.projectId))
    .where(scope(payrollAlerts.month))
    .all()
  const settled = new Map<string, Set<string>>()
  for (const row of [...paid, ...alerted]) {
    const months = settled.get(row.projectId) ?? new Set<string>()
    months.add(row.month)
    settled.set(row.projectId, months)
  }
  return settled
}

/** Inserts the alert unless the project's month already has one; true when this call made it. */
export function insertAlert(tx: Tx, row: PayrollAlertRow): boolean {
  return tx.insert(payrollAlerts).values(row).onConflictDoNothing({ target: [payrollAlerts.projectId, payrollAlerts.month] }).run().changes > 0
}

/** Officers and supervisors with their regions: who may be told about a project's payroll. */
export function regionalHandlers(db: Tx): { id: string; regionCode: string }[] {
  // Roles are a JSON list and staff are few: filtered here rather than in dialect-specific JSON SQL.
  return db
    .select({ id: users.id, roles: users.roles, regionCode: users.regionCode })
    .from(users)
    .where(isNotNull(users.regionCode))
    .orderBy(asc(users.id))
    .all()
    .flatMap((user) =>
      (user.roles.includes('officer') || user.roles.includes('supervisor')) && user.regionCode !== null ? [{ id: user.id, regionCode: user.regionCode }] : [],
    )
}

export interface AlertView extends PayrollAlertRow {
  readonly projectName: string
  readonly employerName: string
}

function alertsWhere(db: Tx, where: SQL | undefined, order: SQL[], limit: number): AlertView[] {
  return db
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
    .all()
}

/** Open alerts of the region, the longest overdue first. */
export function openAlertsOfRegion(db: Tx, officerRegion: string, limit: number): AlertView[] {
  return alertsWhere(
    db,
    and(coveredBy(payrollAlerts.regionCode, officerRegion), isNull(payrollAlerts.resolvedAt)),
    [asc(payrollAlerts.month), asc(projects.name), asc(payrollAlerts.id)],
    limit,
  )
}

/** Alerts of the region resolved at or after `since`, latest first. */
export function resolvedAlertsOfRegion(db: Tx, officerRegion: string, since: string, limit: number): AlertView[] {
  return alertsWhere(
    db,
    and(coveredBy(payrollAlerts.regionCode, officerRegion), isNotNull(payrollAlerts.resolvedAt), gte(payrollAlerts.resolvedAt, since)),
    [desc(payrollAlerts.resolvedAt), asc(payrollAlerts.id)],
    limit,
  )
}

/** Open payroll alerts an officer of `regionCode` sees (a city code covers its districts). */
export function countOpenAlerts(db: Db | Tx, regionCode: string): number {
  return (
    db
      .select({ n: count() })
      .from(payrollAlerts)
      .where(and(coveredBy(payrollAlerts.regionCode, regionCode), isNull(payrollAlerts.resolvedAt)))
      .get()?.n ?? 0
  )
}
