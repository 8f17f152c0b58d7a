import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type {
  AssistanceBenefit,
  CertificationMethod,
  DataLevel,
  LifeSignalKind,
  PartnerKind,
  PensionStatus,
  VisitChecklist,
  VisitTaskReason,
  VisitTaskStatus,
} from '@renshe/shared/retiree/schemas'
import { users } from './identity'

/**
 * People drawing a pension, found by their ID number's blind index (a pensioner may never log
 * in: a portal account is linked through the real name bound to the same ID number).
 * Dates are `YYYY-MM-DD` in China time; months `YYYY-MM`.
 */
export const pensioners = sqliteTable(
  'pensioners',
  {
    id: text('id').primaryKey(),
    idNumberIndex: text('id_number_index').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    nameEnc: text('name_enc').notNull(),
    addressEnc: text('address_enc').notNull(),
    birthDate: text('birth_date').notNull(),
    regionCode: text('region_code').notNull(),
    /** The grid (网格) the pensioner lives in; its code is the grid staff member's staff code. */
    gridCode: text('grid_code'),
    livesAlone: integer('lives_alone', { mode: 'boolean' }).notNull(),
    monthlyFen: integer('monthly_fen').notNull(),
    firstMonth: text('first_month').notNull(),
    status: text('status').$type<PensionStatus>().notNull(),
    /** Start of the current certification cycle: the last certification that counts, or the first pension day. */
    cycleStart: text('cycle_start').notNull(),
    diedOn: text('died_on'),
    /** The due date each notice was last sent for: one notice per cycle and kind. */
    dueSoonNoticeFor: text('due_soon_notice_for'),
    overdueNoticeFor: text('overdue_notice_for'),
    suspendedNoticeFor: text('suspended_notice_for'),
    /** Failed face checks in the cycle starting `faceFailuresFor`. */
    faceFailures: integer('face_failures').notNull().default(0),
    faceFailuresFor: text('face_failures_for'),
    assistanceCheckedAt: text('assistance_checked_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('pensioners_id_number').on(t.idNumberIndex),
    index('pensioners_region_cycle').on(t.regionCode, t.cycleStart),
    index('pensioners_grid').on(t.gridCode),
  ],
)

export const pensionCertifications = sqliteTable(
  'pension_certifications',
  {
    id: text('id').primaryKey(),
    pensionerId: text('pensioner_id')
      .notNull()
      .references(() => pensioners.id),
    certifiedOn: text('certified_on').notNull(),
    method: text('method').$type<CertificationMethod>().notNull(),
    source: text('source').$type<PartnerKind>(),
    signalId: text('signal_id'),
    taskId: text('task_id'),
    review: text('review', { enum: ['none', 'pending', 'approved', 'rejected'] }).notNull(),
    actorUserId: text('actor_user_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('pension_certifications_pensioner').on(t.pensionerId, t.certifiedOn)],
)

export const pensionPayments = sqliteTable(
  'pension_payments',
  {
    id: text('id').primaryKey(),
    pensionerId: text('pensioner_id')
      .notNull()
      .references(() => pensioners.id),
    month: text('month').notNull(),
    amountFen: integer('amount_fen').notNull(),
    status: text('status', { enum: ['paid', 'held', 'cancelled'] }).notNull(),
    paidOn: text('paid_on'),
    arrears: integer('arrears', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('pension_payments_pensioner_month').on(t.pensionerId, t.month)],
)

export const faceAttempts = sqliteTable(
  'face_attempts',
  {
    id: text('id').primaryKey(),
    pensionerId: text('pensioner_id')
      .notNull()
      .references(() => pensioners.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    provider: text('provider', { enum: ['wechat', 'development'] }).notNull(),
    createdAt: text('created_at').notNull(),
    finishedAt: text('finished_at'),
    outcome: text('outcome', { enum: ['passed', 'failed'] }),
  },
  (t) => [index('face_attempts_pensioner').on(t.pensionerId, t.createdAt)],
)

/** Registered partner departments. Only the SHA-256 of a key is kept: it is shown once, at registration. */
export const partners = sqliteTable(
  'partners',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').$type<PartnerKind>().notNull(),
    dataLevel: integer('data_level').$type<DataLevel>().notNull(),
    keyHash: text('key_hash').notNull(),
    createdAt: text('created_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('partners_key_hash').on(t.keyHash)],
)

/** Every signal and record a partner sent, once per (partner, reference): a replay finds it here. */
export const partnerSignals = sqliteTable(
  'partner_signals',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    reference: text('reference').notNull(),
    kind: text('kind').$type<LifeSignalKind | 'death'>().notNull(),
    pensionerId: text('pensioner_id'),
    /** A life signal's moment (ISO timestamp), or a death record's date. */
    occurredAt: text('occurred_at').notNull(),
    outcome: text('outcome', { enum: ['certified', 'already_certified', 'outside_cycle', 'stopped', 'no_pension'] }).notNull(),
    receivedAt: text('received_at').notNull(),
  },
  (t) => [uniqueIndex('partner_signals_reference').on(t.partnerId, t.reference), index('partner_signals_pensioner').on(t.pensionerId)],
)

export const visitTasks = sqliteTable(
  'visit_tasks',
  {
    id: text('id').primaryKey(),
    pensionerId: text('pensioner_id')
      .notNull()
      .references(() => pensioners.id),
    regionCode: text('region_code').notNull(),
    staffUserId: text('staff_user_id').references(() => users.id),
    reason: text('reason').$type<VisitTaskReason>().notNull(),
    status: text('status').$type<VisitTaskStatus>().notNull(),
    createdByUserId: text('created_by_user_id'),
    grantId: text('grant_id'),
    createdAt: text('created_at').notNull(),
    checklist: text('checklist', { mode: 'json' }).$type<VisitChecklist>(),
    photoId: text('photo_id'),
    placeEnc: text('place_enc'),
    visitedAt: text('visited_at'),
    certificationId: text('certification_id'),
    reviewedByUserId: text('reviewed_by_user_id'),
    reviewedAt: text('reviewed_at'),
    reviewNote: text('review_note'),
  },
  (t) => [
    index('visit_tasks_staff_status').on(t.staffUserId, t.status),
    index('visit_tasks_region_status').on(t.regionCode, t.status),
    index('visit_tasks_pensioner').on(t.pensionerId, t.status),
  ],
)

export const visitPhotos = sqliteTable(
  'visit_photos',
  {
    id: text('id').primaryKey(),
    taskId: text('task_id')
      .notNull()
      .references(() => visitTasks.id),
    uploadedByUserId: text('uploaded_by_user_id').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    contentEnc: blob('content_enc', { mode: 'buffer' }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('visit_photos_task').on(t.taskId)],
)

/** Eligibility rules as data: a JSON Logic expression per benefit, province-wide or for one region. */
export const assistanceRules = sqliteTable('assistance_rules', {
  id: text('id').primaryKey(),
  benefit: text('benefit').$type<AssistanceBenefit>().notNull(),
  regionCode: text('region_code'),
  logic: text('logic', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  amountFen: integer('amount_fen'),
  active: integer('active', { mode: 'boolean' }).notNull(),
  createdAt: text('created_at').notNull(),
})

/** The local minimum pension of each region, below which a subsidy tops it up. */
export const localMinimums = sqliteTable('local_minimums', {
  regionCode: text('region_code').primaryKey(),
  minimumFen: integer('minimum_fen').notNull(),
})

export const assistanceOffers = sqliteTable(
  'assistance_offers',
  {
    id: text('id').primaryKey(),
    pensionerId: text('pensioner_id')
      .notNull()
      .references(() => pensioners.id),
    ruleId: text('rule_id')
      .notNull()
      .references(() => assistanceRules.id),
    benefit: text('benefit').$type<AssistanceBenefit>().notNull(),
    amountFen: integer('amount_fen'),
    status: text('status', { enum: ['offered', 'confirmed'] }).notNull(),
    offeredAt: text('offered_at').notNull(),
    confirmedAt: text('confirmed_at'),
    confirmedByUserId: text('confirmed_by_user_id'),
  },
  (t) => [uniqueIndex('assistance_offers_pensioner_benefit').on(t.pensionerId, t.benefit)],
)

export const overpayments = sqliteTable(
  'overpayments',
  {
    id: text('id').primaryKey(),
    pensionerId: text('pensioner_id')
      .notNull()
      .references(() => pensioners.id),
    regionCode: text('region_code').notNull(),
    diedOn: text('died_on').notNull(),
    months: text('months', { mode: 'json' }).$type<string[]>().notNull(),
    amountFen: integer('amount_fen').notNull(),
    status: text('status', { enum: ['open', 'recovered'] }).notNull(),
    partnerId: text('partner_id').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [uniqueIndex('overpayments_pensioner').on(t.pensionerId), index('overpayments_region').on(t.regionCode, t.status)],
)
