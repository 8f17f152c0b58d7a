import type {
  AssistanceBenefit,
  CertificationMethod,
  DataLevel,
  DeathConfirmation,
  DeathRecordStatus,
  LifeSignalKind,
  PartnerKind,
  PensionStatus,
  VisitChecklist,
  VisitTaskReason,
  VisitTaskStatus,
} from '@renshe/shared/retiree/schemas'
import { sql } from 'drizzle-orm'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'

export function retireeTables(d: Dialect, { users }: { users: IdentityTables['users'] }) {
  /**
   * People drawing a pension, found by their ID number's blind index (a pensioner may never log
   * in: a portal account is linked through the real name bound to the same ID number).
   * Dates are `YYYY-MM-DD` in China time; months `YYYY-MM`.
   */
  const pensioners = d.table(
    'pensioners',
    {
      id: d.text('id').primaryKey(),
      idNumberIndex: d.text('id_number_index').notNull(),
      idNumberEnc: d.text('id_number_enc').notNull(),
      nameEnc: d.text('name_enc').notNull(),
      addressEnc: d.text('address_enc').notNull(),
      birthDate: d.text('birth_date').notNull(),
      regionCode: d.text('region_code').notNull(),
      /** The grid (网格) the pensioner lives in; its code is the grid staff member's staff code. */
      gridCode: d.text('grid_code'),
      livesAlone: d.boolean('lives_alone').notNull(),
      monthlyFen: d.integer('monthly_fen').notNull(),
      firstMonth: d.text('first_month').notNull(),
      status: d.text('status').$type<PensionStatus>().notNull(),
      /** Start of the current certification cycle: the last certification that counts, or the first pension day. */
      cycleStart: d.text('cycle_start').notNull(),
      diedOn: d.text('died_on'),
      /** A partner's death record being checked: while set, every month is held and nothing is sent. */
      deathHoldId: d.text('death_hold_id'),
      /** The due date each notice was last sent for: one notice per cycle and kind. */
      dueSoonNoticeFor: d.text('due_soon_notice_for'),
      overdueNoticeFor: d.text('overdue_notice_for'),
      suspendedNoticeFor: d.text('suspended_notice_for'),
      /** Failed face checks in the cycle starting `faceFailuresFor`. */
      faceFailures: d.integer('face_failures').notNull().default(0),
      faceFailuresFor: d.text('face_failures_for'),
      assistanceCheckedAt: d.text('assistance_checked_at'),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('pensioners_id_number').on(t.idNumberIndex),
      d.index('pensioners_region_cycle').on(t.regionCode, t.cycleStart),
      d.index('pensioners_grid').on(t.gridCode),
    ],
  )

  const pensionCertifications = d.table(
    'pension_certifications',
    {
      id: d.text('id').primaryKey(),
      pensionerId: d.text('pensioner_id')
        .notNull()
        .references(() => pensioners.id),
      certifiedOn: d.text('certified_on').notNull(),
      method: d.text('method').$type<CertificationMethod>().notNull(),
      source: d.text('source').$type<PartnerKind>(),
      signalId: d.text('signal_id'),
      taskId: d.text('task_id'),
      review: d.text('review', { enum: ['none', 'pending', 'approved', 'rejected'] }).notNull(),
      actorUserId: d.text('actor_user_id'),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [d.index('pension_certifications_pensioner').on(t.pensionerId, t.certifiedOn)],
  )

  const pensionPayments = d.table(
    'pension_payments',
    {
      id: d.text('id').primaryKey(),
      pensionerId: d.text('pensioner_id')
        .notNull()
        .references(() => pensioners.id),
      month: d.text('month').notNull(),
      amountFen: d.integer('amount_fen').notNull(),
      status: d.text('status', { enum: ['paid', 'held', 'cancelled'] }).notNull(),
      paidOn: d.text('paid_on'),
      arrears: d.boolean('arrears').notNull().default(false),
    },
    (t) => [d.uniqueIndex('pension_payments_pensioner_month').on(t.pensionerId, t.month)],
  )

  const faceAttempts = d.table(
    'face_attempts',
    {
      id: d.text('id').primaryKey(),
      pensionerId: d.text('pensioner_id')
        .notNull()
        .references(() => pensioners.id),
      userId: d.text('user_id')
        .notNull()
        .references(() => users.id),
      provider: d.text('provider', { enum: ['wechat', 'development'] }).notNull(),
      createdAt: d.text('created_at').notNull(),
      finishedAt: d.text('finished_at'),
      outcome: d.text('outcome', { enum: ['passed', 'failed'] }),
    },
    (t) => [d.index('face_attempts_pensioner').on(t.pensionerId, t.createdAt)],
  )

  /** Registered partner departments; their keys are in `partner_keys`. */
  const partners = d.table('partners', {
    id: d.text('id').primaryKey(),
    name: d.text('name').notNull(),
    kind: d.text('kind').$type<PartnerKind>().notNull(),
    dataLevel: d.integer('data_level').$type<DataLevel>().notNull(),
    createdAt: d.text('created_at').notNull(),
  })

  /**
   * The keys a partner calls with. Only a key's SHA-256 is kept: it is shown once, when issued.
   * A rotated key works until `expires_at`, beside its successor; a revoked one not at all.
   */
  const partnerKeys = d.table(
    'partner_keys',
    {
      id: d.text('id').primaryKey(),
      partnerId: d.text('partner_id')
        .notNull()
        .references(() => partners.id),
      keyHash: d.text('key_hash').notNull(),
      createdAt: d.text('created_at').notNull(),
      /** Noted at most once a minute: when the key was last seen, not a log of its calls. */
      lastUsedAt: d.text('last_used_at'),
      expiresAt: d.text('expires_at'),
      revokedAt: d.text('revoked_at'),
    },
    (t) => [d.uniqueIndex('partner_keys_key_hash').on(t.keyHash), d.index('partner_keys_partner').on(t.partnerId, t.createdAt)],
  )

  /**
   * Every signal and record a partner sent, once per (partner, reference): a replay finds it here.
   * A bank's card acts (decision 067) are kept here too, so its references count once whatever it sent.
   */
  const partnerSignals = d.table(
    'partner_signals',
    {
      id: d.text('id').primaryKey(),
      partnerId: d.text('partner_id')
        .notNull()
        .references(() => partners.id),
      reference: d.text('reference').notNull(),
      kind: d.text('kind').$type<LifeSignalKind | 'death' | 'card_produced' | 'card_at_outlet' | 'card_collected' | 'card_lost'>().notNull(),
      pensionerId: d.text('pensioner_id'),
      /** A life signal's moment (ISO timestamp), or a death record's date. */
      occurredAt: d.text('occurred_at').notNull(),
      outcome: d.text('outcome', { enum: ['certified', 'already_certified', 'outside_cycle', 'stopped', 'no_pension', 'held', 'confirmed', 'recorded'] }).notNull(),
      receivedAt: d.text('received_at').notNull(),
    },
    (t) => [d.uniqueIndex('partner_signals_reference').on(t.partnerId, t.reference), d.index('partner_signals_pensioner').on(t.pensionerId)],
  )

  const visitTasks = d.table(
    'visit_tasks',
    {
      id: d.text('id').primaryKey(),
      pensionerId: d.text('pensioner_id')
        .notNull()
        .references(() => pensioners.id),
      regionCode: d.text('region_code').notNull(),
      staffUserId: d.text('staff_user_id').references(() => users.id),
      reason: d.text('reason').$type<VisitTaskReason>().notNull(),
      status: d.text('status').$type<VisitTaskStatus>().notNull(),
      createdByUserId: d.text('created_by_user_id'),
      grantId: d.text('grant_id'),
      createdAt: d.text('created_at').notNull(),
      checklist: d.json('checklist').$type<VisitChecklist>(),
      photoId: d.text('photo_id'),
      placeEnc: d.text('place_enc'),
      visitedAt: d.text('visited_at'),
      certificationId: d.text('certification_id'),
      reviewedByUserId: d.text('reviewed_by_user_id'),
      reviewedAt: d.text('reviewed_at'),
      reviewNote: d.text('review_note'),
    },
    (t) => [
      d.index('visit_tasks_staff_status').on(t.staffUserId, t.status),
      d.index('visit_tasks_region_status').on(t.regionCode, t.status),
      d.index('visit_tasks_pensioner').on(t.pensionerId, t.status),
    ],
  )

  const visitPhotos = d.table(
    'visit_photos',
    {
      id: d.text('id').primaryKey(),
      taskId: d.text('task_id')
        .notNull()
        .references(() => visitTasks.id),
      uploadedByUserId: d.text('uploaded_by_user_id').notNull(),
      mime: d.text('mime').notNull(),
      size: d.integer('size').notNull(),
      sha256: d.text('sha256').notNull(),
      contentEnc: d.bytes('content_enc').notNull(),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [d.index('visit_photos_task').on(t.taskId)],
  )

  /** Eligibility rules as data: a JSON Logic expression per benefit, province-wide or for one region. */
  const assistanceRules = d.table('assistance_rules', {
    id: d.text('id').primaryKey(),
    benefit: d.text('benefit').$type<AssistanceBenefit>().notNull(),
    regionCode: d.text('region_code'),
    logic: d.json('logic').$type<Record<string, unknown>>().notNull(),
    amountFen: d.integer('amount_fen'),
    active: d.boolean('active').notNull(),
    createdAt: d.text('created_at').notNull(),
  })

  /** The local minimum pension of each region, below which a subsidy tops it up. */
  const localMinimums = d.table('local_minimums', {
    regionCode: d.text('region_code').primaryKey(),
    minimumFen: d.integer('minimum_fen').notNull(),
  })

  const assistanceOffers = d.table(
    'assistance_offers',
    {
      id: d.text('id').primaryKey(),
      pensionerId: d.text('pensioner_id')
        .notNull()
        .references(() => pensioners.id),
      ruleId: d.text('rule_id')
        .notNull()
        .references(() => assistanceRules.id),
      benefit: d.text('benefit').$type<AssistanceBenefit>().notNull(),
      amountFen: d.integer('amount_fen'),
      status: d.text('status', { enum: ['offered', 'confirmed'] }).notNull(),
      offeredAt: d.text('offered_at').notNull(),
      confirmedAt: d.text('confirmed_at'),
      confirmedByUserId: d.text('confirmed_by_user_id'),
    },
    (t) => [d.uniqueIndex('assistance_offers_pensioner_benefit').on(t.pensionerId, t.benefit)],
  )

  const overpayments = d.table(
    'overpayments',
    {
      id: d.text('id').primaryKey(),
      pensionerId: d.text('pensioner_id')
        .notNull()
        .references(() => pensioners.id),
      regionCode: d.text('region_code').notNull(),
      diedOn: d.text('died_on').notNull(),
      months: d.json('months').$type<string[]>().notNull(),
      amountFen: d.integer('amount_fen').notNull(),
      status: d.text('status', { enum: ['open', 'recovered', 'withdrawn'] }).notNull(),
      partnerId: d.text('partner_id').notNull(),
      recordedAt: d.text('recorded_at').notNull(),
    },
    (t) => [
      // One overpayment per death: a withdrawn one (the death record was wrong) leaves room for the next.
      d.uniqueIndex('overpayments_pensioner').on(t.pensionerId).where(sql`${t.status} <> 'withdrawn'`),
      d.index('overpayments_region').on(t.regionCode, t.status),
    ],
  )

  /**
   * A partner's record of a death, from the moment it comes (payments held) until an officer or
   * a second, independent partner confirms it (the pension stops) or an officer finds it wrong
   * (the pension is restored). Kept for good, with the partner that sent it.
   */
  const deathRecords = d.table(
    'death_records',
    {
      id: d.text('id').primaryKey(),
      pensionerId: d.text('pensioner_id')
        .notNull()
        .references(() => pensioners.id),
      regionCode: d.text('region_code').notNull(),
      diedOn: d.text('died_on').notNull(),
      partnerId: d.text('partner_id')
        .notNull()
        .references(() => partners.id),
      signalId: d.text('signal_id'),
      receivedAt: d.text('received_at').notNull(),
      /** The pension's status when the record came, restored if it is reversed and nothing has changed since. */
      statusBefore: d.text('status_before').$type<PensionStatus>().notNull(),
      status: d.text('status').$type<DeathRecordStatus>().notNull(),
      secondPartnerId: d.text('second_partner_id').references(() => partners.id),
      secondDiedOn: d.text('second_died_on'),
      confirmedVia: d.text('confirmed_via').$type<DeathConfirmation>(),
      decidedByUserId: d.text('decided_by_user_id').references(() => users.id),
      decidedAt: d.text('decided_at'),
      reversalNoteEnc: d.text('reversal_note_enc'),
    },
    (t) => [
      d.uniqueIndex('death_records_pending').on(t.pensionerId).where(sql`${t.status} = 'pending'`),
      d.index('death_records_region').on(t.regionCode, t.status, t.receivedAt),
      d.index('death_records_pensioner').on(t.pensionerId),
    ],
  )

  return { pensioners, pensionCertifications, pensionPayments, faceAttempts, partners, partnerKeys, partnerSignals, visitTasks, visitPhotos, assistanceRules, localMinimums, assistanceOffers, overpayments, deathRecords }
}

export type RetireeTables = ReturnType<typeof retireeTables>
