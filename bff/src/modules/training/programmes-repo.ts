import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm'
import type { ProgrammeStatus, TrainingInstitution } from '@renshe/shared/training/schemas'
import type { Query, Tx } from '../../db/database'
import { afterCursor } from '../../db/keyset'
import { forUpdate } from '../../db/locks'
import { qualified } from '../../db/qualified'
import { trainingProgrammes, trainingSubsidies, trainingVouchers, users } from '../../db/schema'
import { preparedPer } from '../../platform/prepared'
import { inRegionScope } from '../../platform/region-scope'

export type ProgrammeRow = typeof trainingProgrammes.$inferSelect

/** What became of a programme's vouchers, counted in SQL. */
export interface VoucherCounts {
  readonly claimed: number
  readonly expired: number
  readonly withdrawn: number
}

/** What a programme's subsidies come to, integer fen: waiting to be decided, approved and not yet paid, and paid. */
export interface SubsidyMoney {
  readonly appliedFen: number
  readonly committedFen: number
  readonly paidFen: number
}

const statements = preparedPer((q: Query) => ({
  byId: q.select().from(trainingProgrammes).where(eq(trainingProgrammes.id, sql.placeholder('id'))).prepare('training_programme_by_id'),
}))

export async function insertProgramme(tx: Tx, row: ProgrammeRow): Promise<void> {
  await tx.insert(trainingProgrammes).values(row)
}

export async function programmeById(q: Query, id: string): Promise<ProgrammeRow | undefined> {
  const [row] = await statements(q).byId.execute({ id })
  return row
}

/** One page of the programmes of an officer's region of one status, newest first. */
export function regionProgrammes(q: Query, officerRegion: string, status: ProgrammeStatus, after: { at: string; id: string } | null, limit: number): Promise<ProgrammeRow[]> {
  const conditions: SQL[] = [inRegionScope(trainingProgrammes.regionCode, officerRegion), eq(trainingProgrammes.status, status)]
  if (after) conditions.push(afterCursor(trainingProgrammes.createdAt, trainingProgrammes.id, after, 'desc'))
  return q
    .select()
    .from(trainingProgrammes)
    .where(and(...conditions))
    .orderBy(desc(trainingProgrammes.createdAt), desc(trainingProgrammes.id))
    .limit(limit + 1)
}

/**
 * Takes one voucher from a programme: one conditional update, so that of any number of claims
 * and pushes at once no more succeed than the programme holds, on either engine (on PostgreSQL
 * the row lock makes the others wait and check `issued` again). False when none is left, the
 * programme is closed, or its last day (`today`, a China date) has passed.
 */
export async function takeVoucher(tx: Tx, programmeId: string, today: string): Promise<boolean> {
  const taken = await tx
    .update(trainingProgrammes)
    .set({ issued: sql`${trainingProgrammes.issued} + 1` })
    .where(
      and(
        eq(trainingProgrammes.id, programmeId),
        eq(trainingProgrammes.status, 'open'),
        lt(trainingProgrammes.issued, trainingProgrammes.quantity),
        gte(trainingProgrammes.validUntil, today),
      ),
    )
    .returning({ id: trainingProgrammes.id })
  return taken.length === 1
}

/** Reads a programme and holds it until the transaction ends, so that two approvals of institutions at once both count. */
export async function lockProgramme(tx: Tx, id: string): Promise<ProgrammeRow | undefined> {
  const [row] = await forUpdate(tx.select().from(trainingProgrammes).where(eq(trainingProgrammes.id, id)))
  return row
}

/** Sets a programme's approved institutions (the caller read them under `lockProgramme`). */
export async function setProgrammeInstitutions(tx: Tx, id: string, institutionIds: readonly string[]): Promise<ProgrammeRow | undefined> {
  const [row] = await tx
    .update(trainingProgrammes)
    .set({ institutionIds: [...institutionIds] })
    .where(eq(trainingProgrammes.id, id))
    .returning()
  return row
}

/** Closes a programme once: undefined when it was closed already. */
export async function closeProgrammeRow(tx: Tx, id: string, at: string): Promise<ProgrammeRow | undefined> {
  const [row] = await tx
    .update(trainingProgrammes)
    .set({ status: 'closed', closedAt: at })
    .where(and(eq(trainingProgrammes.id, id), eq(trainingProgrammes.status, 'open')))
    .returning()
  return row
}

/**
 * The vouchers of each programme by what became of them, as the holder would see them on
 * `today`: a voucher past its last day and never spent counts as expired even before the job
 * has ended it (the shared `statusOn`). Claimed: taken up by its holder and not ended.
 */
export async function voucherCountsOf(q: Query, programmeIds: readonly string[], today: string): Promise<Map<string, VoucherCounts>> {
  if (programmeIds.length === 0) return new Map()
  const v = trainingVouchers
  const lapsed = sql`(${qualified(v.status)} in ('issued', 'claimed') and ${qualified(v.validUntil)} < ${today})`
  const rows = await q
    .select({
      programmeId: v.programmeId,
      claimed: sql<number>`coalesce(sum(case when ${qualified(v.claimedAt)} is not null and ${qualified(v.status)} not in ('expired', 'withdrawn') and not ${lapsed} then 1 else 0 end), 0)`.mapWith(Number),
      expired: sql<number>`coalesce(sum(case when ${qualified(v.status)} = 'expired' or ${lapsed} then 1 else 0 end), 0)`.mapWith(Number),
      withdrawn: sql<number>`coalesce(sum(case when ${qualified(v.status)} = 'withdrawn' then 1 else 0 end), 0)`.mapWith(Number),
    })
    .from(v)
    .where(inArray(v.programmeId, [...programmeIds]))
    .groupBy(v.programmeId)
    .orderBy(asc(v.programmeId))
  return new Map(rows.map(({ programmeId, ...counts }) => [programmeId, counts]))
}

/** The subsidies of each programme by where they stand, summed in one grouped query (decision 063). */
export async function subsidyMoneyOf(q: Query, programmeIds: readonly string[]): Promise<Map<string, SubsidyMoney>> {
  if (programmeIds.length === 0) return new Map()
  const s = trainingSubsidies
  const sumOf = (status: string) => sql<number>`coalesce(sum(case when ${qualified(s.status)} = ${status} then ${qualified(s.amountFen)} else 0 end), 0)`.mapWith(Number)
  const rows = await q
    .select({ programmeId: s.programmeId, appliedFen: sumOf('applied'), committedFen: sumOf('approved'), paidFen: sumOf('paid') })
    .from(s)
    .where(inArray(s.programmeId, [...programmeIds]))
    .groupBy(s.programmeId)
    .orderBy(asc(s.programmeId))
  return new Map(rows.map(({ programmeId, ...money }) => [programmeId, money]))
}

/**
 * What a programme has committed to subsidies: approved (not yet paid) and paid. The approval
 * that reads it holds the programme's budget lock, so no other approval counts beside it.
 */
export async function spentOrCommittedFenOf(tx: Tx, programmeId: string): Promise<number> {
  const s = trainingSubsidies
  const [row] = await tx
    .select({ total: sql<number>`coalesce(sum(${qualified(s.amountFen)}), 0)`.mapWith(Number) })
    .from(s)
    .where(and(eq(s.programmeId, programmeId), inArray(s.status, ['approved', 'paid'])))
  return row?.total ?? 0
}

/**
 * The open general programmes whose region covers a person's (given as the county, city and
 * province codes that do: `regionsCovering`), with vouchers left and not past their last day,
 * of which she holds no voucher; newest first.
 */
export function claimableProgrammes(q: Query, coveringRegions: readonly string[], holderUserId: string, today: string, limit: number): Promise<ProgrammeRow[]> {
  const p = trainingProgrammes
  return q
    .select()
    .from(p)
    .where(
      and(
        inArray(p.regionCode, [...coveringRegions]),
        eq(p.status, 'open'),
        eq(p.reach, 'general'),
        lt(p.issued, p.quantity),
        gte(p.validUntil, today),
        sql`not exists (select 1 from ${trainingVouchers} where ${qualified(trainingVouchers.programmeId)} = ${qualified(p.id)} and ${qualified(trainingVouchers.holderUserId)} = ${holderUserId})`,
      ),
    )
    .orderBy(desc(p.createdAt), desc(p.id))
    .limit(limit)
}

/** Open targeted programmes with vouchers left and not past their last day, oldest first: what the push job works through. */
export function pushableProgrammes(q: Query, today: string): Promise<ProgrammeRow[]> {
  const p = trainingProgrammes
  return q
    .select()
    .from(p)
    .where(and(eq(p.status, 'open'), eq(p.reach, 'targeted'), lt(p.issued, p.quantity), gte(p.validUntil, today)))
    .orderBy(asc(p.createdAt), asc(p.id))
}

/**
 * Accounts with a region in the officer's scope, by organisation name. Accounts carry a region
 * only when they are staff, officials or organisations (never a citizen's), so these are few;
 * the caller keeps the institutions among them (roles are a JSON list, read whole).
 */
export function regionAccounts(q: Query, officerRegion: string): Promise<{ id: string; roles: string[]; regionCode: string | null; organization: string | null }[]> {
  return q
    .select({ id: users.id, roles: users.roles, regionCode: users.regionCode, organization: users.organization })
    .from(users)
    .where(inRegionScope(users.regionCode, officerRegion))
    .orderBy(asc(users.organization), asc(users.id))
}

/** The accounts of these ids, with their roles, region and organisation's name. */
export function accountsByIds(q: Query, ids: readonly string[]): Promise<{ id: string; roles: string[]; regionCode: string | null; organization: string | null }[]> {
  if (ids.length === 0) return Promise.resolve([])
  return q
    .select({ id: users.id, roles: users.roles, regionCode: users.regionCode, organization: users.organization })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]))
    .orderBy(asc(users.id))
}

/** Institutions by account id, with their names: what a set of answers needs, read in one query. */
export type InstitutionNames = ReadonlyMap<string, TrainingInstitution>

/**
 * The institution accounts among these ids, with the name of their organisation and their
 * region, in one query for everything an answer shows (a page of programmes, her vouchers).
 */
export async function institutionsByIds(q: Query, ids: Iterable<string>): Promise<InstitutionNames> {
  const wanted = [...new Set(ids)]
  if (wanted.length === 0) return new Map()
  const rows = await q
    .select({ id: users.id, name: users.organization, regionCode: users.regionCode })
    .from(users)
    .where(inArray(users.id, wanted))
    .orderBy(asc(users.id))
  return new Map(rows.flatMap((row) => (row.regionCode === null ? [] : [[row.id, { id: row.id, name: row.name ?? '', regionCode: row.regionCode }] as const])))
}
