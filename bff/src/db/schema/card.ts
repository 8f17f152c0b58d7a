import { sql } from 'drizzle-orm'
import type { BenefitKind, TierFor } from '@renshe/shared/card/benefits'
import type { CardStatus } from '@renshe/shared/card/schemas'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'

export function cardTables(d: Dialect, { users }: { users: IdentityTables['users'] }) {
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
      kind: d.text('kind').$type<'temporary_loss_reported' | 'temporary_loss_cancelled' | 'temporary_loss_lifted'>().notNull(),
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
  return { cards, cardEvents, cardVenues, cardUses, cardBenefitOpenings }
}
