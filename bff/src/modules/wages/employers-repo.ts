import { asc, eq, inArray, or, sql, type Column, type SQL } from 'drizzle-orm'
import type { Query } from '../../db/database'
import { employers, projects } from '../../db/schema'

export type EmployerRow = typeof employers.$inferSelect
export type ProjectRow = typeof projects.$inferSelect

/** `%` and `_` typed by a person are letters, not wildcards. */
function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/**
 * Case-insensitive LIKE with an explicit escape character, read the same way by SQLite and
 * PostgreSQL: SQLite's LIKE ignores ASCII case on its own, PostgreSQL's does not, so both sides
 * are lowered.
 */
function likeIgnoringCase(column: Column, pattern: string): SQL {
  return sql`lower(${column}) like lower(${pattern}) escape '\\'`
}

/**
 * Employers whose name, or the name of one of whose sites (projects), contains `name`, or whose
 * credit code starts with `codePrefix`; by name. A worker often knows the site, not the company.
 */
export function findEmployers(q: Query, search: { name: string; codePrefix: string | null }, limit: number): Promise<EmployerRow[]> {
  const pattern = `%${likeEscaped(search.name)}%`
  const bySite = inArray(employers.id, q.select({ id: projects.employerId }).from(projects).where(likeIgnoringCase(projects.name, pattern)))
  const byName = or(likeIgnoringCase(employers.name, pattern), bySite)
  const where = search.codePrefix ? or(byName, likeIgnoringCase(employers.creditCode, `${likeEscaped(search.codePrefix)}%`)) : byName
  return q.select().from(employers).where(where).orderBy(asc(employers.name), asc(employers.id)).limit(limit)
}

export async function projectsOfEmployers(q: Query, employerIds: readonly string[]): Promise<ProjectRow[]> {
  if (employerIds.length === 0) return []
  return q
    .select()
    .from(projects)
    .where(inArray(projects.employerId, [...employerIds]))
    .orderBy(asc(projects.startMonth), asc(projects.name), asc(projects.id))
}

/** The organisations an employer account speaks for (normally one), oldest first. */
export function employersOfUser(q: Query, userId: string): Promise<EmployerRow[]> {
  return q.select().from(employers).where(eq(employers.userId, userId)).orderBy(asc(employers.createdAt), asc(employers.id))
}

export async function employerById(q: Query, id: string): Promise<EmployerRow | undefined> {
  const [row] = await q.select().from(employers).where(eq(employers.id, id))
  return row
}

