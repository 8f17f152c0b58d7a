import { z } from 'zod'
import { IsoDate, Timestamp } from '../platform/primitives'

/*
 * An enrolment with a voucher (decision 060), in a file of its own: the holder's voucher carries
 * it (`Voucher.enrolment`), and what only shows vouchers must not pull in the occupation table
 * that the course form (courses.ts) checks against.
 */

export const EnrolmentStatus = z.enum(['requested', 'confirmed', 'declined', 'cancelled'])
export type EnrolmentStatus = z.infer<typeof EnrolmentStatus>

export const Enrolment = z.object({
  id: z.string(),
  courseId: z.string(),
  courseName: z.string(),
  /** The course's first day: until then the holder may still withdraw. */
  courseStartsOn: IsoDate,
  voucherId: z.string(),
  status: EnrolmentStatus,
  requestedAt: Timestamp,
  decidedAt: Timestamp.nullable(),
  /** Why the institution declined; null otherwise. */
  declineReason: z.string().nullable(),
})
export type Enrolment = z.infer<typeof Enrolment>
