import type { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import { transition, type ArbitrationState } from '@renshe/shared/disputes/arbitration-machine'
import type { ArbitrationAction, ArbitrationEventKind, ArbitrationParty } from '@renshe/shared/disputes/schemas'
import type { StoredClaim } from '../../db/schema/disputes'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { arbitrationForCaller } from './access'
import { attachDisputeFiles, lockSendableDisputeFiles } from './files-repo'
import { actOnMachineCase, type MachineCase } from './machine-act'
import { tellStep } from './notices'
import { insertArbitrationEvent, lockedArbitrationById, updateArbitrationFrom, type ArbitrationRow } from './repo'
import { caseThrough, commissionNextDueOn, isMoneyClaim, openClaims, sealClaims } from './view'

/**
 * What the award settles on each claim, in the claims' order: one amount per claim, at most what
 * a money claim asked, 0 for a claim without an amount (its outcome is in the award's text).
 */
function awarded(claims: readonly StoredClaim[], amounts: readonly number[]): Result<StoredClaim[]> {
  if (amounts.length !== claims.length) return fail('validation_failed', { errors: [{ path: 'body.awardedFen', key: 'disputes.awardPerClaim' }] })
  const errors = claims.flatMap((claim, index) => {
    const amount = amounts[index] ?? 0
    const path = `body.awardedFen.${index}`
    if (!isMoneyClaim(claim.kind)) return amount === 0 ? [] : [{ path, key: 'disputes.awardNonMoney' }]
    return amount <= (claim.amountFen ?? 0) ? [] : [{ path, key: 'disputes.awardOverClaim' }]
  })
  if (errors.length > 0) return fail('validation_failed', { errors })
  return ok(claims.map((claim, index) => ({ ...claim, awardedFen: amounts[index] ?? 0 })))
}

function hearingOf(action: ArbitrationAction): { on: string; mode: 'online' | 'office' } | null {
  return action.kind === 'scheduleHearing' || action.kind === 'postponeHearing' ? { on: action.on, mode: action.mode } : null
}

type ArbitrationChanges = Pick<ArbitrationRow, 'state' | 'status' | 'nextDueOn' | 'updatedAt' | 'claimsEnc'>

/** An arbitration as the machine-backed act sees it (machine-act.ts). */
function arbitrationCase(deps: Deps): MachineCase<ArbitrationRow, ArbitrationState, ArbitrationAction, ArbitrationParty, ArbitrationEventKind, ArbitrationChanges, ArbitrationCase> {
  return {
    audit: { action: 'disputes.actOnArbitration', objectType: 'arbitration' },
    caseForCaller: arbitrationForCaller,
    locked: lockedArbitrationById,
    transition,
    async changes(tx, { row, action, principal, state, at }) {
      let claimsEnc = row.claimsEnc
      if (action.kind === 'award') {
        const settled = awarded(openClaims(deps, row), action.awardedFen)
        if (!settled.ok) return settled
        claimsEnc = sealClaims(deps, settled.value)
      }
      // The defence's evidence: the employer account's own files not yet sent, checked before anything is written.
      const evidenceIds = action.kind === 'submitDefence' ? action.evidenceIds : []
      if (!(await lockSendableDisputeFiles(tx, principal.user.id, evidenceIds))) {
        return fail('validation_failed', { errors: [{ path: 'body.evidenceIds', key: 'evidence.unknown' }] })
      }
      return ok({ state, status: state.status, nextDueOn: commissionNextDueOn(state), updatedAt: at, claimsEnc })
    },
    update: updateArbitrationFrom,
    async record(tx, { id, action, party, event, principal, at }, _updated, reasonEnc) {
      const evidenceIds = action.kind === 'submitDefence' ? action.evidenceIds : []
      await attachDisputeFiles(tx, { ownerUserId: principal.user.id, ids: evidenceIds }, { caseKind: 'arbitration', caseId: id, side: 'respondent', at })
      const hearing = hearingOf(action)
      await insertArbitrationEvent(tx, {
        id: newId(deps.random),
        arbitrationId: id,
        kind: event,
        at,
        byParty: party,
        byUserId: principal.user.id,
        viaGrantId: principal.actingFor?.grantId ?? null,
        reasonEnc,
        hearingOn: hearing?.on ?? null,
        hearingMode: hearing?.mode ?? null,
      })
    },
    tell: tellStep,
    // An act on a case is about its applicant: it shows in her access log.
    subjectOf: (row) => row.applicantUserId,
    view: (tx, viewDeps, updated, party) => caseThrough(tx, viewDeps, updated, party),
  }
}

/**
 * One act on an arbitration, as the machine allows it to the caller's side (machine-act.ts): of
 * two acts at once, the second is refused; state, timeline event, files sent, audit row and the
 * other sides' messages are written together.
 */
export function actOnArbitration(deps: Deps, actor: Actor, principal: Principal, id: string, action: ArbitrationAction): Promise<Result<ArbitrationCase>> {
  return actOnMachineCase(arbitrationCase(deps), deps, actor, principal, id, action)
}
