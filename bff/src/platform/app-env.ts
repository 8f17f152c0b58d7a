import type { PartnerCaller } from './partner-access'
import type { Principal } from './principal'
import type { Result } from './problem'

/** The request as `parseOperationRequest` validated it; each operation's handler knows its own shape. */
export interface OperationInput {
  readonly params?: unknown
  readonly query?: unknown
  readonly body?: unknown
  readonly file?: { readonly bytes: Uint8Array }
}

/** Hono context variables set by the platform middleware. */
export interface AppEnv {
  Variables: {
    requestId: string
    principal: Principal | null
    /** Set only on partner operations, once the key is accepted. */
    partner: PartnerCaller | undefined
    /** Set by `parseOperationRequest` once params, query, body and upload are valid. */
    operationRequest: OperationInput | undefined
    /** What the operation's handler answered, before the response schema. */
    operationResult: Result<unknown> | undefined
    /** The handler's answer once the response schema let it through: what idempotency remembers. */
    operationAnswer: unknown
  }
}
