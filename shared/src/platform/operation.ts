import type { z } from 'zod'
import type { ProxyScope, Role } from '../identity/roles'

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/**
 * Who may call an operation.
 * - `public`: anyone, no session (rate limits still apply).
 * - `partner`: a partner system with a registered key of a high enough data level.
 * - `session`: a logged-in user holding one of `roles`. With `proxyScope`, a grid staff member
 *   acting for a citizen may call it too, if that citizen's grant includes the scope; without
 *   it, acting for someone is refused. `realName` demands that the subject has bound a real name.
 */
export type Access =
  | { readonly kind: 'public' }
  | {
      readonly kind: 'session'
      readonly roles: readonly Role[]
      readonly proxyScope?: ProxyScope
      readonly realName?: boolean
    }
  /**
   * A registered partner department's key (`X-Partner-Key`), whose data level is at least
   * `dataLevel`. Partners have no session and act for no one; every call is audited.
   */
  | { readonly kind: 'partner'; readonly dataLevel: 1 | 2 }

/**
 * One API operation: the single description both sides share. The BFF validates requests and
 * responses with these schemas and publishes them as OpenAPI; the client is typed by them.
 */
export interface Operation {
  readonly id: string
  readonly method: HttpMethod
  /** Path under `/api`, with `:name` parameters, e.g. `/records/certificates/:id`. */
  readonly path: string
  readonly summary: string
  readonly tags: readonly string[]
  readonly access: Access
  readonly params?: z.ZodType
  readonly query?: z.ZodType
  readonly body?: z.ZodType
  readonly response: z.ZodType
  readonly successStatus?: 200 | 201
  /** Creating requests: honours `Idempotency-Key`. */
  readonly idempotent?: boolean
  /**
   * Named rate limit: `login` and `verification` count per client address, before any session
   * check; `realName` counts per account, so binding cannot be used to test names against ID
   * numbers one guess after another; `submission` counts per account, against floods of cases;
   * `partner` counts per partner key.
   */
  readonly rateLimit?: 'login' | 'verification' | 'realName' | 'submission' | 'partner'
  /**
   * A multipart upload of one file in `field` (no JSON body). The size is checked before the
   * handler runs; the content type is the handler's to check, from the bytes.
   */
  readonly upload?: { readonly field: string; readonly maxBytes: number }
}

export function defineOperation<const O extends Operation>(operation: O): O {
  return operation
}

type Part<O, K extends 'params' | 'query' | 'body'> = O extends { readonly [P in K]: infer S extends z.ZodType }
  ? { [P in K]: z.input<S> }
  : { [P in K]?: never }

/** What a caller passes: `params`, `query` and `body` exactly as the operation declares them. */
export type OperationInput<O extends Operation> = Part<O, 'params'> & Part<O, 'query'> & Part<O, 'body'>

export type OperationOutput<O extends Operation> = z.output<O['response']>

/** A path or query value as text: strings, numbers and booleans only, never `[object Object]`. */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  throw new Error(`a ${typeof value} cannot be sent in a path or query`)
}

/** `/records/certificates/:id` with `{ id: 'c1' }` → `/records/certificates/c1`. */
export function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params?.[name]
    if (value === undefined || value === null) throw new Error(`missing path parameter ${name}`)
    return encodeURIComponent(scalarText(value))
  })
}
