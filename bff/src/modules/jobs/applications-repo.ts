import { and, asc, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm'
import type { ApplicationStatus } from '@renshe/shared/jobs/applications'
import type { Query, Tx } from '../../db/database'
import { afterCursor } from '../../db/keyset'
import { forUpdate } from '../../db/locks'
import { employers, jobApplications, jobAttendance, jobPosts, jobRatings, realNames } from '../../db/schema'
import type { PostCursor } from './posts-repo'

export type ApplicationRow = typeof jobApplications.$inferSelect
export type AttendanceRow = typeof jobAttendance.$inferSelect
export type RatingRow = typeof jobRatings.$inferSelect

export async function insertApplication(tx: Tx, row: ApplicationRow): Promise<ApplicationRow> {
  await tx.insert(jobApplications).values(row)
  return row
}

export async function applicationById(q: Query, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await q.select().from(jobApplications).where(eq(jobApplications.id, id))
  return row
}

export async function applicationOf(q: Query, postId: string, seekerUserId: string): Promise<ApplicationRow | undefined> {
  const [row] = await q
    .select()
    .from(jobApplications)
    .where(and(eq(jobApplications.postId, postId), eq(jobApplications.seekerUserId, seekerUserId)))
  return row
}

/** A seeker's applications, newest first. */
export function applicationsOfSeeker(q: Query, seekerUserId: string, after: PostCursor | null, limit: number): Promise<ApplicationRow[]> {
  const conditions: SQL[] = [eq(jobApplications.seekerUserId, seekerUserId)]
  if (after) conditions.push(afterCursor(jobApplications.createdAt, jobApplications.id, after, 'desc'))
  return q.select().from(jobApplications).where(and(...conditions)).orderBy(desc(jobApplications.createdAt), desc(jobApplications.id)).limit(limit)
}

/** The applications to one post, newest first. */
export function applicationsOfPost(q: Query, postId: string, after: PostCursor | null, limit: number, status?: ApplicationStatus): Promise<ApplicationRow[]> {
  const conditions: SQL[] = [eq(jobApplications.postId, postId)]
  if (status) conditions.push(eq(jobApplications.status, status))
  if (after) conditions.push(afterCursor(jobApplications.createdAt, jobApplications.id, after, 'desc'))
  return q.select().from(jobApplications).where(and(...conditions)).orderBy(desc(jobApplications.createdAt), desc(jobApplications.id)).limit(limit)
}

/**
 * The applications one person sent for the seeker that no employer has acted on yet, oldest
 * first: those grid staff sent for a kept person, when she refuses what they kept (decision 058).
 */
export function pendingAppliedBy(q: Query, seekerUserId: string, appliedByUserId: string): Promise<ApplicationRow[]> {
  return q
    .select()
    .from(jobApplications)
    .where(and(eq(jobApplications.seekerUserId, seekerUserId), eq(jobApplications.appliedByUserId, appliedByUserId), eq(jobApplications.status, 'applied')))
    .orderBy(asc(jobApplications.createdAt), asc(jobApplications.id))
}

/**
 * Locks the post until the transaction ends: every hire for it queues here, so the count of
 * hires read next is the count the hire is added to.
 */
export async function lockPostForHiring(tx: Tx, postId: string): Promise<void> {
  await forUpdate(tx.select({ id: jobPosts.id }).from(jobPosts).where(eq(jobPosts.id, postId)))
}

export async function hiredCount(q: Query, postId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(jobApplications)
    .where(and(eq(jobApplications.postId, postId), eq(jobApplications.status, 'hired')))
  return row?.n ?? 0
}

/**
 * Moves an application on, only from the status it was read in: of two employers' clicks at
 * once, the second changes nothing. Undefined when nothing changed.
 */
export async function moveApplication(
  tx: Tx,
  id: string,
  from: ApplicationStatus,
  changes: Pick<ApplicationRow, 'status' | 'history' | 'updatedAt'> & Partial<Pick<ApplicationRow, 'hiredAt'>>,
): Promise<ApplicationRow | undefined> {
  const [row] = await tx
    .update(jobApplications)
    .set(changes)
    .where(and(eq(jobApplications.id, id), eq(jobApplications.status, from)))
    .returning()
  return row
}

/**
 * Re-opens a withdrawn application as a new one of the person applying (decision 058), only
 * while it is still withdrawn: of two re-applications at once, the second changes nothing.
 * Undefined when nothing changed.
 */
export async function reopenWithdrawnApplication(
  tx: Tx,
  id: string,
  changes: Pick<ApplicationRow, 'appliedByUserId' | 'occupations' | 'skills' | 'certificates' | 'distanceBand' | 'history' | 'createdAt' | 'updatedAt'>,
): Promise<ApplicationRow | undefined> {
  const [row] = await tx
    .update(jobApplications)
    .set({ ...changes, status: 'applied' })
    .where(and(eq(jobApplications.id, id), eq(jobApplications.status, 'withdrawn')))
    .returning()
  return row
}

/** The sealed name and phone of a person's real-name record. */
export async function sealedContactsOf(q: Query, userIds: readonly string[]): Promise<Map<string, { nameEnc: string; phoneEnc: string | null }>> {
  if (userIds.length === 0) return new Map()
  const rows = await q
    .select({ userId: realNames.userId, nameEnc: realNames.nameEnc, phoneEnc: realNames.phoneEnc })
    .from(realNames)
    .where(inArray(realNames.userId, [...new Set(userIds)]))
  return new Map(rows.map((row) => [row.userId, { nameEnc: row.nameEnc, phoneEnc: row.phoneEnc }]))
}

/** The organisation as a complaint names it. */
export async function organisationOf(q: Query, id: string): Promise<{ id: string; name: string; creditCode: string } | undefined> {
  const [row] = await q.select({ id: employers.id, name: employers.name, creditCode: employers.creditCode }).from(employers).where(eq(employers.id, id))
  return row
}

// ——— days worked ———

export async function insertAttendance(tx: Tx, row: AttendanceRow): Promise<void> {
  await tx.insert(jobAttendance).values(row)
}

export async function attendanceById(q: Query, id: string): Promise<AttendanceRow | undefined> {
  const [row] = await q.select().from(jobAttendance).where(eq(jobAttendance.id, id))
  return row
}

export async function attendanceOn(q: Query, applicationId: string, workDate: string): Promise<AttendanceRow | undefined> {
  const [row] = await q
    .select()
    .from(jobAttendance)
    .where(and(eq(jobAttendance.applicationId, applicationId), eq(jobAttendance.workDate, workDate)))
    .limit(1)
  return row
}

/** The days worked of the given applications, oldest first. */
export function attendanceOfApplications(q: Query, applicationIds: readonly string[]): Promise<AttendanceRow[]> {
  if (applicationIds.length === 0) return Promise.resolve([])
  return q
    .select()
    .from(jobAttendance)
    .where(inArray(jobAttendance.applicationId, [...new Set(applicationIds)]))
    .orderBy(jobAttendance.workDate, jobAttendance.id)
}

type AttendanceChange = Partial<Omit<AttendanceRow, 'id' | 'applicationId' | 'workDate'>> & Pick<AttendanceRow, 'updatedAt'>

/** Checks out, only while not checked out yet. */
export async function checkOutRow(tx: Tx, id: string, changes: AttendanceChange): Promise<AttendanceRow | undefined> {
  const [row] = await tx
    .update(jobAttendance)
    .set(changes)
    .where(and(eq(jobAttendance.id, id), isNull(jobAttendance.checkOutAt)))
    .returning()
  return row
}

/** States the amount paid, only once. */
export async function statePaidRow(tx: Tx, id: string, changes: AttendanceChange): Promise<AttendanceRow | undefined> {
  const [row] = await tx
    .update(jobAttendance)
    .set(changes)
    .where(and(eq(jobAttendance.id, id), isNull(jobAttendance.paidStatedAt)))
    .returning()
  return row
}

/** Records the seeker's answer on the pay, only once. */
export async function answerPayRow(tx: Tx, id: string, changes: AttendanceChange): Promise<AttendanceRow | undefined> {
  const [row] = await tx
    .update(jobAttendance)
    .set(changes)
    .where(and(eq(jobAttendance.id, id), isNull(jobAttendance.payAnswer)))
    .returning()
  return row
}

/** Links the wages case opened about the day, only the first. */
export async function linkComplaintRow(tx: Tx, id: string, changes: AttendanceChange): Promise<AttendanceRow | undefined> {
  const [row] = await tx
    .update(jobAttendance)
    .set(changes)
    .where(and(eq(jobAttendance.id, id), isNull(jobAttendance.complaintCaseId)))
    .returning()
  return row
}

// ——— ratings ———

export async function insertRating(tx: Tx, row: RatingRow): Promise<void> {
  await tx.insert(jobRatings).values(row)
}

export function ratingsOfApplications(q: Query, applicationIds: readonly string[]): Promise<RatingRow[]> {
  if (applicationIds.length === 0) return Promise.resolve([])
  return q
    .select()
    .from(jobRatings)
    .where(inArray(jobRatings.applicationId, [...new Set(applicationIds)]))
}
