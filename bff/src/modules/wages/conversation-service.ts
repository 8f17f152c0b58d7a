import { isOpen } from '@renshe/shared/wages/case-machine'
import type { CaseDetail, CaseParty } from '@renshe/shared/wages/schemas'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { caseForCaller, isOfficial, isWorkerSide } from './case-access'
import { tellHandlers, tellWorker } from './case-notices'
import { caseDetail } from './case-view'
import { attachEvidence, caseById, insertEvent, unattachedEvidenceIds, type CaseRow } from './cases-repo'

/** A message between the worker's side and the officers of the case, while it is open. */
export function postCaseMessage(deps: Deps, actor: Actor, principal: Principal, id: string, text: string): Result<CaseDetail> {
  const found = caseForCaller(deps.db, principal, id)
  if (!found || !(isWorkerSide(found.party) || isOfficial(found.party))) return fail('not_found')
  const party: CaseParty = found.party
  const now = deps.clock.now()
  const at = now.toISOString()
  const posted = deps.db.transaction(
    (tx): Result<CaseRow> => {
      const row = caseById(deps.db, id)
      if (!row) return fail('not_found')
      if (!isOpen(row.status)) return fail('illegal_transition')
      insertEvent(deps.db, { id: newId(deps.random), caseId: id, at, kind: 'message', by: party, actorUserId: principal.user.id, noteEnc: deps.sealer.seal(text), amountFen: null })
      appendAudit(tx, now, { ...actor, subjectUserId: row.workerUserId }, { action: 'wages.postMessage', kind: 'write', objectType: 'wage_case', objectId: id })
      const params = { caseNumber: row.caseNumber }
      if (isWorkerSide(party)) tellHandlers(tx, deps, now, row, 'wages.message', params)
      else tellWorker(tx, deps, now, row, 'wages.message', params)
      return ok(row)
    },
    { behavior: 'immediate' },
  )
  if (!posted.ok) return posted
  return ok(caseDetail(deps, posted.value, { party, userId: principal.user.id }))
}

export interface EmployerResponse {
  readonly statement: string
  readonly proofIds: readonly string[]
}

/** The employer's statement on an accepted, open complaint, with its own proof files attached. */
export function respondAsEmployer(deps: Deps, actor: Actor, principal: Principal, id: string, response: EmployerResponse): Result<CaseDetail> {
  const found = caseForCaller(deps.db, principal, id)
  if (!found || found.party !== 'employer') return fail('not_found')
  const employerUserId = principal.user.id
  const now = deps.clock.now()
  const at = now.toISOString()
  const responded = deps.db.transaction(
    (tx): Result<CaseRow> => {
      const row = caseById(deps.db, id)
      if (!row) return fail('not_found')
      if (!isOpen(row.status)) return fail('illegal_transition')
      const proofIds = [...new Set(response.proofIds)]
      if (unattachedEvidenceIds(tx, employerUserId, 'employer_proof', proofIds).length !== proofIds.length) {
        return fail('validation_failed', { errors: [{ path: 'body.proofIds', key: 'evidence.unknown' }] })
      }
      attachEvidence(tx, proofIds, id)
      insertEvent(deps.db, {
        id: newId(deps.random),
        caseId: id,
        at,
        kind: 'employer_responded',
        by: 'employer',
        actorUserId: employerUserId,
        noteEnc: deps.sealer.seal(response.statement),
        amountFen: null,
      })
      appendAudit(tx, now, { ...actor, subjectUserId: row.workerUserId }, { action: 'wages.respondAsEmployer', kind: 'write', objectType: 'wage_case', objectId: id })
      const params = { caseNumber: row.caseNumber, employerName: row.employerName }
      tellWorker(tx, deps, now, row, 'wages.employerResponded', params)
      tellHandlers(tx, deps, now, row, 'wages.employerResponded', params)
      return ok(row)
    },
    { behavior: 'immediate' },
  )
  if (!responded.ok) return responded
  return ok(caseDetail(deps, responded.value, { party: 'employer', userId: employerUserId }))
}
