import type { MessageParams, MessageTemplate } from '@renshe/shared/inbox/schemas'
import { inboxMessages } from '../db/schema'
import type { Tx } from '../db/client'
import type { Random } from './random'
import { newId } from './random'


export interface Notice {
  readonly userId: string
  readonly template: MessageTemplate
  readonly params?: MessageParams
  readonly link?: string
}

/**
 * Puts a message in a person's inbox, inside the caller's transaction: the message exists
 * exactly when the change it reports does.
 */
export function notify(tx: Tx, random: Random, at: Date, notice: Notice): void {
  tx.insert(inboxMessages)
    .values({
      id: newId(random),
      userId: notice.userId,
      template: notice.template,
      params: notice.params ?? {},
      link: notice.link ?? null,
      createdAt: at.toISOString(),
    })
    .run()
}
