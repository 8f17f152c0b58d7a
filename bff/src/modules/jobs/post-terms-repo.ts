import { and, asc, desc, eq, gt, inArray, lt, notExists, or, sql, type SQL } from 'drizzle-orm'
import type { JobKind } from '@renshe/shared/jobs/schemas'
import type { Database, Query, Tx } from '../../db/database'
import { jobPostTerms, jobPosts } from '../../db/schema'
import { postTerms, type SearchablePost } from './post-search-terms'
import { isOpenPost, ofKind, type JobPostRow } from './posts-repo'

/** Where a ranked search continues: after this rank, then this time and id. */
export interface SearchCursor {
  readonly rank: number
  readonly at: string
  readonly id: string
}

/** Rows a multi-row insert carries: well under either engine's limit on bound values. */
const termsPerInsert = 300

function termRowsOf(post: SearchablePost & { readonly id: string }) {
  return [...postTerms(post)].map(([term, weight]) => ({ postId: post.id, term, weight }))
}

async function insertTerms(tx: Tx, rows: readonly (typeof jobPostTerms.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += termsPerInsert) await tx.insert(jobPostTerms).values(rows.slice(i, i + termsPerInsert))
}

/**
 * Writes the words a post is found by, over any it had: the one place they are written, called
 * wherever a post's text is written (posted, changed and sent again), in the same transaction.
 */
export async function writePostTerms(tx: Tx, post: SearchablePost & { readonly id: string }): Promise<void> {
  await tx.delete(jobPostTerms).where(eq(jobPostTerms.postId, post.id))
  await insertTerms(tx, termRowsOf(post))
}

/** A post a search found, where it stands in the order. */
export interface RankedPost {
  readonly id: string
  readonly rank: number
  /** When it was opened: an open post always has its decision time. */
  readonly decidedAt: string | null
}

/**
 * Open posts holding every one of `terms`, of `kind` when one is asked for, the best first: by the
 * summed weight of the fields the words were found in, then most recently opened. Filtered, ranked
 * and paged in SQL on two indexes alone (the words, and `job_posts_search_rank`; a kind is read
 * from each matched post's row); the same on both engines and on any number of instances. Only
 * the page's posts are then read whole (`postRowsByIds`).
 */
export function searchOpenPosts(q: Query, terms: readonly string[], today: string, after: SearchCursor | null, limit: number, kind?: JobKind): Promise<RankedPost[]> {
  if (terms.length === 0) return Promise.resolve([])
  const matched = q
    .select({ postId: jobPostTerms.postId, rank: sql<number>`cast(sum(${jobPostTerms.weight}) as integer)`.as('rank') })
    .from(jobPostTerms)
    .where(inArray(jobPostTerms.term, [...terms]))
    .groupBy(jobPostTerms.postId)
    .having(sql`count(*) = ${terms.length}`)
    .as('matched')
  const conditions: SQL[] = [eq(jobPosts.id, matched.postId), isOpenPost(today)]
  const kindOnly = ofKind(kind)
  if (kindOnly) conditions.push(kindOnly)
  if (after) {
    const beyond =
      or(
        lt(matched.rank, after.rank),
        and(eq(matched.rank, after.rank), or(lt(jobPosts.decidedAt, after.at), and(eq(jobPosts.decidedAt, after.at), lt(jobPosts.id, after.id)))),
      ) ?? sql`false`
    conditions.push(beyond)
  }
  return q
    .select({ id: jobPosts.id, rank: matched.rank, decidedAt: jobPosts.decidedAt })
    .from(matched)
    // From the matched posts to each one's entry by its key: a cross join is how SQLite is told the
    // order (joined on `on`, it walked every open post instead); PostgreSQL plans it as the join it is.
    .crossJoin(jobPosts)
    .where(and(...conditions))
    .orderBy(desc(matched.rank), desc(jobPosts.decidedAt), desc(jobPosts.id))
    .limit(limit)
}

/** The posts of the given ids, whole, in the order of the ids. */
export async function postRowsByIds(q: Query, ids: readonly string[]): Promise<JobPostRow[]> {
  if (ids.length === 0) return []
  const rows = new Map((await q.select().from(jobPosts).where(inArray(jobPosts.id, [...ids]))).map((row) => [row.id, row]))
  return ids.flatMap((id) => rows.get(id) ?? [])
}

/** Posts written before their words were kept, a batch at a time, in the order of their ids. */
function postsWithoutTerms(q: Query, afterId: string | null, limit: number): Promise<JobPostRow[]> {
  const anyTerm = q.select({ one: sql`1` }).from(jobPostTerms).where(eq(jobPostTerms.postId, jobPosts.id))
  const conditions: SQL[] = [notExists(anyTerm)]
  if (afterId !== null) conditions.push(gt(jobPosts.id, afterId))
  return q.select().from(jobPosts).where(and(...conditions)).orderBy(asc(jobPosts.id)).limit(limit)
}

/**
 * Gives the words to every post that has none: run by `npm run db:migrate` after the migrations,
 * so posts written before search existed (or by a tool that wrote posts directly) are found too.
 * A post once given its words is not read again, so a second run finds nothing to do. Returns
 * how many posts were given their words.
 */
export async function indexPostsWithoutTerms(db: Database, batch = 500): Promise<number> {
  let indexed = 0
  let afterId: string | null = null
  for (;;) {
    const rows: JobPostRow[] = await db.transaction(async (tx) => {
      const found = await postsWithoutTerms(tx, afterId, batch)
      await insertTerms(tx, found.flatMap(termRowsOf))
      return found
    })
    indexed += rows.length
    const last = rows.at(-1)
    if (!last || rows.length < batch) return indexed
    afterId = last.id
  }
}
