import type { Handler } from 'hono'
import type { Operation } from '@renshe/shared/platform/operation'
import type { AppEnv } from './app-env'
import type { Deps } from './deps'
import { operationContext, operationRequest, type OperationHandler } from './operation-context'
import { auditPartnerRefusal } from './partner-access'
import { problemResponse } from './problem'
import { responseWriter } from './response-writer'

const jsonType = { 'content-type': 'application/json' } as const

/**
 * Last in the chain: runs the operation's handler and writes its answer as its response schema
 * says, an allow-list (a field the contract does not name never leaves the server; see
 * `responseWriter`). A partner's refused call is audited as its refusal.
 */
export function operationResponse<O extends Operation>(deps: Deps, operation: O, handler: OperationHandler<O>): Handler<AppEnv> {
  const write = responseWriter(operation.id, operation.response, deps.config.mode === 'test')
  return async function operationResponse(c) {
    const result = await handler(operationContext<O>(c, deps), operationRequest<O>(c))
    c.set('operationResult', result)
    if (!result.ok) {
      const partner = c.get('partner')
      if (partner) await auditPartnerRefusal(deps, partner, { operation, requestId: c.get('requestId') })
      return problemResponse(c, result.problem)
    }
    const { text, answer } = write(result.value)
    c.set('operationAnswer', answer)
    return c.body(text, operation.successStatus ?? 200, jsonType)
  }
}
