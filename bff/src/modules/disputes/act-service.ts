import type { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import { transition, type ArbitrationRefusal } from '@renshe/shared/disputes/arbitration-machine'
import type { ArbitrationAction, ArbitrationParty } from '@renshe/shared/disputes/schemas'
import type { StoredClaim } from '../../db/schema/disputes'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { fail, ok, type ProblemInit, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { loadWorkCalendar } from '../../platform/work-calendar'
import { arbitrationForCaller } from './access'
import { attachDisputeFiles, lockSendableDisputeFiles } from './files-repo'
import { tellStep } from './notices'
import { insertArbitrationEvent, lockedArbitrationById, updateArbitrationFrom, type ArbitrationRow } from './repo'
import { caseThrough, commissionNextDueOn, isMoneyClaim, openClaims, sealClaims, todayOf } from './view'

/**
 * The machine's refusals, answered 409 with the machine's reason as the detail: a stable code the
 * page maps to its own words (the hearing set too soon, recorded before its day, the extension too
 * late, an act that is not the caller's, or not at this stage).
 */
function refusal(reason: ArbitrationRefusal): ProblemInit {
  return { code: reason === 'illegal_transition' ? 'illegal_transition' : 'conflict', detail: reason }
}

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

/** What the person wrote with the act, kept sealed on the timeline. */
function reasonOf(action: ArbitrationAction): string | null {
  switch (action.kind) {
    case 'refuse':
    case 'postponeHearing':
    case 'extend':
      return action.reason
    case 'withdraw':
      return action.reason === '' ? null : action.reason
    default:
      return null
  }
}

function hearingOf(action: ArbitrationAction): { on: string; mode: 'online' | 'office' } | null {
  return action.kind === 'scheduleHearing' || action.kind === 'postponeHearing' ? { on: action.on, mode: action.mode } : null
}

/**
 * One act on an arbitration, as the machine allows it to the caller's side. The case is read
 * again, locked, inside the transaction and written only if it is still as read: of two acts at
 * once (on any instances), the second is refused. State, timeline event, audit row and the other
 * sides' messages are written together.
 */
export async function actOnArbitration(deps: Deps, actor: Actor, principal: Principal, id: string, action: ArbitrationAction): Promise<Result<ArbitrationCase>> {
  const found = await deps.db.read((q) => arbitrationForCaller(q, principal, id))
  if (!found) return fail('not_found')
  const party: ArbitrationParty = found.party
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = todayOf(deps)

  return deps.db.transaction(async (tx): Promise<Result<ArbitrationCase>> => {
    const row = await lockedArbitrationById(tx, id)
    if (!row) return fail('not_found')
    const moved = transition(await loadWorkCalendar(tx), row.state, action, { today, by: party })
    if (!moved.ok) return { ok: false, problem: refusal(moved.reason) }
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
    const changes = { state: moved.state, status: moved.state.status, nextDueOn: commissionNextDueOn(moved.state), updatedAt: at, claimsEnc }
    if (!(await updateArbitrationFrom(tx, row, changes))) return { ok: false, problem: refusal('illegal_transition') }
    const updated: ArbitrationRow = { ...row, ...changes }
    await attachDisputeFiles(tx, { ownerUserId: principal.user.id, ids: evidenceIds }, { caseKind: 'arbitration', caseId: id, side: 'respondent', at })
    const reason = reasonOf(action)
    const hearing = hearingOf(action)
    await insertArbitrationEvent(tx, {
      id: newId(deps.random),
      arbitrationId: id,
      kind: moved.event,
      at,
      byParty: party,
      byUserId: principal.user.id,
      viaGrantId: principal.actingFor?.grantId ?? null,
      reasonEnc: reason === null ? null : deps.sealer.seal(reason),
      hearingOn: hearing?.on ?? null,
      hearingMode: hearing?.mode ?? null,
    })
    await tellStep(tx, deps, now, updated, moved.event, party)
    // An act on a case is about its applicant: it shows in her access log.
    await appendAudit(tx, now, { ...actor, subjectUserId: row.applicantUserId }, { action: 'disputes.actOnArbitration', kind: 'write', objectType: 'arbitration', objectId: id })
    return ok(await caseThrough(tx, deps, updated, party))
  })
}
