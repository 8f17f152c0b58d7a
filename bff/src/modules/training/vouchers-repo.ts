import { and, asc, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm'
import type { VoucherStatus } from '@renshe/shared/training/voucher-machine'
import type { Query, Tx } from '../../db/database'
import { trainingProgrammes, trainingVouchers } from '../../db/schema'
import { preparedPer } from '../../platform/prepared'
import type { ProgrammeRow } from './programmes-repo'

export type VoucherRow = typeof trainingVouchers.$inferSelect

/** A voucher with the programme it is of: what its holder is shown. */
export interface HeldVoucher {
  readonly voucher: VoucherRow
  readonly programme: ProgrammeRow
}

/** How many of her vouchers "My training" shows: far more than anyone holds (at most 3 subsidised a year). */
export const vouchersShown = 100

/** Statuses the expiry job may end: never spent. */
const unspent: readonly VoucherStatus[] = ['issued', 'claimed']

const statements = preparedPer((q: Query) => ({
  byId: q
    .select({ voucher: trainingVouchers, programme: trainingProgrammes })
    .from(trainingVouchers)
    .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingVouchers.programmeId))
    .where(eq(trainingVouchers.id, sql.placeholder('id')))
    .prepare('training_voucher_by_id'),
  ofHolder: q
    .select({ voucher: trainingVouchers, programme: trainingProgrammes })
    .from(trainingVouchers)
    .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingVouchers.programmeId))
    .where(eq(trainingVouchers.holderUserId, sql.placeholder('holderUserId')))
    .orderBy(desc(trainingVouchers.issuedAt), desc(trainingVouchers.id))
    .limit(vouchersShown)
    .prepare('training_vouchers_of_holder'),
  ofProgrammeAndHolder: q
    .select({ voucher: trainingVouchers, programme: trainingProgrammes })
    .from(trainingVouchers)
    .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingVouchers.programmeId))
    .where(and(eq(trainingVouchers.programmeId, sql.placeholder('programmeId')), eq(trainingVouchers.holderUserId, sql.placeholder('holderUserId'))))
    .prepare('training_voucher_of_programme_and_holder'),
}))

export async function insertVoucher(tx: Tx, row: VoucherRow): Promise<void> {
  await tx.insert(trainingVouchers).values(row)
}

export async function voucherById(q: Query, id: string): Promise<HeldVoucher | undefined> {
  const [row] = await statements(q).byId.execute({ id })
  return row
}

/** Her vouchers, newest first. */
export function vouchersOfHolder(q: Query, holderUserId: string): Promise<HeldVoucher[]> {
  return statements(q).ofHolder.execute({ holderUserId })
}

export async function voucherOfProgrammeAndHolder(q: Query, programmeId: string, holderUserId: string): Promise<HeldVoucher | undefined> {
  const [row] = await statements(q).ofProgrammeAndHolder.execute({ programmeId, holderUserId })
  return row
}

/** Moves a voucher from the status it was read in to the next, once: undefined when it moved meanwhile. */
export async function moveVoucher(tx: Tx, id: string, from: VoucherStatus, change: Partial<Pick<VoucherRow, 'status' | 'claimedAt' | 'passed'>>): Promise<VoucherRow | undefined> {
  const [row] = await tx
    .update(trainingVouchers)
    .set(change)
    .where(and(eq(trainingVouchers.id, id), eq(trainingVouchers.status, from)))
    .returning()
  return row
}

/** Unspent vouchers whose last day is before `today` (a China date), by id: one page of what the expiry job ends. */
export function lapsedVoucherIds(q: Query, today: string, afterId: string, limit: number): Promise<{ id: string }[]> {
  return q
    .select({ id: trainingVouchers.id })
    .from(trainingVouchers)
    .where(and(inArray(trainingVouchers.status, [...unspent]), lt(trainingVouchers.validUntil, today), gt(trainingVouchers.id, afterId)))
    .orderBy(asc(trainingVouchers.id))
    .limit(limit)
}

/**
 * Ends the given vouchers as the machine's `expire` does (from issued or claimed, once the last
 * day has passed), in one statement; a voucher spent or ended meanwhile is left alone. Returns
 * those it ended.
 */
export function expireVouchers(tx: Tx, ids: readonly string[], today: string): Promise<{ id: string; holderUserId: string }[]> {
  if (ids.length === 0) return Promise.resolve([])
  return tx
    .update(trainingVouchers)
    .set({ status: 'expired' })
    .where(and(inArray(trainingVouchers.id, [...ids]), inArray(trainingVouchers.status, [...unspent]), lt(trainingVouchers.validUntil, today)))
    .returning({ id: trainingVouchers.id, holderUserId: trainingVouchers.holderUserId })
}
