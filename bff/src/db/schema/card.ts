import { sql } from 'drizzle-orm'
import type { ApplicationKind, ApplicationStatus, OutletKind, OutletService, ReplacementReason } from '@renshe/shared/card/applications'
import type { BenefitKind, TierFor } from '@renshe/shared/card/benefits'
import type { CardPaymentSource, CardPaymentStatus, CreditRefusal, HeldBecause, LedgerMovementKind } from '@renshe/shared/card/money'
import type { CardStatus } from '@renshe/shared/card/schemas'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'
import type { RetireeTables } from './retiree'

export function cardTables(d: Dialect, { users, partners }: { users: IdentityTables['users']; partners: RetireeTables['partners'] }) {
  /**
   * A citizen card (decision 065). The number on its face is personal data: sealed, with its
   * letter and last four digits beside it for the masked view and a blind index for finding a
   * card by its number (a counter's scan). A person holds one live card: the partial unique index
   * over cards not cancelled.
   */
  const cards = d.table(
    'cards',
    {
      id: d.text('id').primaryKey(),
      holderUserId: d.text('holder_user_id')
        .notNull()
        .references(() => users.id),
      cardNumberEnc: d.text('card_number_enc').notNull(),
      cardNumberIndex: d.text('card_number_index').notNull(),
      /** `A****5678` */
      cardNumberMasked: d.text('card_number_masked').notNull(),
      /** The card's region (county): its temporary loss days, its officers. */
      regionCode: d.text('region_code').notNull(),
      issuingBank: d.text('issuing_bank').notNull(),
      issuedOn: d.text('issued_on').notNull(),
      validUntil: d.text('valid_until').notNull(),
      status: d.text('status').$type<CardStatus>().notNull(),
      /** While temporarily lost: when it was reported and when it lifts by itself. */
      temporaryLossAt: d.text('temporary_loss_at'),
      temporaryLossUntil: d.text('temporary_loss_until'),
      /** Certified by the disabled persons' federation (its data feed; seeded in development): the `disabled` benefit category. */
      disabilityCertified: d.boolean('disability_certified').notNull().default(false),
      /** The bank partner that issued it (decision 067): only its counter reports it lost formally. Null: a bank not registered as a partner. */
      issuerPartnerId: d.text('issuer_partner_id').references(() => partners.id),
      createdAt: d.text('created_at').notNull(),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('cards_number').on(t.cardNumberIndex),
      d.uniqueIndex('cards_live_holder').on(t.holderUserId).where(sql`${t.status} <> 'cancelled'`),
      // The job's temporary loss reports that have run their days.
      d.index('cards_temporary_loss').on(t.status, t.temporaryLossUntil),
    ],
  )

  /** What happened to a card, by whom (null: the portal itself, as when a temporary report lifts). */
  const cardEvents = d.table(
    'card_events',
    {
      id: d.text('id').primaryKey(),
      cardId: d.text('card_id')
        .notNull()
        .references(() => cards.id),
      kind: d.text('kind').$type<'temporary_loss_reported' | 'temporary_loss_cancelled' | 'temporary_loss_lifted' | 'reported_lost' | 'replacement_applied' | 'issued' | 'collected' | 'cancelled'>().notNull(),
      at: d.text('at').notNull(),
      byUserId: d.text('by_user_id').references(() => users.id),
      /** The grid staff member's grant when she acted for the holder. */
      viaGrantId: d.text('via_grant_id'),
    },
    (t) => [d.index('card_events_card').on(t.cardId, t.at)],
  )
  /**
   * A venue that checks e-card codes (decision 066): a bus line, a park, a museum, a scenic spot,
   * logged in as a `venue` account. It honours its county's benefit of its kind.
   */
  const cardVenues = d.table('card_venues', {
    userId: d.text('user_id')
      .primaryKey()
      .references(() => users.id),
    name: d.text('name').notNull(),
    regionCode: d.text('region_code').notNull(),
    kind: d.text('kind').$type<BenefitKind>().notNull(),
    createdAt: d.text('created_at').notNull(),
  })

  /**
   * A use of a benefit at a venue, recorded by its online check. The token's nonce is unique per
   * venue: the same code is refused there a second time. The county, kind and home county are
   * copied in for the officers' usage counts.
   */
  const cardUses = d.table(
    'card_uses',
    {
      id: d.text('id').primaryKey(),
      venueUserId: d.text('venue_user_id')
        .notNull()
        .references(() => cardVenues.userId),
      cardId: d.text('card_id')
        .notNull()
        .references(() => cards.id),
      nonce: d.text('nonce').notNull(),
      regionCode: d.text('region_code').notNull(),
      kind: d.text('kind').$type<BenefitKind>().notNull(),
      homeRegionCode: d.text('home_region_code').notNull(),
      because: d.text('because').$type<TierFor>().notNull(),
      payPercent: d.integer('pay_percent').notNull(),
      usedAt: d.text('used_at').notNull(),
    },
    (t) => [d.uniqueIndex('card_uses_venue_nonce').on(t.venueUserId, t.nonce), d.index('card_uses_region').on(t.regionCode, t.usedAt), d.index('card_uses_card').on(t.cardId, t.usedAt)],
  )

  /** A county's benefit opened to holders of every county of its city (同城同待遇), as its officers set it. No row: kept for its own. */
  const cardBenefitOpenings = d.table(
    'card_benefit_openings',
    {
      regionCode: d.text('region_code').notNull(),
      kind: d.text('kind').$type<BenefitKind>().notNull(),
      openToCity: d.boolean('open_to_city').notNull(),
      updatedAt: d.text('updated_at').notNull(),
      updatedBy: d.text('updated_by').references(() => users.id),
    },
    (t) => [d.primaryKey({ columns: [t.regionCode, t.kind] })],
  )
  /** A counter that handles card business (decision 067), served by a bank partner; officers keep them. */
  const cardOutlets = d.table(
    'card_outlets',
    {
      id: d.text('id').primaryKey(),
      partnerId: d.text('partner_id')
        .notNull()
        .references(() => partners.id),
      name: d.text('name').notNull(),
      kind: d.text('kind').$type<OutletKind>().notNull(),
      regionCode: d.text('region_code').notNull(),
      address: d.text('address').notNull(),
      latMicrodegrees: d.integer('lat_microdegrees').notNull(),
      lngMicrodegrees: d.integer('lng_microdegrees').notNull(),
      services: d.json('services').$type<OutletService[]>().notNull(),
      hours: d.text('hours').notNull(),
      open: d.boolean('open').notNull(),
      updatedAt: d.text('updated_at').notNull(),
      updatedBy: d.text('updated_by').references(() => users.id),
    },
    (t) => [d.index('card_outlets_region').on(t.regionCode, t.open)],
  )

  /**
   * An application for a first card or a replacement (decision 067), to collect at an outlet. One
   * live application a person: the partial unique index over those not collected or withdrawn.
   * Each step's time is kept; the new card is a `cards` row once the bank has produced it.
   */
  const cardApplications = d.table(
    'card_applications',
    {
      id: d.text('id').primaryKey(),
      holderUserId: d.text('holder_user_id')
        .notNull()
        .references(() => users.id),
      kind: d.text('kind').$type<ApplicationKind>().notNull(),
      reason: d.text('reason').$type<ReplacementReason>(),
      outletId: d.text('outlet_id')
        .notNull()
        .references(() => cardOutlets.id),
      /** The bank that serves the outlet when she applied: it makes the card and hands it over. */
      partnerId: d.text('partner_id')
        .notNull()
        .references(() => partners.id),
      oldCardId: d.text('old_card_id').references(() => cards.id),
      /**
       * The new card as the bank reports it made: its number sealed, with blind index and mask,
       * and its expiry. It becomes a `cards` row only when collected — one live card a person —
       * and `newCardId` names that row.
       */
      newCardNumberEnc: d.text('new_card_number_enc'),
      newCardNumberIndex: d.text('new_card_number_index'),
      newCardNumberMasked: d.text('new_card_number_masked'),
      newCardValidUntil: d.text('new_card_valid_until'),
      newCardId: d.text('new_card_id').references(() => cards.id),
      status: d.text('status').$type<ApplicationStatus>().notNull(),
      appliedAt: d.text('applied_at').notNull(),
      producedAt: d.text('produced_at'),
      atOutletAt: d.text('at_outlet_at'),
      collectedAt: d.text('collected_at'),
      withdrawnAt: d.text('withdrawn_at'),
      byUserId: d.text('by_user_id').references(() => users.id),
      viaGrantId: d.text('via_grant_id'),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('card_applications_live_holder').on(t.holderUserId).where(sql`${t.status} not in ('collected', 'withdrawn')`),
      // The bank's production queue.
      d.index('card_applications_partner').on(t.partnerId, t.status, t.appliedAt),
    ],
  )

  /**
   * A payment onto the card (decision 068): one per (source, source reference), so a programme that
   * orders the same thing again orders nothing. `reference` is what the bank sees: given when the
   * payment is first queued to a bank, kept whatever comes back. The holder's region is copied in
   * for the officers' reconciliation.
   */
  const cardPayments = d.table(
    'card_payments',
    {
      id: d.text('id').primaryKey(),
      holderUserId: d.text('holder_user_id')
        .notNull()
        .references(() => users.id),
      source: d.text('source').$type<CardPaymentSource>().notNull(),
      /** The programme's own name for what it pays, e.g. `<offer id>:2026-12`. */
      sourceRef: d.text('source_ref').notNull(),
      period: d.text('period'),
      amountFen: d.integer('amount_fen').notNull(),
      regionCode: d.text('region_code').notNull(),
      status: d.text('status').$type<CardPaymentStatus>().notNull(),
      heldBecause: d.text('held_because').$type<HeldBecause>(),
      /** The card and its bank once queued; kept after credited or returned. */
      cardId: d.text('card_id').references(() => cards.id),
      partnerId: d.text('partner_id').references(() => partners.id),
      reference: d.text('reference'),
      bankTransactionId: d.text('bank_transaction_id'),
      /** The bank's reason for a failure, as it wrote it (free text: sealed). */
      returnedReason: d.text('returned_reason'),
      orderedAt: d.text('ordered_at').notNull(),
      queuedAt: d.text('queued_at'),
      creditedAt: d.text('credited_at'),
      returnedAt: d.text('returned_at'),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('card_payments_source').on(t.source, t.sourceRef),
      d.uniqueIndex('card_payments_reference').on(t.reference),
      d.index('card_payments_holder').on(t.holderUserId, t.orderedAt),
      // The bank's queue.
      d.index('card_payments_partner').on(t.partnerId, t.status, t.queuedAt),
      // The reconciliation of a region's day.
      d.index('card_payments_region').on(t.regionCode, t.orderedAt),
    ],
  )

  /**
   * The ledger: each movement of a payment is a journal of entries that sum to zero, in fen, debit
   * positive. Accounts are named `programme:<source>`, `held`, `bank:<partner id>`, `card:<card id>`.
   * Never updated, never deleted.
   */
  const cardLedgerEntries = d.table(
    'card_ledger_entries',
    {
      id: d.text('id').primaryKey(),
      journalId: d.text('journal_id').notNull(),
      paymentId: d.text('payment_id')
        .notNull()
        .references(() => cardPayments.id),
      movement: d.text('movement').$type<LedgerMovementKind>().notNull(),
      account: d.text('account').notNull(),
      amountFen: d.integer('amount_fen').notNull(),
      at: d.text('at').notNull(),
    },
    (t) => [d.index('card_ledger_entries_payment').on(t.paymentId, t.at), d.index('card_ledger_entries_journal').on(t.journalId)],
  )

  /** A bank's confirmation file, once per (bank, SHA-256): the same file again answers its first result. */
  const cardCreditFiles = d.table(
    'card_credit_files',
    {
      id: d.text('id').primaryKey(),
      partnerId: d.text('partner_id')
        .notNull()
        .references(() => partners.id),
      sha256: d.text('sha256').notNull(),
      fileName: d.text('file_name').notNull(),
      /** The result it got, answered again to a replay. */
      result: d.json('result').$type<Record<string, unknown>>().notNull(),
      receivedAt: d.text('received_at').notNull(),
    },
    (t) => [d.uniqueIndex('card_credit_files_sha').on(t.partnerId, t.sha256)],
  )

  /**
   * A bank's confirmation that moved nothing (decision 068): the reconciliation lists it. The
   * payment and its region when the reference was ours; null otherwise.
   */
  const cardCreditExceptions = d.table(
    'card_credit_exceptions',
    {
      id: d.text('id').primaryKey(),
      partnerId: d.text('partner_id')
        .notNull()
        .references(() => partners.id),
      fileId: d.text('file_id').references(() => cardCreditFiles.id),
      line: d.integer('line'),
      reference: d.text('reference').notNull(),
      why: d.text('why').$type<CreditRefusal>().notNull(),
      bankAmountFen: d.integer('bank_amount_fen'),
      paymentId: d.text('payment_id').references(() => cardPayments.id),
      regionCode: d.text('region_code'),
      at: d.text('at').notNull(),
    },
    (t) => [d.index('card_credit_exceptions_partner').on(t.partnerId, t.at), d.index('card_credit_exceptions_region').on(t.regionCode, t.at)],
  )
  return { cards, cardEvents, cardVenues, cardUses, cardBenefitOpenings, cardOutlets, cardApplications, cardPayments, cardLedgerEntries, cardCreditFiles, cardCreditExceptions }
}
