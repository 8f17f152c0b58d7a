import type { z } from 'zod'
import { fieldMessage } from '@renshe/shared/platform/messages'
import type { Locale } from '@renshe/shared/platform/locale'
import type { FieldProblem } from '../../ui/error-summary'

/** Form field name → the `id` of its input, in the order shown. Names are dotted paths or their last part. */
export type FieldIds = Readonly<Record<string, string>>

/** One thing wrong, at a dotted path of the request body, already in the reader's words. */
export interface PathProblem {
  readonly path: string
  readonly message: string
}

/**
 * The field a dotted path belongs to: the whole path (`home.community`), else its last part
 * (`availability.0.from` → `from`), else its first (`occupations.2` → `occupations`); the same
 * order in which problems from the server are placed (lib/form-errors.ts).
 */
export function fieldNameOf(path: string, fieldIds: FieldIds): string | undefined {
  const segments = path.split('.')
  return [path, segments[segments.length - 1] ?? '', segments[0] ?? ''].find((candidate) => fieldIds[candidate])
}

/** The first message of each field, in the order of the fields on the page. */
export function fieldProblems(problems: readonly PathProblem[], fieldIds: FieldIds): FieldProblem[] {
  const found = new Map<string, FieldProblem>()
  for (const problem of problems) {
    const name = fieldNameOf(problem.path, fieldIds)
    const fieldId = name ? fieldIds[name] : undefined
    if (name && fieldId && !found.has(name)) found.set(name, { fieldId, message: problem.message })
  }
  return onePerField(
    Object.keys(fieldIds).flatMap((name) => {
      const problem = found.get(name)
      return problem ? [problem] : []
    }),
  )
}

/** Several names may lead to one input (a shift's `date` and `times` both to its dates): its first message only. */
export function onePerField(problems: readonly FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => !seen.has(problem.fieldId) && Boolean(seen.add(problem.fieldId)))
}

/** A shared schema's issues (their messages are keys of the field messages), in the reader's words. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], locale: Locale): PathProblem[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: fieldMessage(issue.message, locale) }))
}
