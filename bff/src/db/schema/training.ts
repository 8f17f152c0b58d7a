import type { CoveredLevel, EligibilityChoice, ProgrammeKind, ProgrammeReach, ProgrammeStatus, VoucherPayment } from '@renshe/shared/training/schemas'
import type { VoucherStatus } from '@renshe/shared/training/voucher-machine'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'

export function trainingTables(d: Dialect, { users }: { users: IdentityTables['users'] }) {
  /**
   * A training voucher programme an officer opened for her region (decision 060). What she chose
   * of who it is for is kept beside the JSON Logic it became, so the rule evaluated is the rule
   * she saw. `issued` counts the vouchers taken from `quantity`: a voucher is taken by one
   * conditional update of this row (`issued < quantity`), so no race gives out more than it holds.
   */
  const trainingProgrammes = d.table(
    'training_programmes',
    {
      id: d.text('id').primaryKey(),
      regionCode: d.text('region_code').notNull(),
      name: d.text('name').notNull(),
      kind: d.text('kind').$type<ProgrammeKind>().notNull(),
      payment: d.text('payment').$type<VoucherPayment>().notNull(),
      reach: d.text('reach').$type<ProgrammeReach>().notNull(),
      eligibility: d.json('eligibility').$type<EligibilityChoice>().notNull(),
      eligibilityLogic: d.json('eligibility_logic').$type<Record<string, unknown>>().notNull(),
      covered: d.json('covered').$type<CoveredLevel[]>().notNull(),
      institutionIds: d.json('institution_ids').$type<string[]>().notNull(),
      /** China dates, inclusive: a voucher of the programme can be spent from the first to the last. */
      validFrom: d.text('valid_from').notNull(),
      validUntil: d.text('valid_until').notNull(),
      quantity: d.integer('quantity').notNull(),
      /** The share of a course's sessions a trainee must attend, in percent (decision 061). */
      attendanceThresholdPercent: d.integer('attendance_threshold_percent').notNull().default(80),
      issued: d.integer('issued').notNull().default(0),
      /** What it may pay in subsidies, integer fen (decision 063): approvals beyond it are refused. */
      budgetFen: d.bigint('budget_fen').notNull().default(0),
      status: d.text('status').$type<ProgrammeStatus>().notNull(),
      createdBy: d.text('created_by')
        .notNull()
        .references(() => users.id),
      createdAt: d.text('created_at').notNull(),
      closedAt: d.text('closed_at'),
    },
    (t) => [
      // An officer's list (her region's, of one status, newest first) and a holder's claimable
      // programmes (those of her county, city and province that are open) read this one index.
      d.index('training_programmes_region').on(t.regionCode, t.status, t.createdAt),
      // The push job's open targeted programmes.
      d.index('training_programmes_open').on(t.status, t.reach),
    ],
  )

  /**
   * One voucher, held by one person. Its state changes only through the shared voucher machine
   * (`actOnVoucher`); `number` is the face number read out at an institution's desk. The unique
   * index on programme and holder is what makes a person hold at most one voucher of a programme,
   * whether she claims twice at once or two instances push to her together.
   */
  const trainingVouchers = d.table(
    'training_vouchers',
    {
      id: d.text('id').primaryKey(),
      number: d.text('number').notNull(),
      programmeId: d.text('programme_id')
        .notNull()
        .references(() => trainingProgrammes.id),
      holderUserId: d.text('holder_user_id')
        .notNull()
        .references(() => users.id),
      status: d.text('status').$type<VoucherStatus>().notNull(),
      passed: d.boolean('passed'),
      issuedAt: d.text('issued_at').notNull(),
      claimedAt: d.text('claimed_at'),
      validFrom: d.text('valid_from').notNull(),
      validUntil: d.text('valid_until').notNull(),
      payment: d.text('payment').$type<VoucherPayment>().notNull(),
    },
    (t) => [
      d.uniqueIndex('training_vouchers_number').on(t.number),
      d.uniqueIndex('training_vouchers_programme_holder').on(t.programmeId, t.holderUserId),
      d.index('training_vouchers_holder').on(t.holderUserId, t.issuedAt),
      // The expiry job's unspent vouchers past their last day.
      d.index('training_vouchers_expiry').on(t.status, t.validUntil),
    ],
  )

  return { trainingProgrammes, trainingVouchers }
}
