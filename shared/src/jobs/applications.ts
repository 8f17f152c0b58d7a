import { z } from 'zod'
import { Timestamp } from '../platform/primitives'
import { IsoDate } from '../wages/schemas'
import { matchRules } from './matching'
import { OccupationCode } from './occupations'
import { JobKind, type Pay } from './schemas'

// From application to paid: the states of an application, a day worked on a day job, pay
// confirmed by both sides, ratings. The operations are in applications-contract.ts; why the
// rules are what they are is in docs/decisions/049-applications-attendance-and-pay.md.

/**
 * `applied`: the employer sees the applicant masked. `invited`: the employer sees her name and
 * phone. `hired`: counted against the post's headcount. `declined`: closed, with the reason.
 * `withdrawn`: closed before the employer acted, by the seeker (decision 058).
 */
export const ApplicationStatus = z.enum(['applied', 'invited', 'hired', 'declined', 'withdrawn'])
export type ApplicationStatus = z.infer<typeof ApplicationStatus>

export const ApplicationDecisionKind = z.enum(['invite', 'hire', 'decline'])
export type ApplicationDecisionKind = z.infer<typeof ApplicationDecisionKind>

/** The statuses an employer's decision leads to. */
export type DecidedStatus = Exclude<ApplicationStatus, 'applied' | 'withdrawn'>

/** The one table of allowed steps: from a status, by an employer's decision, to the next. */
const steps: Readonly<Record<ApplicationStatus, Partial<Record<ApplicationDecisionKind, DecidedStatus>>>> = {
  applied: { invite: 'invited', decline: 'declined' },
  invited: { hire: 'hired', decline: 'declined' },
  hired: {},
  declined: {},
  withdrawn: {},
}

/** The status an employer's decision leads to, or null when the step is not allowed from here. */
export function nextApplicationStatus(current: ApplicationStatus, decision: ApplicationDecisionKind): DecidedStatus | null {
  return steps[current][decision] ?? null
}

/** The employer sees who the applicant is (name and phone) only from the invitation on. */
export function contactVisible(status: ApplicationStatus): boolean {
  return status === 'invited' || status === 'hired'
}

/** Who took a step: the seeker, grid staff for her, or the employer. */
export const ApplicationParty = z.enum(['seeker', 'grid_staff', 'employer'])
export type ApplicationParty = z.infer<typeof ApplicationParty>

export const ApplicationStep = z.object({
  status: ApplicationStatus,
  at: Timestamp,
  by: ApplicationParty,
  /** The employer's reason, on a decline only. */
  reason: z.string().nullable(),
})
export type ApplicationStep = z.infer<typeof ApplicationStep>

/** How far the applicant lives from the work, in bands: the employer never learns more. */
export const DistanceBand = z.enum(['within_1km', 'within_3km', 'within_5km', 'within_10km', 'over_10km'])
export type DistanceBand = z.infer<typeof DistanceBand>

const bandEdges: readonly (readonly [km: number, band: DistanceBand])[] = [
  [1, 'within_1km'],
  [3, 'within_3km'],
  [5, 'within_5km'],
  [10, 'within_10km'],
]

export function distanceBandOf(km: number): DistanceBand {
  return bandEdges.find(([edge]) => km <= edge)?.[1] ?? 'over_10km'
}

/**
 * The rules of a day job's attendance and pay, as data.
 * - The check-in code changes every `codeWindowSeconds`; a code of the window before is still
 *   taken, so one read at the end of a window does not fail on the way to the phone.
 * - `payDeadlineHours` after checking out, an employer who has not said what it paid may be
 *   complained about. A placeholder: no rule with this number was found (decision 049).
 */
export const attendanceRules = {
  codeDigits: 6,
  codeWindowSeconds: 300,
  acceptedWindows: 2,
  payDeadlineHours: 24,
  payDeadlinePlaceholder: true,
} as const

/** The code window an instant falls in: whole windows since the epoch. */
export function codeWindowOf(at: Date): number {
  return Math.floor(at.getTime() / 1000 / attendanceRules.codeWindowSeconds)
}

/**
 * What the day earned, in whole fen, from the post's pay and the minutes worked: by the hour,
 * minutes × rate ÷ 60 rounded to the fen; by the day, the day's pay; by the month, a 21.75th of
 * it (劳社部发〔2008〕3号, as in matching). A piece rate is not counted from time: null, and the
 * employer states what it paid.
 */
export function dayPayFen(pay: Pay, minutesWorked: number): number | null {
  switch (pay.unit) {
    case 'hour':
      return Math.round((pay.amountFen * minutesWorked) / 60)
    case 'day':
      return pay.amountFen
    case 'month':
      return Math.round(pay.amountFen / matchRules.paidDaysPerMonth)
    case 'piece':
      return null
  }
}

/** How a check-in or check-out was made: by the code the seeker typed, or confirmed by the employer. */
export const AttendanceMethod = z.enum(['code', 'employer'])
export type AttendanceMethod = z.infer<typeof AttendanceMethod>

export const PayAnswer = z.enum(['confirmed', 'disputed'])
export type PayAnswer = z.infer<typeof PayAnswer>

/** A wage complaint opened from a day, as the wages module numbered it. */
export const LinkedComplaint = z.object({ caseId: z.string(), caseNumber: z.string() })
export type LinkedComplaint = z.infer<typeof LinkedComplaint>

/** One day of a day job, as both sides see it. */
export const AttendanceDay = z.object({
  id: z.string(),
  workDate: IsoDate,
  checkInAt: Timestamp,
  checkInBy: AttendanceMethod,
  checkOutAt: Timestamp.nullable(),
  checkOutBy: AttendanceMethod.nullable(),
  minutesWorked: z.number().int().nonnegative().nullable(),
  /** What the day earned by the post's pay; null for a piece rate or before checking out. */
  payDueFen: z.number().int().nonnegative().nullable(),
  /** What the employer says it paid, once it says so. */
  paidFen: z.number().int().nonnegative().nullable(),
  paidStatedAt: Timestamp.nullable(),
  payAnswer: PayAnswer.nullable(),
  payAnsweredAt: Timestamp.nullable(),
  /** Until when the employer may state what it paid before a complaint may be opened. */
  payDeadline: Timestamp.nullable(),
  complaint: LinkedComplaint.nullable(),
})
export type AttendanceDay = z.infer<typeof AttendanceDay>

/** Why a wage complaint may be opened about a day, or null while it may not. */
export type ComplaintGround = 'disputed' | 'not_stated_in_time'

/**
 * A complaint may be opened about a day that was worked (checked out) when the seeker disputed
 * what the employer said it paid, or when the employer said nothing by the deadline. Never
 * after the seeker confirmed the pay.
 */
export function complaintGround(day: Pick<AttendanceDay, 'checkOutAt' | 'paidStatedAt' | 'payAnswer' | 'payDeadline'>, now: Date): ComplaintGround | null {
  if (day.checkOutAt === null || day.payAnswer === 'confirmed') return null
  if (day.payAnswer === 'disputed') return 'disputed'
  if (day.paidStatedAt === null && day.payDeadline !== null && now.getTime() > new Date(day.payDeadline).getTime()) return 'not_stated_in_time'
  return null
}

export const Stars = z.number({ message: 'jobs.stars' }).int({ message: 'jobs.stars' }).min(1, { message: 'jobs.stars' }).max(5, { message: 'jobs.stars' })

/** One rating, 1 to 5, with an optional short comment: checked for length only. */
export const RatingInput = z.strictObject({
  stars: Stars,
  comment: z.string().trim().max(100, { message: 'jobs.commentTooLong' }).optional(),
})
export type RatingInput = z.infer<typeof RatingInput>

export const Rating = z.object({ stars: z.number().int().min(1).max(5), comment: z.string().nullable(), at: Timestamp })
export type Rating = z.infer<typeof Rating>

/** An application as the seeker sees it: where it stands, how it got there, the days worked. */
export const MyApplication = z.object({
  id: z.string(),
  postId: z.string(),
  postTitle: z.string(),
  organisationName: z.string(),
  kind: JobKind,
  status: ApplicationStatus,
  history: z.array(ApplicationStep),
  days: z.array(AttendanceDay),
  /** The seeker's rating of the employer, and the employer's of her. */
  myRating: Rating.nullable(),
  ratingOfMe: Rating.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type MyApplication = z.infer<typeof MyApplication>

/**
 * An applicant as the employer sees one. Until invited, `name` is masked and `phone` null;
 * from the invitation on, both in full (each such read audited).
 */
export const Applicant = z.object({
  id: z.string(),
  postId: z.string(),
  status: ApplicationStatus,
  contactVisible: z.boolean(),
  name: z.string(),
  phone: z.string().nullable(),
  occupations: z.array(OccupationCode),
  skills: z.array(z.string()),
  certificates: z.array(z.string()),
  distanceBand: DistanceBand,
  history: z.array(ApplicationStep),
  days: z.array(AttendanceDay),
  myRating: Rating.nullable(),
  createdAt: Timestamp,
})
export type Applicant = z.infer<typeof Applicant>

/** The longest reason an employer gives the applicant it declines. */
export const declineReasonMaxLength = 200

const reason = z.string().trim().min(1, { message: 'jobs.declineReason' }).max(declineReasonMaxLength, { message: 'field.tooLong' })

/** Invite, hire, or decline with a reason the seeker will read. */
export const ApplicationDecision = z.discriminatedUnion(
  'decision',
  [
    z.strictObject({ decision: z.literal('invite') }),
    z.strictObject({ decision: z.literal('hire') }),
    z.strictObject({ decision: z.literal('decline'), reason }),
  ],
  { message: 'field.choose' },
)
export type ApplicationDecision = z.infer<typeof ApplicationDecision>

/** The code shown on the employer's page: digits only, so it can be read out or typed. */
export const CheckInCodeText = z.string().regex(/^\d{6}$/, { message: 'jobs.codeFormat' })

export const CheckInCode = z.object({ postId: z.string(), workDate: IsoDate, code: CheckInCodeText, validUntil: Timestamp })
export type CheckInCode = z.infer<typeof CheckInCode>

export const CodeEntry = z.strictObject({ code: CheckInCodeText })
export type CodeEntry = z.infer<typeof CodeEntry>

export const AttendanceConfirmation = z.strictObject({ action: z.enum(['check_in', 'check_out'], { message: 'field.choose' }) })
export type AttendanceConfirmation = z.infer<typeof AttendanceConfirmation>

export const PayStatement = z.strictObject({
  paidFen: z.number({ message: 'jobs.paidAmount' }).int({ message: 'jobs.paidAmount' }).min(0, { message: 'jobs.paidAmount' }).max(100_000_000, { message: 'jobs.paidAmount' }),
})
export type PayStatement = z.infer<typeof PayStatement>

export const PayAnswerInput = z.strictObject({ answer: PayAnswer })
export type PayAnswerInput = z.infer<typeof PayAnswerInput>

/**
 * What the seeker may add to the complaint the day prefills: the amount owed when the portal
 * cannot count it (a piece rate) or she counts otherwise, and a few words.
 */
export const DayComplaintInput = z.strictObject({
  amountOwedFen: z.number({ message: 'jobs.amountOwed' }).int({ message: 'jobs.amountOwed' }).min(100, { message: 'jobs.amountOwed' }).max(100_000_000, { message: 'jobs.amountOwed' }).optional(),
  note: z.string().trim().max(200, { message: 'field.tooLong' }).optional(),
})
export type DayComplaintInput = z.infer<typeof DayComplaintInput>
