import { and, asc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { afterCursor } from '../../db/keyset'
import { qualified } from '../../db/qualified'
import { trainingCourses, trainingSessions, users } from '../../db/schema'
import { preparedPer } from '../../platform/prepared'
import { inRegionScope } from '../../platform/region-scope'
import { notSuspended } from './supervision-repo'

export type CourseRow = typeof trainingCourses.$inferSelect
export type SessionRow = typeof trainingSessions.$inferSelect

/** A course with the name of the institution that teaches it, read in the same query. */
export interface NamedCourse {
  readonly course: CourseRow
  readonly institutionName: string | null
}

const named = { course: trainingCourses, institutionName: users.organization }

const statements = preparedPer((q: Query) => ({
  byId: q
    .select(named)
    .from(trainingCourses)
    .innerJoin(users, eq(users.id, trainingCourses.institutionUserId))
    .where(eq(trainingCourses.id, sql.placeholder('id')))
    .prepare('training_course_by_id'),
}))

export async function insertCourse(tx: Tx, course: CourseRow, sessions: readonly SessionRow[]): Promise<void> {
  await tx.insert(trainingCourses).values(course)
  await tx.insert(trainingSessions).values([...sessions])
}

export async function courseById(q: Query, id: string): Promise<NamedCourse | undefined> {
  const [row] = await statements(q).byId.execute({ id })
  return row
}

/** The sessions of these courses, each course's in date and time order: one query for a page. */
export async function sessionsOf(q: Query, courseIds: readonly string[]): Promise<Map<string, SessionRow[]>> {
  const bySession = new Map<string, SessionRow[]>()
  if (courseIds.length === 0) return bySession
  const rows = await q
    .select()
    .from(trainingSessions)
    .where(inArray(trainingSessions.courseId, [...new Set(courseIds)]))
    .orderBy(asc(trainingSessions.courseId), asc(trainingSessions.date), asc(trainingSessions.timeFrom))
  for (const row of rows) bySession.set(row.courseId, [...(bySession.get(row.courseId) ?? []), row])
  return bySession
}

export type CourseCursor = { readonly at: string; readonly id: string } | null

/** One page (and one row more) of an institution's courses, the next to start first. */
export function institutionCourses(q: Query, institutionUserId: string, after: CourseCursor, limit: number): Promise<NamedCourse[]> {
  const conditions: SQL[] = [eq(trainingCourses.institutionUserId, institutionUserId)]
  if (after) conditions.push(afterCursor(trainingCourses.startsOn, trainingCourses.id, after, 'asc'))
  return q
    .select(named)
    .from(trainingCourses)
    .innerJoin(users, eq(users.id, trainingCourses.institutionUserId))
    .where(and(...conditions))
    .orderBy(asc(trainingCourses.startsOn), asc(trainingCourses.id))
    .limit(limit + 1)
}

/** What a voucher can be spent on: these occupations at these levels, at these institutions. */
export interface VoucherScope {
  readonly levels: readonly { readonly occupationCode: string; readonly level: number }[]
  readonly institutionIds: readonly string[]
}

export interface CourseFilter {
  readonly startsFrom: string
  readonly occupationCode?: string | undefined
  /** A county, a city or the province: the one region-scope range. */
  readonly regionCode?: string | undefined
  readonly scope?: VoucherScope | undefined
}

/**
 * One page (and one row more) of open courses starting on `startsFrom` or later, by first day
 * and id, narrowed by occupation, region and what a voucher covers, all in SQL.
 */
export function openCourses(q: Query, filter: CourseFilter, after: CourseCursor, limit: number): Promise<NamedCourse[]> {
  const c = trainingCourses
  // A suspended institution's courses leave the search until it is reinstated (decision 061).
  const conditions: (SQL | undefined)[] = [eq(c.status, 'open'), gte(c.startsOn, filter.startsFrom), notSuspended(qualified(c.institutionUserId))]
  if (filter.occupationCode) conditions.push(eq(c.occupationCode, filter.occupationCode))
  if (filter.regionCode) conditions.push(inRegionScope(c.regionCode, filter.regionCode))
  if (filter.scope) {
    conditions.push(inArray(c.institutionUserId, [...filter.scope.institutionIds]))
    conditions.push(or(...filter.scope.levels.map((covered) => and(eq(c.occupationCode, covered.occupationCode), eq(c.level, covered.level)))))
  }
  if (after) conditions.push(afterCursor(c.startsOn, c.id, after, 'asc'))
  return q
    .select(named)
    .from(c)
    .innerJoin(users, eq(users.id, c.institutionUserId))
    .where(and(...conditions))
    .orderBy(asc(c.startsOn), asc(c.id))
    .limit(limit + 1)
}

/**
 * Takes one place of a course: one conditional update, so that of any number of confirmations
 * at once no more succeed than the course holds, on either engine (on PostgreSQL the row lock
 * makes the others wait and check `enrolled` again). False when the course is full.
 */
export async function takePlace(tx: Tx, courseId: string): Promise<boolean> {
  const taken = await tx
    .update(trainingCourses)
    .set({ enrolled: sql`${trainingCourses.enrolled} + 1` })
    .where(and(eq(trainingCourses.id, courseId), lt(trainingCourses.enrolled, trainingCourses.capacity)))
    .returning({ id: trainingCourses.id })
  return taken.length === 1
}

/** Gives a confirmed enrolment's place back. */
export async function givePlaceBack(tx: Tx, courseId: string): Promise<void> {
  await tx
    .update(trainingCourses)
    .set({ enrolled: sql`${trainingCourses.enrolled} - 1` })
    .where(and(eq(trainingCourses.id, courseId), sql`${trainingCourses.enrolled} > 0`))
}
