import type { InjuryCase, InjuryList, InjuryQueueQuery, InjurySummary, MyInjuries } from '@renshe/shared/disputes/injury-cases'
import type { z } from 'zod'
import { recordAudit, type Actor } from '../../../platform/audit'
import type { Deps } from '../../../platform/deps'
import { pageOf } from '../../../platform/paging'
import { subjectOf, type Principal, type SessionUser } from '../../../platform/principal'
import { fail, ok, type Result } from '../../../platform/problem'
import { loadWorkCalendar } from '../../../platform/work-calendar'
import { employersOfUser } from '../repo'
import { todayOf } from '../view'
import { injuryForCaller } from './access'
import {
  injuriesAgainst,
  injuriesAppliedByRelative,
  injuriesOfWorker,
  injuryQueueCursorOf,
  injuryQueueOfRegion,
  injuryReportsNaming,
  injuryReportsOfWorker,
  parseInjuryQueueCursor,
  realNameOf,
  type InjuryCaseRow,
  type ListedReport,
} from './repo'
import { injuryCaseThrough, toInjurySummary, toReport } from './view'

/** One case for whoever has a part in it; for anyone else it does not exist. Every read is recorded, for the worker. */
export async function getInjury(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<InjuryCase>> {
  const found = await deps.db.read((q) => injuryForCaller(q, principal, id))
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: found.row.workerUserId ?? actor.subjectUserId }, {
    action: 'disputes.getInjury',
    kind: 'read',
    objectType: 'injury_case',
    objectId: id,
  })
  return ok(await deps.db.read((q) => injuryCaseThrough(q, deps, found.row, found.party)))
}

function newestFirst<T>(key: (item: T) => { at: string; id: string }): (a: T, b: T) => number {
  return (a, b) => {
    const [x, y] = [key(a), key(b)]
    if (x.at !== y.at) return x.at < y.at ? 1 : -1
    return x.id < y.id ? 1 : x.id > y.id ? -1 : 0
  }
}

/**
 * The caller's reports and cases, newest first, each report with the window to apply of the
 * caller's side. The worker's side: her reports, and her cases, by her account or (an employer's
 * or a relative's application made before she had one) by the ID number she has bound; and the
 * cases she applied for as a close relative. An employer: the reports
 * and cases naming its organisations, by row or credit code.
 */
export async function listMyInjuries(deps: Deps, actor: Actor, principal: Principal): Promise<MyInjuries> {
  const { user } = principal
  const subject = subjectOf(principal)
  const asWorker = principal.actingFor !== null || user.roles.includes('citizen')
  const asEmployer = principal.actingFor === null && user.roles.includes('employer')
  const found = await deps.db.read(async (q) => {
    const idNumberIndex = asWorker ? ((await realNameOf(q, subject))?.idNumberIndex ?? null) : null
    const ownReports = asWorker ? await injuryReportsOfWorker(q, subject) : []
    const ownCases = asWorker ? await injuriesOfWorker(q, subject, idNumberIndex) : []
    // A close relative's applications are her own to follow, never by proxy (access.ts).
    const relativeCases = asWorker && principal.actingFor === null ? await injuriesAppliedByRelative(q, subject) : []
    const organisations = asEmployer ? await employersOfUser(q, user.id) : []
    return {
      ownReports,
      ownCases: [...ownCases, ...relativeCases.filter((row) => !ownCases.some((own) => own.id === row.id))],
      namingReports: await injuryReportsNaming(q, organisations),
      namingCases: await injuriesAgainst(q, organisations),
      calendar: await loadWorkCalendar(q),
    }
  })
  await recordAudit(deps, deps.clock.now(), actor, { action: 'disputes.listMyInjuries', kind: 'read', objectType: 'injuries', objectId: subject })
  const today = todayOf(deps)
  const workerParty = principal.actingFor ? 'grid_staff' : 'worker'
  const mine = new Set([...found.ownReports.map((report) => report.row.id), ...found.ownCases.map((row) => row.id)])
  const reports = [
    ...found.ownReports.map((report) => toReport(deps, found.calendar, report, { as: 'worker', party: workerParty }, today)),
    ...found.namingReports.filter((report) => !mine.has(report.row.id)).map((report: ListedReport) => toReport(deps, found.calendar, report, { as: 'employer', party: 'employer' }, today)),
  ].sort(newestFirst((report) => ({ at: report.reportedAt, id: report.id })))
  const cases: InjurySummary[] = [
    ...found.ownCases.map((row) => toInjurySummary(deps, row, workerParty, today)),
    ...found.namingCases.filter((row: InjuryCaseRow) => !mine.has(row.id)).map((row) => toInjurySummary(deps, row, 'employer', today)),
  ].sort(newestFirst((summary) => ({ at: summary.appliedAt, id: summary.id })))
  return { reports, cases }
}

/**
 * The office's queue: the cases of the official's region (a county's, or every county of a city
 * for a city's official), the overdue first, then by the next step's day. Status, overdue and the
 * page are all asked of the database.
 */
export async function listInjuryQueue(deps: Deps, actor: Actor, official: SessionUser, query: z.output<typeof InjuryQueueQuery>): Promise<Result<InjuryList>> {
  if (!official.regionCode) return fail('forbidden')
  const today = todayOf(deps)
  const filter = { officialRegion: official.regionCode, status: query.status, overdue: query.overdue === undefined ? undefined : query.overdue === 'true', today }
  const page = await deps.db.read((q) => injuryQueueOfRegion(q, filter, parseInjuryQueueCursor(query.cursor), query.limit + 1))
  const { rows, nextCursor } = pageOf(page, query.limit, injuryQueueCursorOf)
  await recordAudit(deps, deps.clock.now(), actor, { action: 'disputes.listInjuryQueue', kind: 'read', objectType: 'region', objectId: official.regionCode })
  return ok({ items: rows.map((row) => toInjurySummary(deps, row, null, today)), nextCursor })
}
