import type { CaseDetail, CaseSummary } from '@renshe/shared/wages/schemas'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { caseForCaller } from './case-access'
import { caseDetail, todayOf, toSummary } from './case-view'
import { acceptedCasesOfEmployers, casesOfWorker, idsAwaitingAnswerOfEmployers } from './cases-repo'
import { employersOfUser } from './employers-repo'
import { markOverdue } from './overdue'

/**
 * One case for whoever has a part in it; for anyone else it does not exist. A deadline that
 * passed since the last look is flagged first, so the case never reads as on time when it is
 * not. Every read is recorded.
 */
export async function getComplaint(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<CaseDetail>> {
  const found = await deps.db.read((q) => caseForCaller(q, principal, id))
  if (!found) return fail('not_found')
  await markOverdue(deps, found.row.regionCode, actor.requestId)
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: found.row.workerUserId }, {
    action: 'wages.getComplaint',
    kind: 'read',
    objectType: 'wage_case',
    objectId: id,
  })
  return ok(await caseDetail(deps, found.row, { party: found.party, userId: principal.user.id }))
}

/** The worker's cases, newest first, whoever filed them. */
export async function listMyComplaints(deps: Deps, actor: Actor, workerUserId: string): Promise<{ cases: CaseSummary[] }> {
  await recordAudit(deps, deps.clock.now(), actor, { action: 'wages.listMyComplaints', kind: 'read', objectType: 'wage_cases', objectId: workerUserId })
  const today = todayOf(deps)
  const rows = await deps.db.read((q) => casesOfWorker(q, workerUserId))
  return { cases: rows.map((row) => toSummary(row, today)) }
}

/** Accepted complaints naming an organisation this account speaks for; nothing before acceptance. */
export async function listEmployerComplaints(deps: Deps, actor: Actor, employerUserId: string): Promise<{ cases: CaseSummary[]; awaitingAnswer: string[] }> {
  const employerIds = (await deps.db.read((q) => employersOfUser(q, employerUserId))).map((employer) => employer.id)
  await recordAudit(deps, deps.clock.now(), actor, { action: 'wages.listEmployerComplaints', kind: 'read', objectType: 'wage_cases', objectId: employerUserId })
  const today = todayOf(deps)
  const rows = await deps.db.read((q) => acceptedCasesOfEmployers(q, employerIds))
  const awaitingAnswer = await deps.db.read((q) => idsAwaitingAnswerOfEmployers(q, employerIds))
  return { cases: rows.map((row) => toSummary(row, today)), awaitingAnswer }
}
