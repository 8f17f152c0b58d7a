import { median } from '@renshe/shared/platform/median'
import { calendarDaysBetween } from '@renshe/shared/wages/work-calendar'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { CaseStatus, type CaseSummary, type RegionStats } from '@renshe/shared/wages/schemas'
import { isOpen } from '@renshe/shared/wages/case-machine'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { pageOf } from '../../platform/paging'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { todayOf, toSummary } from './case-view'
import {
  closedCasesOfRegion,
  overdueCountOfRegion,
  parseQueueCursor,
  queueCursorOf,
  queueOfRegion,
  recoveredOfRegion,
  statusCountsOfRegion,
} from './cases-repo'
import { markOverdue } from './overdue'
import { countOpenAlerts } from './payroll-repo'
import { raisePayrollAlerts } from './payroll-service'

export interface QueueQuery {
  readonly cursor?: string | undefined
  readonly limit: number
  readonly status?: CaseStatus | undefined
  readonly overdue?: 'true' | 'false' | undefined
  readonly scope: 'open' | 'all'
}

/**
 * The region's cases, nearest deadline first (cases without one last), then oldest. Scope,
 * status, overdue and the page are all asked of the database: a region is never loaded whole.
 */
export async function listQueue(
  deps: Deps,
  actor: Actor,
  official: SessionUser,
  query: QueueQuery,
): Promise<Result<{ items: CaseSummary[]; nextCursor: string | null }>> {
  if (!official.regionCode) return fail('forbidden')
  const region = official.regionCode
  await markOverdue(deps, region, actor.requestId)
  const today = todayOf(deps)
  const filter = {
    officerRegion: region,
    status: query.status,
    openOnly: query.scope === 'open',
    overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    today,
  }
  const page = await deps.db.read((q) => queueOfRegion(q, filter, parseQueueCursor(query.cursor), query.limit + 1))
  const { rows, nextCursor } = pageOf(page, query.limit, queueCursorOf)
  await recordAudit(deps, deps.clock.now(), actor, { action: 'wages.listQueue', kind: 'read', objectType: 'region', objectId: region })
  return ok({ items: rows.map((row) => toSummary(row, today)), nextCursor })
}

export async function getRegionStats(deps: Deps, official: SessionUser): Promise<Result<RegionStats>> {
  if (!official.regionCode) return fail('forbidden')
  const region = official.regionCode
  await markOverdue(deps, region)
  await raisePayrollAlerts(deps, { regionCode: region })
  const today = todayOf(deps)
  const [statusCounts, overdue, closed, recoveredFen, openAlerts] = await deps.db.read((q) =>
    Promise.all([
      statusCountsOfRegion(q, region),
      overdueCountOfRegion(q, region, today),
      closedCasesOfRegion(q, region),
      recoveredOfRegion(q, region),
      countOpenAlerts(q, region),
    ]),
  )
  const counts = new Map(statusCounts.map((row) => [row.status, row.count]))
  const byStatus = CaseStatus.options.map((status) => ({ status, count: counts.get(status) ?? 0 }))
  return ok({
    regionCode: region,
    open: byStatus.filter((row) => isOpen(row.status)).reduce((total, row) => total + row.count, 0),
    overdue,
    byStatus,
    medianDaysToSettle: median(closed.map((row) => calendarDaysBetween(row.submittedOn, chinaDate(new Date(row.closedAt))))),
    recoveredFen,
    openAlerts,
  })
}
