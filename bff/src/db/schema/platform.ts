
import type { Dialect } from './dialect'

export function platformTables(d: Dialect) {
  /**
   * Append-only and hash-chained: each row's hash covers its content and the previous row's
   * hash, so editing or deleting any row breaks the chain from there on.
   */
  const auditLog = d.table(
    'audit_log',
    {
      seq: d.bigint('seq').primaryKey(),
      at: d.text('at').notNull(),
      requestId: d.text('request_id').notNull(),
      actorUserId: d.text('actor_user_id'),
      subjectUserId: d.text('subject_user_id'),
      viaGrantId: d.text('via_grant_id'),
      action: d.text('action').notNull(),
      kind: d.text('kind').notNull(),
      objectType: d.text('object_type'),
      objectId: d.text('object_id'),
      prevHash: d.text('prev_hash').notNull(),
      hash: d.text('hash').notNull(),
    },
    (t) => [d.index('audit_subject').on(t.subjectUserId, t.seq)],
  )

  const idempotencyKeys = d.table(
    'idempotency_keys',
    {
      /** The caller the key belongs to: a key is only ever matched against its own owner's. */
      owner: d.text('owner').notNull(),
      key: d.text('key').notNull(),
      operation: d.text('operation').notNull(),
      requestHash: d.text('request_hash').notNull(),
      state: d.text('state', { enum: ['running', 'done'] }).notNull(),
      responseStatus: d.integer('response_status'),
      /**
       * What the first call created or acted on (a case id, a visit task id…), never its answer:
       * a retry is answered by reading that again, as a read of it is authorised and audited.
       */
      reference: d.text('reference'),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [d.primaryKey({ columns: [t.owner, t.key] }), d.index('idempotency_created').on(t.createdAt)],
  )

  const rateLimits = d.table('rate_limits', {
    bucket: d.text('bucket').primaryKey(),
    windowStart: d.integer('window_start').notNull(),
    count: d.integer('count').notNull(),
  })

  const inboxMessages = d.table(
    'inbox_messages',
    {
      id: d.text('id').primaryKey(),
      userId: d.text('user_id').notNull(),
      template: d.text('template').notNull(),
      params: d.json('params').$type<Record<string, string | number>>().notNull(),
      link: d.text('link'),
      createdAt: d.text('created_at').notNull(),
      readAt: d.text('read_at'),
      /** What the message asks its reader to do, to which object (`InboxActionKind`); `actionDoneAt` once done. */
      actionKind: d.text('action_kind', { enum: ['confirm_assistance', 'apply_subsidy', 'rate_case', 'answer_complaint', 'certify', 'home_visit', 'review_visit', 'review_death_record', 'accept_voucher'] }),
      actionTargetId: d.text('action_target_id'),
      actionDoneAt: d.text('action_done_at'),
    },
    (t) => [d.index('inbox_user_created').on(t.userId, t.createdAt)],
  )

  /** The last row of the audit chain, updated with every append: a truncated tail shows up. */
  const auditHead = d.table('audit_head', {
    id: d.integer('id').primaryKey(),
    seq: d.bigint('seq').notNull(),
    hash: d.text('hash').notNull(),
  })

  /**
   * Messages for partner channels (WeChat subscribe messages), written in the same transaction as
   * the change they report and sent afterwards: a crash between the two delays a message, never
   * loses it, and a failed send is tried again by the next dispatch.
   */
  const outboundMessages = d.table(
    'outbound_messages',
    {
      id: d.text('id').primaryKey(),
      channel: d.text('channel', { enum: ['wechat_subscribe'] }).notNull(),
      userId: d.text('user_id').notNull(),
      template: d.text('template').notNull(),
      params: d.json('params').$type<Record<string, string | number>>().notNull(),
      /** In-app page the message opens. */
      link: d.text('link'),
      createdAt: d.text('created_at').notNull(),
      status: d.text('status', { enum: ['pending', 'sent', 'skipped', 'failed'] }).notNull(),
      attempts: d.integer('attempts').notNull(),
      nextAttemptAt: d.text('next_attempt_at').notNull(),
      sentAt: d.text('sent_at'),
      /** Partner error code only, never the message content. */
      lastError: d.text('last_error'),
    },
    (t) => [d.index('outbound_pending').on(t.status, t.nextAttemptAt)],
  )

  /**
   * One row per background job and period: the instance that inserts it runs that period, so a
   * period runs once however many instances are up. A run whose holder stops beating (killed
   * mid-run) is taken over and finished by another; every step of a job is safe to repeat.
   */
  const jobRuns = d.table(
    'job_runs',
    {
      job: d.text('job').notNull(),
      /** Start of the period, ISO-8601 UTC. */
      period: d.text('period').notNull(),
      holder: d.text('holder').notNull(),
      startedAt: d.text('started_at').notNull(),
      heartbeatAt: d.text('heartbeat_at').notNull(),
      finishedAt: d.text('finished_at'),
    },
    (t) => [d.primaryKey({ columns: [t.job, t.period] })],
  )

  return { auditLog, idempotencyKeys, rateLimits, inboxMessages, auditHead, outboundMessages, jobRuns }
}

export type PlatformTables = ReturnType<typeof platformTables>
