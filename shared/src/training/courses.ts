import { z } from 'zod'
import { RegionCode } from '../identity/roles'
import { OccupationCode } from '../jobs/occupations'
import { DatedShift } from '../jobs/schemas'
import { IsoDate, Timestamp } from '../platform/primitives'
import { Fen } from '../records/schemas'
import { Enrolment } from './enrolment'
import { SkillLevel } from './schemas'

export { Enrolment, EnrolmentStatus } from './enrolment'

/*
 * Courses of training institutions and enrolment with a voucher (decision 060): an institution
 * keeps its courses with their sessions, a voucher holder enrols with her voucher, the
 * institution confirms, and the confirmed enrolments are the course's roster.
 */

export const courseNameMaxLength = 60
export const coursePlaceMaxLength = 80

/** One class meeting: a date and hours in China, and where. */
export const CourseSession = z.object({
  id: z.string(),
  date: IsoDate,
  from: z.string(),
  to: z.string(),
  place: z.string(),
})
export type CourseSession = z.infer<typeof CourseSession>

export const NewCourseSession = DatedShift.and(
  z.object({ place: z.string().trim().min(1, { message: 'field.required' }).max(coursePlaceMaxLength, { message: 'field.tooLong' }) }),
)
export type NewCourseSession = z.infer<typeof NewCourseSession>

export const NewCourse = z
  .strictObject({
    name: z.string().trim().min(1, { message: 'field.required' }).max(courseNameMaxLength, { message: 'field.tooLong' }),
    occupationCode: OccupationCode,
    level: SkillLevel,
    /** Class hours in all, as the programme counts them. */
    hours: z.number({ message: 'field.invalid' }).int({ message: 'field.invalid' }).min(1, { message: 'training.hours' }).max(2000, { message: 'training.hours' }),
    capacity: z.number({ message: 'field.invalid' }).int({ message: 'field.invalid' }).min(1, { message: 'training.capacity' }).max(5000, { message: 'training.capacity' }),
    /** What the course costs; a face-value voucher pays it, an offset voucher's holder pays it and claims the subsidy. */
    priceFen: Fen.max(100_000_00, { message: 'training.price' }),
    /** The district where it is taught: within the institution's region. */
    regionCode: RegionCode,
    sessions: z.array(NewCourseSession).min(1, { message: 'training.sessionsRequired' }).max(200, { message: 'training.sessionsTooMany' }),
  })
  .refine((course) => new Set(course.sessions.map((s) => `${s.date}|${s.from}`)).size === course.sessions.length, {
    message: 'training.sessionTwice',
    path: ['sessions'],
  })
export type NewCourse = z.infer<typeof NewCourse>

export const CourseStatus = z.enum(['open', 'closed'])
export type CourseStatus = z.infer<typeof CourseStatus>

export const Course = z.object({
  id: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  name: z.string(),
  occupationCode: z.string(),
  level: SkillLevel,
  hours: z.number().int(),
  capacity: z.number().int(),
  /** Confirmed enrolments: the roster's length. */
  enrolled: z.number().int(),
  priceFen: Fen,
  regionCode: RegionCode,
  /** The first session's date: when the course starts. */
  startsOn: IsoDate,
  sessions: z.array(CourseSession),
  status: CourseStatus,
  createdAt: Timestamp,
})
export type Course = z.infer<typeof Course>

export const CoursePage = z.object({ items: z.array(Course), nextCursor: z.string().nullable() })
export type CoursePage = z.infer<typeof CoursePage>

/** A holder's search: by occupation, district and first day; with her voucher, only courses it can be spent on. */
export const CourseSearch = z.strictObject({
  occupationCode: z.string().regex(/^\d-\d{2}-\d{2}-\d{2}$/).optional(),
  regionCode: RegionCode.optional(),
  startsFrom: IsoDate.optional(),
  voucherId: z.string().min(1).max(64).optional(),
  cursor: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export type CourseSearch = z.infer<typeof CourseSearch>

/** An enrolment as the institution sees it: the trainee masked, her voucher's face number and how it pays. */
export const RosterEntry = Enrolment.extend({
  traineeName: z.string(),
  idNumberMasked: z.string(),
  voucherNumber: z.string(),
  payment: z.enum(['face_value', 'offset']),
  /** Sessions she has checked in to so far. */
  attended: z.number().int(),
})
export type RosterEntry = z.infer<typeof RosterEntry>

export const Roster = z.object({ course: Course, items: z.array(RosterEntry) })
export type Roster = z.infer<typeof Roster>

export const NewEnrolment = z.strictObject({ voucherId: z.string({ message: 'field.choose' }).min(1, { message: 'field.choose' }).max(64) })
export type NewEnrolment = z.infer<typeof NewEnrolment>

export const enrolmentDeclineReasonMaxLength = 200

export const EnrolmentDecision = z.discriminatedUnion(
  'decision',
  [
    z.strictObject({ decision: z.literal('confirm') }),
    z.strictObject({
      decision: z.literal('decline'),
      reason: z.string().trim().min(1, { message: 'field.required' }).max(enrolmentDeclineReasonMaxLength, { message: 'field.tooLong' }),
    }),
  ],
  { message: 'field.choose' },
)
export type EnrolmentDecision = z.infer<typeof EnrolmentDecision>
