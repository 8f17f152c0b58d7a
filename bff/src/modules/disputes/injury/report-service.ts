import { applicationDeadline } from '@renshe/shared/disputes/injury'
import type { AccidentReport, NewAccidentReport } from '@renshe/shared/disputes/injury-cases'
import type { Locale } from '@renshe/shared/platform/locale'
import { appendAudit, recordAudit, type Actor } from '../../../platform/audit'
import type { Deps } from '../../../platform/deps'
import { subjectOf, type Principal } from '../../../platform/principal'
import { fail, ok, type Result } from '../../../platform/problem'
import { newId } from '../../../platform/random'
import { loadWorkCalendar } from '../../../platform/work-calendar'
import { employerByCreditCode, sealedRealNameOf } from '../repo'
import { todayOf } from '../view'
import { sideOnReport } from './access'
import { accidentRefusal } from './checks'
import { tellAccidentReported } from './notices'
import { injuryReportById, insertInjuryReport, type InjuryReportRow } from './repo'
import { toReport } from './view'

/**
 * Records an accident at work reported by the worker, or by grid staff for her (decision 071): the
 * employer named is matched by its credit code, its 30 days counted on the officers' calendar, and
 * its account told at once. Refused when the day is in the future or her own year has run out (then
 * no one may apply online, and the report would only mislead). Her account of it is sealed.
 */
export async function reportAccident(deps: Deps, actor: Actor, principal: Principal, locale: Locale, input: NewAccidentReport): Promise<Result<AccidentReport>> {
  const worker = subjectOf(principal)
  const now = deps.clock.now()
  const today = todayOf(deps)

  return deps.db.transaction(async (tx): Promise<Result<AccidentReport>> => {
    const calendar = await loadWorkCalendar(tx)
    const refused = accidentRefusal(calendar, input, 'worker', today, locale)
    if (refused) return { ok: false, problem: refused }
    const employer = await employerByCreditCode(tx, input.employer.creditCode)
    const workerNameEnc = await sealedRealNameOf(tx, worker)
    const row: InjuryReportRow = {
      id: newId(deps.random),
      workerUserId: worker,
      reportedByUserId: principal.actingFor ? principal.user.id : null,
      viaGrantId: principal.actingFor?.grantId ?? null,
      employerName: input.employer.name,
      employerCreditCode: input.employer.creditCode,
      employerId: employer?.id ?? null,
      regionCode: input.regionCode,
      accidentOn: input.accidentOn,
      kind: input.kind,
      accountEnc: deps.sealer.seal(input.account),
      employerBy: applicationDeadline(calendar, input.accidentOn, 'employer'),
      windowToldAt: null,
      caseId: null,
      reportedAt: now.toISOString(),
    }
    await insertInjuryReport(tx, row)
    await tellAccidentReported(tx, deps, now, row, workerNameEnc)
    await appendAudit(tx, now, actor, { action: 'disputes.reportAccident', kind: 'write', objectType: 'injury_report', objectId: row.id })
    const party = principal.actingFor ? 'grid_staff' : 'worker'
    return ok(toReport(deps, calendar, { row, workerNameEnc }, { as: 'worker', party }, today))
  })
}

/** One report for its worker's side or the employer named (a retried report's answer); anyone else's does not exist. Recorded as a read. */
export async function readAccidentReport(deps: Deps, actor: Actor, principal: Principal, id: string): Promise<Result<AccidentReport>> {
  const found = await deps.db.read(async (q) => {
    const report = await injuryReportById(q, id)
    if (!report) return null
    const side = await sideOnReport(q, principal, report.row)
    return side ? { report, side, calendar: await loadWorkCalendar(q) } : null
  })
  if (!found) return fail('not_found')
  const { report, side, calendar } = found
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: report.row.workerUserId }, {
    action: 'disputes.getAccidentReport',
    kind: 'read',
    objectType: 'injury_report',
    objectId: id,
  })
  const party = side === 'employer' ? 'employer' : principal.actingFor ? 'grid_staff' : 'worker'
  return ok(toReport(deps, calendar, report, { as: side, party }, todayOf(deps)))
}
