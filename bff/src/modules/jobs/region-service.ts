import { and, count, eq, gte, isNotNull, ne } from 'drizzle-orm'
import { weeksOfHires, type JobsRegionStats } from '@renshe/shared/jobs/region'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { median } from '@renshe/shared/platform/median'
import { addCalendarDays, calendarDaysBetween } from '@renshe/shared/wages/work-calendar'
import type { Query } from '../../db/database'
import { flexibleEnrolments, jobApplications, jobMatchNotices, jobPosts, seekerProfiles } from '../../db/schema'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { inRegionScope } from '../../platform/region-scope'
import { regionSubsidyFigures } from './subsidy-repo'

/** The Monday of a date's week (weeks run Monday to Sunday, as a Chinese calendar shows them). */
function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00.000Z`).getUTCDay() + 6) % 7
  return addCalendarDays(date, -weekday)
}

/** The start of a China calendar day, as an instant. */
const chinaMidnight = (date: string) => new Date(`${date}T00:00:00.000+08:00`).toISOString()

async function countOf(query: Promise<{ n: number }[]>): Promise<number> {
  const [row] = await query
  return Number(row?.n ?? 0)
}

/**
 * Every figure is one query scoped to the official's region in SQL (county, city or province);
 * only the hires of the charted weeks are read as rows, to place them in weeks and time them.
 */
async function figuresOf(q: Query, region: string, since: string) {
  const posts = inRegionScope(jobPosts.regionCode, region)
  const [seekers, recommendable, statuses, matchesSent, applications, hires, recentHires, enrolments] = await Promise.all([
    countOf(q.select({ n: count() }).from(seekerProfiles).where(inRegionScope(seekerProfiles.homeRegionCode, region))),
    countOf(q.select({ n: count() }).from(seekerProfiles).where(and(inRegionScope(seekerProfiles.homeRegionCode, region), eq(seekerProfiles.recommendable, true)))),
    q.select({ status: jobPosts.status, n: count() }).from(jobPosts).where(posts).groupBy(jobPosts.status),
    countOf(q.select({ n: count() }).from(jobMatchNotices).innerJoin(jobPosts, eq(jobPosts.id, jobMatchNotices.postId)).where(posts)),
    // A withdrawn application is no longer one (decision 058).
    countOf(q.select({ n: count() }).from(jobApplications).innerJoin(jobPosts, eq(jobPosts.id, jobApplications.postId)).where(and(posts, ne(jobApplications.status, 'withdrawn')))),
    countOf(q.select({ n: count() }).from(jobApplications).innerJoin(jobPosts, eq(jobPosts.id, jobApplications.postId)).where(and(posts, isNotNull(jobApplications.hiredAt)))),
    q
      .select({ appliedAt: jobApplications.createdAt, hiredAt: jobApplications.hiredAt })
      .from(jobApplications)
      .innerJoin(jobPosts, eq(jobPosts.id, jobApplications.postId))
      .where(and(posts, gte(jobApplications.hiredAt, since))),
    countOf(q.select({ n: count() }).from(flexibleEnrolments).where(inRegionScope(flexibleEnrolments.regionCode, region))),
  ])
  return { seekers, recommendable, statuses, matchesSent, applications, hires, recentHires, enrolments }
}

/** The official's region at a glance (decision 052); the read is recorded. */
export async function getJobsRegionStats(deps: Pick<Deps, 'db' | 'clock' | 'audit'>, actor: Actor, official: SessionUser): Promise<Result<JobsRegionStats>> {
  if (!official.regionCode) return fail('forbidden')
  const region = official.regionCode
  const now = deps.clock.now()
  const thisWeek = mondayOf(chinaDate(now))
  const weekStarts = Array.from({ length: weeksOfHires }, (_, index) => addCalendarDays(thisWeek, -7 * (weeksOfHires - 1 - index)))
  const firstWeek = weekStarts[0] ?? thisWeek
  const [figures, subsidies] = await deps.db.read((q) => Promise.all([figuresOf(q, region, chinaMidnight(firstWeek)), regionSubsidyFigures(q, region)]))

  const byStatus = new Map(figures.statuses.map((row) => [row.status, Number(row.n)]))
  const hiredDays = figures.recentHires.flatMap((row) => (row.hiredAt ? [chinaDate(new Date(row.hiredAt))] : []))
  const weeklyHires = weekStarts.map((weekStart) => ({ weekStart, hires: hiredDays.filter((day) => mondayOf(day) === weekStart).length }))
  const daysToHire = figures.recentHires.flatMap((row) => (row.hiredAt ? [calendarDaysBetween(chinaDate(new Date(row.appliedAt)), chinaDate(new Date(row.hiredAt)))] : []))

  await recordAudit(deps, now, actor, { action: 'jobs.getRegionStats', kind: 'read', objectType: 'region', objectId: region })
  return ok({
    regionCode: region,
    seekers: figures.seekers,
    recommendable: figures.recommendable,
    postsWaiting: (byStatus.get('in_review') ?? 0) + (byStatus.get('held') ?? 0),
    postsHeld: byStatus.get('held') ?? 0,
    postsOpen: byStatus.get('open') ?? 0,
    postsClosed: byStatus.get('closed') ?? 0,
    matchesSent: figures.matchesSent,
    applications: figures.applications,
    hires: figures.hires,
    medianDaysToHire: median(daysToHire),
    flexibleEnrolments: figures.enrolments,
    subsidies: {
      pending: subsidies.byStatus.get('pending') ?? 0,
      approved: subsidies.byStatus.get('approved') ?? 0,
      declined: subsidies.byStatus.get('declined') ?? 0,
      paidOut: subsidies.paidOut,
      paidOutFen: subsidies.paidOutFen,
    },
    weeklyHires,
  })
}
