import { matchNoticeRules } from '@renshe/shared/jobs/matches'
import { rankMatches } from '@renshe/shared/jobs/matching'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { insertNoticesOnce, lastFinishedPeriod, postsApprovedSince, recommendableSeekersAfter } from './matches-repo'
import { jobPostOf } from './matches-service'
import { seekerProfileFrom } from './service'

/** The name of the job in `job_runs`: its last finished period is where the next run starts. */
export const matchNoticesJob = 'jobs-matches'

export interface MatchNoticeSummary {
  /** Posts approved since the last run that were looked at. */
  readonly posts: number
  /** Seekers who were sent at least one new match. */
  readonly seekers: number
  /** Matches newly recorded and sent. */
  readonly notices: number
}

const pageSize = 200

/**
 * Tells each seeker who consents to be recommended of the posts approved since the last run
 * that score at least `matchNoticeRules.minimumScore` for her: one inbox message per seeker and
 * run, naming the best and counting the rest. What was sent is recorded in `job_match_notices`,
 * unique per seeker and post, in the transaction of the message: a second run, or a run taken
 * over after its instance died, finds the pairs recorded and sends nothing again. A seeker who
 * has withdrawn her consent is not read at all.
 *
 * "Since the last run" is the start of the last finished period (each period's run begins after
 * its start), so a post approved while a run was going is looked at again by the next; the
 * unique pair makes the overlap harmless. The first run ever looks back a few days.
 */
export async function runMatchNotices(deps: Deps): Promise<MatchNoticeSummary> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = chinaDate(now)
  const since = (await deps.db.read((q) => lastFinishedPeriod(q, matchNoticesJob))) ?? new Date(now.getTime() - matchNoticeRules.firstRunLookbackDays * 86_400_000).toISOString()
  const rows = await deps.db.read((q) => postsApprovedSince(q, since, today))
  if (rows.length === 0) return { posts: 0, seekers: 0, notices: 0 }
  const posts = rows.map(jobPostOf)
  const titles = new Map(rows.map((row) => [row.id, row.title]))
  let seekers = 0
  let notices = 0
  let after = ''
  for (;;) {
    const page = await deps.db.read((q) => recommendableSeekersAfter(q, after, pageSize))
    for (const row of page) {
      const profile = seekerProfileFrom(deps, row)
      const matches = rankMatches(profile, posts, { limit: posts.length, openOn: today }).filter((match) => match.score >= matchNoticeRules.minimumScore)
      if (matches.length === 0) continue
      const sent = await deps.db.transaction(async (tx) => {
        const fresh = new Set(await insertNoticesOnce(tx, row.userId, matches, at))
        // Best first, as ranked: the message names the best of what is new.
        const best = matches.find((match) => fresh.has(match.postId))
        if (!best) return 0
        await notify(tx, deps.random, now, { userId: row.userId, template: 'jobs.newMatches', params: { count: fresh.size, postTitle: titles.get(best.postId) ?? '', score: best.score }, link: pageLink('jobMatches') })
        const system: Actor = { requestId: matchNoticesJob, actorUserId: null, subjectUserId: row.userId, viaGrantId: null }
        await appendAudit(tx, now, system, { action: 'jobs.sendMatchNotices', kind: 'write', objectType: 'seeker_profile', objectId: row.userId })
        return fresh.size
      })
      if (sent > 0) {
        seekers += 1
        notices += sent
      }
    }
    const last = page.at(-1)
    if (last === undefined || page.length < pageSize) break
    after = last.userId
  }
  return { posts: posts.length, seekers, notices }
}
