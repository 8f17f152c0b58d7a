import { and, asc, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { afterCursor } from '../../db/keyset'
import { qualified } from '../../db/qualified'
import { realNames, skillCertificates, trainingAssessments, trainingAttendance, trainingCourses, trainingEnrolments, trainingSessions, users } from '../../db/schema'
import { inRegionScope } from '../../platform/region-scope'
import type { CourseCursor, NamedCourse } from './courses-repo'

export type AssessmentRow = typeof trainingAssessments.$inferSelect
export type SkillCertificateRow = typeof skillCertificates.$inferSelect

/** An assessment with the name of the assessment body that recorded it. */
export interface NamedAssessment {
  readonly assessment: AssessmentRow
  readonly assessorName: string | null
}

/** A confirmed trainee of a course as the assessment body sees her: sealed name and ID number, attendance, any result. */
export interface CandidateRow {
  readonly enrolmentId: string
  readonly holderUserId: string
  readonly nameEnc: string | null
  readonly idNumberEnc: string | null
  readonly attended: number
  readonly assessment: AssessmentRow | null
  readonly assessorName: string | null
}

const count = (condition: SQL) => sql<number>`(${condition})`.mapWith(Number)

/** How many sessions of the enrolment's course she checked in to: read only, the attendance module writes them. */
export const attendedOf = (enrolmentId: SQL) =>
  count(sql`select count(*) from ${trainingAttendance} where ${qualified(trainingAttendance.enrolmentId)} = ${enrolmentId}`)

/** How many sessions a course has. */
export const sessionsOfCourse = (courseId: SQL) =>
  count(sql`select count(*) from ${trainingSessions} where ${qualified(trainingSessions.courseId)} = ${courseId}`)

/**
 * One page (and one row more) of the courses of a region that started by `today` and have a
 * confirmed trainee, the latest to start first: what an assessment body works through.
 */
export function assessableCourses(q: Query, regionCode: string, today: string, after: CourseCursor, limit: number): Promise<NamedCourse[]> {
  const c = trainingCourses
  const conditions = [
    inRegionScope(c.regionCode, regionCode),
    lte(c.startsOn, today),
    sql`exists (select 1 from ${trainingEnrolments} where ${qualified(trainingEnrolments.courseId)} = ${qualified(c.id)} and ${qualified(trainingEnrolments.status)} = 'confirmed')`,
  ]
  if (after) conditions.push(afterCursor(c.startsOn, c.id, after, 'desc'))
  return q
    .select({ course: c, institutionName: users.organization })
    .from(c)
    .innerJoin(users, eq(users.id, c.institutionUserId))
    .where(and(...conditions))
    .orderBy(desc(c.startsOn), desc(c.id))
    .limit(limit + 1)
}

/** For each of these courses, its confirmed trainees and how many of them have no result yet: one query for a page. */
export async function candidateCountsOf(q: Query, courseIds: readonly string[]): Promise<Map<string, { candidates: number; awaiting: number }>> {
  const counts = new Map<string, { candidates: number; awaiting: number }>()
  if (courseIds.length === 0) return counts
  const e = trainingEnrolments
  const rows = await q
    .select({
      courseId: e.courseId,
      candidates: sql<number>`count(*)`.mapWith(Number),
      awaiting: sql<number>`sum(case when ${qualified(trainingAssessments.id)} is null then 1 else 0 end)`.mapWith(Number),
    })
    .from(e)
    .leftJoin(trainingAssessments, eq(trainingAssessments.enrolmentId, e.id))
    .where(and(inArray(e.courseId, [...new Set(courseIds)]), eq(e.status, 'confirmed')))
    .groupBy(e.courseId)
  for (const row of rows) counts.set(row.courseId, { candidates: row.candidates, awaiting: row.awaiting })
  return counts
}

const candidateColumns = {
  enrolmentId: trainingEnrolments.id,
  holderUserId: trainingEnrolments.holderUserId,
  nameEnc: realNames.nameEnc,
  idNumberEnc: realNames.idNumberEnc,
  attended: attendedOf(qualified(trainingEnrolments.id)),
  assessment: trainingAssessments,
  assessorName: users.organization,
}

function candidates(q: Query) {
  return q
    .select(candidateColumns)
    .from(trainingEnrolments)
    .leftJoin(realNames, eq(realNames.userId, trainingEnrolments.holderUserId))
    .leftJoin(trainingAssessments, eq(trainingAssessments.enrolmentId, trainingEnrolments.id))
    .leftJoin(users, eq(users.id, trainingAssessments.assessorUserId))
}

/** A course's confirmed trainees, in the order they asked, each with her attendance and any result. */
export function candidatesOf(q: Query, courseId: string): Promise<CandidateRow[]> {
  return candidates(q)
    .where(and(eq(trainingEnrolments.courseId, courseId), eq(trainingEnrolments.status, 'confirmed')))
    .orderBy(asc(trainingEnrolments.requestedAt), asc(trainingEnrolments.id))
}

export async function candidateOf(q: Query, enrolmentId: string): Promise<CandidateRow | undefined> {
  const [row] = await candidates(q).where(eq(trainingEnrolments.id, enrolmentId))
  return row
}

export async function sessionCountOf(q: Query, courseId: string): Promise<number> {
  const [row] = await q.select({ sessions: sql<number>`count(*)`.mapWith(Number) }).from(trainingSessions).where(eq(trainingSessions.courseId, courseId))
  return row?.sessions ?? 0
}

export async function assessmentOfEnrolment(q: Query, enrolmentId: string): Promise<AssessmentRow | undefined> {
  const [row] = await q.select().from(trainingAssessments).where(eq(trainingAssessments.enrolmentId, enrolmentId))
  return row
}

export async function certificateByNumber(q: Query, certificateNumber: string): Promise<SkillCertificateRow | undefined> {
  const [row] = await q.select().from(skillCertificates).where(eq(skillCertificates.certificateNumber, certificateNumber))
  return row
}

/** Writes a result; the unique index on the enrolment refuses a second one, whoever writes it. */
export async function insertAssessment(tx: Tx, row: AssessmentRow): Promise<void> {
  await tx.insert(trainingAssessments).values(row)
}

/** Writes a certificate into its holder's record; the unique index on its number refuses one already recorded. */
export async function insertSkillCertificate(tx: Tx, row: SkillCertificateRow): Promise<void> {
  await tx.insert(skillCertificates).values(row)
}

/** The organisation an account speaks for (an assessment body's name), null for none. */
export async function organisationNameOf(q: Query, userId: string): Promise<string | null> {
  const [row] = await q.select({ organization: users.organization }).from(users).where(eq(users.id, userId))
  return row?.organization ?? null
}
