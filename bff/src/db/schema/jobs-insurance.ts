import type { PaymentPeriod } from '@renshe/shared/jobs/flexible-insurance'
import type { FlexibleRefundState, PaymentChannelKind, PaymentStatus } from '@renshe/shared/jobs/insurance'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'
import type { RecordsTables } from './records'

export function jobsInsuranceTables(d: Dialect, { users, insuredPersons }: { users: IdentityTables['users']; insuredPersons: RecordsTables['insuredPersons'] }) {
  /**
   * A flexible worker's own enrolment in basic pension: one per account, for the register entry
   * its real name leads to. The base, the period and medical insurance may change; a change
   * applies from the next payment, since a started payment keeps what it was started with.
   */
  const flexibleEnrolments = d.table(
    'flexible_enrolments',
    {
      userId: d.text('user_id')
        .primaryKey()
        .references(() => users.id),
      personId: d.text('person_id')
        .notNull()
        .references(() => insuredPersons.id),
      regionCode: d.text('region_code').notNull(),
      baseFen: d.bigint('base_fen').notNull(),
      period: d.text('period').$type<PaymentPeriod>().notNull(),
      medical: d.boolean('medical').notNull(),
      /** The first month covered: the month of enrolment. */
      fromMonth: d.text('from_month').notNull(),
      enrolledAt: d.text('enrolled_at').notNull(),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [d.uniqueIndex('flexible_enrolments_person').on(t.personId), d.index('flexible_enrolments_region').on(t.regionCode, t.enrolledAt)],
  )

  /**
   * One payment of one period. `outTradeNo` is the reference the payment channel knows it by.
   * While a payment is pending or paid it holds its months (`holdsMonths` true); a failed or
   * closed one releases them (null). The unique index counts nulls as distinct on both engines,
   * so two requests can never both hold the same first month of one person. The months become
   * contribution rows in the same commit that records the payment as paid.
   */
  const flexiblePayments = d.table(
    'flexible_payments',
    {
      id: d.text('id').primaryKey(),
      userId: d.text('user_id')
        .notNull()
        .references(() => users.id),
      personId: d.text('person_id')
        .notNull()
        .references(() => insuredPersons.id),
      outTradeNo: d.text('out_trade_no').notNull(),
      months: d.json('months').$type<string[]>().notNull(),
      firstMonth: d.text('first_month').notNull(),
      baseFen: d.bigint('base_fen').notNull(),
      amountFen: d.bigint('amount_fen').notNull(),
      personalAccountFen: d.bigint('personal_account_fen').notNull(),
      channel: d.text('channel').$type<PaymentChannelKind>().notNull(),
      status: d.text('status').$type<PaymentStatus>().notNull(),
      /** The channel's own transaction number, once paid. */
      transactionId: d.text('transaction_id'),
      /** True while pending or paid; null once failed or closed (see above). */
      holdsMonths: d.boolean('holds_months'),
      createdAt: d.text('created_at').notNull(),
      paidAt: d.text('paid_at'),
      updatedAt: d.text('updated_at').notNull(),
      /** After this the channel's order can no longer be paid (`time_expire`); null for payments started before orders had one. */
      expiresAt: d.text('expires_at'),
      /**
       * Money the channel received for a payment already closed or failed here is given back:
       * the refund's number (ours, one per payment, so a retry is the same refund), where it
       * stands, the channel's number for it and when it ended. All null while nothing is refunded.
       */
      outRefundNo: d.text('out_refund_no'),
      refundStatus: d.text('refund_status').$type<FlexibleRefundState>(),
      refundId: d.text('refund_id'),
      refundedAt: d.text('refunded_at'),
    },
    (t) => [
      d.uniqueIndex('flexible_payments_out_trade_no').on(t.outTradeNo),
      d.uniqueIndex('flexible_payments_out_refund_no').on(t.outRefundNo),
      d.index('flexible_payments_open').on(t.status, t.expiresAt),
      d.index('flexible_payments_refunds').on(t.refundStatus),
      d.index('flexible_payments_user').on(t.userId, t.createdAt),
      d.uniqueIndex('flexible_payments_person_first_month').on(t.personId, t.firstMonth, t.holdsMonths),
    ],
  )

  return { flexibleEnrolments, flexiblePayments }
}
