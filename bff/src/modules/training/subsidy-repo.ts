import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { SubsidyStatus } from '@renshe/shared/training/subsidy'
import type { SubsidyHad } from '@renshe/shared/training/subsidy-rules'
import type { Query, Tx } from '../../db/database'
import { afterCursor } from '../../db/keyset'
import { realNames, skillCertificates, trainingCourses, trainingEnrolments, trainingProgrammes, trainingSubsidies, trainingVouchers, users } from '../../db/schema'
import { inRegionScope } from '../../platform/region-scope'

export type SubsidyRow = typeof trainingSubsidies.$inferSelect
export type SkillCertificateRow = typeof skillCertificates.$inferSelect

/** Where a time-ordered page starts: after this application. */
export type SubsidyCursor = { readonly at: string; readonly id: string } | null

/** An application and subsidy counts against the rules (and holds its voucher) from applied until declined. */
export const liveSubsidy: readonly SubsidyStatus[] = ['applied', 'approved', 'paid']

/** An application with what its readers are shown of it: names read in the same query, the trainee's sealed. */
export interface SubsidyViewRow {
  readonly subsidy: SubsidyRow
  readonly voucherNumber: string
  readonly programmeName: string
  readonly courseName: string
  readonly institutionName: string | null
  readonly nameEnc: string | null
}

function views(q: Query) {
  return q
    .select({
      subsidy: trainingSubsidies,
      voucherNumber: trainingVouchers.number,
      programmeName: trainingProgrammes.name,
      courseName: trainingCourses.name,
      institutionName: users.organization,
      nameEnc: realNames.nameEnc,
    })
    .from(trainingSubsidies)
    .innerJoin(trainingVouchers, eq(trainingVouchers.id, trainingSubsidies.voucherId))
    .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingSubsidies.programmeId))
    .innerJoin(trainingEnrolments, eq(trainingEnrolments.id, trainingSubsidies.enrolmentId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingEnrolments.courseId))
    .innerJoin(users, eq(users.id, trainingSubsidies.institutionUserId))
    .leftJoin(realNames, eq(realNames.userId, trainingSubsidies.holderUserId))
}

export async function insertSubsidy(tx: Tx, row: SubsidyRow): Promise<void> {
  await tx.insert(trainingSubsidies).values(row)
}

export async function subsidyViewById(q: Query, id: string): Promise<SubsidyViewRow | undefined> {
  const [row] = await views(q).where(eq(trainingSubsidies.id, id))
  return row
}

export function subsidyViewsByIds(q: Query, ids: readonly string[]): Promise<SubsidyViewRow[]> {
  if (ids.length === 0) return Promise.resolve([])
  return views(q).where(inArray(trainingSubsidies.id, [...ids]))
}

export async function subsidyById(q: Query, id: string): Promise<SubsidyRow | undefined> {
  const [row] = await q.select().from(trainingSubsidies).where(eq(trainingSubsidies.id, id))
  return row
}

/** The voucher's live application, if any (at most one, by the partial unique index), else its latest one. */
export async function currentSubsidyOfVoucher(q: Query, voucherId: string): Promise<SubsidyViewRow | undefined> {
  const [row] = await views(q)
    .where(eq(trainingSubsidies.voucherId, voucherId))
    .orderBy(sql`case when ${trainingSubsidies.status} in ('applied', 'approved', 'paid') then 0 else 1 end`, desc(trainingSubsidies.appliedAt), desc(trainingSubsidies.id))
    .limit(1)
  return row
}

export async function liveSubsidyOfVoucher(q: Query, voucherId: string): Promise<SubsidyRow | undefined> {
  const [row] = await q
    .select()
    .from(trainingSubsidies)
    .where(and(eq(trainingSubsidies.voucherId, voucherId), inArray(trainingSubsidies.status, [...liveSubsidy])))
  return row
}

/** The subsidies a person has (applied, approved or paid): what Zhejiang's rules are checked against. */
export function subsidiesHadBy(q: Query, holderUserId: string): Promise<SubsidyHad[]> {
  return q
    .select({ occupationCode: trainingSubsidies.occupationCode, level: trainingSubsidies.level, appliedOn: trainingSubsidies.appliedOn })
    .from(trainingSubsidies)
    .where(and(eq(trainingSubsidies.holderUserId, holderUserId), inArray(trainingSubsidies.status, [...liveSubsidy])))
}

/** The certificate a result put into her skills record: its issue date starts the 12 months to apply. */
export async function certificateOfAssessment(q: Query, assessmentId: string): Promise<SkillCertificateRow | undefined> {
  const [row] = await q.select().from(skillCertificates).where(eq(skillCertificates.assessmentId, assessmentId))
  return row
}

/** One page (and one row more) of an institution's applications, newest first. */
export function institutionSubsidies(q: Query, institutionUserId: string, after: SubsidyCursor, limit: number): Promise<SubsidyViewRow[]> {
  const conditions: SQL[] = [eq(trainingSubsidies.institutionUserId, institutionUserId)]
  if (after) conditions.push(afterCursor(trainingSubsidies.appliedAt, trainingSubsidies.id, after, 'desc'))
  return views(q)
    .where(and(...conditions))
    .orderBy(desc(trainingSubsidies.appliedAt), desc(trainingSubsidies.id))
    .limit(limit + 1)
}

/** One page (and one row more) of the applications of an officer's region of one status, oldest first: the order they are decided in. */
export function regionSubsidies(q: Query, officerRegion: string, status: SubsidyStatus, after: SubsidyCursor, limit: number): Promise<SubsidyViewRow[]> {
  const conditions: SQL[] = [inRegionScope(trainingSubsidies.regionCode, officerRegion), eq(trainingSubsidies.status, status)]
  if (after) conditions.push(afterCursor(trainingSubsidies.appliedAt, trainingSubsidies.id, after, 'asc'))
  return views(q)
    .where(and(...conditions))
    .orderBy(asc(trainingSubsidies.appliedAt), asc(trainingSubsidies.id))
    .limit(limit + 1)
}

/** Decides an application still `applied`, once: undefined when it was decided meanwhile. */
export async function decideSubsidyRow(tx: Tx, id: string, change: Pick<SubsidyRow, 'status' | 'decidedAt' | 'decidedByUserId'> & Partial<Pick<SubsidyRow, 'declineReason'>>): Promise<SubsidyRow | undefined> {
  const [row] = await tx
    .update(trainingSubsidies)
    .set(change)
    .where(and(eq(trainingSubsidies.id, id), eq(trainingSubsidies.status, 'applied')))
    .returning()
  return row
}
