import { z } from 'zod'
import { RegionCode } from '../identity/roles'
import { IsoDate, Timestamp } from '../platform/primitives'
import { Course, CourseSession } from './courses'
import { Enrolment } from './enrolment'

/*
 * Attendance at a course's sessions, and the supervision of institutions (decision 061). The
 * institution shows a rotating code on its own screen (a time-based one-time password of the
 * session, RFC 6238); the trainee scans it, or types its six digits, inside the session's
 * window, from her own phone. What looks like someone checking in for someone else is refused
 * and flagged for the region's officers, who can suspend an institution.
 */

export const attendanceRules = {
  /** The code changes every 30 s (RFC 6238's default step). */
  codeStepSeconds: 30,
  codeDigits: 6,
  /** A code of the step just before still checks in: a scan as the code turns over is not lost. */
  acceptedPastSteps: 1,
  /** Check-in opens this long before the session starts and closes when it ends. */
  opensMinutesBefore: 15,
  /** The institution's screen can show the code from this long before the start to this long after the end. */
  codeShownMinutesAround: 60,
  /** A programme's share of sessions a trainee must attend unless it says otherwise (percent). */
  defaultThresholdPercent: 80,
} as const

/** What the institution's QR code holds: a prefix, the session and its current code. */
export const checkInPayloadPrefix = 'renshe-checkin'

export function checkInPayload(sessionId: string, code: string): string {
  return `${checkInPayloadPrefix}:${sessionId}:${code}`
}

/** The session and code a scanned text names; null for anything else (another QR code, a URL). */
export function parseCheckInPayload(text: string): { sessionId: string; code: string } | null {
  const match = /^renshe-checkin:([A-Za-z0-9_-]{1,64}):(\d{6})$/.exec(text.trim())
  return match ? { sessionId: match[1]!, code: match[2]! } : null
}

/** The code an institution's screen shows now for one of its sessions, and until when. */
export const SessionCode = z.object({
  sessionId: z.string(),
  courseId: z.string(),
  courseName: z.string(),
  session: CourseSession,
  code: z.string(),
  /** `checkInPayload(sessionId, code)` as a PNG QR code, a data URL an `<Image>` shows directly. */
  qrDataUrl: z.string(),
  /** When this code stops being shown (the end of its step): the screen asks for the next one then. */
  validUntil: Timestamp,
  /** Trainees checked in to this session so far, of the confirmed roster. */
  checkedIn: z.number().int(),
  rosterSize: z.number().int(),
})
export type SessionCode = z.infer<typeof SessionCode>

/**
 * A device's own random id: made once by the client, kept in its storage, sent with each
 * check-in. The server keeps only a keyed hash of it.
 */
export const DeviceId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { message: 'field.invalid' })

export const NewCheckIn = z.strictObject({
  code: z.string({ message: 'training.codeFormat' }).trim().regex(/^\d{6}$/, { message: 'training.codeFormat' }),
  deviceId: DeviceId,
})
export type NewCheckIn = z.infer<typeof NewCheckIn>

/** A trainee's attendance at one session. */
export const Attendance = z.object({
  sessionId: z.string(),
  enrolmentId: z.string(),
  checkedInAt: Timestamp,
})
export type Attendance = z.infer<typeof Attendance>

/** A session as the trainee sees it: when check-in is open, and whether she is checked in. */
export const MySession = z.object({
  session: CourseSession,
  opensAt: Timestamp,
  closesAt: Timestamp,
  checkedInAt: Timestamp.nullable(),
})
export type MySession = z.infer<typeof MySession>

/** One enrolment with its course, every session and her attendance: the trainee's check-in page. */
export const MyEnrolment = z.object({
  enrolment: Enrolment,
  course: Course,
  sessions: z.array(MySession),
  attended: z.number().int(),
  /** The programme's threshold: the share of sessions to attend, in percent. */
  thresholdPercent: z.number().int(),
})
export type MyEnrolment = z.infer<typeof MyEnrolment>

/**
 * What supervision flags: `shared_device` — one device checking in a second trainee of the same
 * session (refused); `out_of_window` — a check-in with a good code outside the session's window
 * (refused); `below_threshold` — a trainee whose course ended with attendance below the
 * programme's threshold (raised by the training job).
 */
export const FlagKind = z.enum(['shared_device', 'out_of_window', 'below_threshold'])
export type FlagKind = z.infer<typeof FlagKind>

export const InstitutionStatus = z.enum(['active', 'suspended'])
export type InstitutionStatus = z.infer<typeof InstitutionStatus>

/** One institution of the officer's region as supervision sees it: its status and how many flags of each kind. */
export const SupervisedInstitution = z.object({
  id: z.string(),
  name: z.string(),
  regionCode: RegionCode,
  status: InstitutionStatus,
  /** Why it was suspended; null when active. */
  suspendedReason: z.string().nullable(),
  suspendedAt: Timestamp.nullable(),
  flags: z.object({ shared_device: z.number().int(), out_of_window: z.number().int(), below_threshold: z.number().int() }),
})
export type SupervisedInstitution = z.infer<typeof SupervisedInstitution>

export const SupervisionOverview = z.object({ items: z.array(SupervisedInstitution) })
export type SupervisionOverview = z.infer<typeof SupervisionOverview>

/** One flag, the trainee masked. */
export const SupervisionFlag = z.object({
  id: z.string(),
  kind: FlagKind,
  courseId: z.string(),
  courseName: z.string(),
  /** The session it was raised at; null for `below_threshold`, which is about the whole course. */
  sessionDate: IsoDate.nullable(),
  traineeMaskedName: z.string(),
  raisedAt: Timestamp,
})
export type SupervisionFlag = z.infer<typeof SupervisionFlag>

export const InstitutionFlags = z.object({ institution: SupervisedInstitution, items: z.array(SupervisionFlag), nextCursor: z.string().nullable() })
export type InstitutionFlags = z.infer<typeof InstitutionFlags>

export const suspensionReasonMaxLength = 200

export const Suspension = z.strictObject({
  reason: z.string().trim().min(1, { message: 'field.required' }).max(suspensionReasonMaxLength, { message: 'field.tooLong' }),
})
export type Suspension = z.infer<typeof Suspension>
