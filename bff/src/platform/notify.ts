import { and, eq, isNull, sql } from 'drizzle-orm'
import type { InboxAction, MessageParams, MessageTemplate } from '@renshe/shared/inbox/schemas'
import { inboxMessages } from '../db/schema'
import type { Tx } from '../db/database'
import type { AuditEntry } from './audit'
import type { Random } from './random'
import { preparedPer } from './prepared'
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
const insert = preparedPer((tx: Tx) =>
  tx
    .insert(inboxMessages)
    .values({
      id: sql.placeholder('id'),
      userId: sql.placeholder('userId'),
      template: sql.placeholder('template'),
      params: sql.placeholder('params'),
      link: sql.placeholder('link'),
      createdAt: sql.placeholder('createdAt'),
      actionKind: sql.placeholder('actionKind'),
      actionTargetId: sql.placeholder('actionTargetId'),
    })
    .prepare('inbox_notify'),
)

export async function notify(tx: Tx, random: Random, at: Date, notice: Notice): Promise<void> {
  await insert(tx).execute({
    id: newId(random),
    userId: notice.userId,
    template: notice.template,
    params: notice.params ?? {},
    link: notice.link ?? null,
    createdAt: at.toISOString(),
    actionKind: notice.action?.kind ?? null,
    actionTargetId: notice.action?.targetId ?? null,
  })
}

/**
 * The task a message asks for was done (in the message or anywhere else): every message
 * carrying it is marked done and, if still unread, read at that moment, so it no longer counts
 * as unread or as something to do, whichever client asks. Call it in the transaction of the
 * act, and audit it there with `inboxTaskDone` when it marked any (it returns how many).
 * Without `userId` it marks the messages of whoever was asked (every officer of a region, the
 * grid staff sent on a visit).
 */
export async function completeInboxAction(
  tx: Tx,
  input: { readonly userId?: string; readonly kind: NoticeAction['kind']; readonly targetId: string; readonly at: Date | string },
): Promise<number> {
  const doneAt = typeof input.at === 'string' ? input.at : input.at.toISOString()
  const marked = await tx
    .update(inboxMessages)
    .set({ actionDoneAt: doneAt, readAt: sql`coalesce(${inboxMessages.readAt}, ${doneAt})` })
    .where(
      and(
        ...(input.userId === undefined ? [] : [eq(inboxMessages.userId, input.userId)]),
        isNull(inboxMessages.actionDoneAt),
        eq(inboxMessages.actionKind, input.kind),
        eq(inboxMessages.actionTargetId, input.targetId),
      ),
    )
    .returning({ id: inboxMessages.id })
  return marked.length
}

/** The audit row of messages marked done with their task (one per task, not per message). */
export function inboxTaskDone(kind: NoticeAction['kind'], targetId: string): AuditEntry {
  return { action: 'inbox.taskDone', kind: 'write', objectType: kind, objectId: targetId }
}
