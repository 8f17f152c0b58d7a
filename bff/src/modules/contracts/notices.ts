import type { MessageParams, MessageTemplate } from '@renshe/shared/inbox/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Tx } from '../../db/database'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { enqueueSubscribeMessage } from '../../platform/outbox'
import { accountOfIdNumber, employerById, type ContractRow } from './repo'

type NoticeDeps = Pick<Deps, 'random'>

/** The contract's page: one for both parties, which shows each what it may do. */
export function contractLink(id: string): string {
  return pageLink('contract', { id })
}

/**
 * Tells the worker in the inbox and queues the WeChat subscribe message beside it, in the
 * caller's transaction, when she has an account (the one binding the contract's ID number).
 */
export async function tellWorker(tx: Tx, deps: NoticeDeps, at: Date, row: ContractRow, template: MessageTemplate, params: MessageParams): Promise<void> {
  const userId = row.workerUserId ?? (await accountOfIdNumber(tx, row.workerIdNumberIndex))
  if (userId === null) return
  const link = contractLink(row.id)
  await notify(tx, deps.random, at, { userId, template, params, link })
  await enqueueSubscribeMessage(tx, deps.random, at, { userId, template, params, link })
}

/** Tells the employer's account (the organisation's, else whoever drafted the contract) in the inbox. */
export async function tellEmployer(tx: Tx, deps: NoticeDeps, at: Date, row: ContractRow, template: MessageTemplate, params: MessageParams): Promise<void> {
  const userId = (await employerById(tx, row.employerId))?.userId ?? row.createdByUserId
  await notify(tx, deps.random, at, { userId, template, params, link: contractLink(row.id) })
}
