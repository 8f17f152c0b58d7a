import type { InjuryDeadline } from '@renshe/shared/disputes/injury-machine'
import type { InjuryEventKind, InjuryParty } from '@renshe/shared/disputes/schemas'
import { maskName } from '@renshe/shared/identity/masking'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Tx } from '../../../db/database'
import type { Deps } from '../../../platform/deps'
import { notify, type Notice } from '../../../platform/notify'
import { enqueueSubscribeMessage } from '../../../platform/outbox'
import { officialsCovering } from '../../../platform/officials'
import { employerById } from '../repo'
import { isWorkerSide } from './access'
import { userOfIdNumberIndex, type InjuryCaseRow, type InjuryReportRow } from './repo'

type NoticeDeps = Pick<Deps, 'random' | 'sealer'>

/** The case's page: one for every party, which shows each what it may see and do. */
export function injuryLink(id: string): string {
  return pageLink('injury', { id })
}

/** Reports have no page of their own: each side finds them in its list, with its window to apply. */
const reportsLink = pageLink('myInjuries')

/**
 * Tells the worker in the inbox and queues the WeChat subscribe message beside it, in the caller's
 * transaction (as wage cases do): the message says only the case number and a status word.
 */
async function tellWorker(tx: Tx, deps: NoticeDeps, at: Date, notice: Notice & { readonly link: string }): Promise<void> {
  await notify(tx, deps.random, at, notice)
  await enqueueSubscribeMessage(tx, deps.random, at, { userId: notice.userId, template: notice.template, params: notice.params ?? {}, link: notice.link })
}

/** `notify` with the signature of `tellWorker`, for the sides that get no subscribe message. */
const notifyIn = (tx: Tx, deps: NoticeDeps, at: Date, notice: Notice): Promise<void> => notify(tx, deps.random, at, notice)

/** The account of the organisation named, when the portal knows it and it has one. */
async function employerAccountOf(tx: Tx, row: Pick<InjuryCaseRow, 'employerId'>): Promise<string | null> {
  if (row.employerId === null) return null
  return (await employerById(tx, row.employerId))?.userId ?? null
}

/** The worker's account: the one the case names, or the one that has bound her ID number since the employer applied. */
export async function workerAccountOf(tx: Tx, row: Pick<InjuryCaseRow, 'workerUserId' | 'workerIdNumberIndex'>): Promise<string | null> {
  return row.workerUserId ?? (await userOfIdNumberIndex(tx, row.workerIdNumberIndex))
}

/**
 * Tells the employer named, at once, of the accident reported and the day by which it must apply
 * for recognition (art. 17): the worker by her masked name only.
 */
export async function tellAccidentReported(tx: Tx, deps: NoticeDeps, at: Date, report: InjuryReportRow, workerNameEnc: string | null): Promise<void> {
  const employer = await employerAccountOf(tx, report)
  if (employer === null) return
  const workerMaskedName = workerNameEnc === null ? '' : maskName(deps.sealer.open(workerNameEnc))
  await notify(tx, deps.random, at, {
    userId: employer,
    template: 'disputes.accidentReported',
    params: { workerMaskedName, accidentOn: report.accidentOn, employerBy: report.employerBy, reportId: report.id },
    link: reportsLink,
  })
}

/** Tells the worker that the employer's 30 days have passed with no application: she may apply herself, until `by`. */
export async function tellWindowOpen(tx: Tx, deps: NoticeDeps, at: Date, report: InjuryReportRow, by: string): Promise<void> {
  await tellWorker(tx, deps, at, {
    userId: report.workerUserId,
    template: 'disputes.injuryWindowOpen',
    params: { employerName: report.employerName, accidentOn: report.accidentOn, by, reportId: report.id },
    link: reportsLink,
  })
}

/**
 * Tells the applicant her application is in, with the day the office must decide on accepting it
 * by; the other side (the worker, when she has an account, or the employer's account) and the
 * county's officers that it was made.
 */
export async function tellInjuryApplied(tx: Tx, deps: NoticeDeps, at: Date, row: InjuryCaseRow): Promise<void> {
  const link = injuryLink(row.id)
  const tellApplicant = row.applicantKind === 'employer' ? notifyIn : tellWorker
  await tellApplicant(tx, deps, at, {
    userId: row.applicantUserId,
    template: 'disputes.injuryReceived',
    params: { caseNumber: row.caseNumber, acceptBy: row.state.acceptBy ?? '', caseId: row.id },
    link,
  })
  const applied = { caseNumber: row.caseNumber, step: 'applied', caseId: row.id }
  const otherSide = row.applicantKind === 'employer' ? await workerAccountOf(tx, row) : await employerAccountOf(tx, row)
  const officers = await officialsCovering(tx, row.regionCode, 'officer')
  if (otherSide !== null) {
    const tellOtherSide = row.applicantKind === 'employer' ? tellWorker : notifyIn
    await tellOtherSide(tx, deps, at, { userId: otherSide, template: 'disputes.injuryStep', params: applied, link })
  }
  // A relative applied: the worker, when she has an account, learns of it too; it is about her.
  const worker = row.applicantKind === 'relative' ? await workerAccountOf(tx, row) : null
  if (worker !== null) await tellWorker(tx, deps, at, { userId: worker, template: 'disputes.injuryStep', params: applied, link })
  for (const userId of officers) await notify(tx, deps.random, at, { userId, template: 'disputes.injuryStep', params: applied, link })
}

/** The close relative who applied for the worker, who follows the case as the worker's side does. */
function relativeOf(row: Pick<InjuryCaseRow, 'applicantKind' | 'applicantUserId'>): string | null {
  return row.applicantKind === 'relative' ? row.applicantUserId : null
}

/**
 * Tells the other parties of an act: the worker (when she has an account) and the close relative
 * who applied for her, the employer's account,
 * the county's officers; the committee (the county's supervisors) when an assessment is asked of
 * it. Whoever acted is not told of their own act.
 */
export async function tellInjuryStep(tx: Tx, deps: NoticeDeps, at: Date, row: InjuryCaseRow, event: InjuryEventKind, by: InjuryParty): Promise<void> {
  const recipients: string[] = []
  const worker = isWorkerSide(by) ? null : await workerAccountOf(tx, row)
  if (by !== 'employer') {
    const employer = await employerAccountOf(tx, row)
    if (employer !== null) recipients.push(employer)
  }
  if (by !== 'officer') recipients.push(...(await officialsCovering(tx, row.regionCode, 'officer')))
  if (event === 'assessment_requested') recipients.push(...(await officialsCovering(tx, row.regionCode, 'supervisor')))
  const link = injuryLink(row.id)
  const params = { caseNumber: row.caseNumber, step: event, caseId: row.id }
  const relative = isWorkerSide(by) ? null : relativeOf(row)
  if (worker !== null) await tellWorker(tx, deps, at, { userId: worker, template: 'disputes.injuryStep', params, link })
  if (relative !== null) await tellWorker(tx, deps, at, { userId: relative, template: 'disputes.injuryStep', params, link })
  for (const userId of new Set(recipients)) if (userId !== worker && userId !== relative) await notify(tx, deps.random, at, { userId, template: 'disputes.injuryStep', params, link })
}

/**
 * Tells the worker (inbox and subscribe message, when she has an account), the close relative who
 * applied for her, and the county's
 * supervisors, who oversee the office and sit for the committee, that a step of the office or the
 * committee is past its legal day, one message per step.
 */
export async function tellInjuryOverdue(tx: Tx, deps: NoticeDeps, at: Date, row: InjuryCaseRow, steps: readonly InjuryDeadline['step'][]): Promise<void> {
  const link = injuryLink(row.id)
  const worker = await workerAccountOf(tx, row)
  const relative = relativeOf(row)
  const supervisors = await officialsCovering(tx, row.regionCode, 'supervisor')
  for (const step of steps) {
    const params = { caseNumber: row.caseNumber, step, caseId: row.id }
    if (worker !== null) await tellWorker(tx, deps, at, { userId: worker, template: 'disputes.injuryOverdue', params, link })
    if (relative !== null) await tellWorker(tx, deps, at, { userId: relative, template: 'disputes.injuryOverdue', params, link })
    for (const userId of supervisors) if (userId !== worker) await notify(tx, deps.random, at, { userId, template: 'disputes.injuryOverdue', params, link })
  }
}
