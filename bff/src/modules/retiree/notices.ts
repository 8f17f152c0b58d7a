import { pages, pageLink } from '@renshe/shared/platform/pages'
import type { MessageParams, MessageTemplate } from '@renshe/shared/inbox/schemas'
import type { Tx } from '../../db/database'
import type { Deps } from '../../platform/deps'
import { notify, type NoticeAction } from '../../platform/notify'
import { enqueueSubscribeMessage } from '../../platform/outbox'

type NoticeDeps = Pick<Deps, 'random'>

/** Pages the messages lead to. */
export const retireeLinks = {
  account: pages.pensionAccount,
  certify: pages.pensionCertify,
  assistance: pages.assistance,
  visit: (taskId: string) => pageLink('homeVisit', { id: taskId }),
  overpayments: pages.overpayments,
  deathRecord: (id: string) => pageLink('deathRecords', { id }),
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
  action?: NoticeAction,
): Promise<void> {
  if (userId === null) return
  await notify(tx, deps.random, at, { userId, template, params, link, ...(action ? { action } : {}) })
  await enqueueSubscribeMessage(tx, deps.random, at, { userId, template, params, link })
}
