import type { CloseRelation, InjuryCase, NewInjuryApplication, NewRelativeInjuryApplication } from '@renshe/shared/disputes/injury-cases'
import { openInjuryCase } from '@renshe/shared/disputes/injury-machine'
import type { InjuryApplicantKind, InjuryParty } from '@renshe/shared/disputes/schemas'
import { checkIdNumber } from '@renshe/shared/identity/id-number'
import type { Locale } from '@renshe/shared/platform/locale'
import type { WorkCalendar } from '@renshe/shared/wages/work-calendar'
import type { Tx } from '../../../db/database'
import { lockKey } from '../../../db/locks'
import { appendAudit, type Actor } from '../../../platform/audit'
import type { Deps } from '../../../platform/deps'
import { subjectOf, type Principal } from '../../../platform/principal'
import { fail, ok, type Result } from '../../../platform/problem'
import { newId } from '../../../platform/random'
import { realNameGate } from '../../../platform/real-name-gate'
import { loadWorkCalendar } from '../../../platform/work-calendar'
import { attachDisputeFiles } from '../files-repo'
import { employerByCreditCode, employersOfUser } from '../repo'
import { todayOf } from '../view'
import { sideOnReport } from './access'
import { accidentRefusal, windowRefusal } from './checks'
import { tellInjuryApplied } from './notices'
import {
  insertInjuryCase,
  insertInjuryEvent,
  liveInjuryOfAccident,
  lockedInjuryReportById,
  lockedInjuryReportOf,
  nextInjurySerial,
  realNameOf,
  setReportCase,
  userOfIdNumberIndex,
  type InjuryCaseRow,
} from './repo'
import { injuryCaseThrough, officeNextDueOn } from './view'

type FromReport = Extract<NewInjuryApplication, { accidentId: string }>
type ForWorker = Exclude<NewInjuryApplication, FromReport>

/** Everything a case is made of that depends on how it was applied for: who, for whom, about what. */
interface Application {
  readonly party: InjuryParty
  readonly applicantKind: InjuryApplicantKind
  readonly applicantUserId: string
  readonly applicantRelation: CloseRelation | null
  readonly reportId: string | null
  readonly worker: { readonly userId: string | null; readonly nameEnc: string; readonly idNumberEnc: string; readonly idNumberIndex: string }
  readonly facts: Pick<InjuryCaseRow, 'employerName' | 'employerCreditCode' | 'employerId' | 'regionCode' | 'accidentOn' | 'kind' | 'accountEnc'>
}

interface Context {
  readonly tx: Tx
  readonly deps: Deps
  readonly principal: Principal
  readonly locale: Locale
  readonly calendar: WorkCalendar
  readonly today: string
  readonly now: Date
}

/**
 * From a report: the worker's side from her own, once the employer's 30 days have passed and while
 * her year runs; the employer from one naming it, while its 30 days run. The report is locked: of
 * two applications from it at once, the second finds the first's case and is told which it is.
 */
async function fromReport(context: Context, input: FromReport): Promise<Result<Application>> {
  const { tx, principal, calendar, today, locale } = context
  const report = await lockedInjuryReportById(tx, input.accidentId)
  const side = report ? await sideOnReport(tx, principal, report) : null
  if (!report || !side) return fail('not_found')
  if (report.caseId !== null) return fail('conflict', { detail: report.caseId })
  if (side === 'worker') {
    const gate = await realNameGate(tx, report.workerUserId)
    if (gate) return { ok: false, problem: gate }
  }
  const refused = windowRefusal(calendar, report.accidentOn, side === 'worker' ? 'worker' : 'employer', today, locale, 'body.accidentId')
  if (refused) return { ok: false, problem: refused }
  const worker = await realNameOf(tx, report.workerUserId)
  // A report is made under the real-name gate, and a bound name is never unbound.
  if (!worker) throw new Error('the worker of an accident report has no real name')
  return ok({
    party: side === 'employer' ? 'employer' : principal.actingFor ? 'grid_staff' : 'worker',
    applicantKind: side === 'employer' ? 'employer' : 'worker',
    applicantUserId: side === 'employer' ? principal.user.id : report.workerUserId,
    applicantRelation: null,
    reportId: report.id,
    worker: { userId: report.workerUserId, ...worker },
    facts: {
      employerName: report.employerName,
      employerCreditCode: report.employerCreditCode,
      employerId: report.employerId,
      regionCode: report.regionCode,
      accidentOn: report.accidentOn,
      kind: report.kind,
      accountEnc: report.accountEnc,
    },
  })
}

/**
 * The employer's own application for a worker it names by name and ID number, within its 30 days:
 * her number kept sealed with its blind index, and her account, when one binds that number,
 * named on the case so that she follows it.
 */
async function forWorker(context: Context, input: ForWorker): Promise<Result<Application>> {
  const { tx, deps, principal, calendar, today, locale, now } = context
  if (principal.actingFor || !principal.user.roles.includes('employer')) return fail('forbidden')
  // An account speaks for its organisation; the first it was linked to, should it speak for more.
  const [organisation] = await employersOfUser(tx, principal.user.id)
  if (!organisation) return fail('forbidden')
  const refused = accidentRefusal(calendar, input, 'employer', today, locale)
  if (refused) return { ok: false, problem: refused }
  const check = checkIdNumber(input.worker.idNumber, now)
  if (!check.ok) return fail('validation_failed', { errors: [{ path: 'body.worker.idNumber', key: check.error }] })
  const idNumberIndex = deps.blindIndex('id_number', check.value.normalized)
  return ok({
    party: 'employer',
    applicantKind: 'employer',
    applicantUserId: principal.user.id,
    applicantRelation: null,
    reportId: null,
    worker: {
      userId: await userOfIdNumberIndex(tx, idNumberIndex),
      nameEnc: deps.sealer.seal(input.worker.name),
      idNumberEnc: deps.sealer.seal(check.value.normalized),
      idNumberIndex,
    },
    facts: {
      employerName: organisation.name,
      employerCreditCode: organisation.creditCode,
      employerId: organisation.id,
      regionCode: input.regionCode,
      accidentOn: input.accidentOn,
      kind: input.kind,
      accountEnc: deps.sealer.seal(input.account),
    },
  })
}

/**
 * A close relative's application for the worker she names by name and ID number (art. 17, para. 2;
 * decision 071, amended): her own act, under her bound real name, never for herself. Her time is the
 * worker's: refused with the employer's day while its 30 days run, with the year's end once it has
 * passed. The worker's number is sealed with its blind index and matched to her account as for an
 * employer's application. One case an accident: the worker's report of it is taken when no case has
 * been applied for from it; an accident that already has a live case is refused, answered with that
 * case only when it is the caller's own.
 */
async function forRelative(context: Context, input: NewRelativeInjuryApplication): Promise<Result<Application>> {
  const { tx, deps, principal, calendar, today, locale, now } = context
  if (principal.actingFor) return fail('forbidden')
  const gate = await realNameGate(tx, principal.user.id)
  if (gate) return { ok: false, problem: gate }
  const own = await realNameOf(tx, principal.user.id)
  if (!own) throw new Error('a real-name-gated caller has no real name')
  const refused = accidentRefusal(calendar, input, 'relative', today, locale) ?? windowRefusal(calendar, input.accidentOn, 'relative', today, locale, 'body.accidentOn')
  if (refused) return { ok: false, problem: refused }
  const check = checkIdNumber(input.worker.idNumber, now)
  if (!check.ok) return fail('validation_failed', { errors: [{ path: 'body.worker.idNumber', key: check.error }] })
  const idNumberIndex = deps.blindIndex('id_number', check.value.normalized)
  if (idNumberIndex === own.idNumberIndex) return fail('validation_failed', { errors: [{ path: 'body.worker.idNumber', key: 'disputes.relativeIsWorker' }] })
  // One accident, one application at a time: with no row to lock yet (a worker without an account
  // has no report), two relatives applying at once take turns, and the second finds the first's case.
  await lockKey(tx, `injury-accident:${idNumberIndex}:${input.accidentOn}:${input.kind}`)
  const workerUserId = await userOfIdNumberIndex(tx, idNumberIndex)
  // Her report is locked first, so that of two applications for it at once the second finds the first's case.
  const report = workerUserId === null ? undefined : await lockedInjuryReportOf(tx, workerUserId, input.accidentOn, input.kind)
  const existing = await liveInjuryOfAccident(tx, idNumberIndex, input.accidentOn, input.kind)
  if (existing) {
    if (existing.applicantKind === 'relative' && existing.applicantUserId === principal.user.id) return fail('conflict', { detail: existing.id })
    return fail('validation_failed', { errors: [{ path: 'body.accidentOn', key: 'disputes.injuryAlreadyApplied' }] })
  }
  const employer = await employerByCreditCode(tx, input.employer.creditCode)
  return ok({
    party: 'worker',
    applicantKind: 'relative',
    applicantUserId: principal.user.id,
    applicantRelation: input.relation,
    reportId: report && report.caseId === null ? report.id : null,
    worker: { userId: workerUserId, nameEnc: deps.sealer.seal(input.worker.name), idNumberEnc: deps.sealer.seal(check.value.normalized), idNumberIndex },
    facts: {
      employerName: input.employer.name,
      employerCreditCode: input.employer.creditCode,
      employerId: employer?.id ?? null,
      regionCode: input.regionCode,
      accidentOn: input.accidentOn,
      kind: input.kind,
      accountEnc: deps.sealer.seal(input.account),
    },
  })
}

function caseNumberOf(regionCode: string, year: string, serial: number): string {
  return `GS${regionCode}${year}${String(serial).padStart(6, '0')}`
}

/** What every application sends besides who and what: the injuries, the documents, and the act it is audited as. */
interface Submission {
  readonly injuries: string
  readonly evidenceIds: readonly string[]
  readonly action: 'disputes.applyForInjury' | 'disputes.applyForRelativeInjury'
}

/**
 * Applies for recognition of a work injury (decision 071): checked, its documents attached,
 * numbered, put on the machine's clock from today, the injuries sealed; the applicant told, the
 * other side and the county's officers too. A retry with the same Idempotency-Key answers this case
 * (the route's replay).
 */
async function submit(
  deps: Deps,
  actor: Actor,
  principal: Principal,
  locale: Locale,
  plan: (context: Context) => Promise<Result<Application>>,
  submission: Submission,
): Promise<Result<InjuryCase>> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = todayOf(deps)

  return deps.db.transaction(async (tx): Promise<Result<InjuryCase>> => {
    const context: Context = { tx, deps, principal, locale, calendar: await loadWorkCalendar(tx), today, now }
    const planned = await plan(context)
    if (!planned.ok) return planned
    const application = planned.value
    const id = newId(deps.random)
    // Sent first, before anything is written: a file that is not the applicant's, already sent or
    // missing refuses the whole application, and nothing was changed.
    const owner = subjectOf(principal)
    if (!(await attachDisputeFiles(tx, { ownerUserId: owner, ids: submission.evidenceIds }, { caseKind: 'injury', caseId: id, side: 'applicant', at }))) {
      return fail('validation_failed', { errors: [{ path: 'body.evidenceIds', key: 'evidence.unknown' }] })
    }
    const { facts, worker } = application
    const state = openInjuryCase(context.calendar, { accidentOn: facts.accidentOn, appliedOn: today, applicantKind: application.applicantKind })
    const serial = await nextInjurySerial(tx, facts.regionCode, Number(today.slice(0, 4)))
    const row: InjuryCaseRow = {
      id,
      caseNumber: caseNumberOf(facts.regionCode, today.slice(0, 4), serial),
      reportId: application.reportId,
      applicantKind: application.applicantKind,
      applicantUserId: application.applicantUserId,
      applicantRelation: application.applicantRelation,
      filedByUserId: principal.actingFor ? principal.user.id : null,
      viaGrantId: principal.actingFor?.grantId ?? null,
      workerUserId: worker.userId,
      workerNameEnc: worker.nameEnc,
      workerIdNumberEnc: worker.idNumberEnc,
      workerIdNumberIndex: worker.idNumberIndex,
      ...facts,
      injuriesEnc: deps.sealer.seal(submission.injuries),
      missingEnc: null,
      grade: null,
      state,
      status: state.status,
      nextDueOn: officeNextDueOn(state),
      overdueTold: [],
      appliedAt: at,
      updatedAt: at,
    }
    await insertInjuryCase(tx, row)
    if (row.reportId !== null && !(await setReportCase(tx, row.reportId, id))) throw new Error('the report was applied from under its lock')
    await insertInjuryEvent(tx, { id: newId(deps.random), caseId: id, kind: 'applied', at, byParty: application.party, byUserId: principal.user.id, viaGrantId: row.viaGrantId, reasonEnc: null })
    await tellInjuryApplied(tx, deps, now, row)
    // An application is about the worker: it shows in her access log when she has an account.
    await appendAudit(tx, now, { ...actor, subjectUserId: worker.userId ?? actor.subjectUserId }, { action: submission.action, kind: 'write', objectType: 'injury_case', objectId: id })
    return ok(await injuryCaseThrough(tx, deps, row, application.party))
  })
}

/** The worker's side from her report, or the employer from a report naming it or for a worker it names (`submit`). */
export function applyForInjury(deps: Deps, actor: Actor, principal: Principal, locale: Locale, input: NewInjuryApplication): Promise<Result<InjuryCase>> {
  const plan = (context: Context) => ('accidentId' in input ? fromReport(context, input) : forWorker(context, input))
  return submit(deps, actor, principal, locale, plan, { injuries: input.injuries, evidenceIds: input.evidenceIds, action: 'disputes.applyForInjury' })
}

/** A close relative for the worker she names (`forRelative`, `submit`): the proof of the relationship and the diagnosis sent together. */
export function applyForRelativeInjury(deps: Deps, actor: Actor, principal: Principal, locale: Locale, input: NewRelativeInjuryApplication): Promise<Result<InjuryCase>> {
  const evidenceIds = [...new Set([...input.relationProofIds, ...input.diagnosisIds])]
  return submit(deps, actor, principal, locale, (context) => forRelative(context, input), { injuries: input.injuries, evidenceIds, action: 'disputes.applyForRelativeInjury' })
}
