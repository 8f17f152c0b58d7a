import { and, asc, desc, eq, gte, inArray, isNull, or, type SQL } from 'drizzle-orm'
import { closablePostStatuses, editablePostStatuses } from '@renshe/shared/jobs/posts'
import type { JobKind } from '@renshe/shared/jobs/schemas'
import type { Query, Tx } from '../../db/database'
import { afterCursor } from '../../db/keyset'
import { employers, jobPosts } from '../../db/schema'
import { inRegionScope } from '../../platform/region-scope'

export type JobPostRow = typeof jobPosts.$inferSelect

/** Where a time-ordered list of posts continues: after this time and id. */
export interface PostCursor {
  readonly at: string
  readonly id: string
}

/** Statuses an officer still has to decide. */
const undecided = ['in_review', 'held'] as const

export async function insertPost(tx: Tx, row: JobPostRow): Promise<void> {
  await tx.insert(jobPosts).values(row)
}

export async function postById(q: Query, id: string): Promise<JobPostRow | undefined> {
  const [row] = await q.select().from(jobPosts).where(eq(jobPosts.id, id))
  return row
}

/** The posts of the given organisations, newest first. */
export function postsOfOrganisations(q: Query, organisationIds: readonly string[], after: PostCursor | null, limit: number): Promise<JobPostRow[]> {
  if (organisationIds.length === 0) return Promise.resolve([])
  const conditions: SQL[] = [inArray(jobPosts.posterOrganisationId, [...organisationIds])]
  if (after) conditions.push(afterCursor(jobPosts.createdAt, jobPosts.id, after, 'desc'))
  return q.select().from(jobPosts).where(and(...conditions)).orderBy(desc(jobPosts.createdAt), desc(jobPosts.id)).limit(limit)
}

/** Posts of the officer's region still to be decided, oldest first: the first posted is the first read. */
export function postsToReview(q: Query, officerRegion: string, after: PostCursor | null, limit: number): Promise<JobPostRow[]> {
  const conditions: SQL[] = [inRegionScope(jobPosts.regionCode, officerRegion), inArray(jobPosts.status, [...undecided])]
  if (after) conditions.push(afterCursor(jobPosts.createdAt, jobPosts.id, after, 'asc'))
  return q.select().from(jobPosts).where(and(...conditions)).orderBy(asc(jobPosts.createdAt), asc(jobPosts.id)).limit(limit)
}

/** The one rule for the posts anyone logged in may read: open, and their work not ended by `today` (a China date). */
export function isOpenPost(today: string): SQL {
  return and(eq(jobPosts.status, 'open'), or(isNull(jobPosts.endDate), gte(jobPosts.endDate, today))) ?? eq(jobPosts.status, 'open')
}

/** Posts of one kind (day work, part-time, full-time), or of every kind when none is asked for. */
export function ofKind(kind: JobKind | undefined): SQL | undefined {
  return kind === undefined ? undefined : eq(jobPosts.kind, kind)
}

/**
 * Open posts whose work has not ended by `today` (a China date), of `kind` when one is asked for,
 * most recently opened first. An open post always has its decision time.
 */
export function openPosts(q: Query, today: string, after: PostCursor | null, limit: number, kind?: JobKind): Promise<JobPostRow[]> {
  return openPostsQuery(q, today, after, limit, kind)
}

/** The statement of `openPosts`, for a test to ask the engine how it reads it. */
export function openPostsQuery(q: Query, today: string, after: PostCursor | null, limit: number, kind?: JobKind) {
  const conditions: SQL[] = [isOpenPost(today)]
  const kindOnly = ofKind(kind)
  if (kindOnly) conditions.push(kindOnly)
  if (after) conditions.push(afterCursor(jobPosts.decidedAt, jobPosts.id, after, 'desc'))
  return q.select().from(jobPosts).where(and(...conditions)).orderBy(desc(jobPosts.decidedAt), desc(jobPosts.id)).limit(limit)
}

/**
 * Records an officer's decision, only while the post is still undecided and at the revision the
 * officer read: of two officers deciding at once, or a decision and the poster's change, the
 * second finds nothing to change. Undefined when nothing was changed.
 */
export async function decidePostRow(
  tx: Tx,
  id: string,
  decision: Pick<JobPostRow, 'status' | 'decisionNote' | 'decidedBy' | 'decidedAt' | 'updatedAt'>,
  revision: number,
): Promise<JobPostRow | undefined> {
  const [row] = await tx
    .update(jobPosts)
    .set(decision)
    .where(and(eq(jobPosts.id, id), eq(jobPosts.revision, revision), inArray(jobPosts.status, [...undecided])))
    .returning()
  return row
}

/** Closes a post that is still closable; undefined when it was closed or declined meanwhile. */
export async function closePostRow(tx: Tx, id: string, at: string): Promise<JobPostRow | undefined> {
  const [row] = await tx
    .update(jobPosts)
    .set({ status: 'closed', updatedAt: at })
    .where(and(eq(jobPosts.id, id), inArray(jobPosts.status, [...closablePostStatuses])))
    .returning()
  return row
}

/**
 * Writes a changed post over the one its poster read: only while it may still be changed and is
 * still at `revision`, so that of two changes made on the same copy, or a change and an officer's
 * decision, the later finds nothing to change. Undefined when nothing was changed.
 */
export async function resubmitPostRow(tx: Tx, id: string, revision: number, changed: Omit<JobPostRow, 'id' | 'posterOrganisationId' | 'posterUserId' | 'createdAt'>): Promise<JobPostRow | undefined> {
  const [row] = await tx
    .update(jobPosts)
    .set(changed)
    .where(and(eq(jobPosts.id, id), eq(jobPosts.revision, revision), inArray(jobPosts.status, [...editablePostStatuses])))
    .returning()
  return row
}

/**
 * The organisations an employer account speaks for (normally one), oldest first: the same rule
 * as the wages module's, read here since modules do not import one another.
 */
export function organisationsOfUser(q: Query, userId: string): Promise<{ id: string; name: string }[]> {
  return q
    .select({ id: employers.id, name: employers.name })
    .from(employers)
    .where(eq(employers.userId, userId))
    .orderBy(asc(employers.createdAt), asc(employers.id))
}

/** The names of the given organisations, by id. */
export async function organisationNames(q: Query, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await q.select({ id: employers.id, name: employers.name }).from(employers).where(inArray(employers.id, [...new Set(ids)]))
  return new Map(rows.map((row) => [row.id, row.name]))
}
