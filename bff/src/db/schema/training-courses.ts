import { sql } from 'drizzle-orm'
import type { CourseStatus, EnrolmentStatus } from '@renshe/shared/training/courses'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'
import type { trainingTables } from './training'

type TrainingTables = ReturnType<typeof trainingTables>

export function trainingCourseTables(d: Dialect, { users, trainingVouchers }: { users: IdentityTables['users']; trainingVouchers: TrainingTables['trainingVouchers'] }) {
  /**
   * A course an institution account publishes (decision 060). `enrolled` counts the confirmed
   * enrolments: a place is taken by one conditional update of this row (`enrolled < capacity`),
   * so no race of confirmations fills it past its capacity. `startsOn` is the first session's
   * date, kept on the row so that a search orders and pages by it in one index.
   */
  const trainingCourses = d.table(
    'training_courses',
    {
      id: d.text('id').primaryKey(),
      institutionUserId: d.text('institution_user_id')
        .notNull()
        .references(() => users.id),
      name: d.text('name').notNull(),
      occupationCode: d.text('occupation_code').notNull(),
      level: d.integer('level').notNull(),
      hours: d.integer('hours').notNull(),
      capacity: d.integer('capacity').notNull(),
      enrolled: d.integer('enrolled').notNull().default(0),
      priceFen: d.integer('price_fen').notNull(),
      regionCode: d.text('region_code').notNull(),
      startsOn: d.text('starts_on').notNull(),
      status: d.text('status').$type<CourseStatus>().notNull(),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [
      // A holder's search with no other filter: open courses from a day on, in the order it pages.
      d.index('training_courses_search').on(t.status, t.startsOn, t.id),
      d.index('training_courses_occupation').on(t.occupationCode, t.status, t.startsOn, t.id),
      d.index('training_courses_region').on(t.regionCode, t.status, t.startsOn),
      // The institution's own list, the next to start first.
      d.index('training_courses_institution').on(t.institutionUserId, t.startsOn, t.id),
    ],
  )

  /** One class meeting of a course: a China date, hours, and where. */
  const trainingSessions = d.table(
    'training_sessions',
    {
      id: d.text('id').primaryKey(),
      courseId: d.text('course_id')
        .notNull()
        .references(() => trainingCourses.id),
      date: d.text('date').notNull(),
      timeFrom: d.text('time_from').notNull(),
      timeTo: d.text('time_to').notNull(),
      place: d.text('place').notNull(),
    },
    (t) => [d.uniqueIndex('training_sessions_course_start').on(t.courseId, t.date, t.timeFrom)],
  )

  /**
   * A holder's enrolment in a course with her voucher: requested by her, confirmed or declined by
   * the institution, cancelled by her before the course starts. The partial unique index on the
   * voucher over live rows (requested or confirmed) is what makes a voucher serve one enrolment
   * at a time, however many requests arrive at once.
   */
  const trainingEnrolments = d.table(
    'training_enrolments',
    {
      id: d.text('id').primaryKey(),
      courseId: d.text('course_id')
        .notNull()
        .references(() => trainingCourses.id),
      voucherId: d.text('voucher_id')
        .notNull()
        .references(() => trainingVouchers.id),
      holderUserId: d.text('holder_user_id')
        .notNull()
        .references(() => users.id),
      status: d.text('status').$type<EnrolmentStatus>().notNull(),
      requestedAt: d.text('requested_at').notNull(),
      decidedAt: d.text('decided_at'),
      declineReason: d.text('decline_reason'),
      cancelledAt: d.text('cancelled_at'),
    },
    (t) => [
      d.uniqueIndex('training_enrolments_live_voucher').on(t.voucherId).where(sql`${t.status} in ('requested', 'confirmed')`),
      // A course's roster, in the order the requests came.
      d.index('training_enrolments_course').on(t.courseId, t.status, t.requestedAt),
      d.index('training_enrolments_holder').on(t.holderUserId, t.requestedAt),
      // A trainee's place on one course, looked up at each check-in without walking the class (decision 061).
      d.index('training_enrolments_course_holder').on(t.courseId, t.holderUserId, t.status),
    ],
  )

  return { trainingCourses, trainingSessions, trainingEnrolments }
}
