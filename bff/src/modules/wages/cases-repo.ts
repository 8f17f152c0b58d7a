import { and, asc, count, desc, eq, getTableColumns, gt, gte, inArray, isNotNull, isNull, lt, min, ne, notExists, notInArray, or, sql, type Placeholder, type SQL } from 'drizzle-orm'
import { CaseStatus, type CaseEventKind } from '@renshe/shared/wages/schemas'
import { isOpen } from '@renshe/shared/wages/case-machine'
import type { Query, Tx } from '../../db/database'
import { forUpdate, lockKey } from '../../db/locks'
import { arbitrations, caseCounters, caseEvents, cases, complaintDrafts, employers, evidenceFiles, realNames, users } from '../../db/schema'
import type { EmployerRow } from './employers-repo'
import { preparedPer } from '../../platform/prepared'
import { inRegionScope } from '../../platform/region-scope'

export type CaseRow = typeof cases.$inferSelect
export type CaseEventRow = typeof caseEvents.$inferSelect
export type DraftRow = typeof complaintDrafts.$inferSelect
export type EvidenceRow = typeof evidenceFiles.$inferSelect
export type EvidencePurpose = EvidenceRow['purpose']
/** Evidence as lists show it: everything but the content, which only a read of one file opens. */
export type EvidenceMeta = Omit<EvidenceRow, 'contentEnc'>

export const openStatuses: readonly CaseStatus[] = CaseStatus.options.filter(isOpen)

const always = sql`1 = 1`
/** The cases an officer of `officerRegion` may see: the portal's one SQL rule of region scope. */
const inRegion = (officerRegion: string): SQL => inRegionScope(cases.regionCode, officerRegion)
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
  eventId: evidenceFiles.eventId,
  purpose: evidenceFiles.purpose,
  mime: evidenceFiles.mime,
  size: evidenceFiles.size,
  sha256: evidenceFiles.sha256,
  nameEnc: evidenceFiles.nameEnc,
  createdAt: evidenceFiles.createdAt,
}

/**
 * Acts that share an instant (the two of one overdue flag, or several acts while a test's clock
 * stands still) in the order the case goes through them; there is no insertion order to rely on
 * on PostgreSQL. The id ends the tie for two acts of one kind at the same instant.
 */
const sameInstantOrder: readonly CaseEventKind[] = [
  'submitted',
  'overdue',
  'escalated',
  'accepted',
  'rejected',
  'employer_responded',
  'message',
  'mediation_started',
  'mediation_recorded',
  'extended',
  'transferred_inspection',
  'transferred_arbitration',
  'closed',
  'withdrawn',
  'rated',
]
// The ranks are written as literals (they are this file's own numbers): bound, PostgreSQL would read them as text.
const eventRank = sql<number>`case ${caseEvents.kind} ${sql.join(
  sameInstantOrder.map((kind, rank) => sql`when ${kind} then ${sql.raw(String(rank))}`),
  sql` `,
)} else ${sql.raw(String(sameInstantOrder.length))} end`

/** `{ column: placeholder(column) }` for every column: an insert prepared once, filled per row. */
function placeholdersOf<Row>(table: Parameters<typeof getTableColumns>[0]): Record<keyof Row, Placeholder> {
  return Object.fromEntries(Object.keys(getTableColumns(table)).map((key) => [key, sql.placeholder(key)])) as Record<keyof Row, Placeholder>
}

/**
 * The reads of the submission and the case view, prepared per handle (building a drizzle query
 * per call costs more than running it): from the database for a read, from the transaction
 * inside one.
 */
const reads = preparedPer((q: Query) => ({
  caseById: q.select().from(cases).where(eq(cases.id, sql.placeholder('id'))).prepare('wages_case_by_id'),
  caseOfDraft: q
    .select()
    .from(cases)
    .where(and(eq(cases.workerUserId, sql.placeholder('worker')), eq(cases.draftId, sql.placeholder('draft'))))
    .prepare('wages_case_of_draft'),
  eventsOfCase: q
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, sql.placeholder('caseId')))
    .orderBy(asc(caseEvents.at), asc(eventRank), asc(caseEvents.id))
    .prepare('wages_events_of_case'),
  evidenceOfCase: q
    .select(evidenceMeta)
    .from(evidenceFiles)
    .where(eq(evidenceFiles.caseId, sql.placeholder('caseId')))
    .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id))
    .prepare('wages_evidence_of_case'),
  draftOf: q.select().from(complaintDrafts).where(eq(complaintDrafts.subjectUserId, sql.placeholder('subject'))).prepare('wages_draft_of'),
  realName: q
    .select({ nameEnc: realNames.nameEnc, phoneEnc: realNames.phoneEnc })
    .from(realNames)
    .where(eq(realNames.userId, sql.placeholder('userId')))
    .prepare('wages_real_name'),
}))

/** The writes of the submission and of every act on a case, prepared per transaction. */
const writes = preparedPer((tx: Tx) => ({
  lockedCase: forUpdate(tx.select().from(cases).where(eq(cases.id, sql.placeholder('id')))).prepare('wages_locked_case'),
  insertCase: tx.insert(cases).values(placeholdersOf<CaseRow>(cases)).prepare('wages_insert_case'),
  insertEvent: tx.insert(caseEvents).values(placeholdersOf<CaseEventRow>(caseEvents)).prepare('wages_insert_event'),
  nextSerial: tx
    .insert(caseCounters)
    .values({ regionCode: sql.placeholder('regionCode'), year: sql.placeholder('year'), last: 1 })
    .onConflictDoUpdate({ target: [caseCounters.regionCode, caseCounters.year], set: { last: sql`${caseCounters.last} + 1` } })
    .returning({ last: caseCounters.last })
    .prepare('wages_next_serial'),
  deleteSentDraft: tx
    .delete(complaintDrafts)
    .where(and(eq(complaintDrafts.subjectUserId, sql.placeholder('subject')), eq(complaintDrafts.draftId, sql.placeholder('draft'))))
    .prepare('wages_delete_sent_draft'),
}))

// ——— drafts ———

/**
 * Holds one draft of a worker until the transaction ends: whether a case was filed from it is
 * checked and acted on (filing it, saving it again) by one transaction at a time, on any instance.
 */
export async function lockDraft(tx: Tx, workerUserId: string, draftId: string): Promise<void> {
  await lockKey(tx, `wages-draft:${workerUserId}:${draftId}`)
}

export async function draftOf(q: Query, subjectUserId: string): Promise<DraftRow | undefined> {
  const [row] = await reads(q).draftOf.execute({ subject: subjectUserId })
  return row
}

export async function upsertDraft(tx: Tx, row: DraftRow): Promise<void> {
  const { subjectUserId, ...changes } = row
  await tx.insert(complaintDrafts).values(row).onConflictDoUpdate({ target: complaintDrafts.subjectUserId, set: changes })
}

/** Deletes the subject's draft; true when there was one. */
export async function deleteDraftRow(tx: Tx, subjectUserId: string): Promise<boolean> {
  const deleted = await tx.delete(complaintDrafts).where(eq(complaintDrafts.subjectUserId, subjectUserId)).returning({ subject: complaintDrafts.subjectUserId })
  return deleted.length > 0
}

/** Deletes the draft a case was just filed from (a newer draft of the same person stays). */
export async function deleteSentDraft(tx: Tx, subjectUserId: string, draftId: string): Promise<void> {
  await writes(tx).deleteSentDraft.execute({ subject: subjectUserId, draft: draftId })
}

// ——— evidence ———

export async function insertEvidence(tx: Tx, row: EvidenceRow): Promise<void> {
  await tx.insert(evidenceFiles).values(row)
}

export async function evidenceById(q: Query, id: string): Promise<EvidenceRow | undefined> {
  const [row] = await q.select().from(evidenceFiles).where(eq(evidenceFiles.id, id))
  return row
}

export async function evidenceMetaById(q: Query, id: string): Promise<EvidenceMeta | undefined> {
  const [row] = await q.select(evidenceMeta).from(evidenceFiles).where(eq(evidenceFiles.id, id))
  return row
}

const unattached = (ownerUserId: string, purpose: EvidencePurpose) =>
  and(eq(evidenceFiles.ownerUserId, ownerUserId), eq(evidenceFiles.purpose, purpose), isNull(evidenceFiles.caseId))

/** Holds an owner's unsent files of one purpose until the transaction ends: their count is checked, then added to. */
export async function lockEvidenceOf(tx: Tx, ownerUserId: string, purpose: EvidencePurpose): Promise<void> {
  await lockKey(tx, `wages-evidence:${ownerUserId}:${purpose}`)
}

export async function countUnattachedEvidence(q: Query, ownerUserId: string, purpose: EvidencePurpose): Promise<number> {
  const [row] = await q.select({ n: count() }).from(evidenceFiles).where(unattached(ownerUserId, purpose))
  return row?.n ?? 0
}

/**
 * Those of `ids` that are the owner's own files of `purpose`, not yet sent with a case, locked
 * until the transaction ends: two cases sent at once cannot both cite the same file.
 */
export async function lockUnattachedEvidence(tx: Tx, ownerUserId: string, purpose: EvidencePurpose, ids: readonly string[]): Promise<EvidenceMeta[]> {
  if (ids.length === 0) return []
  return forUpdate(
    tx
      .select(evidenceMeta)
      .from(evidenceFiles)
      .where(and(unattached(ownerUserId, purpose), inArray(evidenceFiles.id, [...ids])))
      .orderBy(asc(evidenceFiles.id)),
  )
}

/** Sends the files with a case: with the complaint or the employer's answer, or with one message (`eventId`). */
export async function attachEvidence(tx: Tx, ids: readonly string[], caseId: string, eventId: string | null = null): Promise<void> {
  if (ids.length === 0) return
  await tx.update(evidenceFiles).set({ caseId, eventId }).where(and(inArray(evidenceFiles.id, [...ids]), isNull(evidenceFiles.caseId)))
}

export function evidenceOfCase(q: Query, caseId: string): Promise<EvidenceMeta[]> {
  return reads(q).evidenceOfCase.execute({ caseId })
}

/** Deletes one file if it is still unattached; true when it was. */
export async function deleteUnattachedEvidence(tx: Tx, id: string): Promise<boolean> {
  const deleted = await tx.delete(evidenceFiles).where(and(eq(evidenceFiles.id, id), isNull(evidenceFiles.caseId))).returning({ id: evidenceFiles.id })
  return deleted.length > 0
}

export async function deleteUnattachedEvidenceOf(tx: Tx, ownerUserId: string, purpose: EvidencePurpose): Promise<number> {
  const deleted = await tx.delete(evidenceFiles).where(unattached(ownerUserId, purpose)).returning({ id: evidenceFiles.id })
  return deleted.length
}

/** Deletes the owner's unsent files of `purpose` uploaded before `before`; their ids. */
export async function deleteUnattachedEvidenceBefore(tx: Tx, ownerUserId: string, purpose: EvidencePurpose, before: string): Promise<string[]> {
  const deleted = await tx
    .delete(evidenceFiles)
    .where(and(unattached(ownerUserId, purpose), lt(evidenceFiles.createdAt, before)))
    .returning({ id: evidenceFiles.id })
  return deleted.map((row) => row.id).sort()
}

// ——— employers (the payroll side keeps them; a complaint may name one by its credit code) ———

export async function employerByCreditCode(q: Query, creditCode: string): Promise<EmployerRow | undefined> {
  const [row] = await q.select().from(employers).where(eq(employers.creditCode, creditCode))
  return row
}

// ——— people ———

export async function sealedRealNameOf(q: Query, userId: string): Promise<{ nameEnc: string; phoneEnc: string | null } | undefined> {
  const [row] = await reads(q).realName.execute({ userId })
  return row
}

/** The sealed staff-facing name of the staff member with this staff code. */
export async function sealedStaffNameOf(q: Query, staffCode: string): Promise<string | null> {
  const [row] = await q.select({ nameEnc: users.staffNameEnc }).from(users).where(eq(users.staffCode, staffCode))
  return row?.nameEnc ?? null
}

// ——— cases ———

/**
 * The arbitration applied for from a complaint the office sent there, if any (decision 072: one a
 * complaint): its county's commission reads the complaint's evidence, and the complaint links to it.
 */
export async function arbitrationOfCase(q: Query, caseId: string): Promise<{ id: string; caseNumber: string; regionCode: string; served: boolean } | undefined> {
  const [row] = await q
    .select({ id: arbitrations.id, caseNumber: arbitrations.caseNumber, regionCode: arbitrations.regionCode, state: arbitrations.state })
    .from(arbitrations)
    .where(eq(arbitrations.wageCaseId, caseId))
  return row && { id: row.id, caseNumber: row.caseNumber, regionCode: row.regionCode, served: row.state.servedOn !== null }
}

export async function caseById(q: Query, id: string): Promise<CaseRow | undefined> {
  const [row] = await reads(q).caseById.execute({ id })
  return row
}

/**
 * The case, locked until the transaction ends: of two people acting on it at once (on two
 * instances), the second waits and then reads it as the first left it.
 */
export async function lockedCaseById(tx: Tx, id: string): Promise<CaseRow | undefined> {
  const [row] = await writes(tx).lockedCase.execute({ id })
  return row
}

export async function caseOfDraft(q: Query, workerUserId: string, draftId: string): Promise<CaseRow | undefined> {
  const [row] = await reads(q).caseOfDraft.execute({ worker: workerUserId, draft: draftId })
  return row
}

export async function insertCase(tx: Tx, row: CaseRow): Promise<void> {
  await writes(tx).insertCase.execute(row)
}

/**
 * Changes a case only if it is still in the status it was read in: of two officers acting at
 * once, the second changes nothing. True when the row changed.
 */
export async function updateCaseFrom(tx: Tx, id: string, fromStatus: CaseStatus, fromUpdatedAt: string, changes: Partial<Omit<CaseRow, 'id'>>): Promise<boolean> {
  const updated = await tx
    .update(cases)
    .set(changes)
    .where(and(eq(cases.id, id), eq(cases.status, fromStatus), eq(cases.updatedAt, fromUpdatedAt)))
    .returning({ id: cases.id })
  return updated.length > 0
}

export function casesOfWorker(q: Query, workerUserId: string): Promise<CaseRow[]> {
  return q.select().from(cases).where(eq(cases.workerUserId, workerUserId)).orderBy(desc(cases.submittedAt), desc(cases.id))
}

/** Cases of these employers that an officer has accepted: the employer hears of nothing before. */
const acceptedAgainst = (employerIds: readonly string[]): SQL => and(inArray(cases.employerId, [...employerIds]), isNotNull(cases.handlerUserId)) ?? always

/** What the employer desk lists. */
export async function acceptedCasesOfEmployers(q: Query, employerIds: readonly string[]): Promise<CaseRow[]> {
  if (employerIds.length === 0) return []
  return q.select().from(cases).where(acceptedAgainst(employerIds)).orderBy(desc(cases.submittedAt), desc(cases.id))
}

/**
 * Complaints waiting for these employers' answer: accepted and still open (what lets the employer
 * answer, `canRespond` in case-view.ts), with no answer from it yet.
 */
function awaitingAnswer(q: Query, employerIds: readonly string[]): SQL {
  const answered = q
    .select({ one: sql`1` })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, cases.id), eq(caseEvents.kind, 'employer_responded')))
  return and(acceptedAgainst(employerIds), open(), notExists(answered)) ?? always
}

/** How many complaints wait for these employers' answer, and which when there is only one. */
export async function awaitingAnswerOfEmployers(q: Query, employerIds: readonly string[]): Promise<{ count: number; onlyId: string | null }> {
  if (employerIds.length === 0) return { count: 0, onlyId: null }
  const [row] = await q
    .select({ n: count(), first: min(cases.id) })
    .from(cases)
    .where(awaitingAnswer(q, employerIds))
  const n = row?.n ?? 0
  return { count: n, onlyId: n === 1 ? (row?.first ?? null) : null }
}

/** Which complaints wait for these employers' answer: the desk lists them apart from the rest. */
export async function idsAwaitingAnswerOfEmployers(q: Query, employerIds: readonly string[]): Promise<string[]> {
  if (employerIds.length === 0) return []
  const rows = await q.select({ id: cases.id }).from(cases).where(awaitingAnswer(q, employerIds))
  return rows.map((row) => row.id)
}

/** Final or rejected cases the worker has not rated yet. */
export function casesToRate(q: Query, workerUserId: string): Promise<CaseRow[]> {
  return q
    .select()
    .from(cases)
    .where(and(eq(cases.workerUserId, workerUserId), inArray(cases.status, ['closed', 'rejected']), eq(cases.rated, false)))
    .orderBy(desc(cases.submittedAt), desc(cases.id))
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

/** Nearest deadline first, then oldest, then by id (a total order); `limit` rows after the cursor. */
export function queueOfRegion(q: Query, filter: QueueFilter, after: QueueCursor | null, limit: number): Promise<CaseRow[]> {
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
  return q
    .select()
    .from(cases)
    .where(and(...conditions))
    .orderBy(asc(deadlineKey), asc(cases.submittedAt), asc(cases.id))
    .limit(limit)
}

export function queueCursorOf(row: CaseRow): string {
  return `${row.stageDeadline ?? noDeadline}|${row.submittedAt}|${row.id}`
}

export function parseQueueCursor(cursor: string | undefined): QueueCursor | null {
  const [deadline, submittedAt, id] = cursor?.split('|') ?? []
  return deadline && submittedAt && id ? { deadline, submittedAt, id } : null
}

export function statusCountsOfRegion(q: Query, officerRegion: string): Promise<{ status: CaseStatus; count: number }[]> {
  return q.select({ status: cases.status, count: count() }).from(cases).where(inRegion(officerRegion)).groupBy(cases.status).orderBy(asc(cases.status))
}

export async function overdueCountOfRegion(q: Query, officerRegion: string, today: string): Promise<number> {
  const [row] = await q.select({ n: count() }).from(cases).where(and(inRegion(officerRegion), pastDeadline(today)))
  return row?.n ?? 0
}

export async function recoveredOfRegion(q: Query, officerRegion: string): Promise<number> {
  // sum() of a bigint is numeric, which PostgreSQL returns as text.
  const [row] = await q
    .select({ total: sql<number>`coalesce(sum(${cases.recoveredFen}), 0)`.mapWith(Number) })
    .from(cases)
    .where(inRegion(officerRegion))
  return row?.total ?? 0
}

/** The two dates of every closed case of the region: what the median time to settle is taken over. */
export async function closedCasesOfRegion(q: Query, officerRegion: string): Promise<{ submittedOn: string; closedAt: string }[]> {
  const rows = await q
    .select({ submittedOn: cases.submittedOn, closedAt: cases.closedAt })
    .from(cases)
    .where(and(inRegion(officerRegion), eq(cases.status, 'closed'), isNotNull(cases.closedAt)))
    .orderBy(asc(cases.id))
  return rows.flatMap((row) => (row.closedAt ? [{ submittedOn: row.submittedOn, closedAt: row.closedAt }] : []))
}

/** Open cases past their deadline whose deadline has not been flagged yet (in a region, or everywhere). */
export function unflaggedOverdueCases(q: Query, officerRegion: string | null, today: string): Promise<CaseRow[]> {
  const unflagged = or(isNull(cases.overdueDeadline), ne(cases.overdueDeadline, cases.stageDeadline))
  return q
    .select()
    .from(cases)
    .where(and(pastDeadline(today), unflagged, officerRegion ? inRegion(officerRegion) : undefined))
    .orderBy(asc(cases.stageDeadline), asc(cases.id))
}

/**
 * Flags the case's current deadline as missed, once, and returns the case as it is now: undefined
 * when another run already flagged it or the case has moved on since it was found. One guarded
 * UPDATE: of two runs at once, PostgreSQL lets the second re-check the guard after the first commits.
 */
export async function flagOverdue(tx: Tx, id: string, stageDeadline: string): Promise<CaseRow | undefined> {
  const [row] = await tx
    .update(cases)
    .set({ overdueDeadline: stageDeadline })
    .where(
      and(
        eq(cases.id, id),
        open(),
        eq(cases.stageDeadline, stageDeadline),
        or(isNull(cases.overdueDeadline), ne(cases.overdueDeadline, stageDeadline)),
      ),
    )
    .returning()
  return row
}

// ——— events ———

export async function insertEvent(tx: Tx, row: CaseEventRow): Promise<void> {
  await writes(tx).insertEvent.execute(row)
}

/** The timeline, oldest first; acts of one instant in the order the case goes through them. */
export function eventsOfCase(q: Query, caseId: string): Promise<CaseEventRow[]> {
  return reads(q).eventsOfCase.execute({ caseId })
}

// ——— case numbers ———

/** The next number of the region's year: one atomic upsert in the caller's transaction. */
export async function nextCaseSerial(tx: Tx, regionCode: string, year: number): Promise<number> {
  const [row] = await writes(tx).nextSerial.execute({ regionCode, year })
  if (!row) throw new Error('case counter did not return a number')
  return row.last
}
