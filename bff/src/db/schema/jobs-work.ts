import type { ApplicationStatus, ApplicationStep, AttendanceMethod, DistanceBand, PayAnswer } from '@renshe/shared/jobs/applications'
import type { OccupationCode } from '@renshe/shared/jobs/occupations'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'
import type { jobsTables } from './jobs'
import type { WagesTables } from './wages'

/** Applications to job posts, the days worked on day jobs, and the ratings after the work. */
export function jobsWorkTables(
  d: Dialect,
  { users, employers, jobPosts }: { users: IdentityTables['users']; employers: WagesTables['employers']; jobPosts: ReturnType<typeof jobsTables>['jobPosts'] },
) {
  /**
   * One application of a seeker to a post, at most one per pair. What the employer may see
   * before inviting is copied in when she applies (what she can do, how far she lives in a
   * band), so a masked list never opens her profile; her name and phone are read from her
   * real-name record, sealed there, only once she is invited. The organisation is copied from
   * the post, so every employer query is scoped by one column.
   */
  const jobApplications = d.table(
    'job_applications',
    {
      id: d.text('id').primaryKey(),
      postId: d.text('post_id')
        .notNull()
        .references(() => jobPosts.id),
      organisationId: d.text('organisation_id')
        .notNull()
        .references(() => employers.id),
      seekerUserId: d.text('seeker_user_id')
        .notNull()
        .references(() => users.id),
      /** Who applied: the seeker, or the grid staff member acting for her. */
      appliedByUserId: d.text('applied_by_user_id')
        .notNull()
        .references(() => users.id),
      status: d.text('status').$type<ApplicationStatus>().notNull(),
      occupations: d.json('occupations').$type<OccupationCode[]>().notNull(),
      skills: d.json('skills').$type<string[]>().notNull(),
      certificates: d.json('certificates').$type<string[]>().notNull(),
      distanceBand: d.text('distance_band').$type<DistanceBand>().notNull(),
      /** Every step, oldest first, with who took it and a decline's reason. */
      history: d.json('history').$type<ApplicationStep[]>().notNull(),
      /** When she was hired, null until then: what an officer's counts of hires read (decision 052). */
      hiredAt: d.text('hired_at'),
      createdAt: d.text('created_at').notNull(),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('job_applications_post_seeker').on(t.postId, t.seekerUserId),
      d.index('job_applications_seeker').on(t.seekerUserId, t.createdAt),
      d.index('job_applications_post_status').on(t.postId, t.status),
    ],
  )

  /**
   * One day worked on a day job by a hired seeker: check-in and check-out (by code or confirmed
   * by the employer), the minutes and the pay due counted at check-out, what the employer says
   * it paid and the seeker's answer, and the wage complaint opened about the day, if any.
   */
  const jobAttendance = d.table(
    'job_attendance',
    {
      id: d.text('id').primaryKey(),
      applicationId: d.text('application_id')
        .notNull()
        .references(() => jobApplications.id),
      workDate: d.text('work_date').notNull(),
      checkInAt: d.text('check_in_at').notNull(),
      checkInBy: d.text('check_in_by').$type<AttendanceMethod>().notNull(),
      checkOutAt: d.text('check_out_at'),
      checkOutBy: d.text('check_out_by').$type<AttendanceMethod>(),
      minutesWorked: d.integer('minutes_worked'),
      payDueFen: d.bigint('pay_due_fen'),
      payDeadline: d.text('pay_deadline'),
      paidFen: d.bigint('paid_fen'),
      paidStatedAt: d.text('paid_stated_at'),
      payAnswer: d.text('pay_answer').$type<PayAnswer>(),
      payAnsweredAt: d.text('pay_answered_at'),
      /** The wages module's case opened about this day, and its number. */
      complaintCaseId: d.text('complaint_case_id'),
      complaintCaseNumber: d.text('complaint_case_number'),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [d.uniqueIndex('job_attendance_application_date').on(t.applicationId, t.workDate)],
  )

  /** Each side rates the other once per application, after the work; the comment is sealed. */
  const jobRatings = d.table(
    'job_ratings',
    {
      applicationId: d.text('application_id')
        .notNull()
        .references(() => jobApplications.id),
      rater: d.text('rater').$type<'seeker' | 'employer'>().notNull(),
      raterUserId: d.text('rater_user_id')
        .notNull()
        .references(() => users.id),
      stars: d.integer('stars').notNull(),
      commentEnc: d.text('comment_enc'),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [d.primaryKey({ columns: [t.applicationId, t.rater] })],
  )

  return { jobApplications, jobAttendance, jobRatings }
}

export type JobsWorkTables = ReturnType<typeof jobsWorkTables>
