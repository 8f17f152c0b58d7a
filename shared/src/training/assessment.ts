import { z } from 'zod'
import { IsoDate, Timestamp } from '../platform/primitives'
import { Course } from './courses'
import { CertificateNumber, SkillCertificate } from './certificate'
import { SkillLevel } from './schemas'
import { VoucherStatus } from './voucher-machine'

/*
 * Skill assessment and the lifelong skills record (decision 061). An assessment body of the
 * region records each trainee's result for the course's occupation and level; a pass with its
 * certificate number puts the certificate into her skills record (and her jobs profile). She
 * can share the record as a summary with a verification code, which anyone may check.
 */

/** A result as the assessment body enters it: a pass carries the certificate's number. */
export const NewAssessment = z.discriminatedUnion(
  'passed',
  [z.strictObject({ passed: z.literal(true), certificateNumber: CertificateNumber }), z.strictObject({ passed: z.literal(false) })],
  { message: 'field.choose' },
)
export type NewAssessment = z.infer<typeof NewAssessment>

export const AssessmentResult = z.object({
  passed: z.boolean(),
  certificateNumber: z.string().nullable(),
  occupationCode: z.string(),
  level: SkillLevel,
  assessedOn: IsoDate,
  assessorName: z.string(),
})
export type AssessmentResult = z.infer<typeof AssessmentResult>

/** A trainee of a course as the assessment body sees her: masked, with her attendance and any result. */
export const Candidate = z.object({
  enrolmentId: z.string(),
  traineeMaskedName: z.string(),
  idNumberMasked: z.string(),
  attended: z.number().int(),
  sessions: z.number().int(),
  result: AssessmentResult.nullable(),
})
export type Candidate = z.infer<typeof Candidate>

export const AssessmentCourse = z.object({ course: Course, items: z.array(Candidate) })
export type AssessmentCourse = z.infer<typeof AssessmentCourse>

/** A course in the assessment body's region with trainees to assess, and how many still wait for a result. */
export const AssessableCourse = Course.extend({ candidates: z.number().int(), awaiting: z.number().int() })
export type AssessableCourse = z.infer<typeof AssessableCourse>

export const AssessableCoursePage = z.object({ items: z.array(AssessableCourse), nextCursor: z.string().nullable() })
export type AssessableCoursePage = z.infer<typeof AssessableCoursePage>

/** One course in a person's skills record: where, what, how much she attended and how it ended. */
export const SkillsRecordCourse = z.object({
  enrolmentId: z.string(),
  courseName: z.string(),
  institutionName: z.string(),
  occupationCode: z.string(),
  level: SkillLevel,
  hours: z.number().int(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  attended: z.number().int(),
  sessions: z.number().int(),
  voucherNumber: z.string(),
  voucherStatus: VoucherStatus,
  result: AssessmentResult.nullable(),
})
export type SkillsRecordCourse = z.infer<typeof SkillsRecordCourse>

/** The lifelong skills record (职业技能培训档案): certificates, newest first, and every confirmed course. */
export const SkillsRecord = z.object({
  certificates: z.array(SkillCertificate),
  courses: z.array(SkillsRecordCourse),
})
export type SkillsRecord = z.infer<typeof SkillsRecord>

/** How long a shared summary can be checked: an employer checks it while hiring, not for years. */
export const skillsSummaryValidDays = 90

export const SkillsSummaryStatus = z.enum(['valid', 'expired', 'revoked'])
export type SkillsSummaryStatus = z.infer<typeof SkillsSummaryStatus>

/** What a shared summary states, frozen when it is made: the course lines carry no voucher. */
export const SkillsSummaryCourse = SkillsRecordCourse.omit({ enrolmentId: true, voucherNumber: true, voucherStatus: true })
export type SkillsSummaryCourse = z.infer<typeof SkillsSummaryCourse>

/** What an employer sees for a code: the masked name and what was frozen in the summary. */
export const SkillsSummaryVerification = z.object({
  verificationCode: z.string(),
  maskedName: z.string(),
  certificates: z.array(SkillCertificate.omit({ id: true })),
  courses: z.array(SkillsSummaryCourse),
  status: SkillsSummaryStatus,
  issuedAt: Timestamp,
  expiresAt: Timestamp,
})
export type SkillsSummaryVerification = z.infer<typeof SkillsSummaryVerification>

/** A summary as its holder sees it: what the employer sees, and the link and QR code to hand over. */
export const SkillsSummary = SkillsSummaryVerification.extend({
  id: z.string(),
  verifyUrl: z.string(),
  /** PNG QR code of `verifyUrl`, as a data URL an `<Image>` shows directly. */
  qrDataUrl: z.string(),
})
export type SkillsSummary = z.infer<typeof SkillsSummary>
