import { z } from 'zod'
import { mayStillApply } from '@renshe/shared/disputes/injury'
import type { AccidentReport, InjuryCase, InjuryEvent, InjurySummary } from '@renshe/shared/disputes/injury-cases'
import { allowedActions, openDeadlines, overdueSteps, type InjuryDeadline as OpenDeadline, type InjuryState } from '@renshe/shared/disputes/injury-machine'
import { InjuryEventKind, type InjuryParty } from '@renshe/shared/disputes/schemas'
import { maskName } from '@renshe/shared/identity/masking'
import type { WorkCalendar } from '@renshe/shared/wages/work-calendar'
import type { Query } from '../../../db/database'
import type { Deps } from '../../../platform/deps'
import { filesOfCase, type DisputeFileMeta } from '../files-repo'
import { staffCodeOf } from '../repo'
import { toDisputeFile, todayOf } from '../view'
import { isWorkerSide } from './access'
import { eventsOfInjury, type InjuryCaseRow, type InjuryEventRow, type InjuryReportRow } from './repo'

type ViewDeps = Pick<Deps, 'clock' | 'sealer'>
type Deadline = InjuryCase['deadlines'][number]
type TimelineEvent = z.infer<typeof InjuryEvent>

/** The worker's name: whole to her alone, masked to everyone else (grid staff, the office, the employer). */
function workerNameFor(deps: Pick<Deps, 'sealer'>, nameEnc: string | null, party: InjuryParty | null): string {
  if (nameEnc === null) return ''
  const name = deps.sealer.open(nameEnc)
  return party === 'worker' ? name : maskName(name)
}

// ——— reports ———

/** A report as its side reads it, with the window to apply of that side (decision 069's `mayStillApply`). */
export function toReport(
  deps: Pick<Deps, 'sealer'>,
  calendar: WorkCalendar,
  report: { readonly row: InjuryReportRow; readonly workerNameEnc: string | null },
  side: { readonly as: 'worker' | 'employer'; readonly party: InjuryParty },
  today: string,
): AccidentReport {
  const { row } = report
  return {
    id: row.id,
    employerName: row.employerName,
    employerCreditCode: row.employerCreditCode,
    regionCode: row.regionCode,
    accidentOn: row.accidentOn,
    kind: row.kind,
    account: deps.sealer.open(row.accountEnc),
    workerMaskedName: workerNameFor(deps, report.workerNameEnc, side.party),
    reportedAt: row.reportedAt,
    window: mayStillApply(calendar, row.accidentOn, side.as === 'employer' ? 'employer' : 'worker', today),
    caseId: row.caseId,
  }
}

// ——— cases ———

/**
 * The day the earliest open step of the office or the committee is due, kept on the row for the
 * queue and the overdue scan: a case is overdue exactly when it is before today. The parties' own
 * clock (asking for a review) is theirs to keep, not the office's.
 */
export function officeNextDueOn(state: InjuryState): string | null {
  const dues = openDeadlines(state)
    .filter((deadline) => deadline.owner !== 'parties')
    .map((deadline) => deadline.due)
    .sort()
  return dues[0] ?? null
}

/** The next step of the office or the committee, null once none is running. */
function nextOf(state: InjuryState, today: string): Deadline | null {
  const overdue = overdueSteps(state, today)
  const [next] = openDeadlines(state)
    .filter((deadline) => deadline.owner !== 'parties')
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
  return next ? { step: next.step, by: next.due, done: false, overdue: overdue.includes(next.step) } : null
}

/** Every step whose clock runs now, and those already taken, in the order the case meets them. */
function deadlinesOf(state: InjuryState, today: string): Deadline[] {
  const open = new Map(openDeadlines(state).map((deadline) => [deadline.step, deadline.due]))
  const overdue = overdueSteps(state, today)
  const steps: [OpenDeadline['step'], string | null, boolean][] = [
    ['acceptance', state.acceptBy, state.acceptedOn !== null || state.status === 'refused'],
    ['decision', state.decideBy, state.decidedOn !== null],
    ['assessment', state.assessBy, state.assessedOn !== null],
    ['review', state.reviewBy, state.reviewRequestedOn !== null],
  ]
  return steps.flatMap(([step, by, done]): Deadline[] => {
    const due = open.get(step) ?? by
    if (due === null || (!done && !open.has(step))) return []
    return [{ step, by: due, done: !open.has(step) && done, overdue: overdue.includes(step) }]
  })
}

/** One case as a list shows it; `party` is the caller's side on it (the worker alone reads her name whole). */
export function toInjurySummary(deps: ViewDeps, row: InjuryCaseRow, party: InjuryParty | null, today = todayOf(deps)): InjurySummary {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    status: row.status,
    applicantKind: row.applicantKind,
    regionCode: row.regionCode,
    employerName: row.employerName,
    workerMaskedName: workerNameFor(deps, row.workerNameEnc, party),
    accidentOn: row.accidentOn,
    kind: row.kind,
    appliedAt: row.appliedAt,
    next: nextOf(row.state, today),
    overdue: overdueSteps(row.state, today).length > 0,
  }
}

// Acts of one instant (a test's standing clock) in the order a case goes through them.
const eventOrder: readonly TimelineEvent['kind'][] = ['applied', ...InjuryEventKind.options]

function byTimeThenKind(a: InjuryEventRow, b: InjuryEventRow): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1
  return eventOrder.indexOf(a.kind) - eventOrder.indexOf(b.kind)
}

/**
 * The timeline as `party` may read it: who acted by role, never by name. The employer does not
 * learn that grid staff acted for the worker, nor read the worker's own words (her reason to
 * withdraw); the office's and the committee's reasons are everyone's to read. The close relative
 * who applied acts on the worker's side: her own acts say so (as the case's facts already do).
 */
function timelineFor(deps: Pick<Deps, 'sealer'>, row: InjuryCaseRow, events: readonly InjuryEventRow[], party: InjuryParty): TimelineEvent[] {
  const employer = party === 'employer'
  const byRelative = (event: InjuryEventRow) => row.applicantKind === 'relative' && event.byParty === 'worker' && event.byUserId === row.applicantUserId
  return [...events].sort(byTimeThenKind).map((event) => ({
    kind: event.kind,
    at: event.at,
    by: byRelative(event) ? 'relative' : employer && event.byParty === 'grid_staff' ? 'worker' : event.byParty,
    reason: event.reasonEnc !== null && !(employer && isWorkerSide(event.byParty)) ? deps.sealer.open(event.reasonEnc) : null,
  }))
}

/** The one list of missing documents, sealed in the row, read back through a schema: a boundary. */
const Missing = z.array(z.string())

/** What a case's view shows besides its row: its events, its files, the staff code of who filed it. */
export interface InjuryParts {
  readonly events: readonly InjuryEventRow[]
  readonly files: readonly DisputeFileMeta[]
  readonly filedByStaffCode: string | null
}

export async function injuryPartsOf(q: Query, row: InjuryCaseRow): Promise<InjuryParts> {
  // One after another: inside a transaction `q` is one connection.
  const events = await eventsOfInjury(q, row.id)
  const files = await filesOfCase(q, 'injury', row.id)
  const filedByStaffCode = row.filedByUserId !== null ? await staffCodeOf(q, row.filedByUserId) : null
  return { events, files, filedByStaffCode }
}

/**
 * One case as `party` may see it. The worker's name is whole to her alone; her ID number is never
 * shown to anyone here (the office reads it at the counter, from the sealed row). Every party reads
 * every document sent with the case (`mayReadInjuryFile`) and the list of what is missing.
 */
export function injuryCaseOf(deps: ViewDeps, row: InjuryCaseRow, party: InjuryParty, parts: InjuryParts): InjuryCase {
  const today = todayOf(deps)
  const state = row.state
  return {
    ...toInjurySummary(deps, row, party, today),
    employerCreditCode: row.employerCreditCode,
    account: deps.sealer.open(row.accountEnc),
    injuries: deps.sealer.open(row.injuriesEnc),
    deadlines: deadlinesOf(state, today),
    missingDocuments: row.missingEnc === null ? null : Missing.parse(JSON.parse(deps.sealer.open(row.missingEnc))),
    factsClear: state.factsClear,
    grade: row.grade,
    assessed: state.assessedOn !== null,
    timeline: timelineFor(deps, row, parts.events, party),
    files: parts.files.flatMap((file) => (file.side === null ? [] : [toDisputeFile(deps, file, file.side)])),
    myRole: party,
    applicantRelation: party === 'employer' ? null : row.applicantRelation,
    allowedActions: allowedActions(state, party),
    filedByStaff: party === 'employer' ? null : parts.filedByStaffCode,
  }
}

/** The same, read through `q`: inside the transaction that changed the case, its own view. */
export async function injuryCaseThrough(q: Query, deps: ViewDeps, row: InjuryCaseRow, party: InjuryParty): Promise<InjuryCase> {
  return injuryCaseOf(deps, row, party, await injuryPartsOf(q, row))
}
