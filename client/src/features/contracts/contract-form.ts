import type { z } from 'zod'
import { contractClauses, type ContractParties } from '@renshe/shared/contracts/templates'
import { checkTerms, maxProbationMonths } from '@renshe/shared/contracts/terms'
import { NewContract, type Clause, type Contract, type ContractKind, type HoursSystem, type WageBasis } from '@renshe/shared/contracts/schemas'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Locale } from '@renshe/shared/platform/locale'
import { IsoDate } from '@renshe/shared/platform/primitives'
import type { Problem } from '@renshe/shared/platform/problem'
import { addMonthsClamped } from '@renshe/shared/records/months'
import { errorsFromProblem, type FieldIds } from '../../lib/form-errors'
import type { FieldProblem } from '../../ui/error-summary'
import { fenToYuanText, yuanToFen } from '../../lib/money'

/** The form as typed: numbers stay the text typed until the form is sent. */
export interface ContractValues {
  readonly kind: ContractKind | null
  readonly workerName: string
  readonly workerIdNumber: string
  readonly regionCode: string | null
  readonly position: string
  readonly workPlace: string
  readonly startsOn: string
  readonly endsOn: string
  readonly task: string
  readonly probationMonths: string
  readonly wageBasis: WageBasis
  readonly wageYuan: string
  readonly payDay: string
  readonly hoursSystem: HoursSystem
  readonly socialInsurance: boolean
  readonly otherTerms: string
}

export const emptyContract: ContractValues = {
  kind: null,
  workerName: '',
  workerIdNumber: '',
  regionCode: null,
  position: '',
  workPlace: '',
  startsOn: '',
  endsOn: '',
  task: '',
  probationMonths: '0',
  wageBasis: 'monthly',
  wageYuan: '',
  payDay: '',
  hoursSystem: 'standard',
  socialInsurance: true,
  otherTerms: '',
}

/** Request path → the id of its field, in the order the form shows them. */
export const contractFieldIds = {
  kind: 'contract-kind',
  'worker.name': 'contract-worker-name',
  'worker.idNumber': 'contract-worker-id',
  regionCode: 'contract-region',
  'terms.position': 'contract-position',
  'terms.workPlace': 'contract-place',
  'terms.startsOn': 'contract-starts',
  'terms.endsOn': 'contract-ends',
  'terms.task': 'contract-task',
  'terms.probationMonths': 'contract-probation',
  'terms.wageBasis': 'contract-wage-basis',
  'terms.wageFen': 'contract-wage',
  'terms.payDay': 'contract-pay-day',
  'terms.hoursSystem': 'contract-hours',
  'terms.socialInsurance': 'contract-insurance',
  'terms.otherTerms': 'contract-other',
} as const satisfies FieldIds

/** Whether a kind has an end day: a fixed term must, a part-time or platform agreement may, the others have none. */
export function endDayOf(kind: ContractKind | null): 'required' | 'optional' | 'none' {
  if (kind === 'fixed_term') return 'required'
  if (kind === 'part_time' || kind === 'platform_agreement') return 'optional'
  return 'none'
}

/** Kinds that never have probation (arts. 19, 70; a platform agreement is no labour contract): the form asks none. */
export const noProbation = (kind: ContractKind | null): boolean => kind === 'per_task' || kind === 'part_time' || kind === 'platform_agreement'

/**
 * The longest probation the law allows for what is typed so far (art. 19), or null while the
 * days it depends on are not yet real dates.
 */
export function probationLimit(values: ContractValues): number | null {
  if (values.kind === null) return null
  if (noProbation(values.kind)) return 0
  if (!IsoDate.safeParse(values.startsOn.trim()).success) return null
  const ends = endDayOf(values.kind) === 'none' ? null : values.endsOn.trim()
  if (ends !== null && ends !== '' && !IsoDate.safeParse(ends).success) return null
  return maxProbationMonths(values.kind, values.startsOn.trim(), ends === '' ? null : ends)
}

/** The form filled from a saved draft; her ID number is never shown again, so it is typed again. */
export function valuesFromContract(contract: Contract): ContractValues {
  const { terms } = contract
  return {
    kind: contract.kind,
    workerName: contract.workerName,
    workerIdNumber: '',
    regionCode: contract.regionCode,
    position: terms.position,
    workPlace: terms.workPlace,
    startsOn: terms.startsOn,
    endsOn: terms.endsOn ?? '',
    task: terms.task,
    probationMonths: String(terms.probationMonths),
    wageBasis: terms.wageBasis,
    wageYuan: fenToYuanText(terms.wageFen),
    payDay: String(terms.payDay),
    hoursSystem: terms.hoursSystem,
    socialInsurance: terms.socialInsurance,
    otherTerms: terms.otherTerms,
  }
}

/** The form's own words for numbers it could not read; the rest are the shared field messages. */
export interface NumberMessages {
  readonly wage: string
  readonly probation: string
  readonly payDay: string
}

export type NewContractBody = z.output<typeof NewContract>
export type Checked = { readonly ok: true; readonly body: NewContractBody } | { readonly ok: false; readonly errors: readonly FieldProblem[] }

const wholeNumber = (text: string): number | null => (/^\d{1,2}$/.test(text.trim().normalize('NFKC')) ? Number(text.trim().normalize('NFKC')) : null)

/**
 * The contract as the API takes it, or what to fix, field by field in the order shown. The
 * contract's schema judges the fields and `checkTerms` the law's limits — the same judges as the
 * service's, so the form says before sending what the server would answer.
 */
export function checkContract(values: ContractValues, locale: Locale, words: NumberMessages): Checked {
  const found = new Map<string, string>()
  const say = (path: string, message: string) => {
    if (!found.has(path)) found.set(path, message)
  }
  const wageFen = yuanToFen(values.wageYuan)
  if (values.wageYuan.trim() !== '' && wageFen === null) say('terms.wageFen', words.wage)
  const probation = noProbation(values.kind) ? 0 : wholeNumber(values.probationMonths === '' ? '0' : values.probationMonths)
  if (probation === null || probation > 6) say('terms.probationMonths', words.probation)
  const payDay = wholeNumber(values.payDay)
  if (payDay === null || payDay < 1 || payDay > 31) say('terms.payDay', words.payDay)

  const endDay = endDayOf(values.kind)
  const terms = {
    position: values.position,
    workPlace: values.workPlace,
    startsOn: values.startsOn.trim(),
    endsOn: endDay === 'none' || values.endsOn.trim() === '' ? null : values.endsOn.trim(),
    task: values.kind === 'per_task' ? values.task : '',
    probationMonths: probation ?? 0,
    wageBasis: values.wageBasis,
    wageFen: wageFen ?? 0,
    payDay: payDay ?? 1,
    hoursSystem: values.hoursSystem,
    socialInsurance: values.socialInsurance,
    otherTerms: values.otherTerms,
  }
  const body = {
    kind: values.kind ?? '',
    worker: { name: values.workerName, idNumber: values.workerIdNumber },
    regionCode: values.regionCode ?? '',
    terms,
  }
  const parsed = NewContract.safeParse(body)
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.join('.')
    const choice = path === 'kind' || path === 'regionCode'
    say(path, fieldMessage(choice ? 'field.choose' : issue.message, locale))
  }
  // The law's limits need the days to be real dates; each field keeps its first message.
  const datesReal = IsoDate.safeParse(terms.startsOn).success && (terms.endsOn === null || IsoDate.safeParse(terms.endsOn).success)
  if (values.kind !== null && datesReal) {
    for (const issue of checkTerms(values.kind, { ...terms, task: terms.task.trim() }, values.regionCode ?? '')) say(issue.path.join('.'), fieldMessage(issue.key, locale))
  }
  if (parsed.success && found.size === 0) return { ok: true, body: parsed.data }
  const errors = Object.entries(contractFieldIds).flatMap(([path, fieldId]) => {
    const message = found.get(path)
    return message ? [{ fieldId, message }] : []
  })
  return { ok: false, errors }
}

/** The server's field errors, at the fields of this form. */
export function contractErrors(problem: Problem, locale: Locale): FieldProblem[] {
  return errorsFromProblem(problem, contractFieldIds, locale)
}

/** Stands in for the employer until the draft is saved: the server fills in its registered name. */
export interface PreviewParties {
  readonly employerName: string
  readonly employerCreditCode: string
}

/** The whole text of what is typed, as the PDF will print it: Chinese, and the translation in English. */
export function previewClauses(body: NewContractBody, employer: PreviewParties, language: 'zh' | 'en'): Clause[] {
  const parties: ContractParties = { ...employer, workerName: body.worker.name, workerIdNumber: body.worker.idNumber }
  return contractClauses(body.kind, body.terms, parties, language)
}

/** The day after an ISO date. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString().slice(0, 10)
}

/**
 * The next contract, carried over from a fixed-term one (its worker, kind, position and terms):
 * it starts the day after this one ends (or ended) and runs as long; no probation, which the same
 * employer may set only once (art. 19). Her ID number is typed again, as when a draft is changed.
 * After two fixed terms in a row she may require an open-ended contract (art. 14 para. 2 (3)):
 * then that is the kind chosen, still the employer's to change if she asks for a fixed term.
 */
export function renewalValues(contract: Contract): ContractValues {
  const previous = valuesFromContract(contract)
  const endedOn = contract.ending?.lastDay ?? contract.endsOn ?? contract.startsOn
  const startsOn = dayAfter(endedOn)
  const openEnded = contract.renewal?.mayRequireOpenEnded === true
  const months = contract.endsOn === null ? 12 : Math.max(1, monthsBetween(contract.startsOn, dayAfter(contract.endsOn)))
  return {
    ...previous,
    kind: openEnded ? 'open_ended' : contract.kind,
    startsOn,
    endsOn: openEnded ? '' : previousDayOf(addMonthsClamped(startsOn, months)),
    probationMonths: '0',
  }
}

function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7))
}

function previousDayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() - 1)
  return day.toISOString().slice(0, 10)
}
