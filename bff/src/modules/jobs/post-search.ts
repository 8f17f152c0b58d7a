import type { OpenJob } from '@renshe/shared/jobs/posts'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { pageOf } from '../../platform/paging'
import { queryTerms } from './post-search-terms'
import { postRowsByIds, searchOpenPosts, type SearchCursor } from './post-terms-repo'
import { organisationNames } from './posts-repo'
import { postOf, type OpenPostsQuery, type PostPage } from './posts-service'

/** `rank|time|id` of the last post of a page; anything else starts from the first page. */
export function searchCursor(cursor: string | undefined): SearchCursor | null {
  const [rank, at, id] = cursor?.split('|') ?? []
  return rank && /^\d{1,4}$/.test(rank) && at && id ? { rank: Number(rank), at, id } : null
}

/**
 * The open posts holding every word of what was typed, of the kind asked for, best first, in
 * pages: the same posts the open list shows, narrowed. What was typed is not recorded; the read
 * is, as the open list's is.
 */
export async function searchOpenJobs(deps: Deps, actor: Actor, query: OpenPostsQuery & { readonly q: string }): Promise<PostPage<OpenJob>> {
  const now = deps.clock.now()
  const terms = queryTerms(query.q)
  const { nextCursor, items } = await deps.db.read(async (q) => {
    const found = await searchOpenPosts(q, terms, chinaDate(now), searchCursor(query.cursor), query.limit + 1, query.kind)
    const page = pageOf(found, query.limit, ({ rank, decidedAt, id }) => `${rank}|${decidedAt ?? ''}|${id}`)
    const rows = await postRowsByIds(
      q,
      page.rows.map(({ id }) => id),
    )
    const names = await organisationNames(
      q,
      rows.map((row) => row.posterOrganisationId),
    )
    return {
      nextCursor: page.nextCursor,
      items: rows.map((row) => ({ id: row.id, organisationName: names.get(row.posterOrganisationId) ?? '', post: postOf(row), openedAt: row.decidedAt ?? row.createdAt })),
    }
  })
  await recordAudit(deps, now, actor, { action: 'jobs.listOpenPosts', kind: 'read', objectType: 'job_posts', objectId: 'open' })
  return { items, nextCursor }
}
