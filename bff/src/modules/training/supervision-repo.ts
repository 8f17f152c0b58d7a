import { and, asc, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm'
import type { FlagKind } from '@renshe/shared/training/attendance'
import type { Query, Tx } from '../../db/database'
import { afterCursor } from '../../db/keyset'
import { qualified } from '../../db/qualified'
import {
  realNames,
  trainingAttendance,
  trainingCourses,
  trainingEnrolments,
  trainingFlags,
  trainingInstitutionStatus,
  trainingProgrammes,
  trainingSessions,
  trainingVouchers,
} from '../../db/schema'
import { preparedPer } from '../../platform/prepared'
import type { FlagRow } from './attendance-repo'

export type InstitutionStatusRow = typeof trainingInstitutionStatus.$inferSelect

export type FlagCounts = Record<FlagKind, number>

const statements = preparedPer((q: Query) => ({
  status: q.select().from(trainingInstitutionStatus).where(eq(trainingInstitutionStatus.institutionUserId, sql.placeholder('id'))).prepare('training_institution_status_of'),
}))

export async function institutionStatusOf(q: Query, institutionUserId: string): Promise<InstitutionStatusRow | undefined> {
  const [row] = await statements(q).status.execute({ id: institutionUserId })
  return row
}

export async function isSuspended(q: Query, institutionUserId: string): Promise<boolean> {
  return (await institutionStatusOf(q, institutionUserId))?.status === 'suspended'
}

/** `not exists` a suspension of the institution the column names: what keeps its courses out of a search. */
export function notSuspended(institutionColumn: SQL): SQL {
  const s = trainingInstitutionStatus
  return sql`not exists (select 1 from ${s} where ${qualified(s.institutionUserId)} = ${institutionColumn} and ${qualified(s.status)} = 'suspended')`
}

export async function statusesOf(q: Query, ids: readonly string[]): Promise<Map<string, InstitutionStatusRow>> {
  if (ids.length === 0) return new Map()
  const rows = await q.select().from(trainingInstitutionStatus).where(inArray(trainingInstitutionStatus.institutionUserId, [...ids]))
  return new Map(rows.map((row) => [row.institutionUserId, row]))
}

/** How many flags of each kind each of these institutions has, counted in SQL. */
export async function flagCountsOf(q: Query, ids: readonly string[]): Promise<Map<string, FlagCounts>> {
  const counts = new Map<string, FlagCounts>()
  if (ids.length === 0) return counts
  const rows = await q
    .select({ institutionUserId: trainingFlags.institutionUserId, kind: trainingFlags.kind, count: sql<number>`count(*)`.mapWith(Number) })
    .from(trainingFlags)
    .where(inArray(trainingFlags.institutionUserId, [...ids]))
    .groupBy(trainingFlags.institutionUserId, trainingFlags.kind)
    .orderBy(asc(trainingFlags.institutionUserId), asc(trainingFlags.kind))
  for (const row of rows) {
    const of = counts.get(row.institutionUserId) ?? { shared_device: 0, out_of_window: 0, below_threshold: 0 }
    of[row.kind] = row.count
    counts.set(row.institutionUserId, of)
  }
  return counts
}

/** A flag with what the officer is shown of it: the course's name, the session's date, the trainee's sealed name. */
export interface ShownFlagRow {
  readonly flag: FlagRow
  readonly courseName: string
  readonly sessionDate: string | null
  readonly nameEnc: string | null
}

/** One page (and one row more) of an institution's flags, newest first. */
export function institutionFlags(q: Query, institutionUserId: string, after: { at: string; id: string } | null, limit: number): Promise<ShownFlagRow[]> {
  const f = trainingFlags
  const conditions: SQL[] = [eq(f.institutionUserId, institutionUserId)]
  if (after) conditions.push(afterCursor(f.raisedAt, f.id, after, 'desc'))
  return q
    .select({ flag: f, courseName: trainingCourses.name, sessionDate: trainingSessions.date, nameEnc: realNames.nameEnc })
    .from(f)
    .innerJoin(trainingCourses, eq(trainingCourses.id, f.courseId))
    .leftJoin(trainingSessions, eq(trainingSessions.id, f.sessionId))
    .leftJoin(realNames, eq(realNames.userId, f.holderUserId))
    .where(and(...conditions))
    .orderBy(desc(f.raisedAt), desc(f.id))
    .limit(limit + 1)
}

/** Sets an institution's standing, whatever it was. */
export async function putInstitutionStatus(tx: Tx, row: InstitutionStatusRow): Promise<InstitutionStatusRow> {
  const { institutionUserId, ...change } = row
  const [written] = await tx
    .insert(trainingInstitutionStatus)
    .values(row)
    .onConflictDoUpdate({ target: trainingInstitutionStatus.institutionUserId, set: change })
    .returning()
  if (!written) throw new Error(`status of ${institutionUserId} was not written`)
  return written
}

/** A confirmed enrolment of an ended course whose attendance fell short of its programme's threshold. */
export interface ShortEnrolmentRow {
  readonly enrolmentId: string
  readonly holderUserId: string
  readonly courseId: string
  readonly institutionUserId: string
  readonly regionCode: string
}

/**
 * One page, by enrolment id after `afterId`, of confirmed enrolments of courses whose last
 * session was before `today` (a China date), attended below their programme's threshold
 * (attended × 100 < sessions × threshold, in integers), and not flagged for it yet.
 */
export function shortEnrolments(q: Query, today: string, afterId: string, limit: number): Promise<ShortEnrolmentRow[]> {
  const e = trainingEnrolments
  const course = qualified(e.courseId)
  const sessions = sql`(select count(*) from ${trainingSessions} where ${qualified(trainingSessions.courseId)} = ${course})`
  const lastDay = sql`(select max(${qualified(trainingSessions.date)}) from ${trainingSessions} where ${qualified(trainingSessions.courseId)} = ${course})`
  const attended = sql`(select count(*) from ${trainingAttendance} where ${qualified(trainingAttendance.enrolmentId)} = ${qualified(e.id)})`
  return q
    .select({ enrolmentId: e.id, holderUserId: e.holderUserId, courseId: e.courseId, institutionUserId: trainingCourses.institutionUserId, regionCode: trainingCourses.regionCode })
    .from(e)
    .innerJoin(trainingCourses, eq(trainingCourses.id, e.courseId))
    .innerJoin(trainingVouchers, eq(trainingVouchers.id, e.voucherId))
    .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingVouchers.programmeId))
    .where(
      and(
        eq(e.status, 'confirmed'),
        gt(e.id, afterId),
        sql`${lastDay} < ${today}`,
        sql`${attended} * 100 < ${sessions} * ${qualified(trainingProgrammes.attendanceThresholdPercent)}`,
        sql`not exists (select 1 from ${trainingFlags} where ${qualified(trainingFlags.enrolmentId)} = ${qualified(e.id)} and ${qualified(trainingFlags.kind)} = 'below_threshold')`,
      ),
    )
    .orderBy(asc(e.id))
    .limit(limit)
}
