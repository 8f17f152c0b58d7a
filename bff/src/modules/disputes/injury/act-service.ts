import type { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import { transition, type InjuryState } from '@renshe/shared/disputes/injury-machine'
import type { InjuryAction, InjuryEventKind, InjuryParty } from '@renshe/shared/disputes/schemas'
import type { Actor } from '../../../platform/audit'
import type { Deps } from '../../../platform/deps'
import { subjectOf, type Principal } from '../../../platform/principal'
import { fail, ok, type Result } from '../../../platform/problem'
import { newId } from '../../../platform/random'
import { attachDisputeFiles } from '../files-repo'
import { actOnMachineCase, type MachineCase } from '../machine-act'
import { injuryForCaller } from './access'
import { tellInjuryStep } from './notices'
import { insertInjuryEvent, lockedInjuryCaseById, updateInjuryCaseFrom, type InjuryCaseRow } from './repo'
import { injuryCaseThrough, officeNextDueOn } from './view'

type InjuryChanges = Pick<InjuryCaseRow, 'state' | 'status' | 'nextDueOn' | 'updatedAt' | 'missingEnc' | 'grade'>

/** A work-injury case as the machine-backed act sees it (machine-act.ts). */
function injuryCase(deps: Deps): MachineCase<InjuryCaseRow, InjuryState, InjuryAction, InjuryParty, InjuryEventKind, InjuryChanges, InjuryCase> {
  return {
    audit: { action: 'disputes.actOnInjury', objectType: 'injury_case' },
    caseForCaller: injuryForCaller,
    locked: lockedInjuryCaseById,
    transition,
    async changes(tx, { id, row, action, principal, state, at }) {
      // The documents asked for are the applicant side's own, sent with this act; one that is not,
      // already sent or missing refuses it, before anything is written.
      if (action.kind === 'supplyDocuments') {
        const sent = await attachDisputeFiles(tx, { ownerUserId: subjectOf(principal), ids: action.evidenceIds }, { caseKind: 'injury', caseId: id, side: 'applicant', at })
        if (!sent) return fail('validation_failed', { errors: [{ path: 'body.evidenceIds', key: 'evidence.unknown' }] })
      }
      return ok({
        state,
        status: state.status,
        nextDueOn: officeNextDueOn(state),
        updatedAt: at,
        missingEnc: action.kind === 'requestDocuments' ? deps.sealer.seal(JSON.stringify(action.missing)) : row.missingEnc,
        grade: action.kind === 'assess' ? action.grade : row.grade,
      })
    },
    update: updateInjuryCaseFrom,
    async record(tx, { id, party, event, principal, at }, _updated, reasonEnc) {
      await insertInjuryEvent(tx, {
        id: newId(deps.random),
        caseId: id,
        kind: event,
        at,
        byParty: party,
        byUserId: principal.user.id,
        viaGrantId: principal.actingFor?.grantId ?? null,
        reasonEnc,
      })
    },
    tell: tellInjuryStep,
    // An act on a case is about its worker: it shows in her access log when she has an account.
    subjectOf: (row, actor) => row.workerUserId ?? actor.subjectUserId,
    view: (tx, viewDeps, updated, party) => injuryCaseThrough(tx, viewDeps, updated, party),
  }
}

/**
 * One act on a work-injury case, as the machine allows it to the caller's side (machine-act.ts):
 * of two acts at once, the second is refused; state, documents supplied, timeline event, audit row
 * and the other parties' messages are written together, or none of them.
 */
export function actOnInjury(deps: Deps, actor: Actor, principal: Principal, id: string, action: InjuryAction): Promise<Result<InjuryCase>> {
  return actOnMachineCase(injuryCase(deps), deps, actor, principal, id, action)
}
