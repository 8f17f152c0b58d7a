import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { EnrolmentStatus } from '@renshe/shared/training/courses'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import { qualified } from '../../db/qualified'
import { realNames, trainingAttendance, trainingCourses, trainingEnrolments, trainingVouchers } from '../../db/schema'
import { preparedPer } from '../../platform/prepared'

export type EnrolmentRow = typeof trainingEnrolments.$inferSelect

/** Requested or confirmed: what holds a voucher, and what a roster shows. */
export const liveEnrolment: readonly EnrolmentStatus[] = ['requested', 'confirmed']

/** An enrolment with the name and first day of its course: what its holder is shown. */
export interface CourseEnrolment {
  readonly enrolment: EnrolmentRow
  readonly courseName: string
  readonly courseStartsOn: string
}

/** An enrolment as its institution sees it: the trainee's sealed name and ID number, and her voucher's face. */
export interface RosterRow {
  readonly enrolment: EnrolmentRow
  readonly nameEnc: string | null
  readonly idNumberEnc: string | null
  readonly voucherNumber: string
  readonly payment: 'face_value' | 'offset'
  /** Sessions she checked in to. */
  readonly attended: number
}

const statements = preparedPer((q: Query) => ({
  byId: q.select().from(trainingEnrolments).where(eq(trainingEnrolments.id, sql.placeholder('id'))).prepare('training_enrolment_by_id'),
  liveOfVoucher: q
    .select()
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.voucherId, sql.placeholder('voucherId')), inArray(trainingEnrolments.status, [...liveEnrolment])))
    .prepare('training_live_enrolment_of_voucher'),
}))

const rosterColumns = {
  enrolment: trainingEnrolments,
  nameEnc: realNames.nameEnc,
  idNumberEnc: realNames.idNumberEnc,
  voucherNumber: trainingVouchers.number,
  payment: trainingVouchers.payment,
  attended: sql<number>`(select count(*) from ${trainingAttendance} where ${qualified(trainingAttendance.enrolmentId)} = ${qualified(trainingEnrolments.id)})`.mapWith(Number),
}

export async function insertEnrolment(tx: Tx, row: EnrolmentRow): Promise<void> {
  await tx.insert(trainingEnrolments).values(row)
}

export async function enrolmentById(q: Query, id: string): Promise<EnrolmentRow | undefined> {
  const [row] = await statements(q).byId.execute({ id })
  return row
}

/** The enrolment (requested or confirmed) the voucher is held by, if any: at most one, by the partial unique index. */
export async function liveEnrolmentOfVoucher(q: Query, voucherId: string): Promise<EnrolmentRow | undefined> {
  const [row] = await statements(q).liveOfVoucher.execute({ voucherId })
  return row
}

/** Reads an enrolment and holds it until the transaction ends, so a decision and a cancellation cannot cross. */
export async function lockEnrolment(tx: Tx, id: string): Promise<EnrolmentRow | undefined> {
  const [row] = await forUpdate(tx.select().from(trainingEnrolments).where(eq(trainingEnrolments.id, id)))
  return row
}

/** Moves an enrolment from the status it was read in, once: undefined when it moved meanwhile. */
export async function moveEnrolment(
  tx: Tx,
  id: string,
  from: EnrolmentStatus,
  change: Partial<Pick<EnrolmentRow, 'status' | 'decidedAt' | 'declineReason' | 'cancelledAt'>>,
): Promise<EnrolmentRow | undefined> {
  const [row] = await tx
    .update(trainingEnrolments)
    .set(change)
    .where(and(eq(trainingEnrolments.id, id), eq(trainingEnrolments.status, from)))
    .returning()
  return row
}

/** A course's requested and confirmed enrolments, in the order they came, with what the roster shows of each trainee. */
export function rosterOf(q: Query, courseId: string): Promise<RosterRow[]> {
  return q
    .select(rosterColumns)
    .from(trainingEnrolments)
    .innerJoin(trainingVouchers, eq(trainingVouchers.id, trainingEnrolments.voucherId))
    .leftJoin(realNames, eq(realNames.userId, trainingEnrolments.holderUserId))
    .where(and(eq(trainingEnrolments.courseId, courseId), inArray(trainingEnrolments.status, [...liveEnrolment])))
    .orderBy(asc(trainingEnrolments.requestedAt), asc(trainingEnrolments.id))
}

/** One enrolment with what the roster shows of its trainee. */
export async function rosterEntryOf(q: Query, id: string): Promise<RosterRow | undefined> {
  const [row] = await q
    .select(rosterColumns)
    .from(trainingEnrolments)
    .innerJoin(trainingVouchers, eq(trainingVouchers.id, trainingEnrolments.voucherId))
    .leftJoin(realNames, eq(realNames.userId, trainingEnrolments.holderUserId))
    .where(eq(trainingEnrolments.id, id))
  return row
}

/**
 * The enrolment each of these vouchers shows its holder: the live one (requested or confirmed;
 * at most one, by the partial unique index), else the latest one if it was declined — a decline
 * she has since moved past (she enrolled elsewhere and withdrew) is not shown again. One query for
 * all her vouchers: the rows come ordered so that each voucher's first row decides.
 */
export async function shownEnrolmentsOf(q: Query, voucherIds: readonly string[]): Promise<Map<string, CourseEnrolment>> {
  const shown = new Map<string, CourseEnrolment>()
  if (voucherIds.length === 0) return shown
  const e = trainingEnrolments
  const rows = await q
    .select({ enrolment: e, courseName: trainingCourses.name, courseStartsOn: trainingCourses.startsOn })
    .from(e)
    .innerJoin(trainingCourses, eq(trainingCourses.id, e.courseId))
    .where(inArray(e.voucherId, [...new Set(voucherIds)]))
    .orderBy(asc(e.voucherId), sql`case when ${qualified(e.status)} in ('requested', 'confirmed') then 0 else 1 end`, desc(e.requestedAt), desc(e.id))
  const decided = new Set<string>()
  for (const row of rows) {
    const { voucherId, status } = row.enrolment
    if (decided.has(voucherId)) continue
    decided.add(voucherId)
    if (status !== 'cancelled') shown.set(voucherId, row)
  }
  return shown
}
