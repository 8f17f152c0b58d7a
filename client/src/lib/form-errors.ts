import type { z } from 'zod'
import { fieldMessage, isFieldMessageKey } from '@renshe/shared/platform/messages'
import type { Locale } from '@renshe/shared/platform/locale'
import type { Problem } from '@renshe/shared/platform/problem'
import type { FieldProblem } from '../ui/error-summary'

/** Form field name (as in the request body) → the `id` of its input, in the order shown. */
export type FieldIds = Readonly<Record<string, string>>

function ordered(errors: Map<string, FieldProblem>, fieldIds: FieldIds): FieldProblem[] {
  return Object.keys(fieldIds).flatMap((name) => {
    const error = errors.get(name)
    return error ? [error] : []
  })
}

/** The first message of each field, from the shared schema's issues (their messages are keys). */
export function errorsFromIssues(issues: readonly z.core.$ZodIssue[], fieldIds: FieldIds, locale: Locale): FieldProblem[] {
  const errors = new Map<string, FieldProblem>()
  for (const issue of issues) {
    const name = String(issue.path[0] ?? '')
    const fieldId = fieldIds[name]
    if (fieldId && !errors.has(name)) errors.set(name, { fieldId, message: fieldMessage(issue.message, locale) })
  }
  return ordered(errors, fieldIds)
}

/** Field errors of a problem answer: `body.idNumber` belongs to the field named `idNumber`. */
export function errorsFromProblem(problem: Problem, fieldIds: FieldIds, locale: Locale): FieldProblem[] {
  const errors = new Map<string, FieldProblem>()
  for (const error of problem.errors ?? []) {
    // `period.to` belongs to a field named `period.to`, else `to`, else `period`.
    const rest = error.path.replace(/^(body|params|query)\./, '')
    const segments = rest.split('.')
    const name = [rest, segments[segments.length - 1] ?? '', segments[0] ?? ''].find((candidate) => fieldIds[candidate]) ?? ''
    const fieldId = fieldIds[name]
    const message = isFieldMessageKey(error.key) ? fieldMessage(error.key, locale) : error.message
    if (fieldId && !errors.has(name)) errors.set(name, { fieldId, message })
  }
  return ordered(errors, fieldIds)
}

/** The message shown at a field, if any. */
export function errorOf(errors: readonly FieldProblem[], fieldId: string): string | undefined {
  return errors.find((error) => error.fieldId === fieldId)?.message
}

/** `{ error }` for a field's props when it has one; nothing otherwise. */
export function errorProp(errors: readonly FieldProblem[], fieldId: string): { error?: string } {
  const error = errorOf(errors, fieldId)
  return error ? { error } : {}
}
