import { asc, eq, inArray, or, sql, type Column, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { employers, projects } from '../../db/schema'

export type EmployerRow = typeof employers.$inferSelect
export type ProjectRow = typeof projects.$inferSelect

/** `%` and `_` typed by a person are letters, not wildcards. */
function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** LIKE with an explicit escape character, which SQLite and PostgreSQL both read the same way. */
function like(column: Column, pattern: string): SQL {
  return sql`${column} like ${pattern} escape '\\'`
}

/** Employers whose name contains `name`, or whose credit code starts with `codePrefix`; by name. */
export function findEmployers(db: Tx, search: { name: string; codePrefix: string | null }, limit: number): EmployerRow[] {
  const byName = like(employers.name, `%${likeEscaped(search.name)}%`)
  const where = search.codePrefix ? or(byName, like(employers.creditCode, `${likeEscaped(search.codePrefix)}%`)) : byName
  return db.select().from(employers).where(where).orderBy(asc(employers.name), asc(employers.id)).limit(limit).all()
}

export function projectsOfEmployers(db: Tx, employerIds: readonly string[]): ProjectRow[] {
  if (employerIds.length === 0) return []
  return db
    .select()
    .from(projects)
    .where(inArray(projects.employerId, [...employerIds]))
    .orderBy(asc(projects.startMonth), asc(projects.name), asc(projects.id))
    .all()
}

/** The organisations an employer account speaks for (normally one), oldest first. */
export function employersOfUser(db: Tx, userId: string): EmployerRow[] {
  return db.select().from(employers).where(eq(employers.userId, userId)).orderBy(asc(employers.createdAt), asc(employers.id)).all()
}

export function employerById(db: Tx, id: string): EmployerRow | undefined {
  return db.select().from(employers).where(eq(employers.id, id)).get()
}
