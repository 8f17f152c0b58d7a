import type { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import { transition, type InjuryRefusal } from '@renshe/shared/disputes/injury-machine'
import type { InjuryAction } from '@renshe/shared/disputes/schemas'
import { appendAudit, type Actor } from '../../../platform/audit'
import type { Deps } from '../../../platform/deps'
import { subjectOf, type Principal } from '../../../platform/principal'
import { fail, ok, type ProblemInit, type Result } from '../../../platform/problem'
import { newId } from '../../../platform/random'
import { loadWorkCalendar } from '../../../platform/work-calendar'
import { attachDisputeFiles } from '../files-repo'
import { todayOf } from '../view'
import { injuryForCaller } from './access'
import { tellInjuryStep } from './notices'
import { insertInjuryEvent, lockedInjuryCaseById, updateInjuryCaseFrom, type InjuryCaseRow } from './repo'
import { injuryCaseThrough, officeNextDueOn } from './view'

/**
 * The machine's refusals, answered 409 with the machine's reason as the detail, as an
 * arbitration's are: an act that is not the caller's, not at this stage, or on a clock run out.
 */
function refusal(reason: InjuryRefusal): ProblemInit {
  return { code: reason === 'illegal_transition' ? 'illegal_transition' : 'conflict', detail: reason }
}

/** Undoes a transaction that has written something, with the answer the caller gets. */
class Refused extends Error {
  constructor(readonly problem: ProblemInit) {
    super(problem.code)
  }
}

/** What the person wrote with the act, kept sealed on the timeline. */
function reasonOf(action: InjuryAction): string | null {
  switch (action.kind) {
    case 'refuse':
    case 'notRecognise':
    case 'extendAssessment':
      return action.reason
    case 'withdraw':
      return action.reason === '' ? null : action.reason
    default:
      return null
  }
}

/**
 * One act on a work-injury case, as the machine allows it to the caller's side. The case is read
 * again, locked, inside the transaction and written only if it is still as read: of two acts at
 * once (on any instances), the second is refused. State, documents supplied, timeline event,
 * audit row and the other parties' messages are written together, or none of them.
 */
export async function actOnInjury(deps: Deps, actor: Actor, principal: Principal, id: string, action: InjuryAction): Promise<Result<InjuryCase>> {
  const found = await deps.db.read((q) => injuryForCaller(q, principal, id))
  if (!found) return fail('not_found')
  const { party } = found
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = todayOf(deps)

  try {
    return await deps.db.transaction(async (tx): Promise<Result<InjuryCase>> => {
      const row = await lockedInjuryCaseById(tx, id)
      if (!row) return fail('not_found')
      const moved = transition(await loadWorkCalendar(tx), row.state, action, { today, by: party })
      if (!moved.ok) return { ok: false, problem: refusal(moved.reason) }
      // The documents asked for are the applicant side's own, sent with this act; one that is not,
      // already sent or missing refuses it, before anything is written.
      if (action.kind === 'supplyDocuments') {
        const sent = await attachDisputeFiles(tx, { ownerUserId: subjectOf(principal), ids: action.evidenceIds }, { caseKind: 'injury', caseId: id, side: 'applicant', at })
        if (!sent) return fail('validation_failed', { errors: [{ path: 'body.evidenceIds', key: 'evidence.unknown' }] })
      }
      const changes = {
        state: moved.state,
        status: moved.state.status,
        nextDueOn: officeNextDueOn(moved.state),
        updatedAt: at,
        missingEnc: action.kind === 'requestDocuments' ? deps.sealer.seal(JSON.stringify(action.missing)) : row.missingEnc,
        grade: action.kind === 'assess' ? action.grade : row.grade,
      }
      if (!(await updateInjuryCaseFrom(tx, row, changes))) throw new Refused(refusal('illegal_transition'))
      const updated: InjuryCaseRow = { ...row, ...changes }
      const reason = reasonOf(action)
      await insertInjuryEvent(tx, {
        id: newId(deps.random),
        caseId: id,
        kind: moved.event,
        at,
        byParty: party,
        byUserId: principal.user.id,
        viaGrantId: principal.actingFor?.grantId ?? null,
        reasonEnc: reason === null ? null : deps.sealer.seal(reason),
      })
      await tellInjuryStep(tx, deps, now, updated, moved.event, party)
      // An act on a case is about its worker: it shows in her access log when she has an account.
      await appendAudit(tx, now, { ...actor, subjectUserId: row.workerUserId ?? actor.subjectUserId }, { action: 'disputes.actOnInjury', kind: 'write', objectType: 'injury_case', objectId: id })
      return ok(await injuryCaseThrough(tx, deps, updated, party))
    })
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem }
    throw error
  }
}
