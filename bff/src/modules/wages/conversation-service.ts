import { isOpen } from '@renshe/shared/wages/case-machine'
import type { CaseDetail, CaseMessage, CaseParty } from '@renshe/shared/wages/schemas'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { completeInboxAction, inboxTaskDone } from '../../platform/notify'
import { newId } from '../../platform/random'
import { caseForCaller, isOfficial, isWorkerSide } from './case-access'
import { tellHandlers, tellWorker } from './case-notices'
import { caseDetail } from './case-view'
import { attachEvidence, insertEvent, lockedCaseById, lockUnattachedEvidence, type CaseRow } from './cases-repo'

/**
 * A message between the worker's side and the officers of the case, while it is open, with the
 * sender's own files uploaded for a message and not sent yet. They go with this message and this
 * case only, and whoever may read the case may open them.
 */
export async function postCaseMessage(deps: Deps, actor: Actor, principal: Principal, id: string, message: CaseMessage): Promise<Result<CaseDetail>> {
  const found = await deps.db.read((q) => caseForCaller(q, principal, id))
  if (!found || !(isWorkerSide(found.party) || isOfficial(found.party))) return fail('not_found')
  const party: CaseParty = found.party
  const now = deps.clock.now()
  const at = now.toISOString()
  const posted = await deps.db.transaction(async (tx): Promise<Result<CaseRow>> => {
    // Locked: a message never lands on a case another instance is closing at this moment.
    const row = await lockedCaseById(tx, id)
    if (!row) return fail('not_found')
    if (!isOpen(row.status)) return fail('illegal_transition')
    const evidenceIds = [...new Set(message.evidenceIds)]
    // Locked with the case: the same file cannot go with two messages sent at once.
    if ((await lockUnattachedEvidence(tx, subjectOf(principal), 'message', evidenceIds)).length !== evidenceIds.length) {
      return fail('validation_failed', { errors: [{ path: 'body.evidenceIds', key: 'evidence.unknown' }] })
    }
    const eventId = newId(deps.random)
    const noteEnc = message.text === '' ? null : deps.sealer.seal(message.text)
    await insertEvent(tx, { id: eventId, caseId: id, at, kind: 'message', by: party, actorUserId: principal.user.id, noteEnc, amountFen: null })
    await attachEvidence(tx, evidenceIds, id, eventId)
    const params = { caseNumber: row.caseNumber }
    if (isWorkerSide(party)) await tellHandlers(tx, deps, now, row, 'wages.message', params)
    else await tellWorker(tx, deps, now, row, 'wages.message', params)
    await appendAudit(tx, now, { ...actor, subjectUserId: row.workerUserId }, { action: 'wages.postMessage', kind: 'write', objectType: 'wage_case', objectId: id })
    return ok(row)
  })
  if (!posted.ok) return posted
  return ok(await caseDetail(deps, posted.value, { party, userId: principal.user.id }))
}

export interface EmployerResponse {
  readonly statement: string
  readonly proofIds: readonly string[]
}

/** The employer's statement on an accepted, open complaint, with its own proof files attached. */
export async function respondAsEmployer(deps: Deps, actor: Actor, principal: Principal, id: string, response: EmployerResponse): Promise<Result<CaseDetail>> {
  const found = await deps.db.read((q) => caseForCaller(q, principal, id))
  if (!found || found.party !== 'employer') return fail('not_found')
  const employerUserId = principal.user.id
  const now = deps.clock.now()
  const at = now.toISOString()
  const responded = await deps.db.transaction(async (tx): Promise<Result<CaseRow>> => {
    const row = await lockedCaseById(tx, id)
    if (!row) return fail('not_found')
    if (!isOpen(row.status)) return fail('illegal_transition')
    const proofIds = [...new Set(response.proofIds)]
    // The files are locked with the case: two answers at once cannot both attach the same proof.
    if ((await lockUnattachedEvidence(tx, employerUserId, 'employer_proof', proofIds)).length !== proofIds.length) {
      return fail('validation_failed', { errors: [{ path: 'body.proofIds', key: 'evidence.unknown' }] })
    }
    await attachEvidence(tx, proofIds, id)
    await insertEvent(tx, {
      id: newId(deps.random),
      caseId: id,
      at,
      kind: 'employer_responded',
      by: 'employer',
      actorUserId: employerUserId,
      noteEnc: deps.sealer.seal(response.statement),
      amountFen: null,
    })
    const params = { caseNumber: row.caseNumber, employerName: row.employerName }
    await tellWorker(tx, deps, now, row, 'wages.employerResponded', params)
    await tellHandlers(tx, deps, now, row, 'wages.employerResponded', params)
    const audited = { ...actor, subjectUserId: row.workerUserId }
    await appendAudit(tx, now, audited, { action: 'wages.respondAsEmployer', kind: 'write', objectType: 'wage_case', objectId: id })
    // The message that asked for this answer is done with it.
    if (await completeInboxAction(tx, { userId: employerUserId, kind: 'answer_complaint', targetId: id, at: now })) {
      await appendAudit(tx, now, audited, inboxTaskDone('answer_complaint', id))
    }
    return ok(row)
  })
  if (!responded.ok) return responded
  return ok(await caseDetail(deps, responded.value, { party: 'employer', userId: employerUserId }))
}
