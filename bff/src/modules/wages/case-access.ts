import type { CaseParty } from '@renshe/shared/wages/schemas'
import type { Query } from '../../db/database'
import { subjectOf, type Principal } from '../../platform/principal'
import { officialCovers } from '../../platform/policy'
import { caseById, type CaseRow } from './cases-repo'
import { employerById } from './employers-repo'

/**
 * Who the caller is to a case, or null when the case is none of their business (then it does
 * not exist for them: 404, never 403). The worker, or grid staff acting for the worker; an
 * officer or supervisor whose region covers the case; the employer named, once it is accepted.
 */
export async function partyOnCase(q: Query, principal: Principal, row: CaseRow): Promise<CaseParty | null> {
  if (subjectOf(principal) === row.workerUserId) return principal.actingFor ? 'grid_staff' : 'worker'
  if (principal.actingFor) return null
  const { user } = principal
  if (officialCovers(user, row.regionCode)) {
    if (user.roles.includes('supervisor')) return 'supervisor'
    if (user.roles.includes('officer')) return 'officer'
  }
  if (user.roles.includes('employer') && row.employerId !== null && row.handlerUserId !== null) {
    if ((await employerById(q, row.employerId))?.userId === user.id) return 'employer'
  }
  return null
}

export function isWorkerSide(party: CaseParty): boolean {
  return party === 'worker' || party === 'grid_staff'
}

export function isOfficial(party: CaseParty): boolean {
  return party === 'officer' || party === 'supervisor'
}

/** The case with the caller's part in it, when the caller has one. */
export async function caseForCaller(q: Query, principal: Principal, id: string): Promise<{ row: CaseRow; party: CaseParty } | null> {
  const row = await caseById(q, id)
  if (!row) return null
  const party = await partyOnCase(q, principal, row)
  return party ? { row, party } : null
}
