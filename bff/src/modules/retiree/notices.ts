import type { MessageParams, MessageTemplate } from '@renshe/shared/inbox/schemas'
import type { Tx } from '../../db/database'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { enqueueSubscribeMessage } from '../../platform/outbox'

type NoticeDeps = Pick<Deps, 'random'>

/** Pages the messages lead to (client/src/routes.ts). */
export const retireeLinks = {
  account: '/features/retiree/pages/account/index',
  certify: '/features/retiree/pages/certify/index',
  assistance: '/features/retiree/pages/assistance/index',
  visit: (taskId: string) => `/features/retiree/pages/visit/index?id=${taskId}`,
  overpayments: '/features/retiree/pages/overpayments/index',
} as const

/**
 * Tells a pensioner who has a portal account, in the inbox and by a WeChat subscribe message,
 * inside the caller's transaction. Params never name the person: a lock screen shows them.
 */
export async function tellPensioner(
  tx: Tx,
  deps: NoticeDeps,
  at: Date,
  userId: string | null,
  template: MessageTemplate,
  params: MessageParams,
  link: string = retireeLinks.account,
): Promise<void> {
  if (userId === null) return
  await notify(tx, deps.random, at, { userId, template, params, link })
  await enqueueSubscribeMessage(tx, deps.random, at, { userId, template, params, link })
}
