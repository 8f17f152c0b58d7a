import type { Hono } from 'hono'
import * as contract from '@renshe/shared/contracts/contract'
import type { Locale } from '@renshe/shared/platform/locale'
import type { AppEnv } from '../../platform/app-env'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import type { Principal } from '../../platform/principal'
import { ok } from '../../platform/problem'
import { declineContract, withdrawContract } from './decline-service'
import { downloadContract } from './download-service'
import { createContract, updateContract } from './draft-service'
import { downloadCertificate, endContract } from './ending-service'
import { getContract, listMyContracts } from './read-service'
import { recordReading } from './reading-service'
import { signContract, startSigning } from './signing-service'
import { verifyContractFile, verifyContractHash } from './verification-service'

type ContractContext = { readonly actor: Actor; readonly principal: Principal; readonly locale: Locale }

/**
 * Electronic labour contracts (decision 073): the employer's drafts and signature, the worker's
 * reading and signature, both parties' download, and the public check of a file or its hash.
 */
export function registerContractsRoutes(app: Hono<AppEnv>, deps: Deps): void {
  // A retried draft or signature answers the contract as the caller may read it now.
  const replaysTheContract = {
    referenceOf: (found: { readonly id: string }) => found.id,
    replay: (ctx: ContractContext, id: string) => getContract(deps, ctx.actor, ctx.principal, ctx.locale, id),
  }
  mountOperation(app, deps, contract.createContract, {
    ...replaysTheContract,
    handle: (ctx, { body }) => createContract(deps, ctx.actor, ctx.principal, ctx.locale, body),
  })
  mountOperation(app, deps, contract.updateContract, (ctx, { params, body }) => updateContract(deps, ctx.actor, ctx.principal, ctx.locale, params.id, body))
  mountOperation(app, deps, contract.listMyContracts, async (ctx, { query }) => ok(await listMyContracts(deps, ctx.actor, ctx.principal, query)))
  mountOperation(app, deps, contract.getContract, (ctx, { params }) => getContract(deps, ctx.actor, ctx.principal, ctx.locale, params.id))
  mountOperation(app, deps, contract.recordReading, (ctx, { params, body }) => recordReading(deps, ctx.actor, ctx.principal, ctx.locale, params.id, body.device))
  mountOperation(app, deps, contract.startSigning, (ctx, { params, body }) => startSigning(deps, ctx.actor, ctx.principal, params.id, body))
  mountOperation(app, deps, contract.signContract, {
    ...replaysTheContract,
    handle: (ctx, { params, body }) => signContract(deps, ctx.actor, ctx.principal, ctx.locale, params.id, body),
  })
  mountOperation(app, deps, contract.declineContract, (ctx, { params, body }) => declineContract(deps, ctx.actor, ctx.principal, ctx.locale, params.id, body.reason))
  mountOperation(app, deps, contract.withdrawContract, (ctx, { params }) => withdrawContract(deps, ctx.actor, ctx.principal, ctx.locale, params.id))
  mountOperation(app, deps, contract.endContract, {
    ...replaysTheContract,
    handle: (ctx, { params, body }) => endContract(deps, ctx.actor, ctx.principal, ctx.locale, params.id, body),
  })
  mountOperation(app, deps, contract.downloadCertificate, (ctx, { params }) => downloadCertificate(deps, ctx.actor, ctx.principal, params.id))
  mountOperation(app, deps, contract.downloadContract, (ctx, { params }) => downloadContract(deps, ctx.actor, ctx.principal, params.id))
  mountOperation(app, deps, contract.verifyContractFile, (ctx, { file }) => verifyContractFile(deps, ctx.actor, file))
  mountOperation(app, deps, contract.verifyContractHash, (ctx, { params }) => verifyContractHash(deps, ctx.actor, params.sha256))
}
