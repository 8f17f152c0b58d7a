import { and, desc, eq, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Query, Tx } from '../../db/database'
import { qualified } from '../../db/qualified'
import { realNames, skillCertificates, skillsSummaries, trainingAssessments, trainingCourses, trainingEnrolments, trainingSessions, trainingVouchers, users } from '../../db/schema'
import { attendedOf, sessionsOfCourse, type AssessmentRow, type SkillCertificateRow } from './assessment-repo'
import type { CourseRow } from './courses-repo'
import type { VoucherRow } from './vouchers-repo'

export type SkillsSummaryRow = typeof skillsSummaries.$inferSelect

/** Far more than anyone gathers in a lifetime of subsidised training (at most 3 a year): the record shows them all. */
export const recordLinesShown = 200

export interface NamedCertificate {
  readonly certificate: SkillCertificateRow
  readonly issuerName: string | null
}

/** A confirmed course of hers with what her record says of it. */
export interface RecordCourseRow {
  readonly enrolmentId: string
  readonly course: CourseRow
  readonly institutionName: string | null
  readonly endsOn: string | null
  readonly attended: number
  readonly sessions: number
  readonly voucher: VoucherRow
  readonly assessment: AssessmentRow | null
  readonly assessorName: string | null
}

/** Her certificates, the latest issued first, each with the name of the body that issued it. */
export function certificatesOfHolder(q: Query, holderUserId: string): Promise<NamedCertificate[]> {
  return q
    .select({ certificate: skillCertificates, issuerName: users.organization })
    .from(skillCertificates)
    .innerJoin(users, eq(users.id, skillCertificates.issuerUserId))
    .where(eq(skillCertificates.holderUserId, holderUserId))
    .orderBy(desc(skillCertificates.issuedOn), desc(skillCertificates.createdAt), desc(skillCertificates.id))
    .limit(recordLinesShown)
}

const assessors = alias(users, 'assessors')

/** Every course she was confirmed on, the latest to start first, with its attendance, voucher and any result. */
export function confirmedCoursesOf(q: Query, holderUserId: string): Promise<RecordCourseRow[]> {
  const courseId = qualified(trainingCourses.id)
  return q
    .select({
      enrolmentId: trainingEnrolments.id,
      course: trainingCourses,
      institutionName: users.organization,
      endsOn: sql<string | null>`(select max(${qualified(trainingSessions.date)}) from ${trainingSessions} where ${qualified(trainingSessions.courseId)} = ${courseId})`,
      attended: attendedOf(qualified(trainingEnrolments.id)),
      sessions: sessionsOfCourse(courseId),
      voucher: trainingVouchers,
      assessment: trainingAssessments,
      assessorName: assessors.organization,
    })
    .from(trainingEnrolments)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingEnrolments.courseId))
    .innerJoin(users, eq(users.id, trainingCourses.institutionUserId))
    .innerJoin(trainingVouchers, eq(trainingVouchers.id, trainingEnrolments.voucherId))
    .leftJoin(trainingAssessments, eq(trainingAssessments.enrolmentId, trainingEnrolments.id))
    .leftJoin(assessors, eq(assessors.id, trainingAssessments.assessorUserId))
    .where(and(eq(trainingEnrolments.holderUserId, holderUserId), eq(trainingEnrolments.status, 'confirmed')))
    .orderBy(desc(trainingCourses.startsOn), desc(trainingEnrolments.id))
    .limit(recordLinesShown)
}

/** Her sealed real name, for the masked name a summary states; undefined without one. */
export async function sealedNameOf(q: Query, userId: string): Promise<string | undefined> {
  const [row] = await q.select({ nameEnc: realNames.nameEnc }).from(realNames).where(eq(realNames.userId, userId))
  return row?.nameEnc
}

export async function insertSummary(tx: Tx, row: SkillsSummaryRow): Promise<void> {
  await tx.insert(skillsSummaries).values(row)
}

export async function summaryByCode(q: Query, verificationCode: string): Promise<SkillsSummaryRow | undefined> {
  const [row] = await q.select().from(skillsSummaries).where(eq(skillsSummaries.verificationCode, verificationCode))
  return row
}

/** One of her summaries; anyone else's is not found. */
export async function summaryOfHolder(q: Query, holderUserId: string, id: string): Promise<SkillsSummaryRow | undefined> {
  const [row] = await q
    .select()
    .from(skillsSummaries)
    .where(and(eq(skillsSummaries.id, id), eq(skillsSummaries.holderUserId, holderUserId)))
  return row
}
