import { InboxAction, MessageTemplate, type InboxMessage, type PendingItem } from '@renshe/shared/inbox/schemas'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { pageOf, timeCursor } from '../../platform/paging'
import { fail, ok, type Result } from '../../platform/problem'
import { markRead, messageById, messagesOf, unreadCount, type MessageRow } from './repo'

/** A module that can tell what needs the person now contributes items to the top of Home. */
export type PendingSource = (deps: Deps, principal: Principal, actor: Actor) => PendingItem[]

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
  if (!row.action) return null
  const action = InboxAction.safeParse({ ...row.action, done: row.actionDoneAt !== null })
  return action.success ? action.data : null
}

export function listMessages(deps: Deps, actor: Actor, userId: string, page: { cursor?: string | undefined; limit: number }) {
  // A helper reading someone's messages is an act done for them, which they must be able to
  // see; a person reading their own inbox is not worth a row on every visit to Home.
  if (actor.viaGrantId !== null) {
    recordAudit(deps.db, deps.clock.now(), actor, { action: 'inbox.listMessages', kind: 'read', objectType: 'messages', objectId: userId })
  }
  const { rows, nextCursor } = pageOf(messagesOf(deps.db, userId, timeCursor(page.cursor), page.limit + 1), page.limit, (last) => `${last.createdAt}|${last.id}`)
  return { items: rows.flatMap((row) => toMessage(row) ?? []), nextCursor, unread: unreadCount(deps.db, userId) }
}

export function markMessageRead(deps: Deps, actor: Actor, userId: string, id: string): Result<InboxMessage> {
  const row = messageById(deps.db, id)
  if (!row || row.userId !== userId) return fail('not_found')
  const at = deps.clock.now()
  if (!row.readAt) {
    deps.db.transaction((tx) => {
      markRead(tx, id, at.toISOString())
      appendAudit(tx, at, actor, { action: 'inbox.markRead', kind: 'write', objectType: 'message', objectId: id })
    })
  }
  const message = toMessage({ ...row, readAt: row.readAt ?? at.toISOString() })
  return message ? ok(message) : fail('not_found')
}

export function pendingItems(deps: Deps, principal: Principal, actor: Actor, sources: readonly PendingSource[]): PendingItem[] {
  const unread = unreadCount(deps.db, subjectOf(principal))
  return [...sources.flatMap((source) => source(deps, principal, actor)), ...(unread > 0 ? [{ kind: 'unread_messages' as const, count: unread }] : [])]
}
