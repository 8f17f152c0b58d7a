import { z } from 'zod'
import { fillPath, type Operation, type OperationInput, type OperationOutput } from '@renshe/shared/platform/operation'
import { Problem, ProblemCode } from '@renshe/shared/platform/problem'
import { problemTitles } from '@renshe/shared/platform/messages'
import { actingForStore, stopActing } from './acting-for/acting-for-store'
import { endSession } from './auth/end-session'
import { bearerToken } from './auth/session-store'
import { apiBaseUrl } from './http/base-url'
import { newIdempotencyKey } from './http/idempotency-key'
import { queryString } from './http/query-string'
import { send, type HttpResponse } from './http/send'
import { currentLocale } from './i18n/locale-store'

export type CallResult<O extends Operation> =
  | { readonly ok: true; readonly value: OperationOutput<O> }
  | { readonly ok: false; readonly network: false; readonly problem: Problem }
  | { readonly ok: false; readonly network: true }

export interface CallOptions {
  /** Reuse the key of the first attempt when retrying the same submission. */
  readonly idempotencyKey?: string
  /**
   * The grant to act under instead of the current one (`null`: as oneself). For work queued
   * earlier, e.g. a complaint filed for a citizen and sent once the network is back.
   */
  readonly actingFor?: string | null
}

interface InputParts {
  readonly params?: Record<string, unknown>
  readonly query?: unknown
  readonly body?: unknown
}

/**
 * Calls one operation of the contract: path, method and headers from the operation, the answer
 * checked against its response schema. A problem answer and no answer at all come back apart,
 * so a form can keep what was typed and offer to try again.
 */
export async function call<O extends Operation>(
  operation: O,
  input: OperationInput<O>,
  options: CallOptions = {},
): Promise<CallResult<O>> {
  const parts = inputParts(input)
  const headers = requestHeaders(operation, options)
  if (parts.body !== undefined) headers['Content-Type'] = 'application/json'

  const url = operationUrl(operation, parts.params, parts.query)
  if (url === null) return { ok: false, network: false, problem: localProblem('not_found') }

  const response = await send({ method: operation.method, url, headers, body: parts.body })
  return resultOf(operation, response, headers['X-Acting-For'] ?? null)
}

/**
 * The headers every request of an operation carries: language, bearer token and acting grant on
 * session operations, and an Idempotency-Key on idempotent ones. Uploads use them too.
 */
export function requestHeaders(operation: Operation, options: CallOptions = {}): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLocale(),
  }
  if (operation.access.kind === 'session') {
    const token = bearerToken()
    if (token) headers.Authorization = `Bearer ${token}`
    const grantId = options.actingFor !== undefined ? options.actingFor : (actingForStore.get()?.grantId ?? null)
    if (grantId) headers['X-Acting-For'] = grantId
  }
  if (operation.idempotent) headers['Idempotency-Key'] = options.idempotencyKey ?? newIdempotencyKey()
  return headers
}

/** The full URL of an operation, or null when a path parameter cannot be filled. */
export function operationUrl(operation: Operation, params?: Record<string, unknown>, query?: unknown): string | null {
  try {
    return apiBaseUrl + fillPath(operation.path, params) + queryString(query)
  } catch {
    return null
  }
}

/**
 * What an answer means for the caller: the value checked with the operation's response schema,
 * a problem (a session that ended or a grant that lapsed is acted on here), or no answer.
 */
export function resultOf<O extends Operation>(operation: O, response: HttpResponse, grantUsed: string | null = null): CallResult<O> {
  if (response.kind === 'network') return { ok: false, network: true }

  if (response.status >= 200 && response.status < 300) {
    const parsed = z.safeParse<O['response']>(operation.response, response.data)
    if (parsed.success) return { ok: true, value: parsed.data }
    return { ok: false, network: false, problem: localProblem('internal', response) }
  }

  const problem = readProblem(response)
  if (problem.code === 'unauthenticated' || problem.code === 'session_expired') endSession(problem.code)
  // A lapsed grant ends acting only if it is the one in use now, not one of earlier queued work.
  if (problem.code === 'proxy_grant_invalid' && (grantUsed === null || actingForStore.get()?.grantId === grantUsed)) stopActing('grant_invalid')
  return { ok: false, network: false, problem }
}

function inputParts(input: unknown): InputParts {
  if (!isRecord(input)) return {}
  const params = isRecord(input.params) ? input.params : undefined
  return {
    ...(params ? { params } : {}),
    ...(input.query !== undefined ? { query: input.query } : {}),
    ...(input.body !== undefined ? { body: input.body } : {}),
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readProblem(response: Extract<HttpResponse, { kind: 'response' }>): Problem {
  const parsed = Problem.safeParse(response.data)
  if (parsed.success) return parsed.data
  return localProblem(codeForStatus(response.status), response)
}

function codeForStatus(status: number): ProblemCode {
  if (status === 401) return 'unauthenticated'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  if (status === 429) return 'rate_limited'
  if (status === 502 || status === 503 || status === 504) return 'partner_unavailable'
  return 'internal'
}

/** A problem the client states itself when the answer is not one the contract describes. */
function localProblem(code: ProblemCode, response?: Extract<HttpResponse, { kind: 'response' }>): Problem {
  return {
    type: 'about:blank',
    title: problemTitles[code][currentLocale()],
    status: response?.status ?? 0,
    code,
    requestId: response?.headers['x-request-id'] ?? 'client',
  }
}
