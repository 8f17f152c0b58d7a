import { and, eq, isNull, sql } from 'drizzle-orm'
import type { InboxAction, MessageParams, MessageTemplate } from '@renshe/shared/inbox/schemas'
import { inboxMessages } from '../db/schema'
import type { Tx } from '../db/client'
import type { Random } from './random'
import { newId } from './random'

/** A one-tap action carried by a message: what to do, and to which object. */
export type NoticeAction = Omit<InboxAction, 'done'>

export interface Notice {
  readonly userId: string
  readonly template: MessageTemplate
  readonly params?: MessageParams
  readonly link?: string
  readonly action?: NoticeAction
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
      action: notice.action ? { kind: notice.action.kind, targetId: notice.action.targetId } : null,
    })
    .run()
}

/**
 * The action was done (in the message or anywhere else): every message of that person carrying
 * it shows it done, so its button does not come back. Call it in the transaction of the act.
 * Returns how many messages it marked.
 */
export function completeInboxAction(
  tx: Tx,
  input: { readonly userId: string; readonly kind: NoticeAction['kind']; readonly targetId: string; readonly at: Date | string },
): number {
  const doneAt = typeof input.at === 'string' ? input.at : input.at.toISOString()
  return tx
    .update(inboxMessages)
    .set({ actionDoneAt: doneAt })
    .where(
      and(
        eq(inboxMessages.userId, input.userId),
        isNull(inboxMessages.actionDoneAt),
        sql`json_extract(${inboxMessages.action}, '$.kind') = ${input.kind}`,
        sql`json_extract(${inboxMessages.action}, '$.targetId') = ${input.targetId}`,
      ),
    )
    .run().changes
}
