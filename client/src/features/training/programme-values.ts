import type { z } from 'zod'
import type { Locale } from '@renshe/shared/platform/locale'
import { fieldMessage } from '@renshe/shared/platform/messages'
import { attendanceRules } from '@renshe/shared/training/attendance'
import { createProgramme } from '@renshe/shared/training/programmes-contract'
import type { EligibilityChoice, ProgrammeKind, ProgrammeReach, SkillLevel, VoucherPayment } from '@renshe/shared/training/schemas'
import { defaultBudgetFen, type NewProgramme } from '@renshe/shared/training/new-programme'
import type { FieldIds } from '../../lib/form-errors'
import type { FieldProblem } from '../../ui/error-summary'
import type { TrainingT } from './messages'

export type Group = EligibilityChoice['groups'][number]

export const groups: readonly Group[] = ['jobSeeker', 'unemployed', 'flexibleWorker']

/** One covered occupation and level as typed; `key` keeps a row's inputs apart when another is removed. */
export interface CoveredRow {
  readonly key: number
  readonly occupation: string
  readonly level: SkillLevel | null
  readonly subsidy: string
}

/**
 * The new-programme form as typed. The three choices start unchosen: each changes what the
 * vouchers are, and a choice made for the officer would go out unread.
 */
export interface ProgrammeValues {
  readonly name: string
  readonly kind: ProgrammeKind | null
  readonly payment: VoucherPayment | null
  readonly reach: ProgrammeReach | null
  readonly minAge: string
  readonly maxAge: string
  readonly groups: readonly Group[]
  readonly rows: readonly CoveredRow[]
  readonly institutionIds: readonly string[]
  readonly validFrom: string
  readonly validUntil: string
  /** The attendance threshold in percent, as typed; starts at the usual 80. */
  readonly threshold: string
  readonly quantity: string
  /** The subsidy budget in yuan, as typed; empty is the default (decision 063). */
  readonly budget: string
}

export const emptyRow = (key: number): CoveredRow => ({ key, occupation: '', level: null, subsidy: '' })

export const emptyProgramme: ProgrammeValues = {
  name: '',
  kind: null,
  payment: null,
  reach: null,
  minAge: '',
  maxAge: '',
  groups: [],
  rows: [emptyRow(0)],
  institutionIds: [],
  validFrom: '',
  validUntil: '',
  threshold: String(attendanceRules.defaultThresholdPercent),
  quantity: '',
  budget: '',
}

/** The ids of a covered row's three inputs. */
export function rowIds(row: Pick<CoveredRow, 'key'>) {
  const id = `programme-row-${row.key}`
  return { occupation: `${id}-occupation`, level: `${id}-level`, subsidy: `${id}-subsidy` }
}

/**
 * Request field (dotted path of the body) → the id of its input, in the order of the page. A
 * row's fields are named by its place in the body (`covered.1.subsidyFen`), which moves when a
 * row above is removed; their ids stay with the row.
 */
export function programmeFieldIds(rows: readonly CoveredRow[]): FieldIds {
  const ids: Record<string, string> = {
    name: 'programme-name',
    kind: 'programme-kind',
    payment: 'programme-payment',
    reach: 'programme-reach',
    'eligibility.minAge': 'programme-min-age',
    'eligibility.maxAge': 'programme-max-age',
    'eligibility.groups': 'programme-groups',
    eligibility: 'programme-groups',
    covered: 'programme-covered',
  }
  rows.forEach((row, index) => {
    const inputs = rowIds(row)
    ids[`covered.${index}.occupationCode`] = inputs.occupation
    ids[`covered.${index}.level`] = inputs.level
    ids[`covered.${index}.subsidyFen`] = inputs.subsidy
  })
  return { ...ids, institutionIds: 'programme-institutions', validFrom: 'programme-valid-from', validUntil: 'programme-valid-until', quantity: 'programme-quantity', budgetFen: 'programme-budget', attendanceThresholdPercent: 'programme-threshold' }
}

/** One thing wrong, at a dotted path of the request body, in the reader's words. */
export interface PathProblem {
  readonly path: string
  readonly message: string
}

/**
 * The first message of each input, in the order of the page. A path belongs to the field of the
 * same name, else of its first part (`institutionIds.3` → `institutionIds`), as the server's
 * field errors are placed (lib/form-errors.ts).
 */
export function placeProblems(problems: readonly PathProblem[], fieldIds: FieldIds): FieldProblem[] {
  const found = new Map<string, string>()
  for (const problem of problems) {
    const first = problem.path.split('.')[0] ?? ''
    const fieldId = fieldIds[problem.path] ?? fieldIds[first]
    if (fieldId && !found.has(fieldId)) found.set(fieldId, problem.message)
  }
  const order = [...new Set(Object.values(fieldIds))]
  return order.flatMap((fieldId) => {
    const message = found.get(fieldId)
    return message === undefined ? [] : [{ fieldId, message }]
  })
}

function schemaProblems(issues: readonly z.core.$ZodIssue[], locale: Locale): PathProblem[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: fieldMessage(issue.message, locale) }))
}

/** `1500` or `1500.5` yuan (full-width digits too) → whole fen; undefined for anything else. */
export function fenOf(text: string): number | undefined {
  const plain = text.normalize('NFKC').trim().replace(/^¥/, '')
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(plain)) return undefined
  const [whole = '0', cents = ''] = plain.split('.')
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'))
}

/** A whole number such as `500`; undefined for anything else. */
export function wholeOf(text: string): number | undefined {
  const plain = text.normalize('NFKC').trim()
  return /^\d{1,7}$/.test(plain) ? Number(plain) : undefined
}

/** An age typed, or none: empty is no bound; null-or-number, or undefined when it cannot be read. */
function ageOf(text: string): number | null | undefined {
  return text.trim() === '' ? null : wholeOf(text)
}

/** The budget an empty budget field stands for, once the quantity and every subsidy can be read; null before. */
export function defaultBudgetOf(values: Pick<ProgrammeValues, 'quantity' | 'rows'>): number | null {
  const quantity = wholeOf(values.quantity)
  const subsidies = values.rows.map((row) => fenOf(row.subsidy))
  if (quantity === undefined || quantity < 1 || !subsidies.every((fen): fen is number => fen !== undefined)) return null
  return defaultBudgetFen({ quantity, covered: values.rows.map((row, index) => ({ occupationCode: row.occupation, level: row.level ?? 5, subsidyFen: subsidies[index] ?? 0 })) })
}

export type Checked = { readonly ok: true; readonly value: NewProgramme } | { readonly ok: false; readonly problems: readonly PathProblem[] }

/**
 * The programme to send, or what is wrong with the form: what the person typed is read first
 * (numbers, yuan), in the form's words; the rest is the shared schema's check, in its words.
 */
export function checkProgramme(values: ProgrammeValues, locale: Locale, t: TrainingT): Checked {
  const problems: PathProblem[] = []
  const minAge = ageOf(values.minAge)
  const maxAge = ageOf(values.maxAge)
  if (minAge === undefined) problems.push({ path: 'eligibility.minAge', message: t('new.ageInvalid') })
  if (maxAge === undefined) problems.push({ path: 'eligibility.maxAge', message: t('new.ageInvalid') })
  const covered = values.rows.map((row, index) => {
    if (row.occupation === '') problems.push({ path: `covered.${index}.occupationCode`, message: t('new.occupationRequired') })
    const subsidyFen = fenOf(row.subsidy)
    if (subsidyFen === undefined) problems.push({ path: `covered.${index}.subsidyFen`, message: t('new.subsidyInvalid') })
    return { occupationCode: row.occupation, level: row.level, subsidyFen: subsidyFen ?? Number.NaN }
  })
  const threshold = wholeOf(values.threshold)
  if (threshold === undefined) problems.push({ path: 'attendanceThresholdPercent', message: t('new.thresholdInvalid') })
  const quantity = wholeOf(values.quantity)
  if (quantity === undefined) problems.push({ path: 'quantity', message: t('new.quantityInvalid') })
  const budgetFen = values.budget.trim() === '' ? null : fenOf(values.budget)
  if (budgetFen === undefined) problems.push({ path: 'budgetFen', message: t('new.budgetInvalid') })

  const body = {
    name: values.name,
    kind: values.kind,
    payment: values.payment,
    reach: values.reach,
    eligibility: { minAge: minAge ?? null, maxAge: maxAge ?? null, groups: groups.filter((group) => values.groups.includes(group)) },
    covered,
    institutionIds: [...values.institutionIds],
    validFrom: values.validFrom.normalize('NFKC').trim(),
    validUntil: values.validUntil.normalize('NFKC').trim(),
    attendanceThresholdPercent: threshold ?? Number.NaN,
    quantity: quantity ?? Number.NaN,
    // Empty: not sent, and the programme gets the default.
    ...(budgetFen === null ? {} : { budgetFen: budgetFen ?? Number.NaN }),
  }
  const parsed = createProgramme.body.safeParse(body)
  if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data }
  return { ok: false, problems: [...problems, ...(parsed.success ? [] : schemaProblems(parsed.error.issues, locale))] }
}
