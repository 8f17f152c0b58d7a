import { expect } from 'vitest'
import type { z } from 'zod'
import type { Locale } from '@renshe/shared/platform/locale'
import { problemTitles } from '@renshe/shared/platform/messages'
import { Problem, statusOfProblem, type ProblemCode } from '@renshe/shared/platform/problem'

/**
 * A success response: its status, then its body read through the contract's schema, so a test
 * both checks the shape and gets a typed value. The body is shown when the status is wrong.
 */
export async function expectOk<S extends z.ZodType>(response: Response, schema: S, status = 200, because = ''): Promise<z.output<S>> {
  const text = await response.text()
  expect(response.status, `${because} ${text}`).toBe(status)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return schema.parse(JSON.parse(text))
}

/**
 * An RFC 9457 problem with the given code: the status that code maps to, the problem media
 * type, a request id that matches the `X-Request-Id` header, and the title in the asked language.
 */
export async function expectProblem(
  response: Response,
  code: ProblemCode,
  options: { readonly locale?: Locale; readonly because?: string } = {},
): Promise<Problem> {
  const locale = options.locale ?? 'zh-CN'
  const text = await response.text()
  expect(response.status, `${options.because ?? ''} ${text}`).toBe(statusOfProblem[code])
  expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
  const problem = Problem.parse(JSON.parse(text))
  expect(problem.code, text).toBe(code)
  expect(problem.status).toBe(response.status)
  expect(problem.title).toBe(problemTitles[code][locale])
  expect(problem.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  expect(response.headers.get('x-request-id')).toBe(problem.requestId)
  expect(text).not.toMatch(/\bat .+:\d+:\d+/)
  return problem
}

/** The field errors of a `validation_failed` problem, as `path → key`. */
export async function expectFieldErrors(response: Response, locale: Locale = 'zh-CN'): Promise<Record<string, string>> {
  const problem = await expectProblem(response, 'validation_failed', { locale })
  return Object.fromEntries((problem.errors ?? []).map((error) => [error.path, error.key]))
}

