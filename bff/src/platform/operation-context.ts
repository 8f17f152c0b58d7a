import type { Context } from 'hono'
import type { z } from 'zod'
import type { Locale } from '@renshe/shared/platform/locale'
import type { Operation } from '@renshe/shared/platform/operation'
import type { AppEnv } from './app-env'
import type { Actor } from './audit'
import { clientAddress } from './client-address'
import type { Deps } from './deps'
import { partnerActor, type PartnerCaller } from './partner-access'
import { actorOf, type Principal } from './principal'
import { localeOf, type Result } from './problem'
import type { UploadedFile } from './upload'

type Parsed<O, K extends 'params' | 'query' | 'body'> = O extends { readonly [P in K]: infer S extends z.ZodType }
  ? { readonly [P in K]: z.output<S> }
  : unknown

type Uploaded<O> = O extends { readonly upload: { readonly field: string } } ? { readonly file: UploadedFile } : unknown

/** The validated request, typed from the operation's schemas; `file` when the operation takes an upload. */
export type OperationRequest<O extends Operation> = Parsed<O, 'params'> & Parsed<O, 'query'> & Parsed<O, 'body'> & Uploaded<O>

interface BaseContext {
  readonly deps: Deps
  readonly requestId: string
  readonly locale: Locale
  readonly actor: Actor
  readonly clientAddress: string
}

/**
 * What a handler knows about the call. `principal` is present exactly when the operation needs
 * a session, `partner` exactly when it needs a partner key; a partner call's `actor` is
 * `partner:<id>`, acting for no one.
 */
export type OperationContext<O extends Operation> = O['access'] extends { readonly kind: 'session' }
  ? BaseContext & { readonly principal: Principal; readonly partner: null }
  : O['access'] extends { readonly kind: 'partner' }
    ? BaseContext & { readonly principal: null; readonly partner: PartnerCaller }
    : BaseContext & { readonly principal: null; readonly partner: null }

export type OperationHandler<O extends Operation> = (
  ctx: OperationContext<O>,
  request: OperationRequest<O>,
) => Result<z.input<O['response']>> | Promise<Result<z.input<O['response']>>>

/**
 * An operation that honours `Idempotency-Key`: how it runs, and how a retry is answered. The
 * key's store keeps the first call's status and `referenceOf` its answer (the id of what it
 * made or acted on, never personal data). A retry is answered by `replay`, a read of that
 * resource through its normal read service: the object checks (owner, grant still valid,
 * officer's region, task holder) run again, the read is audited, and the answer is the resource
 * as it is now. A refused read is the retry's answer.
 */
export interface IdempotentOperationHandlers<O extends Operation> {
  readonly handle: OperationHandler<O>
  readonly referenceOf: (answer: z.output<O['response']>, ctx: OperationContext<O>) => string
  readonly replay: (
    ctx: OperationContext<O>,
    reference: string,
    request: OperationRequest<O>,
  ) => Result<z.input<O['response']>> | Promise<Result<z.input<O['response']>>>
}

/** What an operation is mounted with: its handler, or for an idempotent one how it also replays. */
export type OperationBinding<O extends Operation> = O extends { readonly idempotent: true } ? IdempotentOperationHandlers<O> : OperationHandler<O>

/** The handler's view of the call, from what the middleware before it set on the context. */
export function operationContext<O extends Operation>(c: Context<AppEnv>, deps: Deps): OperationContext<O> {
  const requestId = c.get('requestId')
  const principal = c.get('principal') ?? null
  const partner = c.get('partner') ?? null
  return {
    deps,
    requestId,
    locale: localeOf(c),
    actor: partner ? partnerActor(partner, requestId) : actorOf(principal, requestId),
    clientAddress: clientAddress(c, deps.config.trustProxy),
    principal,
    partner,
  } as OperationContext<O>
}

/** The validated request `parseOperationRequest` left on the context, as the operation's handler types it. */
export function operationRequest<O extends Operation>(c: Context<AppEnv>): OperationRequest<O> {
  const request = c.get('operationRequest')
  if (request === undefined) throw new Error('parseOperationRequest must run before the operation is handled')
  return request as OperationRequest<O>
}
