import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Append-only and hash-chained: each row's hash covers its content and the previous row's
 * hash, so editing or deleting any row breaks the chain from there on.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    requestId: text('request_id').notNull(),
    actorUserId: text('actor_user_id'),
    subjectUserId: text('subject_user_id'),
    viaGrantId: text('via_grant_id'),
    action: text('action').notNull(),
    kind: text('kind').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_subject').on(t.subjectUserId, t.seq)],
)

export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    /** The caller the key belongs to: a key is only ever matched against its own owner's. */
    owner: text('owner').notNull(),
    key: text('key').notNull(),
    operation: text('operation').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state', { enum: ['running', 'done'] }).notNull(),
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.owner, t.key] }), index('idempotency_created').on(t.createdAt)],
)

export const rateLimits = sqliteTable('rate_limits', {
  bucket: text('bucket').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
})

export const inboxMessages = sqliteTable(
  'inbox_messages',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    template: text('template').notNull(),
    params: text('params', { mode: 'json' }).$type<Record<string, string | number>>().notNull(),
    link: text('link'),
    createdAt: text('created_at').notNull(),
    readAt: text('read_at'),
    /** A one-tap action in the message: `{ kind, targetId }`; `actionDoneAt` once done. */
    action: text('action', { mode: 'json' }).$type<{ kind: 'confirm_assistance'; targetId: string }>(),
    actionDoneAt: text('action_done_at'),
  },
  (t) => [index('inbox_user_created').on(t.userId, t.createdAt)],
)

/** The last row of the audit chain, updated with every append: a truncated tail shows up. */
export const auditHead = sqliteTable('audit_head', {
  id: integer('id').primaryKey(),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
})

/**
 * Messages for partner channels (WeChat subscribe messages), written in the same transaction as
 * the change they report and sent afterwards: a crash between the two delays a message, never
 * loses it, and a failed send is tried again by the next dispatch.
 */
export const outboundMessages = sqliteTable(
  'outbound_messages',
  {
    id: text('id').primaryKey(),
    channel: text('channel', { enum: ['wechat_subscribe'] }).notNull(),
    userId: text('user_id').notNull(),
    template: text('template').notNull(),
    params: text('params', { mode: 'json' }).$type<Record<string, string | number>>().notNull(),
    /** In-app page the message opens. */
    link: text('link'),
    createdAt: text('created_at').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'skipped', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: text('next_attempt_at').notNull(),
    sentAt: text('sent_at'),
    /** Partner error code only, never the message content. */
    lastError: text('last_error'),
  },
  (t) => [index('outbound_pending').on(t.status, t.nextAttemptAt)],
)
