import type { DisputeFileSide } from '@renshe/shared/disputes/files'
import type { InjuryParty } from '@renshe/shared/disputes/schemas'
import type { Query } from '../../../db/database'
import { officialCovers } from '../../../platform/policy'
import { subjectOf, type Principal } from '../../../platform/principal'
import { employersOfUser } from '../repo'
import { injuryCaseById, realNameOf, type InjuryCaseRow, type InjuryReportRow } from './repo'

type Named = Pick<InjuryCaseRow, 'employerId' | 'employerCreditCode'>

/** Whether the caller, not acting for anyone, speaks for the organisation named (by its row or its credit code). */
async function speaksFor(q: Query, principal: Principal, named: Named): Promise<boolean> {
  if (principal.actingFor || !principal.user.roles.includes('employer')) return false
  const organisations = await employersOfUser(q, principal.user.id)
  return organisations.some((organisation) => organisation.id === named.employerId || organisation.creditCode === named.employerCreditCode)
}

/**
 * Whether the case is about the caller's subject: by her account, or, for a case an employer
 * applied for before she had one, by the blind index of the ID number she has since bound.
 */
async function isTheWorker(q: Query, principal: Principal, row: Pick<InjuryCaseRow, 'workerUserId' | 'workerIdNumberIndex'>): Promise<boolean> {
  const subject = subjectOf(principal)
  if (row.workerUserId !== null) return row.workerUserId === subject
  return (await realNameOf(q, subject))?.idNumberIndex === row.workerIdNumberIndex
}

/**
 * Whether the caller is the close relative who applied for the case: she stands on the worker's
 * side (the machine's `worker`), as the law puts her. Her own account only: she applied without a
 * proxy, and follows the case so.
 */
function isTheRelativeApplicant(principal: Principal, row: Pick<InjuryCaseRow, 'applicantKind' | 'applicantUserId'>): boolean {
  return principal.actingFor === null && row.applicantKind === 'relative' && row.applicantUserId === principal.user.id
}

/**
 * Who the caller is on a work-injury case (decision 071), or null when it is none of their
 * business (then it does not exist for them: 404, never 403). The worker, or grid staff acting
 * for her under her grant; the close relative who applied for her; the employer named, by its row or its credit code; the officers of the
 * county's social-insurance office; its supervisors, sitting for the labour-capacity assessment
 * committee, who may also read every case of the county.
 */
export async function partyOnInjury(q: Query, principal: Principal, row: InjuryCaseRow): Promise<InjuryParty | null> {
  if (await isTheWorker(q, principal, row)) return principal.actingFor ? 'grid_staff' : 'worker'
  if (isTheRelativeApplicant(principal, row)) return 'worker'
  if (principal.actingFor) return null
  const { user } = principal
  if (officialCovers(user, row.regionCode)) {
    if (user.roles.includes('supervisor')) return 'committee'
    if (user.roles.includes('officer')) return 'officer'
  }
  return (await speaksFor(q, principal, row)) ? 'employer' : null
}

/** The worker's side: herself, or grid staff acting for her. */
export function isWorkerSide(party: InjuryParty | 'system'): boolean {
  return party === 'worker' || party === 'grid_staff'
}

/** The case with the caller's part in it, when the caller has one. */
export async function injuryForCaller(q: Query, principal: Principal, id: string): Promise<{ row: InjuryCaseRow; party: InjuryParty } | null> {
  const row = await injuryCaseById(q, id)
  if (!row) return null
  const party = await partyOnInjury(q, principal, row)
  return party ? { row, party } : null
}

/**
 * Whose report it is for the caller: the worker's side (the worker, or grid staff for her), or
 * the employer named in it. Nobody else reads a report: the office learns of the accident from
 * the application.
 */
export async function sideOnReport(q: Query, principal: Principal, report: InjuryReportRow): Promise<'worker' | 'employer' | null> {
  if (report.workerUserId === subjectOf(principal)) return 'worker'
  return (await speaksFor(q, principal, report)) ? 'employer' : null
}

/**
 * Whether the caller may read a file sent with the work-injury case `caseId`: every party of the
 * case, whichever side sent it. Unlike an arbitration's, a recognition is not a contest served
 * from one side on the other: the office decides on the documents, and the worker and the employer
 * each need to see what it has (the diagnosis, proof of employment, what was asked for and
 * supplied). Anyone else is told nothing, as for a file that does not exist.
 */
export async function mayReadInjuryFile(q: Query, principal: Principal, caseId: string, _side: DisputeFileSide): Promise<boolean> {
  return (await injuryForCaller(q, principal, caseId)) !== null
}
