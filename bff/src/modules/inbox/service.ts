import { InboxAction, MessageTemplate, type InboxMessage, type PendingItem } from '@renshe/shared/inbox/schemas'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { pageOf, timeCursor } from '../../platform/paging'
import { fail, ok, type Result } from '../../platform/problem'
import { lockMessage, markRead, messageById, messagesOf, unreadCount, type MessageRow } from './repo'

/** A module that can tell what needs the person now contributes items to the top of Home. */
export type PendingSource = (deps: Deps, principal: Principal, actor: Actor) => Promise<PendingItem[]>

function toMessage(row: MessageRow): InboxMessage | null {
  const template = MessageTemplate.safeParse(row.template)
  if (!template.success) return null
  return {
    id: row.id,
    template: template.data,
    params: row.params,
    link: row.link,
    createdAt: row.createdAt,
    readAt: row.readAt,
    action: actionOf(row),
  }
}

/** Messages from before actions existed, and an action of a kind this build does not know, carry none. */
function actionOf(row: MessageRow): InboxAction | null {
  if (row.actionKind === null || row.actionTargetId === null) return null
  const action = InboxAction.safeParse({ kind: row.actionKind, targetId: row.actionTargetId, done: row.actionDoneAt !== null })
  return action.success ? action.data : null
}

export async function listMessages(deps: Deps, actor: Actor, userId: string, page: { cursor?: string | undefined; limit: number }) {
  // A helper reading someone's messages is an act done for them, which they must be able to
  // see; a person reading their own inbox is not worth a row on every visit to Home.
  if (actor.viaGrantId !== null) {
    await recordAudit(deps, deps.clock.now(), actor, { action: 'inbox.listMessages', kind: 'read', objectType: 'messages', objectId: userId })
  }
  const { page: messages, unread } = await deps.db.read(async (q) => ({
    page: pageOf(await messagesOf(q, userId, timeCursor(page.cursor), page.limit + 1), page.limit, (last) => `${last.createdAt}|${last.id}`),
    unread: await unreadCount(q, userId),
  }))
  return { items: messages.rows.flatMap((row) => toMessage(row) ?? []), nextCursor: messages.nextCursor, unread }
}

export async function markMessageRead(deps: Deps, actor: Actor, userId: string, id: string): Promise<Result<InboxMessage>> {
  const found = await deps.db.read((q) => messageById(q, id))
  if (!found || found.userId !== userId) return fail('not_found')
  let row = found
  if (!row.readAt) {
    const at = deps.clock.now()
    row = await deps.db.transaction(async (tx) => {
      // Read again under the lock: a mark beside this one may have got there first, and its time stands.
      const current = (await lockMessage(tx, id)) ?? found
      if (current.readAt) return current
      await markRead(tx, id, at.toISOString())
      await appendAudit(tx, at, actor, { action: 'inbox.markRead', kind: 'write', objectType: 'message', objectId: id })
      return { ...current, readAt: at.toISOString() }
    })
  }
  const message = toMessage(row)
  return message ? ok(message) : fail('not_found')
}

export async function pendingItems(deps: Deps, principal: Principal, actor: Actor, sources: readonly PendingSource[]): Promise<PendingItem[]> {
  const unread = await deps.db.read((q) => unreadCount(q, subjectOf(principal)))
  const items: PendingItem[] = []
  // One source after another, as Home lists them (and as their reads are audited).
  for (const source of sources) items.push(...(await source(deps, principal, actor)))
  return [...items, ...(unread > 0 ? [{ kind: 'unread_messages' as const, count: unread }] : [])]
}
