import type { z } from 'zod'
import { NewAccidentReport, NewInjuryApplication, NewRelativeInjuryApplication, type CloseRelation, type InjuryKind } from '@renshe/shared/disputes/injury-cases'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Locale } from '@renshe/shared/platform/locale'
import type { Problem } from '@renshe/shared/platform/problem'
import { errorsFromProblem, type FieldIds } from '../../lib/form-errors'
import type { FieldProblem } from '../../ui/error-summary'

/** The accident as typed: the day stays the text she typed until it is sent. */
export interface AccidentValues {
  readonly regionCode: string | null
  readonly accidentOn: string
  readonly kind: InjuryKind | null
  readonly account: string
}

export interface ReportValues extends AccidentValues {
  readonly employerName: string
  readonly creditCode: string
}

export interface ApplicationValues {
  readonly injuries: string
  /** The ids of the documents uploaded so far. */
  readonly evidenceIds: readonly string[]
}

/** The employer's application for a worker it names, when no report was made. */
export interface FreshApplicationValues extends AccidentValues, ApplicationValues {
  readonly workerName: string
  readonly workerIdNumber: string
}

/** A close relative's application for the worker she names, as typed: two sets of documents, each uploaded first. */
export interface RelativeApplicationValues extends ReportValues {
  readonly workerName: string
  readonly workerIdNumber: string
  readonly relation: CloseRelation | null
  readonly injuries: string
  readonly relationProofIds: readonly string[]
  readonly diagnosisIds: readonly string[]
}

export const emptyReport: ReportValues = { employerName: '', creditCode: '', regionCode: null, accidentOn: '', kind: null, account: '' }
export const emptyFresh: FreshApplicationValues = { workerName: '', workerIdNumber: '', regionCode: null, accidentOn: '', kind: null, account: '', injuries: '', evidenceIds: [] }

/** Request path (as the server names it) → the id of its field, in the order the form shows them. */
export const reportFieldIds: FieldIds = {
  'employer.name': 'inj-employer-name',
  'employer.creditCode': 'inj-credit-code',
  regionCode: 'inj-region',
  accidentOn: 'inj-accident-on',
  kind: 'inj-kind',
  account: 'inj-account',
}

export const applicationFieldIds: FieldIds = { injuries: 'inj-injuries', evidenceIds: 'inj-files' }

export const freshFieldIds: FieldIds = {
  'worker.name': 'inj-worker-name',
  'worker.idNumber': 'inj-worker-id',
  regionCode: 'inj-region',
  accidentOn: 'inj-accident-on',
  kind: 'inj-kind',
  account: 'inj-account',
  injuries: 'inj-injuries',
  evidenceIds: 'inj-files',
}

export const relativeFieldIds: FieldIds = {
  'worker.name': 'inj-worker-name',
  'worker.idNumber': 'inj-worker-id',
  relation: 'inj-relation',
  'employer.name': 'inj-employer-name',
  'employer.creditCode': 'inj-credit-code',
  regionCode: 'inj-region',
  accidentOn: 'inj-accident-on',
  kind: 'inj-kind',
  account: 'inj-account',
  injuries: 'inj-injuries',
  relationProofIds: 'inj-proof-files',
  diagnosisIds: 'inj-diagnosis-files',
  evidenceIds: 'inj-diagnosis-files',
}

const choices: readonly string[] = ['regionCode', 'kind', 'relation']

export type Checked<T> = { readonly ok: true; readonly body: T } | { readonly ok: false; readonly errors: readonly FieldProblem[] }

/**
 * The body as the contract takes it, or what to fix, field by field in the order shown: the
 * contract's own schema judges it, so the form asks what the server will; a missing choice is
 * "choose one".
 */
function check<S extends z.ZodType>(schema: S, body: unknown, ids: FieldIds, locale: Locale): Checked<z.output<S>> {
  const parsed = schema.safeParse(body)
  if (parsed.success) return { ok: true, body: parsed.data }
  const found = new Map<string, string>()
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.')
    const name = ids[path] ? path : String(issue.path[0] ?? '')
    if (found.has(name)) continue
    found.set(name, fieldMessage(choices.includes(name) ? 'field.choose' : issue.message, locale))
  }
  const errors = Object.entries(ids).flatMap(([path, fieldId]) => {
    const message = found.get(path)
    return message ? [{ fieldId, message }] : []
  })
  return { ok: false, errors }
}

const accidentBody = (values: AccidentValues) => ({ regionCode: values.regionCode ?? '', accidentOn: values.accidentOn.trim(), kind: values.kind ?? '', account: values.account })

export function checkReport(values: ReportValues, locale: Locale): Checked<z.output<typeof NewAccidentReport>> {
  const body = { employer: { name: values.employerName, creditCode: values.creditCode }, ...accidentBody(values) }
  return check(NewAccidentReport, body, reportFieldIds, locale)
}

const [fromReport, forWorker] = NewInjuryApplication.options

/** An application as sent: from a report, or the employer's for a worker it names. */
export type ApplicationBody = z.output<typeof NewInjuryApplication>

export function checkApplication(accidentId: string, values: ApplicationValues, locale: Locale): Checked<ApplicationBody> {
  return check(fromReport, { accidentId, injuries: values.injuries, evidenceIds: values.evidenceIds }, applicationFieldIds, locale)
}

export function checkFreshApplication(values: FreshApplicationValues, locale: Locale): Checked<ApplicationBody> {
  const body = { worker: { name: values.workerName, idNumber: values.workerIdNumber }, ...accidentBody(values), injuries: values.injuries, evidenceIds: values.evidenceIds }
  return check(forWorker, body, freshFieldIds, locale)
}

export function checkRelativeApplication(values: RelativeApplicationValues, locale: Locale): Checked<z.output<typeof NewRelativeInjuryApplication>> {
  const body = {
    worker: { name: values.workerName, idNumber: values.workerIdNumber },
    relation: values.relation ?? '',
    employer: { name: values.employerName, creditCode: values.creditCode },
    ...accidentBody(values),
    injuries: values.injuries,
    relationProofIds: values.relationProofIds,
    diagnosisIds: values.diagnosisIds,
  }
  return check(NewRelativeInjuryApplication, body, relativeFieldIds, locale)
}

/** The server's field errors, at the fields of this form. */
export function serverErrors(problem: Problem, ids: FieldIds, locale: Locale): FieldProblem[] {
  return errorsFromProblem(problem, ids, locale)
}

/** Why the server refused an application that was well formed, from its answer. */
export type ApplicationRefusal = { readonly kind: 'employer_first' | 'closed'; readonly detail: string | null } | { readonly kind: 'exists'; readonly caseId: string | null }

const hasKey = (problem: Problem, key: string) => (problem.errors ?? []).some((error) => error.key === key)

/**
 * The window not open for the applicant (`disputes.injuryEmployerFirst`: the employer's 30 days
 * still run; `disputes.injuryWindowClosed`: the time has run out), its `detail` saying the days in
 * the caller's language; or the report already applied for, answered `conflict` with the existing
 * case's id as its detail.
 */
export function applicationRefusal(problem: Problem): ApplicationRefusal | null {
  if (hasKey(problem, 'disputes.injuryEmployerFirst')) return { kind: 'employer_first', detail: problem.detail ?? null }
  if (hasKey(problem, 'disputes.injuryWindowClosed')) return { kind: 'closed', detail: problem.detail ?? null }
  if (problem.code === 'conflict') return { kind: 'exists', caseId: problem.detail && /^[\w-]{1,64}$/.test(problem.detail) ? problem.detail : null }
  return null
}
