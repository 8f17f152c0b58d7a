import type { Context } from 'hono'
import type { z } from 'zod'
import { negotiateLocale, type Locale } from '@renshe/shared/platform/locale'
import { fieldMessage, isFieldMessageKey, problemTitles } from '@renshe/shared/platform/messages'
import { problemTypeBase, statusOfProblem, type FieldError, type Problem, type ProblemCode } from '@renshe/shared/platform/problem'

/** What a service returns when an expected rule says no. The route turns it into a response. */
export interface ProblemInit {
  readonly code: ProblemCode
  readonly detail?: string
  readonly errors?: readonly { readonly path: string; readonly key: string }[]
  readonly retryAfterSeconds?: number
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ProblemInit }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ProblemCode, extra: Omit<ProblemInit, 'code'> = {}): { ok: false; problem: ProblemInit } => ({
  ok: false,
  problem: { code, ...extra },
})

/** Thrown inside the request pipeline (middleware, parsing) where there is no result to return. */
export class ApiProblem extends Error {
  constructor(readonly init: ProblemInit) {
    super(init.code)
    this.name = 'ApiProblem'
  }
}

export function localeOf(c: Context): Locale {
  return negotiateLocale(c.req.header('accept-language'))
}

export function buildProblem(init: ProblemInit, requestId: string, locale: Locale, instance?: string): Problem {
  const problem: Problem = {
    type: `${problemTypeBase}${init.code}`,
    title: problemTitles[init.code][locale],
    status: statusOfProblem[init.code],
    code: init.code,
    requestId,
  }
  if (init.detail !== undefined) problem.detail = init.detail
  if (instance !== undefined) problem.instance = instance
  if (init.errors) problem.errors = init.errors.map((e): FieldError => ({ ...e, message: fieldMessage(e.key, locale) }))
  if (init.retryAfterSeconds !== undefined) problem.retryAfterSeconds = init.retryAfterSeconds
  return problem
}

export function problemResponse(c: Context, init: ProblemInit): Response {
  const requestId = (c.get('requestId') as string | undefined) ?? 'unknown'
  const problem = buildProblem(init, requestId, localeOf(c), c.req.path)
  const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8' }
  if (init.retryAfterSeconds !== undefined) headers['retry-after'] = String(init.retryAfterSeconds)
  if (problem.status === 401) headers['www-authenticate'] = 'Bearer'
  return new Response(JSON.stringify(problem), { status: problem.status, headers })
}

/** Zod issues → field errors: our schemas carry message keys; zod's own messages map to generic keys. */
export function fieldErrorsOf(error: z.ZodError, location: 'params' | 'query' | 'body'): { path: string; key: string }[] {
  return error.issues.map((issue) => ({
    path: [location, ...issue.path.map(String)].join('.'),
    key: keyOfIssue(issue),
  }))
}

function keyOfIssue(issue: z.core.$ZodIssue): string {
  if (isFieldMessageKey(issue.message)) return issue.message
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'field.required' : 'field.invalid'
    case 'too_big':
      return 'field.tooLong'
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'field.required' : 'field.tooShort'
    case 'invalid_value':
      return 'field.choose'
    case 'unrecognized_keys':
      return 'field.unknownKey'
    default:
      return 'field.invalid'
  }
}
