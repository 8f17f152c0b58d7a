import { and, asc, eq, ne, sql } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { trainingAttendance, trainingEnrolments, trainingFlags, trainingSessions } from '../../db/schema'
import { preparedPer } from '../../platform/prepared'
import type { SessionRow } from './courses-repo'
import type { EnrolmentRow } from './enrolments-repo'

export type AttendanceRow = typeof trainingAttendance.$inferSelect
export type FlagRow = typeof trainingFlags.$inferSelect

const statements = preparedPer((q: Query) => ({
  session: q.select().from(trainingSessions).where(eq(trainingSessions.id, sql.placeholder('id'))).prepare('training_session_by_id'),
  confirmedOf: q
    .select()
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.courseId, sql.placeholder('courseId')), eq(trainingEnrolments.holderUserId, sql.placeholder('holderUserId')), eq(trainingEnrolments.status, 'confirmed')))
    .prepare('training_confirmed_enrolment_of'),
  attendance: q
    .select()
    .from(trainingAttendance)
    .where(and(eq(trainingAttendance.sessionId, sql.placeholder('sessionId')), eq(trainingAttendance.enrolmentId, sql.placeholder('enrolmentId'))))
    .prepare('training_attendance_of'),
  checkedIn: q
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(trainingAttendance)
    .where(eq(trainingAttendance.sessionId, sql.placeholder('sessionId')))
    .prepare('training_attendance_count'),
}))

export async function sessionById(q: Query, id: string): Promise<SessionRow | undefined> {
  const [row] = await statements(q).session.execute({ id })
  return row
}

/** Her confirmed enrolment in the course, if she is on its roster (a voucher serves one live enrolment, so at most one). */
export async function confirmedEnrolmentOf(q: Query, courseId: string, holderUserId: string): Promise<EnrolmentRow | undefined> {
  const [row] = await statements(q).confirmedOf.execute({ courseId, holderUserId })
  return row
}

export async function attendanceOf(q: Query, sessionId: string, enrolmentId: string): Promise<AttendanceRow | undefined> {
  const [row] = await statements(q).attendance.execute({ sessionId, enrolmentId })
  return row
}

export async function checkedInCount(q: Query, sessionId: string): Promise<number> {
  const [row] = await statements(q).checkedIn.execute({ sessionId })
  return row?.count ?? 0
}

/** A check-in to the session of another enrolment from the same device (by its keyed hash), if any. */
export async function otherOnDevice(q: Query, sessionId: string, deviceHash: string, enrolmentId: string): Promise<AttendanceRow | undefined> {
  const [row] = await q
    .select()
    .from(trainingAttendance)
    .where(and(eq(trainingAttendance.sessionId, sessionId), eq(trainingAttendance.deviceHash, deviceHash), ne(trainingAttendance.enrolmentId, enrolmentId)))
    .limit(1)
  return row
}

/** Every check-in of one enrolment. */
export function attendanceOfEnrolment(q: Query, enrolmentId: string): Promise<AttendanceRow[]> {
  return q.select().from(trainingAttendance).where(eq(trainingAttendance.enrolmentId, enrolmentId)).orderBy(asc(trainingAttendance.checkedInAt), asc(trainingAttendance.id))
}

/** Writes a check-in; the unique index on session and enrolment refuses a second one. */
export async function insertAttendance(tx: Tx, row: AttendanceRow): Promise<void> {
  await tx.insert(trainingAttendance).values(row)
}

export async function insertFlag(tx: Tx, row: FlagRow): Promise<void> {
  await tx.insert(trainingFlags).values(row)
}

/**
 * Writes `below_threshold` flags, each at most once per enrolment (the partial unique index):
 * a flag raised before is left as it was. Returns those written now.
 */
export function insertFlagsOnce(tx: Tx, rows: readonly FlagRow[]): Promise<{ id: string; holderUserId: string }[]> {
  if (rows.length === 0) return Promise.resolve([])
  return tx.insert(trainingFlags).values([...rows]).onConflictDoNothing().returning({ id: trainingFlags.id, holderUserId: trainingFlags.holderUserId })
}
