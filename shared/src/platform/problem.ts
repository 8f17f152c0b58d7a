import { z } from 'zod'

/**
 * The closed set of error codes the API answers with. Clients branch on `code`, never on
 * `title` or `detail`, so a code once published keeps its meaning.
 */
export const ProblemCode = z.enum([
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'unauthenticated',
  'session_expired',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'illegal_transition',
  'real_name_required',
  'real_name_already_bound',
  'id_number_taken',
  'consent_required',
  'proxy_grant_invalid',
  'proxy_scope_missing',
  'proxy_not_allowed',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'invalid_idempotency_key',
  'rate_limited',
  'login_failed',
  'partner_unavailable',
  'internal',
])
export type ProblemCode = z.infer<typeof ProblemCode>

export const statusOfProblem: Record<ProblemCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unauthenticated: 401,
  session_expired: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  illegal_transition: 409,
  real_name_required: 403,
  real_name_already_bound: 409,
  id_number_taken: 409,
  consent_required: 403,
  proxy_grant_invalid: 403,
  proxy_scope_missing: 403,
  proxy_not_allowed: 403,
  idempotency_key_reused: 422,
  idempotency_in_progress: 409,
  invalid_idempotency_key: 400,
  rate_limited: 429,
  login_failed: 401,
  partner_unavailable: 502,
  internal: 500,
}

export const FieldError = z.object({
  /** Dotted path into the request, e.g. `body.idNumber`. */
  path: z.string(),
  /** Stable message key from `messages.ts`, for clients that translate themselves. */
  key: z.string(),
  /** The message in the language the request asked for. */
  message: z.string(),
})
export type FieldError = z.infer<typeof FieldError>

/** RFC 9457 problem details, as every error response of the API carries them. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: ProblemCode,
  detail: z.string().optional(),
  instance: z.string().optional(),
  requestId: z.string(),
  errors: z.array(FieldError).optional(),
  retryAfterSeconds: z.number().int().optional(),
})
export type Problem = z.infer<typeof Problem>

export const problemTypeBase = 'https://renshe.example.gov.cn/problems/'
