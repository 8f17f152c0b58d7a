import type { Hono, MiddlewareHandler } from 'hono'
import type { Operation } from '@renshe/shared/platform/operation'
import type { AppEnv } from './app-env'
import type { Deps } from './deps'
import { sessionAuth, partnerAuth } from './operation-auth'
import type { IdempotentOperationHandlers, OperationBinding, OperationHandler } from './operation-context'
import { operationResponse } from './operation-handler'
import { idempotency } from './operation-idempotency'
import { accountRateLimit, addressRateLimit } from './operation-rate-limit'
import { operationBodyLimit, parseOperationRequest } from './operation-request'
import { passThrough } from './pass-through'

// Handlers across the modules import these types with mountOperation, from here.
export type {
  IdempotentOperationHandlers,
  OperationBinding,
  OperationContext,
  OperationHandler,
  OperationRequest,
} from './operation-context'

/**
 * Binds one operation of the shared contract to a handler, as a chain of named middleware in
 * the order a request meets them:
 *
 * 1. `operationBodyLimit` — a body announced or read too large is refused before anything else;
 * 2. `addressRateLimit` — the login and verification limits, per caller address;
 * 3. `sessionAuth` — bearer session and proxy grant; sets `principal`;
 * 4. `accountRateLimit` — the real-name and submission limits, per account;
 * 5. `partnerAuth` — the partner key, its level and its partner's limit; sets `partner`;
 * 6. `parseOperationRequest` — params, query, body, upload; sets `operationRequest`;
 * 7. `idempotency` — claims `Idempotency-Key`, or answers a retry by replaying a read;
 * 8. `operationResponse` — the handler, its answer through the response schema.
 *
 * A step the operation does not take is left out of its chain.
 */
export function mountOperation<O extends Operation>(app: Hono<AppEnv>, deps: Deps, operation: O, binding: OperationBinding<O>): void {
  if (operation.upload && operation.body) throw new Error(`${operation.id}: an upload takes no JSON body`)
  if ((operation.rateLimit === 'realName' || operation.rateLimit === 'submission') && operation.access.kind !== 'session') {
    throw new Error(`${operation.id}: the ${operation.rateLimit} rate limit counts per account and needs a session`)
  }
  if ((operation.rateLimit === 'partner') !== (operation.access.kind === 'partner')) {
    throw new Error(`${operation.id}: the partner rate limit counts per partner key, and every partner operation needs it`)
  }
  if (operation.access.kind === 'partner' && operation.idempotent) {
    throw new Error(`${operation.id}: Idempotency-Key belongs to sessions; a partner's own reference makes its calls idempotent`)
  }
  const { handler, idempotent } = handlersOf(operation, binding)
  const steps: MiddlewareHandler<AppEnv>[] = [
    operationBodyLimit(deps, operation),
    addressRateLimit(deps, operation),
    sessionAuth(deps, operation),
    accountRateLimit(deps, operation),
    partnerAuth(deps, operation),
    parseOperationRequest(deps, operation),
    idempotency(deps, operation, idempotent),
  ].filter((step) => step !== passThrough)
  const path = `/api${operation.path}`
  // The path as a list: Hono's typings take a spread of handlers only after a list of paths.
  app.on(operation.method.toUpperCase(), [path], ...steps, operationResponse(deps, operation, handler))
}

/** The handler, and how a retry replays: said for every idempotent operation, and only for those. */
function handlersOf<O extends Operation>(
  operation: O,
  binding: OperationBinding<O>,
): { readonly handler: OperationHandler<O>; readonly idempotent: IdempotentOperationHandlers<O> | null } {
  const given = binding as OperationHandler<O> | IdempotentOperationHandlers<O>
  if (typeof given === 'function') {
    if (operation.idempotent) throw new Error(`${operation.id}: an idempotent operation says how a retry is replayed`)
    return { handler: given, idempotent: null }
  }
  if (!operation.idempotent) throw new Error(`${operation.id}: only an idempotent operation replays`)
  return { handler: given.handle, idempotent: given }
}
