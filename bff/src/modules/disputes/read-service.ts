import type { ArbitrationCase, ArbitrationList, ArbitrationQueueQuery } from '@renshe/shared/disputes/arbitration-cases'
import type { ArbitrationParty } from '@renshe/shared/disputes/schemas'
import type { z } from 'zod'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { pageOf } from '../../platform/paging'
import { subjectOf, type Principal, type SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { arbitrationForCaller, servedOnRespondent } from './access'
import { arbitrationsAgainst, arbitrationsOfApplicant, employersOfUser, parseQueueCursor, queueCursorOf, queueOfRegion, type ListedRow } from './repo'
import { caseThrough, todayOf, toSummary } from './view'

/** One case for whoever has a part in it; for anyone else it does not exist. Every read is recorded. */
export async function getArbitration(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<ArbitrationCase>> {
  const found = await deps.db.read((q) => arbitrationForCaller(q, principal, id))
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: found.row.applicantUserId }, {
    action: 'disputes.getArbitration',
    kind: 'read',
    objectType: 'arbitration',
    objectId: id,
  })
  return ok(await deps.db.read((q) => caseThrough(q, deps, found.row, found.party)))
}

function newestFirst(a: ListedRow, b: ListedRow): number {
  if (a.row.appliedAt !== b.row.appliedAt) return a.row.appliedAt < b.row.appliedAt ? 1 : -1
  return a.row.id < b.row.id ? 1 : a.row.id > b.row.id ? -1 : 0
}

/**
 * The caller's cases, newest first: a citizen's own as applicant, whoever filed them (grid staff
 * acting for her see hers); an employer's, as the respondent named by its row or credit code, once
 * each was served on it.
 */
export async function listMyArbitrations(deps: Deps, actor: Actor, principal: Principal): Promise<ArbitrationList> {
  const { user } = principal
  const asApplicant = principal.actingFor !== null || user.roles.includes('citizen')
  const asRespondent = principal.actingFor === null && user.roles.includes('employer')
  const [own, against] = await deps.db.read(async (q) => {
    const mine = asApplicant ? await arbitrationsOfApplicant(q, subjectOf(principal)) : []
    const organisations = asRespondent ? await employersOfUser(q, user.id) : []
    return [mine, await arbitrationsAgainst(q, organisations)] as const
  })
  await recordAudit(deps, deps.clock.now(), actor, { action: 'disputes.listMyArbitrations', kind: 'read', objectType: 'arbitrations', objectId: subjectOf(principal) })
  const today = todayOf(deps)
  const party: ArbitrationParty = principal.actingFor ? 'grid_staff' : 'applicant'
  const items = [
    ...own.map((listed) => ({ listed, party })),
    ...against.filter((listed) => servedOnRespondent(listed.row) && !own.some((mine) => mine.row.id === listed.row.id)).map((listed) => ({ listed, party: 'respondent' as const })),
  ]
    .sort((a, b) => newestFirst(a.listed, b.listed))
    .map(({ listed, party: side }) => toSummary(deps, listed, side, today))
  return { items, nextCursor: null }
}

/**
 * The commission's queue: the cases of the official's region (a county's, or every county of a
 * city for a city's official), the overdue first, then by the next step's day. Status, overdue and
 * the page are all asked of the database.
 */
export async function listArbitrationQueue(
  deps: Deps,
  actor: Actor,
  official: SessionUser,
  query: z.output<typeof ArbitrationQueueQuery>,
): Promise<Result<ArbitrationList>> {
  if (!official.regionCode) return fail('forbidden')
  const today = todayOf(deps)
  const filter = { officialRegion: official.regionCode, status: query.status, overdue: query.overdue === undefined ? undefined : query.overdue === 'true', today }
  const page = await deps.db.read((q) => queueOfRegion(q, filter, parseQueueCursor(query.cursor), query.limit + 1))
  const { rows, nextCursor } = pageOf(page, query.limit, queueCursorOf)
  await recordAudit(deps, deps.clock.now(), actor, { action: 'disputes.listArbitrationQueue', kind: 'read', objectType: 'region', objectId: official.regionCode })
  return ok({ items: rows.map((listed) => toSummary(deps, listed, null, today)), nextCursor })
}
