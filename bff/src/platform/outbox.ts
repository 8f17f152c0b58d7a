import { and, asc, eq, lte, sql } from 'drizzle-orm'
import type { Tx } from '../db/database'
import { outboundMessages, users } from '../db/schema'
import type { Deps } from './deps'
import { preparedPer } from './prepared'
import { newId, type Random } from './random'
import { subscribeDataOf } from './subscribe-data'
import type { SubscribeSendResult } from './subscribe-message'

export interface OutboundSubscribeMessage {
  readonly userId: string
  /** The message template, as for the inbox (`wages.accepted`, …): it picks the status word. */
  readonly template: string
  readonly params: Readonly<Record<string, string | number>>
  /** In-app page the message opens, e.g. `/features/wages/pages/case/index?id=…`. */
  readonly link: string | null
}

/**
 * Queues a WeChat subscribe message inside the caller's transaction, beside `notify()`: it
 * exists exactly when the change it reports does, and is sent later by `dispatchOutbound`.
 */
const enqueue = preparedPer((tx: Tx) =>
  tx
    .insert(outboundMessages)
    .values({
      id: sql.placeholder('id'),
      channel: 'wechat_subscribe',
      userId: sql.placeholder('userId'),
      template: sql.placeholder('template'),
      params: sql.placeholder('params'),
      link: sql.placeholder('link'),
      createdAt: sql.placeholder('at'),
      status: 'pending',
      attempts: 0,
      nextAttemptAt: sql.placeholder('at'),
    })
    .prepare('outbox_enqueue'),
)

export async function enqueueSubscribeMessage(tx: Tx, random: Random, at: Date, message: OutboundSubscribeMessage): Promise<void> {
  await enqueue(tx).execute({
    id: newId(random),
    userId: message.userId,
    template: message.template,
    params: { ...message.params },
    link: message.link,
    at: at.toISOString(),
  })
}

export const maxAttempts = 8
const minuteMs = 60 * 1000

/** Wait after the n-th unavailable attempt: 1, 2, 4 … minutes, never more than an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1) * minuteMs, 60 * minuteMs)
}

/**
 * How long a claimed message is hidden from other dispatchers. It outlasts one send (a token
 * fetch and two sends, 5 s each at most); a dispatcher that dies holding a claim lets the
 * message come due again when it runs out, so a crash delays a message rather than losing it.
 */
const claimMs = 5 * minuteMs

export interface DispatchSummary {
  readonly sent: number
  /** Never sendable: no WeChat openid, no template configured, an openid that will not open, or refused by WeChat. */
  readonly skipped: number
  /** Attempts that found WeChat unavailable: tried again later, or given up after `maxAttempts`. */
  readonly failed: number
}

/**
 * Sends the due subscribe messages, oldest first, one at a time. Each is claimed by a single
 * guarded UPDATE before it is sent, so dispatchers running side by side never send one twice.
 */
export async function dispatchOutbound(deps: Deps, options: { readonly limit?: number } = {}): Promise<DispatchSummary> {
  const limit = options.limit ?? 50
  const summary = { sent: 0, skipped: 0, failed: 0 }
  for (let handled = 0; handled < limit; handled += 1) {
    const message = await claimNext(deps)
    if (!message) break
    const outcome = await deliver(deps, message)
    const now = deps.clock.now().toISOString()
    const attempts = message.attempts + 1
    const mine = and(eq(outboundMessages.id, message.id), eq(outboundMessages.status, 'pending'))
    if (outcome.ok) {
      await deps.db.transaction((tx) => tx.update(outboundMessages).set({ status: 'sent', attempts, sentAt: now, lastError: null }).where(mine))
      summary.sent += 1
    } else if (outcome.reason !== 'unavailable') {
      await deps.db.transaction((tx) => tx.update(outboundMessages).set({ status: 'skipped', attempts, lastError: outcome.code }).where(mine))
      summary.skipped += 1
    } else {
      const givingUp = attempts >= maxAttempts
      const nextAttemptAt = new Date(deps.clock.now().getTime() + retryDelayMs(attempts)).toISOString()
      await deps.db.transaction((tx) =>
        tx.update(outboundMessages).set({ status: givingUp ? 'failed' : 'pending', attempts, nextAttemptAt, lastError: outcome.code }).where(mine),
      )
      deps.logger.warn(givingUp ? 'outbound_failed' : 'outbound_unavailable', { code: outcome.code, template: message.template })
      summary.failed += 1
    }
  }
  return summary
}

type Claimed = typeof outboundMessages.$inferSelect

async function claimNext(deps: Deps): Promise<Claimed | null> {
  const now = deps.clock.now()
  const due = and(eq(outboundMessages.status, 'pending'), lte(outboundMessages.nextAttemptAt, now.toISOString()))
  for (;;) {
    const [candidate] = await deps.db.read((q) =>
      q.select({ id: outboundMessages.id }).from(outboundMessages).where(due).orderBy(asc(outboundMessages.nextAttemptAt), asc(outboundMessages.id)).limit(1),
    )
    if (!candidate) return null
    // Still pending and due only if no other dispatcher claimed it in between: then this
    // UPDATE changes it and returns it; otherwise nothing, and the next candidate is tried.
    const [claimed] = await deps.db.transaction((tx) =>
      tx
        .update(outboundMessages)
        .set({ nextAttemptAt: new Date(now.getTime() + claimMs).toISOString() })
        .where(and(eq(outboundMessages.id, candidate.id), due))
        .returning(),
    )
    if (claimed) return claimed
  }
}

type Delivery = SubscribeSendResult | { readonly ok: false; readonly reason: 'not_sendable'; readonly code: string }

async function deliver(deps: Deps, message: Claimed): Promise<Delivery> {
  const templateId = deps.subscribe.templates.case
  if (templateId === null) return { ok: false, reason: 'not_sendable', code: 'no_template' }
  const [user] = await deps.db.read((q) => q.select({ openidEnc: users.wechatOpenidEnc }).from(users).where(eq(users.id, message.userId)))
  // Development and demo accounts never logged in through WeChat: there is nobody to send to.
  if (!user?.openidEnc) return { ok: false, reason: 'not_sendable', code: 'no_openid' }
  let openid: string
  try {
    openid = deps.sealer.open(user.openidEnc)
  } catch {
    deps.logger.error('outbound_openid_unreadable', { userId: message.userId })
    return { ok: false, reason: 'not_sendable', code: 'openid_unreadable' }
  }
  return deps.subscribe.sender.send({
    openid,
    templateId,
    page: message.link?.replace(/^\/+/, '') ?? '',
    data: subscribeDataOf(message.template, message.params, new Date(message.createdAt)),
  })
}
