import type { InjuryCase, NewInjuryApplication } from '@renshe/shared/disputes/injury-cases'
import { openInjuryCase } from '@renshe/shared/disputes/injury-machine'
import type { InjuryApplicantKind, InjuryParty } from '@renshe/shared/disputes/schemas'
import { checkIdNumber } from '@renshe/shared/identity/id-number'
import type { Locale } from '@renshe/shared/platform/locale'
import type { WorkCalendar } from '@renshe/shared/wages/work-calendar'
import type { Tx } from '../../../db/database'
import { appendAudit, type Actor } from '../../../platform/audit'
import type { Deps } from '../../../platform/deps'
import { subjectOf, type Principal } from '../../../platform/principal'
import { fail, ok, type Result } from '../../../platform/problem'
import { newId } from '../../../platform/random'
import { realNameGate } from '../../../platform/real-name-gate'
import { loadWorkCalendar } from '../../../platform/work-calendar'
import { attachDisputeFiles } from '../files-repo'
import { employersOfUser } from '../repo'
import { todayOf } from '../view'
import { sideOnReport } from './access'
import { accidentRefusal, windowRefusal } from './checks'
import { tellInjuryApplied } from './notices'
import { insertInjuryCase, insertInjuryEvent, lockedInjuryReportById, nextInjurySerial, realNameOf, setReportCase, userOfIdNumberIndex, type InjuryCaseRow } from './repo'
import { injuryCaseThrough, officeNextDueOn } from './view'

type FromReport = Extract<NewInjuryApplication, { accidentId: string }>
type ForWorker = Exclude<NewInjuryApplication, FromReport>

/** Everything a case is made of that depends on how it was applied for: who, for whom, about what. */
interface Application {
  readonly party: InjuryParty
  readonly applicantKind: InjuryApplicantKind
  readonly applicantUserId: string
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

function caseNumberOf(regionCode: string, year: string, serial: number): string {
  return `GS${regionCode}${year}${String(serial).padStart(6, '0')}`
}

/**
 * Applies for recognition of a work injury (decision 071): checked, its documents attached,
 * numbered, put on the machine's clock from today, the injuries sealed; the applicant told, the
 * other side and the county's officers too. A retry with the same Idempotency-Key answers this case
 * (the route's replay).
 */
export async function applyForInjury(deps: Deps, actor: Actor, principal: Principal, locale: Locale, input: NewInjuryApplication): Promise<Result<InjuryCase>> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = todayOf(deps)

  return deps.db.transaction(async (tx): Promise<Result<InjuryCase>> => {
    const context: Context = { tx, deps, principal, locale, calendar: await loadWorkCalendar(tx), today, now }
    const planned = 'accidentId' in input ? await fromReport(context, input) : await forWorker(context, input)
    if (!planned.ok) return planned
    const application = planned.value
    const id = newId(deps.random)
    // Sent first, before anything is written: a file that is not the applicant's, already sent or
    // missing refuses the whole application, and nothing was changed.
    const owner = subjectOf(principal)
    if (!(await attachDisputeFiles(tx, { ownerUserId: owner, ids: input.evidenceIds }, { caseKind: 'injury', caseId: id, side: 'applicant', at }))) {
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
      filedByUserId: principal.actingFor ? principal.user.id : null,
      viaGrantId: principal.actingFor?.grantId ?? null,
      workerUserId: worker.userId,
      workerNameEnc: worker.nameEnc,
      workerIdNumberEnc: worker.idNumberEnc,
      workerIdNumberIndex: worker.idNumberIndex,
      ...facts,
      injuriesEnc: deps.sealer.seal(input.injuries),
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
    await appendAudit(tx, now, { ...actor, subjectUserId: worker.userId ?? actor.subjectUserId }, { action: 'disputes.applyForInjury', kind: 'write', objectType: 'injury_case', objectId: id })
    return ok(await injuryCaseThrough(tx, deps, row, application.party))
  })
}
