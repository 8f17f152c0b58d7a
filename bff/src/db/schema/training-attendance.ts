import { sql } from 'drizzle-orm'
import type { SkillsSummaryCourse } from '@renshe/shared/training/assessment'
import type { FlagKind, InstitutionStatus } from '@renshe/shared/training/attendance'
import type { SkillCertificate } from '@renshe/shared/training/certificate'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'
import type { trainingCourseTables } from './training-courses'
import type { trainingTables } from './training'

type CourseTables = ReturnType<typeof trainingCourseTables>
type VoucherTables = ReturnType<typeof trainingTables>

interface Referenced {
  users: IdentityTables['users']
  trainingVouchers: VoucherTables['trainingVouchers']
  trainingCourses: CourseTables['trainingCourses']
  trainingSessions: CourseTables['trainingSessions']
  trainingEnrolments: CourseTables['trainingEnrolments']
}

/*
 * Attendance, supervision, assessment and the skills record of training (decision 061).
 */
export function trainingAttendanceTables(d: Dialect, { users, trainingVouchers, trainingCourses, trainingSessions, trainingEnrolments }: Referenced) {
  /**
   * A trainee's check-in to one session. The unique index on session and enrolment makes a second
   * check-in the first one; `deviceHash` is a keyed hash of the device's own id (never the id),
   * and the index on session and device is what finds a device checking in a second trainee.
   */
  const trainingAttendance = d.table(
    'training_attendance',
    {
      id: d.text('id').primaryKey(),
      sessionId: d.text('session_id')
        .notNull()
        .references(() => trainingSessions.id),
      enrolmentId: d.text('enrolment_id')
        .notNull()
        .references(() => trainingEnrolments.id),
      holderUserId: d.text('holder_user_id')
        .notNull()
        .references(() => users.id),
      deviceHash: d.text('device_hash').notNull(),
      checkedInAt: d.text('checked_in_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('training_attendance_session_enrolment').on(t.sessionId, t.enrolmentId),
      d.index('training_attendance_session_device').on(t.sessionId, t.deviceHash),
      d.index('training_attendance_enrolment').on(t.enrolmentId),
    ],
  )

  /**
   * What supervision raised about an institution: a refused check-in (`shared_device`,
   * `out_of_window`) or a trainee who ended a course below the threshold (`below_threshold`, once
   * per enrolment: the partial unique index lets the job run again without raising it twice).
   */
  const trainingFlags = d.table(
    'training_flags',
    {
      id: d.text('id').primaryKey(),
      kind: d.text('kind').$type<FlagKind>().notNull(),
      institutionUserId: d.text('institution_user_id')
        .notNull()
        .references(() => users.id),
      regionCode: d.text('region_code').notNull(),
      courseId: d.text('course_id')
        .notNull()
        .references(() => trainingCourses.id),
      sessionId: d.text('session_id').references(() => trainingSessions.id),
      enrolmentId: d.text('enrolment_id')
        .notNull()
        .references(() => trainingEnrolments.id),
      holderUserId: d.text('holder_user_id')
        .notNull()
        .references(() => users.id),
      raisedAt: d.text('raised_at').notNull(),
    },
    (t) => [
      d.index('training_flags_institution').on(t.institutionUserId, t.raisedAt, t.id),
      d.uniqueIndex('training_flags_below_threshold').on(t.enrolmentId).where(sql`${t.kind} = 'below_threshold'`),
    ],
  )

  /** An institution's standing with the region's officers; no row is an active institution. */
  const trainingInstitutionStatus = d.table('training_institution_status', {
    institutionUserId: d.text('institution_user_id')
      .primaryKey()
      .references(() => users.id),
    status: d.text('status').$type<InstitutionStatus>().notNull(),
    reason: d.text('reason'),
    changedAt: d.text('changed_at').notNull(),
    changedByUserId: d.text('changed_by_user_id')
      .notNull()
      .references(() => users.id),
  })

  /**
   * An assessment body's result for one enrolment, once (unique on the enrolment), for the
   * course's occupation and level.
   */
  const trainingAssessments = d.table(
    'training_assessments',
    {
      id: d.text('id').primaryKey(),
      enrolmentId: d.text('enrolment_id')
        .notNull()
        .references(() => trainingEnrolments.id),
      voucherId: d.text('voucher_id')
        .notNull()
        .references(() => trainingVouchers.id),
      holderUserId: d.text('holder_user_id')
        .notNull()
        .references(() => users.id),
      assessorUserId: d.text('assessor_user_id')
        .notNull()
        .references(() => users.id),
      passed: d.boolean('passed').notNull(),
      certificateNumber: d.text('certificate_number'),
      occupationCode: d.text('occupation_code').notNull(),
      level: d.integer('level').notNull(),
      assessedOn: d.text('assessed_on').notNull(),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [d.uniqueIndex('training_assessments_enrolment').on(t.enrolmentId), d.index('training_assessments_holder').on(t.holderUserId)],
  )

  /**
   * A skill certificate in a person's lifelong record: written with a passing assessment, in the
   * same unit of work. Its number is unique: the same certificate is never recorded twice.
   */
  const skillCertificates = d.table(
    'skill_certificates',
    {
      id: d.text('id').primaryKey(),
      holderUserId: d.text('holder_user_id')
        .notNull()
        .references(() => users.id),
      certificateNumber: d.text('certificate_number').notNull(),
      occupationCode: d.text('occupation_code').notNull(),
      level: d.integer('level').notNull(),
      issuedOn: d.text('issued_on').notNull(),
      issuerUserId: d.text('issuer_user_id')
        .notNull()
        .references(() => users.id),
      assessmentId: d.text('assessment_id').references(() => trainingAssessments.id),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [d.uniqueIndex('skill_certificates_number').on(t.certificateNumber), d.index('skill_certificates_holder').on(t.holderUserId, t.issuedOn)],
  )

  /** A shared summary of a skills record: what it states is frozen when it is made, as a certificate of records is. */
  const skillsSummaries = d.table(
    'skills_summaries',
    {
      id: d.text('id').primaryKey(),
      holderUserId: d.text('holder_user_id')
        .notNull()
        .references(() => users.id),
      verificationCode: d.text('verification_code').notNull(),
      holderMaskedName: d.text('holder_masked_name').notNull(),
      certificates: d.json('certificates').$type<Omit<SkillCertificate, 'id'>[]>().notNull(),
      courses: d.json('courses').$type<SkillsSummaryCourse[]>().notNull(),
      issuedAt: d.text('issued_at').notNull(),
      expiresAt: d.text('expires_at').notNull(),
      revokedAt: d.text('revoked_at'),
    },
    (t) => [d.uniqueIndex('skills_summaries_code').on(t.verificationCode), d.index('skills_summaries_holder').on(t.holderUserId, t.issuedAt)],
  )

  return { trainingAttendance, trainingFlags, trainingInstitutionStatus, trainingAssessments, skillCertificates, skillsSummaries }
}
