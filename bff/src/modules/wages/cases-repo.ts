import { and, asc, count, desc, eq, getTableColumns, gt, gte, inArray, isNotNull, isNull, like, lt, ne, notInArray, or, sql, sum, type Placeholder, type SQL } from 'drizzle-orm'
import { regionCovers, regionPrefix } from '@renshe/shared/identity/regions'
import { CaseStatus } from '@renshe/shared/wages/schemas'
import { isOpen } from '@renshe/shared/wages/case-machine'
import type { Db, Tx } from '../../db/client'
import { caseCounters, caseEvents, cases, complaintDrafts, employers, evidenceFiles, realNames, users } from '../../db/schema'
import type { EmployerRow } from './employers-repo'
import { preparedPerDatabase } from '../../platform/prepared'

export type CaseRow = typeof cases.$inferSelect
export type CaseEventRow = typeof caseEvents.$inferSelect
export type DraftRow = typeof complaintDrafts.$inferSelect
export type EvidenceRow = typeof evidenceFiles.$inferSelect
export type EvidencePurpose = EvidenceRow['purpose']
/** Evidence as lists show it: everything but the content, which only a read of one file opens. */
export type EvidenceMeta = Omit<EvidenceRow, 'contentEnc'>

export const openStatuses: readonly CaseStatus[] = CaseStatus.options.filter(isOpen)

const always = sql`1 = 1`
const inRegion = (officerRegion: string): SQL => like(cases.regionCode, `${regionPrefix(officerRegion)}%`)
const open = (): SQL => inArray(cases.status, [...openStatuses])
/** Open, with a deadline already passed: `stageDeadline < today` (a deadline is met on its day). */
const pastDeadline = (today: string): SQL => and(open(), isNotNull(cases.stageDeadline), lt(cases.stageDeadline, today)) ?? always
const notPastDeadline = (today: string): SQL =>
  or(notInArray(cases.status, [...openStatuses]), isNull(cases.stageDeadline), gte(cases.stageDeadline, today)) ?? always

const evidenceMeta = {
  id: evidenceFiles.id,
  ownerUserId: evidenceFiles.ownerUserId,
  uploadedByUserId: evidenceFiles.uploadedByUserId,
  caseId: evidenceFiles.caseId,
  purpose: evidenceFiles.purpose,
  mime: evidenceFiles.mime,
  size: evidenceFiles.size,
  sha256: evidenceFiles.sha256,
  nameEnc: evidenceFiles.nameEnc,
  createdAt: evidenceFiles.createdAt,
}

/** `{ column: placeholder(column) }` for every column: an insert prepared once, filled per row. */
function placeholdersOf<Row>(table: Parameters<typeof getTableColumns>[0]): Record<keyof Row, Placeholder> {
  return Object.fromEntries(Object.keys(getTableColumns(table)).map((key) => [key, sql.placeholder(key)])) as Record<keyof Row, Placeholder>
}

/**
 * The statements of the submission and the case view, prepared once per database (building a
 * drizzle query per call costs more than running it). They belong to the connection, so called
 * inside a transaction of that connection they run in it: the functions using them take the
 * database, and services pass `deps.db` from inside their transactions.
 */
const statements = preparedPerDatabase((db) => ({
  caseById: db.select().from(cases).where(eq(cases.id, sql.placeholder('id'))).prepare(),
  caseOfDraft: db
    .select()
    .from(cases)
    .where(and(eq(cases.workerUserId, sql.placeholder('worker')), eq(cases.draftId, sql.placeholder('draft'))))
    .prepare(),
  insertCase: db.insert(cases).values(placeholdersOf<CaseRow>(cases)).prepare(),
  insertEvent: db.insert(caseEvents).values(placeholdersOf<CaseEventRow>(caseEvents)).prepare(),
  nextSerial: db
    .insert(caseCounters)
    .values({ regionCode: sql.placeholder('regionCode'), year: sql.placeholder('year'), last: 1 })
    .onConflictDoUpdate({ target: [caseCounters.regionCode, caseCounters.year], set: { last: sql`${caseCounters.last} + 1` } })
    .returning({ last: caseCounters.last })
    .prepare(),
  eventsOfCase: db.select().from(caseEvents).where(eq(caseEvents.caseId, sql.placeholder('caseId'))).orderBy(asc(caseEvents.at)).prepare(),
  evidenceOfCase: db
    .select(evidenceMeta)
    .from(evidenceFiles)
    .where(eq(evidenceFiles.caseId, sql.placeholder('caseId')))
    .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id))
    .prepare(),
  draftOf: db.select().from(complaintDrafts).where(eq(complaintDrafts.subjectUserId, sql.placeholder('subject'))).prepare(),
  deleteSentDraft: db
    .delete(complaintDrafts)
    .where(and(eq(complaintDrafts.subjectUserId, sql.placeholder('subject')), eq(complaintDrafts.draftId, sql.placeholder('draft'))))
    .prepare(),
  realName: db.select({ nameEnc: realNames.nameEnc, phoneEnc: realNames.phoneEnc }).from(realNames).where(eq(realNames.userId, sql.placeholder('userId'))).prepare(),
}))

// ——— drafts ———

export function draftOf(db: Db, subjectUserId: string): DraftRow | undefined {
  return statements(db).draftOf.get({ subject: subjectUserId })
}

export function upsertDraft(tx: Tx, row: DraftRow): void {
  const { subjectUserId, ...changes } = row
  tx.insert(complaintDrafts).values(row).onConflictDoUpdate({ target: complaintDrafts.subjectUserId, set: changes }).run()
}

/** Deletes the subject's draft; true when there was one. */
export function deleteDraftRow(tx: Tx, subjectUserId: string): boolean {
  return tx.delete(complaintDrafts).where(eq(complaintDrafts.subjectUserId, subjectUserId)).returning({ subject: complaintDrafts.subjectUserId }).all().length > 0
}

/** Deletes the draft a case was just filed from (a newer draft of the same person stays). */
export function deleteSentDraft(db: Db, subjectUserId: string, draftId: string): void {
  statements(db).deleteSentDraft.run({ subject: subjectUserId, draft: draftId })
}

// ——— evidence ———

export function insertEvidence(tx: Tx, row: EvidenceRow): void {
  tx.insert(evidenceFiles).values(row).run()
}

export function evidenceById(db: Tx, id: string): EvidenceRow | undefined {
  return db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id)).get()
}

export function evidenceMetaById(db: Tx, id: string): EvidenceMeta | undefined {
  return db.select(evidenceMeta).from(evidenceFiles).where(eq(evidenceFiles.id, id)).get()
}

const unattached = (ownerUserId: string, purpose: EvidencePurpose) =>
  and(eq(evidenceFiles.ownerUserId, ownerUserId), eq(evidenceFiles.purpose, purpose), isNull(evidenceFiles.caseId))

export function countUnattachedEvidence(tx: Tx, ownerUserId: string, purpose: EvidencePurpose): number {
  return tx.select({ n: count() }).from(evidenceFiles).where(unattached(ownerUserId, purpose)).get()?.n ?? 0
}

/** Those of `ids` that are the owner's own files of `purpose`, not yet sent with a case. */
export function unattachedEvidenceIds(tx: Tx, ownerUserId: string, purpose: EvidencePurpose, ids: readonly string[]): string[] {
  if (ids.length === 0) return []
  return tx
    .select({ id: evidenceFiles.id })
    .from(evidenceFiles)
    .where(and(unattached(ownerUserId, purpose), inArray(evidenceFiles.id, [...ids])))
    .all()
    .map((row) => row.id)
}

export function attachEvidence(tx: Tx, ids: readonly string[], caseId: string): void {
  if (ids.length === 0) return
  tx.update(evidenceFiles).set({ caseId }).where(and(inArray(evidenceFiles.id, [...ids]), isNull(evidenceFiles.caseId))).run()
}

export function evidenceOfCase(db: Db, caseId: string): EvidenceMeta[] {
  return statements(db).evidenceOfCase.all({ caseId })
}

/** Deletes one file if it is still unattached; true when it was. */
export function deleteUnattachedEvidence(tx: Tx, id: string): boolean {
  return tx.delete(evidenceFiles).where(and(eq(evidenceFiles.id, id), isNull(evidenceFiles.caseId))).returning({ id: evidenceFiles.id }).all().length > 0
}

export function deleteUnattachedEvidenceOf(tx: Tx, ownerUserId: string, purpose: EvidencePurpose): number {
  return tx.delete(evidenceFiles).where(unattached(ownerUserId, purpose)).returning({ id: evidenceFiles.id }).all().length
}

// ——— employers (the payroll side keeps them; a complaint may name one by its credit code) ———

export function employerByCreditCode(db: Tx, creditCode: string): EmployerRow | undefined {
  return db.select().from(employers).where(eq(employers.creditCode, creditCode)).get()
}

// ——— people ———

export function sealedRealNameOf(db: Db, userId: string): { nameEnc: string; phoneEnc: string | null } | undefined {
  return statements(db).realName.get({ userId })
}

/** Officers or supervisors whose region covers `regionCode` (a city officer covers its districts). */
export function officialsCovering(db: Tx, regionCode: string, role: 'officer' | 'supervisor'): string[] {
  const rows = db.select({ id: users.id, roles: users.roles, regionCode: users.regionCode }).from(users).where(isNotNull(users.regionCode)).orderBy(asc(users.id)).all()
  return rows
    .filter((row) => row.roles.includes(role) && row.regionCode !== null && regionCovers(row.regionCode, regionCode))
    .map((row) => row.id)
}

// ——— cases ———

export function caseById(db: Db, id: string): CaseRow | undefined {
  return statements(db).caseById.get({ id })
}

export function caseOfDraft(db: Db, workerUserId: string, draftId: string): CaseRow | undefined {
  return statements(db).caseOfDraft.get({ worker: workerUserId, draft: draftId })
}

export function insertCase(db: Db, row: CaseRow): void {
  statements(db).insertCase.run(row)
}

/**
 * Changes a case only if it is still in the status it was read in: of two officers acting at
 * once, the second changes nothing. True when the row changed.
 */
export function updateCaseFrom(tx: Tx, id: string, fromStatus: CaseStatus, fromUpdatedAt: string, changes: Partial<Omit<CaseRow, 'id'>>): boolean {
  return (
    tx
      .update(cases)
      .set(changes)
      .where(and(eq(cases.id, id), eq(cases.status, fromStatus), eq(cases.updatedAt, fromUpdatedAt)))
      .returning({ id: cases.id })
      .all().length > 0
  )
}

export function casesOfWorker(db: Tx, workerUserId: string): CaseRow[] {
  return db.select().from(cases).where(eq(cases.workerUserId, workerUserId)).orderBy(desc(cases.submittedAt), desc(cases.id)).all()
}

/** Cases of these employers that an officer has accepted (the employer hears of nothing before). */
export function acceptedCasesOfEmployers(db: Tx, employerIds: readonly string[]): CaseRow[] {
  if (employerIds.length === 0) return []
  return db
    .select()
    .from(cases)
    .where(and(inArray(cases.employerId, [...employerIds]), isNotNull(cases.handlerUserId)))
    .orderBy(desc(cases.submittedAt), desc(cases.id))
    .all()
}

/** Final or rejected cases the worker has not rated yet. */
export function casesToRate(db: Tx, workerUserId: string): CaseRow[] {
  return db
    .select()
    .from(cases)
    .where(and(eq(cases.workerUserId, workerUserId), inArray(cases.status, ['closed', 'rejected']), eq(cases.rated, false)))
    .orderBy(desc(cases.submittedAt))
    .all()
}

export interface QueueFilter {
  readonly officerRegion: string
  readonly status?: CaseStatus | undefined
  readonly openOnly: boolean
  /** true: only cases past their deadline; false: only those that are not; undefined: both. */
  readonly overdue?: boolean | undefined
  readonly today: string
}

/** Nulls last without NULLS LAST: a final case has no deadline and sorts after every date. */
const noDeadline = '9999-12-31'
const deadlineKey = sql<string>`coalesce(${cases.stageDeadline}, ${noDeadline})`

export interface QueueCursor {
  readonly deadline: string
  readonly submittedAt: string
  readonly id: string
}

/** Nearest deadline first, then oldest; `limit` rows after the cursor. */
export function queueOfRegion(db: Tx, filter: QueueFilter, after: QueueCursor | null, limit: number): CaseRow[] {
  const conditions: SQL[] = [inRegion(filter.officerRegion)]
  if (filter.openOnly) conditions.push(open())
  if (filter.status) conditions.push(eq(cases.status, filter.status))
  if (filter.overdue === true) conditions.push(pastDeadline(filter.today))
  if (filter.overdue === false) conditions.push(notPastDeadline(filter.today))
  if (after) {
    conditions.push(
      or(
        gt(deadlineKey, after.deadline),
        and(eq(deadlineKey, after.deadline), gt(cases.submittedAt, after.submittedAt)),
        and(eq(deadlineKey, after.deadline), eq(cases.submittedAt, after.submittedAt), gt(cases.id, after.id)),
      ) ?? always,
    )
  }
  return db
    .select()
    .from(cases)
    .where(and(...conditions))
    .orderBy(asc(deadlineKey), asc(cases.submittedAt), asc(cases.id))
    .limit(limit)
    .all()
}

export function queueCursorOf(row: CaseRow): string {
  return `${row.stageDeadline ?? noDeadline}|${row.submittedAt}|${row.id}`
}

export function parseQueueCursor(cursor: string | undefined): QueueCursor | null {
  const [deadline, submittedAt, id] = cursor?.split('|') ?? []
  return deadline && submittedAt && id ? { deadline, submittedAt, id } : null
}

export function statusCountsOfRegion(db: Tx, officerRegion: string): { status: CaseStatus; count: number }[] {
  return db.select({ status: cases.status, count: count() }).from(cases).where(inRegion(officerRegion)).groupBy(cases.status).all()
}

export function overdueCountOfRegion(db: Tx, officerRegion: string, today: string): number {
  return db.select({ n: count() }).from(cases).where(and(inRegion(officerRegion), pastDeadline(today))).get()?.n ?? 0
}

export function recoveredOfRegion(db: Tx, officerRegion: string): number {
  const total = db.select({ total: sum(cases.recoveredFen) }).from(cases).where(inRegion(officerRegion)).get()?.total
  return Number(total ?? 0)
}

export function closedCasesOfRegion(db: Tx, officerRegion: string): { submittedOn: string; closedAt: string }[] {
  return db
    .select({ submittedOn: cases.submittedOn, closedAt: cases.closedAt })
    .from(cases)
    .where(and(inRegion(officerRegion), eq(cases.status, 'closed'), isNotNull(cases.closedAt)))
    .all()
    .flatMap((row) => (row.closedAt ? [{ submittedOn: row.submittedOn, closedAt: row.closedAt }] : []))
}

/** Open cases past their deadline whose deadline has not been flagged yet (in a region, or everywhere). */
export function unflaggedOverdueCases(db: Tx, officerRegion: string | null, today: string): CaseRow[] {
  const unflagged = or(isNull(cases.overdueDeadline), ne(cases.overdueDeadline, cases.stageDeadline))
  return db
    .select()
    .from(cases)
    .where(and(pastDeadline(today), unflagged, officerRegion ? inRegion(officerRegion) : undefined))
    .orderBy(asc(cases.stageDeadline), asc(cases.id))
    .all()
}

/** Flags the case's current deadline as missed, once: false when another run already did. */
export function flagOverdue(tx: Tx, id: string, stageDeadline: string): boolean {
  return (
    tx
      .update(cases)
      .set({ overdueDeadline: stageDeadline })
      .where(
        and(
          eq(cases.id, id),
          eq(cases.stageDeadline, stageDeadline),
          or(isNull(cases.overdueDeadline), ne(cases.overdueDeadline, stageDeadline)),
        ),
      )
      .returning({ id: cases.id })
      .all().length > 0
  )
}

// ——— events ———

export function insertEvent(db: Db, row: CaseEventRow): void {
  statements(db).insertEvent.run(row)
}

/**
 * The timeline, oldest first. Acts of one transaction share their instant; SQLite returns
 * them in the order they were written (the index on (case, at) breaks ties by rowid).
 */
export function eventsOfCase(db: Db, caseId: string): CaseEventRow[] {
  return statements(db).eventsOfCase.all({ caseId })
}

// ——— case numbers ———

/** The next number of the region's year, counted in the caller's transaction. */
export function nextCaseSerial(db: Db, regionCode: string, year: number): number {
  const row = statements(db).nextSerial.get({ regionCode, year })
  if (!row) throw new Error('case counter did not return a number')
  return row.last
}
