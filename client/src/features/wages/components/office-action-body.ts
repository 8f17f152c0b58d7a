import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Locale } from '@renshe/shared/platform/locale'
import type { Problem } from '@renshe/shared/platform/problem'
import { CaseAction, type CaseActionKind } from '@renshe/shared/wages/schemas'
import { errorsFromIssues, errorsFromProblem } from '../../../lib/form-errors'
import type { FieldProblem } from '../../../ui/error-summary'
import { yuanToFen } from './office-amount'

/** What an officer or supervisor may do to a case; withdrawing and rating are the worker's. */
export type OfficeActionKind = Exclude<CaseActionKind, 'withdraw' | 'rate'>

export const officeActionKinds: readonly OfficeActionKind[] = [
  'accept',
  'reject',
  'mediate',
  'recordMediation',
  'transferInspection',
  'transferArbitration',
  'extend',
  'close',
]

export function isOfficeAction(kind: CaseActionKind): kind is OfficeActionKind {
  return (officeActionKinds as readonly CaseActionKind[]).includes(kind)
}

/** Everything the action forms ask for, as typed; each action reads only its own. */
export interface ActionValues {
  readonly text: string
  readonly settled: 'yes' | 'no'
  readonly paidYuan: string
  readonly workerConfirmed: boolean
  readonly recoveredYuan: string
}

/** Body field → the id of its control, in the order the form shows them. */
export const actionFieldIds = {
  reason: 'action-text',
  note: 'action-text',
  conclusion: 'action-text',
  settled: 'action-settled',
  paidFen: 'action-paid',
  workerConfirmed: 'action-confirmed',
  recoveredFen: 'action-recovered',
} as const

export type ActionBody = { readonly ok: true; readonly body: CaseAction } | { readonly ok: false; readonly errors: FieldProblem[] }

type Draft = Record<string, unknown> & { kind: OfficeActionKind }

function draftOf(kind: OfficeActionKind, values: ActionValues, amounts: { paidFen: number; recoveredFen: number }): Draft {
  switch (kind) {
    case 'accept':
      return { kind }
    case 'reject':
    case 'extend':
      return { kind, reason: values.text }
    case 'close':
      return { kind, conclusion: values.text, recoveredFen: amounts.recoveredFen }
    case 'recordMediation':
      return { kind, settled: values.settled === 'yes', paidFen: amounts.paidFen, workerConfirmed: values.workerConfirmed, note: values.text }
    case 'mediate':
    case 'transferInspection':
    case 'transferArbitration':
      return { kind, note: values.text }
  }
}

/**
 * The body of one action, checked as the server will check it, so a missing reason or an
 * unconfirmed settlement is said at once and nothing is sent. Amounts are typed in yuan.
 */
export function actionBody(kind: OfficeActionKind, values: ActionValues, locale: Locale): ActionBody {
  const errors: FieldProblem[] = []
  const paid = kind === 'recordMediation' ? yuanToFen(values.paidYuan) : { ok: true as const, fen: 0 }
  const recovered = kind === 'close' ? yuanToFen(values.recoveredYuan) : { ok: true as const, fen: 0 }
  const parsed = CaseAction.safeParse(draftOf(kind, values, { paidFen: paid.ok ? paid.fen : 0, recoveredFen: recovered.ok ? recovered.fen : 0 }))
  if (!parsed.success) errors.push(...errorsFromIssues(parsed.error.issues, actionFieldIds, locale))
  if (!paid.ok) errors.push({ fieldId: actionFieldIds.paidFen, message: fieldMessage('wages.amount', locale) })
  if (!recovered.ok) errors.push({ fieldId: actionFieldIds.recoveredFen, message: fieldMessage('wages.amount', locale) })
  // The machine refuses a settlement the worker has not confirmed; say so before sending.
  if (kind === 'recordMediation' && values.settled === 'yes' && !values.workerConfirmed) {
    errors.push({ fieldId: actionFieldIds.workerConfirmed, message: fieldMessage('mediation.confirm', locale) })
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: inFormOrder(errors) }
  return { ok: true, body: parsed.data }
}

/** The server's field errors at their controls; a `mediation.confirm` without a field belongs to the confirmation. */
export function actionErrorsFromProblem(problem: Problem, locale: Locale): FieldProblem[] {
  const errors = errorsFromProblem(problem, actionFieldIds, locale)
  const confirm = problem.errors?.some((error) => error.key === 'mediation.confirm')
  if (confirm && !errors.some((error) => error.fieldId === actionFieldIds.workerConfirmed)) {
    errors.push({ fieldId: actionFieldIds.workerConfirmed, message: fieldMessage('mediation.confirm', locale) })
  }
  return inFormOrder(errors)
}

const order: readonly string[] = [actionFieldIds.settled, actionFieldIds.paidFen, actionFieldIds.recoveredFen, actionFieldIds.workerConfirmed, actionFieldIds.reason]

function inFormOrder(errors: readonly FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>()
  return [...errors]
    .sort((a, b) => order.indexOf(a.fieldId) - order.indexOf(b.fieldId))
    .filter((error) => (seen.has(error.fieldId) ? false : (seen.add(error.fieldId), true)))
}
