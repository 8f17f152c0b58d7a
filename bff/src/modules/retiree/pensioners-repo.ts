import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, ne, sql, sum } from 'drizzle-orm'
import { regionCovers } from '@renshe/shared/identity/regions'
import type { Db, Tx } from '../../db/client'
import { faceAttempts, pensionCertifications, pensionPayments, pensioners, realNames, users, visitTasks } from '../../db/schema'
import { preparedPerDatabase } from '../../platform/prepared'

export type PensionerRow = typeof pensioners.$inferSelect
export type CertificationRow = typeof pensionCertifications.$inferSelect
export type PaymentRow = typeof pensionPayments.$inferSelect
export type FaceAttemptRow = typeof faceAttempts.$inferSelect
export type VisitTaskRow = typeof visitTasks.$inferSelect

/**
 * Visit tasks still to be done: assigned and not yet visited, or sent back after an officer
 * rejected the visit (reopened to the same worker).
 */
export const outstandingTaskStatuses = ['open', 'rejected'] as const

/** Hot-path reads (the account, Home's pending items, the face check), prepared once per database. */
const statements = preparedPerDatabase((db) => ({
  pensionerById: db.select().from(pensioners).where(eq(pensioners.id, sql.placeholder('id'))).prepare(),
  pensionerOfUser: db
    .select({ pensioner: pensioners })
    .from(realNames)
    .innerJoin(pensioners, eq(pensioners.idNumberIndex, realNames.idNumberIndex))
    .where(eq(realNames.userId, sql.placeholder('userId')))
    .prepare(),
  pensionerByIdIndex: db.select().from(pensioners).where(eq(pensioners.idNumberIndex, sql.placeholder('index'))).prepare(),
  userOfIdIndex: db.select({ userId: realNames.userId }).from(realNames).where(eq(realNames.idNumberIndex, sql.placeholder('index'))).prepare(),
  recentPayments: db
    .select()
    .from(pensionPayments)
    .where(eq(pensionPayments.pensionerId, sql.placeholder('pensionerId')))
    .orderBy(desc(pensionPayments.month))
    .limit(sql.placeholder('limit'))
    .prepare(),
  heldPayments: db
    .select()
    .from(pensionPayments)
    .where(and(eq(pensionPayments.pensionerId, sql.placeholder('pensionerId')), eq(pensionPayments.status, 'held')))
    .orderBy(asc(pensionPayments.month))
    .prepare(),
  lastPaymentMonth: db
    .select({ month: pensionPayments.month })
    .from(pensionPayments)
    .where(eq(pensionPayments.pensionerId, sql.placeholder('pensionerId')))
    .orderBy(desc(pensionPayments.month))
    .limit(1)
    .prepare(),
  certifications: db
    .select()
    .from(pensionCertifications)
    .where(eq(pensionCertifications.pensionerId, sql.placeholder('pensionerId')))
    .orderBy(desc(pensionCertifications.certifiedOn), desc(pensionCertifications.createdAt))
    .limit(sql.placeholder('limit'))
    .prepare(),
  lastCounting: db
    .select()
    .from(pensionCertifications)
    .where(and(eq(pensionCertifications.pensionerId, sql.placeholder('pensionerId')), ne(pensionCertifications.review, 'rejected')))
    .orderBy(desc(pensionCertifications.certifiedOn), desc(pensionCertifications.createdAt))
    .limit(1)
    .prepare(),
  outstandingTask: db
    .select()
    .from(visitTasks)
    .where(and(eq(visitTasks.pensionerId, sql.placeholder('pensionerId')), inArray(visitTasks.status, [...outstandingTaskStatuses])))
    .orderBy(asc(visitTasks.createdAt))
    .limit(1)
    .prepare(),
  faceAttempt: db.select().from(faceAttempts).where(eq(faceAttempts.id, sql.placeholder('id'))).prepare(),
}))

// ——— pensioners ———

export function pensionerById(db: Db, id: string): PensionerRow | undefined {
  return statements(db).pensionerById.get({ id })
}

/** Inside a transaction, read through it: the row as the transaction sees it. */
export function pensionerForUpdate(tx: Tx, id: string): PensionerRow | undefined {
  return tx.select().from(pensioners).where(eq(pensioners.id, id)).get()
}

/** The pensioner a portal account is: the one whose ID number the account's real name is bound to. */
export function pensionerOfUser(db: Db, userId: string): PensionerRow | undefined {
  return statements(db).pensionerOfUser.get({ userId })?.pensioner
}

export function pensionerByIdNumberIndex(db: Db, idNumberIndex: string): PensionerRow | undefined {
  return statements(db).pensionerByIdIndex.get({ index: idNumberIndex })
}

/** The portal account of a pensioner, if they ever bound their real name; many never log in. */
export function portalUserOfPensioner(db: Db, pensioner: Pick<PensionerRow, 'idNumberIndex'>): string | null {
  return statements(db).userOfIdIndex.get({ index: pensioner.idNumberIndex })?.userId ?? null
}

export function insertPensioner(tx: Tx, row: PensionerRow): void {
  tx.insert(pensioners).values(row).run()
}

export type PensionerChanges = Partial<Omit<PensionerRow, 'id' | 'idNumberIndex' | 'idNumberEnc' | 'createdAt'>>

export function updatePensioner(tx: Tx, id: string, changes: PensionerChanges): void {
  tx.update(pensioners).set(changes).where(eq(pensioners.id, id)).run()
}

/** Pensioners still drawing (or waiting for) a pension, a page at a time in id order: the jobs' walk. */
export function livingPensionersAfter(db: Db, afterId: string, limit: number): PensionerRow[] {
  return db
    .select()
    .from(pensioners)
    .where(and(ne(pensioners.status, 'stopped'), gt(pensioners.id, afterId)))
    .orderBy(asc(pensioners.id))
    .limit(limit)
    .all()
}

// ——— certifications ———

export function insertCertification(tx: Tx, row: CertificationRow): void {
  tx.insert(pensionCertifications).values(row).run()
}

export function certificationById(tx: Tx, id: string): CertificationRow | undefined {
  return tx.select().from(pensionCertifications).where(eq(pensionCertifications.id, id)).get()
}

export function setCertificationReview(tx: Tx, id: string, review: CertificationRow['review']): void {
  tx.update(pensionCertifications).set({ review }).where(eq(pensionCertifications.id, id)).run()
}

/** Newest first. */
export function certificationsOf(db: Db, pensionerId: string, limit: number): CertificationRow[] {
  return statements(db).certifications.all({ pensionerId, limit })
}

/** The latest certification that still counts (not rejected on review). */
export function lastCountingCertification(db: Db, pensionerId: string): CertificationRow | undefined {
  return statements(db).lastCounting.get({ pensionerId })
}

/** The same, read through a transaction that may just have changed a review. */
export function lastCountingCertificationIn(tx: Tx, pensionerId: string): CertificationRow | undefined {
  return tx
    .select()
    .from(pensionCertifications)
    .where(and(eq(pensionCertifications.pensionerId, pensionerId), ne(pensionCertifications.review, 'rejected')))
    .orderBy(desc(pensionCertifications.certifiedOn), desc(pensionCertifications.createdAt))
    .limit(1)
    .get()
}

// ——— payments ———

/** Newest first. */
export function recentPayments(db: Db, pensionerId: string, limit: number): PaymentRow[] {
  return statements(db).recentPayments.all({ pensionerId, limit })
}

/** Oldest first. */
export function heldPayments(db: Db, pensionerId: string): PaymentRow[] {
  return statements(db).heldPayments.all({ pensionerId })
}

export function heldPaymentsIn(tx: Tx, pensionerId: string): PaymentRow[] {
  return tx
    .select()
    .from(pensionPayments)
    .where(and(eq(pensionPayments.pensionerId, pensionerId), eq(pensionPayments.status, 'held')))
    .orderBy(asc(pensionPayments.month))
    .all()
}

export function lastPaymentMonth(db: Db, pensionerId: string): string | null {
  return statements(db).lastPaymentMonth.get({ pensionerId })?.month ?? null
}

export function paymentsOf(tx: Tx, pensionerId: string): PaymentRow[] {
  return tx.select().from(pensionPayments).where(eq(pensionPayments.pensionerId, pensionerId)).orderBy(asc(pensionPayments.month)).all()
}

export function insertPayments(tx: Tx, rows: readonly PaymentRow[]): void {
  for (let i = 0; i < rows.length; i += 500) tx.insert(pensionPayments).values(rows.slice(i, i + 500)).run()
}

/** Held months paid out at once, late: the arrears of a resumed pension. */
export function payHeldMonths(tx: Tx, pensionerId: string, months: readonly string[], paidOn: string): void {
  if (months.length === 0) return
  tx.update(pensionPayments)
    .set({ status: 'paid', paidOn, arrears: true })
    .where(and(eq(pensionPayments.pensionerId, pensionerId), eq(pensionPayments.status, 'held'), inArray(pensionPayments.month, [...months])))
    .run()
}

/** Rows not paid, for months after `month`: nothing is owed for them any more. */
export function cancelUnpaidAfter(tx: Tx, pensionerId: string, month: string): number {
  return tx
    .update(pensionPayments)
    .set({ status: 'cancelled' })
    .where(and(eq(pensionPayments.pensionerId, pensionerId), ne(pensionPayments.status, 'paid'), gt(pensionPayments.month, month)))
    .returning({ id: pensionPayments.id })
    .all().length
}

export function heldTotalFen(db: Tx, pensionerId: string): number {
  const row = db
    .select({ total: sum(pensionPayments.amountFen) })
    .from(pensionPayments)
    .where(and(eq(pensionPayments.pensionerId, pensionerId), eq(pensionPayments.status, 'held')))
    .get()
  return Number(row?.total ?? 0)
}

// ——— face attempts ———

export function insertFaceAttempt(tx: Tx, row: FaceAttemptRow): void {
  tx.insert(faceAttempts).values(row).run()
}

export function faceAttemptById(db: Db, id: string): FaceAttemptRow | undefined {
  return statements(db).faceAttempt.get({ id })
}

/** Finishes an attempt once: false when another call finished it first. */
export function finishFaceAttempt(tx: Tx, id: string, outcome: 'passed' | 'failed', at: string): boolean {
  return (
    tx
      .update(faceAttempts)
      .set({ finishedAt: at, outcome })
      .where(and(eq(faceAttempts.id, id), isNull(faceAttempts.finishedAt)))
      .returning({ id: faceAttempts.id })
      .all().length === 1
  )
}

// ——— visit tasks (the pensioner's side: asking for one, and ending them) ———

export function outstandingTaskOf(db: Db, pensionerId: string): VisitTaskRow | undefined {
  return statements(db).outstandingTask.get({ pensionerId })
}

export function outstandingTaskIn(tx: Tx, pensionerId: string): VisitTaskRow | undefined {
  return tx
    .select()
    .from(visitTasks)
    .where(and(eq(visitTasks.pensionerId, pensionerId), inArray(visitTasks.status, [...outstandingTaskStatuses])))
    .orderBy(asc(visitTasks.createdAt))
    .limit(1)
    .get()
}

/**
 * Ends the pensioner's outstanding tasks other than `exceptTaskId`: marked `approved` (nothing
 * left to do, nothing to review) with no visit recorded, pointing at the certification that made
 * them moot (null after a death). Returns the ended tasks.
 */
export function endOutstandingTasks(
  tx: Tx,
  pensionerId: string,
  exceptTaskId: string | null,
  certificationId: string | null,
  at: string,
): Pick<VisitTaskRow, 'id' | 'staffUserId'>[] {
  const outstanding = and(eq(visitTasks.pensionerId, pensionerId), inArray(visitTasks.status, [...outstandingTaskStatuses]))
  return tx
    .update(visitTasks)
    .set({ status: 'approved', certificationId, reviewedAt: at, reviewedByUserId: null })
    .where(exceptTaskId ? and(outstanding, ne(visitTasks.id, exceptTaskId)) : outstanding)
    .returning({ id: visitTasks.id, staffUserId: visitTasks.staffUserId })
    .all()
}

// ——— people around a pensioner ———

/** The grid staff member whose staff code is the grid code. */
export function gridStaffOf(db: Tx, gridCode: string | null): string | null {
  if (gridCode === null) return null
  const row = db.select({ id: users.id, roles: users.roles }).from(users).where(eq(users.staffCode, gridCode)).get()
  return row && row.roles.includes('grid_staff') ? row.id : null
}

/** Officers whose region covers `regionCode` (a city's officers cover its districts). */
export function officersCovering(db: Tx, regionCode: string): string[] {
  const rows = db.select({ id: users.id, roles: users.roles, regionCode: users.regionCode }).from(users).where(isNotNull(users.regionCode)).orderBy(asc(users.id)).all()
  return rows.filter((row) => row.roles.includes('officer') && row.regionCode !== null && regionCovers(row.regionCode, regionCode)).map((row) => row.id)
}

/** The sealed WeChat openid of an account (null for development logins). */
export function sealedOpenidOf(db: Tx, userId: string): string | null {
  return db.select({ openid: users.wechatOpenidEnc }).from(users).where(eq(users.id, userId)).get()?.openid ?? null
}
