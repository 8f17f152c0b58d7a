import { limitationEndsOn } from '@renshe/shared/disputes/arbitration'
import type { ArbitrationCase, NewArbitration } from '@renshe/shared/disputes/arbitration-cases'
import { openArbitration } from '@renshe/shared/disputes/arbitration-machine'
import { limitationDetail } from '@renshe/shared/disputes/messages'
import type { Locale } from '@renshe/shared/platform/locale'
import type { WorkCalendar } from '@renshe/shared/wages/work-calendar'
import { isUniqueViolation } from '../../db/locks'
import type { StoredClaim } from '../../db/schema/disputes'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { officialsCovering } from '../../platform/officials'
import { subjectOf, type Principal } from '../../platform/principal'
import { fail, ok, type ProblemInit, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { loadWorkCalendar } from '../../platform/work-calendar'
import { attachDisputeFiles, lockSendableDisputeFiles } from './files-repo'
import { tellApplied } from './notices'
import { arbitrationOfWageCase, employerByCreditCode, insertArbitration, insertArbitrationEvent, nextArbitrationSerial, type ArbitrationEventRow, type ArbitrationRow } from './repo'
import { caseThrough, commissionNextDueOn, isMoneyClaim, sealClaims, todayOf } from './view'
import { isTransferable, lockedWageCaseById } from './wage-transfer'

type FieldErrors = { path: string; key: string }[]

/** A county's code: a commission sits in a county's bureau, not a city's or the province's. */
function isCountyCode(code: string): boolean {
  return code.slice(2, 4) !== '00' && code.slice(4, 6) !== '00'
}

/** A money claim says how much; any other claim says no amount. */
function claimErrors(input: NewArbitration): FieldErrors {
  return input.claims.flatMap((claim, index) => {
    const path = `body.claims.${index}.amountFen`
    if (isMoneyClaim(claim.kind) && claim.amountFen === undefined) return [{ path, key: 'disputes.amountRequired' }]
    if (!isMoneyClaim(claim.kind) && claim.amountFen !== undefined) return [{ path, key: 'disputes.amountNotAllowed' }]
    return []
  })
}

/**
 * What makes an application refused before anything is written: a claim without its amount (or a
 * non-money claim with one), a region that is not a county, a day of knowing in the future, or the
 * year of art. 27 run out; then the problem's detail says the day it ran out, in her language.
 */
function refusalOf(calendar: WorkCalendar, input: NewArbitration, today: string, locale: Locale, more: FieldErrors): ProblemInit | null {
  const errors = [...claimErrors(input), ...more]
  if (!isCountyCode(input.regionCode)) errors.push({ path: 'body.regionCode', key: 'disputes.regionCounty' })
  let detail: string | undefined
  if (input.knewOn > today) {
    errors.push({ path: 'body.knewOn', key: 'disputes.knewOnFuture' })
  } else {
    const endsOn = limitationEndsOn(calendar, input.knewOn)
    if (today > endsOn) {
      errors.push({ path: 'body.knewOn', key: 'disputes.limitationPassed' })
      detail = limitationDetail(endsOn, locale)
    }
  }
  if (errors.length === 0) return null
  return detail === undefined ? { code: 'validation_failed', errors } : { code: 'validation_failed', errors, detail }
}

function caseNumberOf(regionCode: string, year: string, serial: number): string {
  return `ZC${regionCode}${year}${String(serial).padStart(6, '0')}`
}

const notTransferable = { path: 'body.wageCaseId', key: 'disputes.wageCaseNotTransferable' }

/**
 * Files an application for arbitration, by the worker or by grid staff for her: checked, numbered,
 * put on the machine's clock from today, its claims and facts sealed, her evidence sent with it,
 * the applicant told and the county's officers too. From a wage complaint the office sent to
 * arbitration, it keeps the complaint's id: one application a complaint, the complaint locked
 * while it is checked and the unique index the last guard. A retry with the same Idempotency-Key
 * answers this case (the route's replay).
 */
export async function applyForArbitration(deps: Deps, actor: Actor, principal: Principal, locale: Locale, input: NewArbitration): Promise<Result<ArbitrationCase>> {
  try {
    return await fileApplication(deps, actor, principal, locale, input)
  } catch (error) {
    // Only if another application from the same complaint got in first (the lock makes it rare).
    if (input.wageCaseId === undefined || !isUniqueViolation(error)) throw error
    const wageCaseId = input.wageCaseId
    if (!(await deps.db.read((q) => arbitrationOfWageCase(q, wageCaseId)))) throw error
    return fail('validation_failed', { errors: [notTransferable] })
  }
}

async function fileApplication(deps: Deps, actor: Actor, principal: Principal, locale: Locale, input: NewArbitration): Promise<Result<ArbitrationCase>> {
  const applicant = subjectOf(principal)
  const party = principal.actingFor ? 'grid_staff' : 'applicant'
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = todayOf(deps)

  return deps.db.transaction(async (tx): Promise<Result<ArbitrationCase>> => {
    const calendar = await loadWorkCalendar(tx)
    const wageCaseId = input.wageCaseId ?? null
    const fromComplaint = wageCaseId === null || (await isTransferable(tx, principal, await lockedWageCaseById(tx, wageCaseId))) ? [] : [notTransferable]
    const refused = refusalOf(calendar, input, today, locale, fromComplaint)
    if (refused) return { ok: false, problem: refused }
    // Her own files not yet sent, locked: nothing is written unless all of them may go with it.
    if (!(await lockSendableDisputeFiles(tx, applicant, input.evidenceIds))) return fail('validation_failed', { errors: [{ path: 'body.evidenceIds', key: 'evidence.unknown' }] })
    const employer = await employerByCreditCode(tx, input.respondent.creditCode)
    const officers = await officialsCovering(tx, input.regionCode, 'officer')
    const state = openArbitration(calendar, today)
    const claims: StoredClaim[] = input.claims.map((claim) => ({ kind: claim.kind, amountFen: claim.amountFen ?? null, statement: claim.statement, awardedFen: null }))
    // Everything read is read before the number is taken: its counter stays locked to the commit.
    const serial = await nextArbitrationSerial(tx, input.regionCode, Number(today.slice(0, 4)))
    const row: ArbitrationRow = {
      id: newId(deps.random),
      caseNumber: caseNumberOf(input.regionCode, today.slice(0, 4), serial),
      applicantUserId: applicant,
      filedByUserId: principal.actingFor ? principal.user.id : null,
      viaGrantId: principal.actingFor?.grantId ?? null,
      respondentName: input.respondent.name,
      respondentCreditCode: input.respondent.creditCode,
      respondentEmployerId: employer?.id ?? null,
      regionCode: input.regionCode,
      knewOn: input.knewOn,
      claimsEnc: sealClaims(deps, claims),
      factsEnc: deps.sealer.seal(input.facts),
      claimedFen: claims.reduce((total, claim) => total + (claim.amountFen ?? 0), 0),
      state,
      status: state.status,
      nextDueOn: commissionNextDueOn(state),
      overdueTold: [],
      appliedAt: at,
      updatedAt: at,
      wageCaseId,
    }
    const applied: ArbitrationEventRow = {
      id: newId(deps.random),
      arbitrationId: row.id,
      kind: 'applied',
      at,
      byParty: party,
      byUserId: principal.user.id,
      viaGrantId: row.viaGrantId,
      reasonEnc: null,
      hearingOn: null,
      hearingMode: null,
    }
    await insertArbitration(tx, row)
    await insertArbitrationEvent(tx, applied)
    await attachDisputeFiles(tx, { ownerUserId: applicant, ids: input.evidenceIds }, { caseKind: 'arbitration', caseId: row.id, side: 'applicant', at })
    await tellApplied(tx, deps, now, row, officers)
    await appendAudit(tx, now, actor, { action: 'disputes.applyForArbitration', kind: 'write', objectType: 'arbitration', objectId: row.id })
    return ok(await caseThrough(tx, deps, row, party))
  })
}
