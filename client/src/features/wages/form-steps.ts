import { checkCreditCode } from '@renshe/shared/wages/credit-code'
import type { Locale } from '@renshe/shared/platform/locale'
import { MobilePhone } from '@renshe/shared/identity/schemas'
import {
  ComplaintEmployer,
  ComplaintForm,
  ComplaintSite,
  ComplaintWages,
  maxEvidenceFiles,
  type ComplaintForm as ComplaintFormValue,
} from '@renshe/shared/wages/schemas'
import { z } from 'zod'
import { errorsFromIssues } from '../../lib/form-errors'
import { fieldMessage as messageOf, isFieldMessageKey } from '@renshe/shared/platform/messages'
import type { Problem } from '@renshe/shared/platform/problem'
import { translator } from '../../lib/i18n/translate'
import type { FieldProblem } from '../../ui/error-summary'
import { yuanToFen } from '../../lib/money'
import type { FormValues } from './form-values'
import { wagesMessages } from './messages'

/**
 * The five question screens; `review` is the check-your-answers screen after them. What happened,
 * in the worker's words, is asked with the evidence; the contact screen asks only for a phone.
 */
export const questionSteps = ['employer', 'site', 'wages', 'evidence', 'contact'] as const
export type QuestionStep = (typeof questionSteps)[number]
export const reviewStep = questionSteps.length

export const fieldIds = {
  employerSearch: 'wages-employer-search',
  employerName: 'wages-employer-name',
  creditCode: 'wages-credit-code',
  project: 'wages-project',
  siteName: 'wages-site-name',
  regionCode: 'wages-region',
  address: 'wages-address',
  fromMonth: 'wages-from-month',
  toMonth: 'wages-to-month',
  amountYuan: 'wages-amount',
  payUnit: 'wages-pay-unit',
  coWorkers: 'wages-co-workers',
  evidence: 'wages-evidence',
  phone: 'wages-phone',
  description: 'wages-description',
} as const
export type FieldName = keyof typeof fieldIds

/** How the worker names the employer on the first screen. */
export type EmployerMode = 'search' | 'chosen' | 'manual'

export function employerModeOf(values: FormValues, manual: boolean): EmployerMode {
  if (values.employerId) return 'chosen'
  return manual || values.employerName.trim() !== '' ? 'manual' : 'search'
}

/** The credit code as the worker types it: nothing to say while it is empty (it is optional). */
export function creditCodeError(code: string, locale: Locale): string | undefined {
  if (code.trim() === '') return undefined
  const check = checkCreditCode(code)
  return check.ok ? undefined : messageOf(check.error, locale)
}

function sorted(problems: FieldProblem[]): FieldProblem[] {
  const order: string[] = Object.values(fieldIds)
  return problems.sort((a, b) => order.indexOf(a.fieldId) - order.indexOf(b.fieldId))
}

/**
 * A question not yet answered asks for its answer by name ("choose the month the wages stopped"),
 * rather than naming a format nobody typed: the error summary lists several at once.
 */
function nothingChosen(found: FieldProblem[], unanswered: Readonly<Record<string, string | null>>): FieldProblem[] {
  return found.map((problem) => {
    const message = unanswered[problem.fieldId]
    return message ? { ...problem, message } : problem
  })
}

function employerPart(values: FormValues) {
  return {
    employerId: values.employerId,
    name: values.employerName,
    creditCode: values.creditCode.trim() === '' ? null : values.creditCode,
  }
}

function sitePart(values: FormValues) {
  return { projectId: values.projectId, siteName: values.siteName, regionCode: values.regionCode, address: values.address }
}

function wagesPart(values: FormValues) {
  const coWorkers = values.coWorkers.trim() === '' ? 0 : /^\d+$/.test(values.coWorkers.trim()) ? Number(values.coWorkers) : Number.NaN
  return {
    fromMonth: values.fromMonth,
    toMonth: values.toMonth,
    amountFen: yuanToFen(values.amountYuan) ?? Number.NaN,
    payUnit: values.payUnit,
    coWorkers,
  }
}

const Description = z.object({ description: z.string().trim().max(500, { message: 'field.tooLong' }) })
const ContactStep = z.object({ phone: MobilePhone })

/**
 * The problems of one screen's answers, checked with the contract's own schemas, so the worker
 * hears about a mistake on the screen where it was made and not after sending.
 */
export function stepErrors(
  step: QuestionStep,
  values: FormValues,
  evidenceCount: number,
  mode: EmployerMode,
  locale: Locale,
  /** Files the server refused by their content: they must be removed before going on. */
  refusedFiles = 0,
  /** The worker's real-name record holds a mobile number: the phone may be left empty. */
  phoneOnFile = false,
): FieldProblem[] {
  const t = translator(wagesMessages, locale)
  switch (step) {
    case 'employer': {
      if (mode === 'search') return [{ fieldId: fieldIds.employerSearch, message: t('employer.chooseOrType') }]
      const parsed = ComplaintEmployer.safeParse(employerPart(values))
      if (parsed.success) return []
      // A chosen employer shows as one box: whatever is wrong with it is said there, once.
      if (mode === 'chosen') {
        const [first] = errorsFromIssues(parsed.error.issues, { name: fieldIds.employerName, creditCode: fieldIds.employerName }, locale)
        return first ? [first] : []
      }
      return errorsFromIssues(parsed.error.issues, { name: fieldIds.employerName, creditCode: fieldIds.creditCode }, locale)
    }
    case 'site': {
      const parsed = ComplaintSite.safeParse(sitePart(values))
      if (parsed.success) return []
      const found = errorsFromIssues(
        parsed.error.issues,
        { siteName: values.projectId ? fieldIds.project : fieldIds.siteName, regionCode: fieldIds.regionCode, address: fieldIds.address },
        locale,
      )
      return nothingChosen(found, { [fieldIds.regionCode]: values.regionCode === '' ? t('site.chooseRegion') : null })
    }
    case 'wages': {
      const parsed = ComplaintWages.safeParse(wagesPart(values))
      if (parsed.success) return []
      const found = errorsFromIssues(
        parsed.error.issues,
        {
          fromMonth: fieldIds.fromMonth,
          toMonth: fieldIds.toMonth,
          amountFen: fieldIds.amountYuan,
          payUnit: fieldIds.payUnit,
          coWorkers: fieldIds.coWorkers,
        },
        locale,
      )
      return nothingChosen(found, {
        [fieldIds.fromMonth]: values.fromMonth === '' ? t('wages.chooseFrom') : null,
        [fieldIds.toMonth]: values.toMonth === '' ? t('wages.chooseTo') : null,
        [fieldIds.amountYuan]: values.amountYuan.trim() === '' ? t('wages.enterAmount') : null,
        [fieldIds.payUnit]: values.payUnit === '' ? t('wages.choosePayUnit') : null,
      })
    }
    case 'evidence': {
      if (evidenceCount > maxEvidenceFiles) return [{ fieldId: fieldIds.evidence, message: messageOf('evidence.tooMany', locale) }]
      if (refusedFiles > 0) return [{ fieldId: fieldIds.evidence, message: t('evidence.removeRefused') }]
      const parsed = Description.safeParse({ description: values.description })
      return parsed.success ? [] : errorsFromIssues(parsed.error.issues, { description: fieldIds.description }, locale)
    }
    case 'contact': {
      if (phoneOnFile && values.phone.trim() === '') return []
      const parsed = ContactStep.safeParse({ phone: values.phone })
      if (parsed.success) return []
      return errorsFromIssues(parsed.error.issues, { phone: fieldIds.phone }, locale)
    }
  }
}

/**
 * A screen answered already by an earlier one (a known work site picked with its employer) is
 * passed over on the way through, both ways; the check-your-answers screen still leads to it.
 */
export function isAnsweredAlready(step: number, values: FormValues, phoneOnFile = false): boolean {
  switch (questionSteps[step]) {
    case 'site':
      return values.projectId !== null && ComplaintSite.safeParse(sitePart(values)).success
    case 'contact':
      // The number of the real-name record, or one given before: the answers page shows it to change.
      return (phoneOnFile && values.phone.trim() === '') || MobilePhone.safeParse(values.phone).success
    default:
      return false
  }
}

/** The screen "next" leads to from `step`. */
export function stepAfter(step: number, values: FormValues, phoneOnFile = false): number {
  let next = step + 1
  while (next < reviewStep && isAnsweredAlready(next, values, phoneOnFile)) next += 1
  return next
}

/** The screen "back" leads to from `step`. */
export function stepBefore(step: number, values: FormValues, phoneOnFile = false): number {
  let previous = step - 1
  while (previous > 0 && isAnsweredAlready(previous, values, phoneOnFile)) previous -= 1
  return Math.max(previous, 0)
}

/** The first screen with a problem, and its problems; null when every screen is complete. */
export function firstIncompleteStep(
  values: FormValues,
  evidenceCount: number,
  mode: EmployerMode,
  locale: Locale,
  refusedFiles = 0,
  phoneOnFile = false,
): { readonly step: number; readonly errors: FieldProblem[] } | null {
  for (const [index, step] of questionSteps.entries()) {
    const errors = stepErrors(step, values, evidenceCount, mode, locale, refusedFiles, phoneOnFile)
    if (errors.length > 0) return { step: index, errors }
  }
  return null
}

/** The complaint as the contract takes it, or null if any answer does not pass its schema. */
export function complaintOf(values: FormValues, evidenceIds: readonly string[]): ComplaintFormValue | null {
  const parsed = ComplaintForm.safeParse({
    employer: employerPart(values),
    site: sitePart(values),
    wages: wagesPart(values),
    evidenceIds: [...evidenceIds],
    // Left out when empty: the server calls the number of the real-name record.
    contact: values.phone.trim() === '' ? {} : { phone: values.phone },
    description: values.description,
  })
  return parsed.success ? parsed.data : null
}

/** Which screen a field of the contract's form belongs to (for problems the server finds). */
export function stepOfPath(path: string): number {
  const rest = path.replace(/^(body|params|query)\.(form\.)?/, '')
  if (rest.startsWith('employer')) return 0
  if (rest.startsWith('site')) return 1
  if (rest.startsWith('wages')) return 2
  if (rest.startsWith('evidence') || rest === 'file' || rest === 'description') return 3
  return 4
}

/** The server's problem paths (`body.form.employer.creditCode`) → the fields they are about. */
const problemFieldIds: Readonly<Record<string, string>> = {
  'employer.employerId': fieldIds.employerName,
  'employer.name': fieldIds.employerName,
  'employer.creditCode': fieldIds.creditCode,
  'site.projectId': fieldIds.project,
  'site.siteName': fieldIds.siteName,
  'site.regionCode': fieldIds.regionCode,
  'site.address': fieldIds.address,
  'wages.fromMonth': fieldIds.fromMonth,
  'wages.toMonth': fieldIds.toMonth,
  'wages.amountFen': fieldIds.amountYuan,
  'wages.payUnit': fieldIds.payUnit,
  'wages.coWorkers': fieldIds.coWorkers,
  evidenceIds: fieldIds.evidence,
  file: fieldIds.evidence,
  'contact.phone': fieldIds.phone,
  description: fieldIds.description,
} as const

/**
 * A problem answer's field errors, each at its field, and the first screen they are on; an
 * error at a path no field shows (a bug, or a newer server) lands on the last screen.
 */
export function errorsOfProblem(problem: Problem, locale: Locale): { readonly step: number; readonly errors: FieldProblem[] } | null {
  const errors: FieldProblem[] = []
  let step: number | null = null
  for (const error of problem.errors ?? []) {
    const rest = error.path.replace(/^(body|params|query)\.(form\.)?/, '')
    const key = Object.keys(problemFieldIds).find((name) => rest === name || rest.startsWith(`${name}.`))
    const fieldId = key ? problemFieldIds[key] : undefined
    if (!fieldId || errors.some((found) => found.fieldId === fieldId)) continue
    errors.push({ fieldId, message: isFieldMessageKey(error.key) ? messageOf(error.key, locale) : error.message })
    const at = stepOfPath(rest)
    step = step === null ? at : Math.min(step, at)
  }
  return step === null ? null : { step, errors: sorted(errors) }
}
