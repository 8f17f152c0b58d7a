import type { CaseDetail, CaseSummary } from '@renshe/shared/wages/schemas'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { caseForCaller } from './case-access'
import { caseDetail, todayOf, toSummary } from './case-view'
import { acceptedCasesOfEmployers, casesOfWorker } from './cases-repo'
import { employersOfUser } from './employers-repo'
import { markOverdue } from './overdue'

/**
 * One case for whoever has a part in it; for anyone else it does not exist. A deadline that
 * passed since the last look is flagged first, so the case never reads as on time when it is
 * not. Every read is recorded.
 */
export function getComplaint(deps: Deps, actor: Actor, principal: Principal, id: string): Result<CaseDetail> {
  const found = caseForCaller(deps.db, principal, id)
  if (!found) return fail('not_found')
  markOverdue(deps, found.row.regionCode, actor.requestId)
  recordAudit(deps.db, deps.clock.now(), { ...actor, subjectUserId: found.row.workerUserId }, {
    action: 'wages.getComplaint',
    kind: 'read',
    objectType: 'wage_case',
    objectId: id,
  })
  return ok(caseDetail(deps, found.row, { party: found.party, userId: principal.user.id }))
}

/** The worker's cases, newest first, whoever filed them. */
export function listMyComplaints(deps: Deps, actor: Actor, workerUserId: string): { cases: CaseSummary[] } {
  recordAudit(deps.db, deps.clock.now(), actor, { action: 'wages.listMyComplaints', kind: 'read', objectType: 'wage_cases', objectId: workerUserId })
  const today = todayOf(deps)
  return { cases: casesOfWorker(deps.db, workerUserId).map((row) => toSummary(row, today)) }
}

/** Accepted complaints naming an organisation this account speaks for; nothing before acceptance. */
export function listEmployerComplaints(deps: Deps, actor: Actor, employerUserId: string): { cases: CaseSummary[] } {
  const employerIds = employersOfUser(deps.db, employerUserId).map((employer) => employer.id)
  recordAudit(deps.db, deps.clock.now(), actor, { action: 'wages.listEmployerComplaints', kind: 'read', objectType: 'wage_cases', objectId: employerUserId })
  const today = todayOf(deps)
  return { cases: acceptedCasesOfEmployers(deps.db, employerIds).map((row) => toSummary(row, today)) }
}
