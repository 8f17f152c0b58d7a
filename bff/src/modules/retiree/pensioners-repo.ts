import { and, asc, desc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { forUpdate } from '../../db/locks'
import { faceAttempts, pensionCertifications, pensionPayments, pensioners, realNames, users, visitTasks } from '../../db/schema'
import { preparedPer } from '../../platform/prepared'

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

/** Hot-path reads (the account, Home's pending items, the face check), prepared once per handle. */
const statements = preparedPer((q: Query) => ({
  pensionerById: q.select().from(pensioners).where(eq(pensioners.id, sql.placeholder('id'))).prepare('retiree_pensioner_by_id'),
  pensionerOfUser: q
    .select({ pensioner: pensioners })
    .from(realNames)
    .innerJoin(pensioners, eq(pensioners.idNumberIndex, realNames.idNumberIndex))
    .where(eq(realNames.userId, sql.placeholder('userId')))
    .prepare('retiree_pensioner_of_user'),
  pensionerByIdIndex: q.select().from(pensioners).where(eq(pensioners.idNumberIndex, sql.placeholder('index'))).prepare('retiree_pensioner_by_id_index'),
  userOfIdIndex: q
    .select({ userId: realNames.userId })
    .from(realNames)
    .where(eq(realNames.idNumberIndex, sql.placeholder('index')))
    .prepare('retiree_user_of_id_index'),
  recentPayments: q
    .select()
    .from(pensionPayments)
    .where(eq(pensionPayments.pensionerId, sql.placeholder('pensionerId')))
    .orderBy(desc(pensionPayments.month))
    .limit(sql.placeholder('limit'))
    .prepare('retiree_recent_payments'),
  heldPayments: q
    .select()
    .from(pensionPayments)
    .where(and(eq(pensionPayments.pensionerId, sql.placeholder('pensionerId')), eq(pensionPayments.status, 'held')))
    .orderBy(asc(pensionPayments.month))
    .prepare('retiree_held_payments'),
  heldTotal: q
    .select({ total: sql<number>`coalesce(sum(${pensionPayments.amountFen}), 0)`.mapWith(Number) })
    .from(pensionPayments)
    .where(and(eq(pensionPayments.pensionerId, sql.placeholder('pensionerId')), eq(pensionPayments.status, 'held')))
    .prepare('retiree_held_total'),
  lastPaymentMonth: q
    .select({ month: pensionPayments.month })
    .from(pensionPayments)
    .where(eq(pensionPayments.pensionerId, sql.placeholder('pensionerId')))
    .orderBy(desc(pensionPayments.month))
    .limit(1)
    .prepare('retiree_last_payment_month'),
  certifications: q
    .select()
    .from(pensionCertifications)
    .where(eq(pensionCertifications.pensionerId, sql.placeholder('pensionerId')))
    .orderBy(desc(pensionCertifications.certifiedOn), desc(pensionCertifications.createdAt), desc(pensionCertifications.id))
    .limit(sql.placeholder('limit'))
    .prepare('retiree_certifications'),
  lastCounting: q
    .select()
    .from(pensionCertifications)
    .where(and(eq(pensionCertifications.pensionerId, sql.placeholder('pensionerId')), ne(pensionCertifications.review, 'rejected')))
    .orderBy(desc(pensionCertifications.certifiedOn), desc(pensionCertifications.createdAt), desc(pensionCertifications.id))
    .limit(1)
    .prepare('retiree_last_counting_certification'),
  outstandingTask: q
    .select()
    .from(visitTasks)
    .where(and(eq(visitTasks.pensionerId, sql.placeholder('pensionerId')), inArray(visitTasks.status, [...outstandingTaskStatuses])))
    .orderBy(asc(visitTasks.createdAt), asc(visitTasks.id))
    .limit(1)
    .prepare('retiree_outstanding_task'),
  faceAttempt: q.select().from(faceAttempts).where(eq(faceAttempts.id, sql.placeholder('id'))).prepare('retiree_face_attempt'),
}))

// ——— pensioners ———

export async function pensionerById(q: Query, id: string): Promise<PensionerRow | undefined> {
  const [row] = await statements(q).pensionerById.execute({ id })
  return row
}

/**
 * The pensioner, locked until the transaction ends: every write that depends on the pensioner's
 * state (a certification, a suspension, a payment, a death, a face check, a visit) reads them
 * here first, so two of them at once, on any instance, take turns and the second sees the first.
 */
export async function pensionerForUpdate(tx: Tx, id: string): Promise<PensionerRow | undefined> {
  const [row] = await forUpdate(tx.select().from(pensioners).where(eq(pensioners.id, id)))
  return row
}

/** The pensioner a portal account is: the one whose ID number the account's real name is bound to. */
export async function pensionerOfUser(q: Query, userId: string): Promise<PensionerRow | undefined> {
  const [row] = await statements(q).pensionerOfUser.execute({ userId })
  return row?.pensioner
}

export async function pensionerByIdNumberIndex(q: Query, idNumberIndex: string): Promise<PensionerRow | undefined> {
  const [row] = await statements(q).pensionerByIdIndex.execute({ index: idNumberIndex })
  return row
}

/** The portal account of a pensioner, if they ever bound their real name; many never log in. */
export async function portalUserOfPensioner(q: Query, pensioner: Pick<PensionerRow, 'idNumberIndex'>): Promise<string | null> {
  const [row] = await statements(q).userOfIdIndex.execute({ index: pensioner.idNumberIndex })
  return row?.userId ?? null
}

export type PensionerChanges = Partial<Omit<PensionerRow, 'id' | 'idNumberIndex' | 'idNumberEnc' | 'createdAt'>>

export async function updatePensioner(tx: Tx, id: string, changes: PensionerChanges): Promise<void> {
  await tx.update(pensioners).set(changes).where(eq(pensioners.id, id))
}

/** Ids of pensioners still drawing (or waiting for) a pension, a page at a time in id order: the jobs' walk. */
export async function livingPensionerIdsAfter(q: Query, afterId: string, limit: number): Promise<string[]> {
  const rows = await q
    .select({ id: pensioners.id })
    .from(pensioners)
    .where(and(ne(pensioners.status, 'stopped'), gt(pensioners.id, afterId)))
    .orderBy(asc(pensioners.id))
    .limit(limit)
  return rows.map((row) => row.id)
}

// ——— certifications ———

export async function insertCertification(tx: Tx, row: CertificationRow): Promise<void> {
  await tx.insert(pensionCertifications).values(row)
}

export async function certificationById(q: Query, id: string): Promise<CertificationRow | undefined> {
  const [row] = await q.select().from(pensionCertifications).where(eq(pensionCertifications.id, id))
  return row
}

export async function setCertificationReview(tx: Tx, id: string, review: CertificationRow['review']): Promise<void> {
  await tx.update(pensionCertifications).set({ review }).where(eq(pensionCertifications.id, id))
}

/** Rejects a certification once: false when it was rejected already (by another review, meanwhile). */
export async function rejectCertification(tx: Tx, id: string): Promise<boolean> {
  const rejected = await tx
    .update(pensionCertifications)
    .set({ review: 'rejected' })
    .where(and(eq(pensionCertifications.id, id), ne(pensionCertifications.review, 'rejected')))
    .returning({ id: pensionCertifications.id })
  return rejected.length === 1
}

/** Newest first. */
export function certificationsOf(q: Query, pensionerId: string, limit: number): Promise<CertificationRow[]> {
  return statements(q).certifications.execute({ pensionerId, limit })
}

/** The latest certification that still counts (not rejected on review); through a transaction, as it sees it. */
export async function lastCountingCertification(q: Query, pensionerId: string): Promise<CertificationRow | undefined> {
  const [row] = await statements(q).lastCounting.execute({ pensionerId })
  return row
}

// ——— payments ———

/** Newest first. */
export function recentPayments(q: Query, pensionerId: string, limit: number): Promise<PaymentRow[]> {
  return statements(q).recentPayments.execute({ pensionerId, limit })
}

/** Oldest first. */
export function heldPayments(q: Query, pensionerId: string): Promise<PaymentRow[]> {
  return statements(q).heldPayments.execute({ pensionerId })
}

export async function lastPaymentMonth(q: Query, pensionerId: string): Promise<string | null> {
  const [row] = await statements(q).lastPaymentMonth.execute({ pensionerId })
  return row?.month ?? null
}

export function paymentsOf(q: Query, pensionerId: string): Promise<PaymentRow[]> {
  return q.select().from(pensionPayments).where(eq(pensionPayments.pensionerId, pensionerId)).orderBy(asc(pensionPayments.month))
}

/**
 * Inserts the months not paid yet; a month that has a row already (paid by a run that got there
 * first) is left as it is. Returns the rows inserted: a month is never paid twice.
 */
export async function insertPaymentsOnce(tx: Tx, rows: readonly PaymentRow[]): Promise<Pick<PaymentRow, 'month' | 'status'>[]> {
  const inserted: Pick<PaymentRow, 'month' | 'status'>[] = []
  for (let i = 0; i < rows.length; i += 500) {
    inserted.push(
      ...(await tx
        .insert(pensionPayments)
        .values(rows.slice(i, i + 500))
        .onConflictDoNothing({ target: [pensionPayments.pensionerId, pensionPayments.month] })
        .returning({ month: pensionPayments.month, status: pensionPayments.status })),
    )
  }
  return inserted
}

/** Held months paid out at once, late: the arrears of a resumed pension. */
export async function payHeldMonths(tx: Tx, pensionerId: string, months: readonly string[], paidOn: string): Promise<void> {
  if (months.length === 0) return
  await tx
    .update(pensionPayments)
    .set({ status: 'paid', paidOn, arrears: true })
    .where(and(eq(pensionPayments.pensionerId, pensionerId), eq(pensionPayments.status, 'held'), inArray(pensionPayments.month, [...months])))
}

/** Rows not paid, for months after `month`: nothing is owed for them any more. */
export async function cancelUnpaidAfter(tx: Tx, pensionerId: string, month: string): Promise<number> {
  const cancelled = await tx
    .update(pensionPayments)
    .set({ status: 'cancelled' })
    .where(and(eq(pensionPayments.pensionerId, pensionerId), ne(pensionPayments.status, 'paid'), gt(pensionPayments.month, month)))
    .returning({ id: pensionPayments.id })
  return cancelled.length
}

export async function heldTotalFen(q: Query, pensionerId: string): Promise<number> {
  const [row] = await statements(q).heldTotal.execute({ pensionerId })
  return row?.total ?? 0
}

// ——— face attempts ———

export async function insertFaceAttempt(tx: Tx, row: FaceAttemptRow): Promise<void> {
  await tx.insert(faceAttempts).values(row)
}

export async function faceAttemptById(q: Query, id: string): Promise<FaceAttemptRow | undefined> {
  const [row] = await statements(q).faceAttempt.execute({ id })
  return row
}

/** Finishes an attempt once: false when another call finished it first. */
export async function finishFaceAttempt(tx: Tx, id: string, outcome: 'passed' | 'failed', at: string): Promise<boolean> {
  const finished = await tx
    .update(faceAttempts)
    .set({ finishedAt: at, outcome })
    .where(and(eq(faceAttempts.id, id), isNull(faceAttempts.finishedAt)))
    .returning({ id: faceAttempts.id })
  return finished.length === 1
}

// ——— visit tasks (the pensioner's side: asking for one, and ending them) ———

/** The oldest task still to do for the pensioner; in a transaction, as it sees it. */
export async function outstandingTaskOf(q: Query, pensionerId: string): Promise<VisitTaskRow | undefined> {
  const [row] = await statements(q).outstandingTask.execute({ pensionerId })
  return row
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
): Promise<Pick<VisitTaskRow, 'id' | 'staffUserId'>[]> {
  const outstanding = and(eq(visitTasks.pensionerId, pensionerId), inArray(visitTasks.status, [...outstandingTaskStatuses]))
  return tx
    .update(visitTasks)
    .set({ status: 'approved', certificationId, reviewedAt: at, reviewedByUserId: null })
    .where(exceptTaskId ? and(outstanding, ne(visitTasks.id, exceptTaskId)) : outstanding)
    .returning({ id: visitTasks.id, staffUserId: visitTasks.staffUserId })
}

// ——— people around a pensioner ———

/** The grid staff member whose staff code is the grid code. */
export async function gridStaffOf(q: Query, gridCode: string | null): Promise<string | null> {
  if (gridCode === null) return null
  const [row] = await q.select({ id: users.id, roles: users.roles }).from(users).where(eq(users.staffCode, gridCode))
  return row && row.roles.includes('grid_staff') ? row.id : null
}

/** The sealed WeChat openid of an account (null for development logins). */
export async function sealedOpenidOf(q: Query, userId: string): Promise<string | null> {
  const [row] = await q.select({ openid: users.wechatOpenidEnc }).from(users).where(eq(users.id, userId))
  return row?.openid ?? null
}
