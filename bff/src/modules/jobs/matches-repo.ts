import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lte, max, or, sql, type SQL } from 'drizzle-orm'
import type { Query, Tx } from '../../db/database'
import { jobCallbacks, jobMatchNotices, jobPosts, jobRuns, proxyGrants, realNames, seekerProfiles } from '../../db/schema'
import { grantInForceWhere } from '../../platform/policy'
import type { JobPostRow } from './posts-repo'
import type { SeekerProfileRow } from './repo'

/** What scoring a post needs, and nothing more: no description, no review. */
const scoringColumns = {
  id: jobPosts.id,
  title: jobPosts.title,
  occupation: jobPosts.occupation,
  skills: jobPosts.skills,
  certificates: jobPosts.certificates,
  kind: jobPosts.kind,
  community: jobPosts.community,
  regionCode: jobPosts.regionCode,
  latMicrodegrees: jobPosts.latMicrodegrees,
  lngMicrodegrees: jobPosts.lngMicrodegrees,
  payFen: jobPosts.payFen,
  payUnit: jobPosts.payUnit,
  headcount: jobPosts.headcount,
  shifts: jobPosts.shifts,
  startDate: jobPosts.startDate,
  endDate: jobPosts.endDate,
}

export type ScoringRow = Pick<JobPostRow, keyof typeof scoringColumns>

/** A box in millionths of a degree; null bounds of longitude rule nothing out (the box wraps round the 180th meridian). */
export interface MicroBox {
  readonly minLat: number
  readonly maxLat: number
  readonly minLng: number | null
  readonly maxLng: number | null
}

const notEnded = (today: string) => or(isNull(jobPosts.endDate), gte(jobPosts.endDate, today)) as SQL

/** Where an open post is, and its occupation: what is read of every post in the box. */
export interface PostPoint {
  readonly id: string
  readonly occupation: string
  readonly latMicrodegrees: number
  readonly lngMicrodegrees: number
  readonly endDate: string | null
}

/**
 * Open posts not ended by `today` whose point lies in the box: one range of the index on
 * (status, latitude, longitude), longitude checked from the same index entries (decision 048).
 * Only the point and the occupation are read, never the wide columns.
 */
export function openPostPointsInBox(q: Query, box: MicroBox, today: string): Promise<PostPoint[]> {
  const conditions: SQL[] = [eq(jobPosts.status, 'open'), gte(jobPosts.latMicrodegrees, box.minLat), lte(jobPosts.latMicrodegrees, box.maxLat), notEnded(today)]
  if (box.minLng !== null) conditions.push(gte(jobPosts.lngMicrodegrees, box.minLng))
  if (box.maxLng !== null) conditions.push(lte(jobPosts.lngMicrodegrees, box.maxLng))
  return q
    .select({ id: jobPosts.id, occupation: jobPosts.occupation, latMicrodegrees: jobPosts.latMicrodegrees, lngMicrodegrees: jobPosts.lngMicrodegrees, endDate: jobPosts.endDate })
    .from(jobPosts)
    .where(and(...conditions))
}

/**
 * What scoring needs of the given posts, still open. Looked up by primary key only: with the
 * status in the condition too, SQLite may walk the status index through every open post instead.
 */
export async function scoringRowsByIds(q: Query, ids: readonly string[]): Promise<ScoringRow[]> {
  if (ids.length === 0) return []
  const rows = await q
    .select({ ...scoringColumns, status: jobPosts.status })
    .from(jobPosts)
    .where(inArray(jobPosts.id, [...ids]))
  return rows.filter((row) => row.status === 'open')
}

/** Whole rows of the given posts, for the page shown. */
export async function postsByIds(q: Query, ids: readonly string[]): Promise<Map<string, JobPostRow>> {
  if (ids.length === 0) return new Map()
  const rows = await q.select().from(jobPosts).where(inArray(jobPosts.id, [...ids]))
  return new Map(rows.map((row) => [row.id, row]))
}

/** Open posts not ended by `today` that an officer approved at or after `since`. */
export function postsApprovedSince(q: Query, since: string, today: string): Promise<ScoringRow[]> {
  return q
    .select(scoringColumns)
    .from(jobPosts)
    .where(and(eq(jobPosts.status, 'open'), gte(jobPosts.decidedAt, since), notEnded(today)))
    .orderBy(asc(jobPosts.decidedAt), asc(jobPosts.id))
}

/** The period start of the job's last finished run, if it ever finished one. */
export async function lastFinishedPeriod(q: Query, job: string): Promise<string | null> {
  const [row] = await q
    .select({ period: max(jobRuns.period) })
    .from(jobRuns)
    .where(and(eq(jobRuns.job, job), isNotNull(jobRuns.finishedAt)))
  return row?.period ?? null
}

/** Seekers who consent to be recommended, by user id after `after`, a page at a time. */
export function recommendableSeekersAfter(q: Query, after: string, limit: number): Promise<SeekerProfileRow[]> {
  return q
    .select()
    .from(seekerProfiles)
    .where(and(eq(seekerProfiles.recommendable, true), gt(seekerProfiles.userId, after)))
    .orderBy(asc(seekerProfiles.userId))
    .limit(limit)
}

/**
 * Records the notices, each seeker and post once: a pair already sent is left as it was. Returns
 * the posts newly recorded, the ones to tell her of.
 */
export async function insertNoticesOnce(tx: Tx, seekerUserId: string, matches: readonly { postId: string; score: number }[], at: string): Promise<string[]> {
  if (matches.length === 0) return []
  const rows = await tx
    .insert(jobMatchNotices)
    .values(matches.map((match) => ({ seekerUserId, postId: match.postId, score: match.score, createdAt: at })))
    .onConflictDoNothing()
    .returning({ postId: jobMatchNotices.postId })
  return rows.map((row) => row.postId)
}

/** The grants in force that this staff member holds, any scope; the caller keeps those naming `jobs.assist`. */
export function grantsInForceOfStaff(q: Query, staffUserId: string, now: string) {
  return q
    .select()
    .from(proxyGrants)
    .where(and(eq(proxyGrants.staffUserId, staffUserId), grantInForceWhere(now)))
    .orderBy(asc(proxyGrants.expiresAt), asc(proxyGrants.id))
}

export async function grantById(q: Query, id: string) {
  const [row] = await q.select().from(proxyGrants).where(eq(proxyGrants.id, id))
  return row
}

export async function realNamesOf(q: Query, userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, typeof realNames.$inferSelect>()
  const rows = await q.select().from(realNames).where(inArray(realNames.userId, [...userIds]))
  return new Map(rows.map((row) => [row.userId, row]))
}

/** When this staff member last marked each of these people called. */
export async function calledAtOf(q: Query, staffUserId: string, seekerUserIds: readonly string[]): Promise<Map<string, string>> {
  if (seekerUserIds.length === 0) return new Map()
  const rows = await q
    .select()
    .from(jobCallbacks)
    .where(and(eq(jobCallbacks.staffUserId, staffUserId), inArray(jobCallbacks.seekerUserId, [...seekerUserIds])))
  return new Map(rows.map((row) => [row.seekerUserId, row.calledAt]))
}

export interface NoticeSummary {
  readonly count: number
  readonly bestScore: number
  readonly firstAt: string
}

/** The matches sent to one person after `since` (all of them when null): how many, the best, the first. */
export async function noticesSince(q: Query, seekerUserId: string, since: string | null): Promise<NoticeSummary | null> {
  const conditions: SQL[] = [eq(jobMatchNotices.seekerUserId, seekerUserId)]
  if (since !== null) conditions.push(gt(jobMatchNotices.createdAt, since))
  const [row] = await q
    .select({ count: sql<number>`count(*)`.mapWith(Number), bestScore: max(jobMatchNotices.score), firstAt: sql<string | null>`min(${jobMatchNotices.createdAt})` })
    .from(jobMatchNotices)
    .where(and(...conditions))
  return row && row.count > 0 && row.bestScore !== null && row.firstAt !== null ? { count: row.count, bestScore: row.bestScore, firstAt: row.firstAt } : null
}

/** Sets when this staff member last called this person. */
export async function saveCalledAt(tx: Tx, staffUserId: string, seekerUserId: string, calledAt: string): Promise<void> {
  await tx
    .insert(jobCallbacks)
    .values({ staffUserId, seekerUserId, calledAt })
    .onConflictDoUpdate({ target: [jobCallbacks.staffUserId, jobCallbacks.seekerUserId], set: { calledAt } })
}
