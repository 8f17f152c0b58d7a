import type { ArbitrationState } from '@renshe/shared/disputes/arbitration-machine'
import type { DisputeFileSide } from '@renshe/shared/disputes/files'
import type { ArbitrationParty } from '@renshe/shared/disputes/schemas'
import type { Query } from '../../db/database'
import { officialCovers } from '../../platform/policy'
import { subjectOf, type Principal } from '../../platform/principal'
import { arbitrationById, employersOfUser, type ArbitrationRow } from './repo'

/**
 * Who the caller is on an arbitration, or null when it is none of their business (then it does not
 * exist for them: 404, never 403). The applicant, or grid staff acting for her under her grant; the
 * officers (as arbitrators) and supervisors (as the chair) whose region covers the case's county;
 * the employer named as respondent, by its row or its credit code, once the case has been served
 * on it (art. 30): before that the commission has not decided to put it to the employer at all.
 */
export async function partyOnArbitration(q: Query, principal: Principal, row: ArbitrationRow): Promise<ArbitrationParty | null> {
  if (subjectOf(principal) === row.applicantUserId) return principal.actingFor ? 'grid_staff' : 'applicant'
  if (principal.actingFor) return null
  const { user } = principal
  if (officialCovers(user, row.regionCode)) {
    if (user.roles.includes('supervisor')) return 'chair'
    if (user.roles.includes('officer')) return 'arbitrator'
  }
  if (user.roles.includes('employer') && servedOnRespondent(row)) {
    const organisations = await employersOfUser(q, user.id)
    if (organisations.some((organisation) => organisation.id === row.respondentEmployerId || organisation.creditCode === row.respondentCreditCode)) {
      return 'respondent'
    }
  }
  return null
}

/** The respondent hears of the case, and may read it, once the application is served on it. */
export function servedOnRespondent(row: Pick<ArbitrationRow, 'state'>): boolean {
  return row.state.servedOn !== null
}

/** The applicant's side: herself, or grid staff acting for her. */
export function isApplicantSide(party: ArbitrationParty | 'system'): boolean {
  return party === 'applicant' || party === 'grid_staff'
}

export function isOffice(party: ArbitrationParty | 'system'): boolean {
  return party === 'arbitrator' || party === 'chair'
}

/**
 * Whether `party` on an arbitration may open a file sent with it from `side` (decision 072): the
 * commission every file; each side its own and the office's; the respondent the applicant's once
 * the application is served on it (art. 30), the applicant the respondent's once the commission
 * serves the defence on her. Before, the other side's files are not there for them at all.
 */
export function fileVisibleTo(party: ArbitrationParty, state: Pick<ArbitrationState, 'servedOn' | 'defenceServedOn'>, side: DisputeFileSide): boolean {
  if (isOffice(party) || side === 'office') return true
  if (isApplicantSide(party)) return side === 'applicant' || state.defenceServedOn !== null
  return side === 'respondent' || state.servedOn !== null
}

/**
 * Whether `party` has the evidence of the wage complaint the case grew from listed with it: those
 * the wage module lets open it (`wages.getEvidence`, decision 072), the commission and the worker
 * herself. Not the employer, who never reads a complaint's evidence; nor grid staff, whose grant
 * for disputes need not cover wage complaints: they open it from the complaint's page.
 */
export function listsComplaintEvidence(party: ArbitrationParty): boolean {
  return party === 'applicant' || isOffice(party)
}

/** The case with the caller's part in it, when the caller has one. */
export async function arbitrationForCaller(q: Query, principal: Principal, id: string): Promise<{ row: ArbitrationRow; party: ArbitrationParty } | null> {
  const row = await arbitrationById(q, id)
  if (!row) return null
  const party = await partyOnArbitration(q, principal, row)
  return party ? { row, party } : null
}
