import { sql } from 'drizzle-orm'
import type { SubsidyPayee, SubsidyPayment, SubsidyPaymentChannel, SubsidyPaymentStatus, SubsidyStatus } from '@renshe/shared/training/subsidy'
import type { PayTo } from '@renshe/shared/platform/pay-to'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'
import type { trainingCourseTables } from './training-courses'
import type { trainingTables } from './training'

type CourseTables = ReturnType<typeof trainingCourseTables>
type VoucherTables = ReturnType<typeof trainingTables>

interface Referenced {
  users: IdentityTables['users']
  trainingProgrammes: VoucherTables['trainingProgrammes']
  trainingVouchers: VoucherTables['trainingVouchers']
  trainingEnrolments: CourseTables['trainingEnrolments']
}

export function trainingSubsidyTables(d: Dialect, { users, trainingProgrammes, trainingVouchers, trainingEnrolments }: Referenced) {
  /**
   * An application for a voucher's subsidy (decision 062). The partial unique index on the voucher
   * over live applications (applied, approved, paid) makes one voucher one subsidy however many
   * requests arrive; a declined one stays as history and a corrected one may follow. What the
   * rules are checked on (occupation, level, certificate date, the day applied) is kept on the row.
   */
  const trainingSubsidies = d.table(
    'training_subsidies',
    {
      id: d.text('id').primaryKey(),
      voucherId: d.text('voucher_id')
        .notNull()
        .references(() => trainingVouchers.id),
      enrolmentId: d.text('enrolment_id')
        .notNull()
        .references(() => trainingEnrolments.id),
      programmeId: d.text('programme_id')
        .notNull()
        .references(() => trainingProgrammes.id),
      holderUserId: d.text('holder_user_id')
        .notNull()
        .references(() => users.id),
      institutionUserId: d.text('institution_user_id')
        .notNull()
        .references(() => users.id),
      /** The programme's region: the officers who decide it. */
      regionCode: d.text('region_code').notNull(),
      payee: d.text('payee').$type<SubsidyPayee>().notNull(),
      amountFen: d.integer('amount_fen').notNull(),
      occupationCode: d.text('occupation_code').notNull(),
      level: d.integer('level').notNull(),
      certificateNumber: d.text('certificate_number').notNull(),
      certificateIssuedOn: d.text('certificate_issued_on').notNull(),
      status: d.text('status').$type<SubsidyStatus>().notNull(),
      appliedAt: d.text('applied_at').notNull(),
      /** The China date applied: the yearly count is of these. */
      appliedOn: d.text('applied_on').notNull(),
      appliedByUserId: d.text('applied_by_user_id')
        .notNull()
        .references(() => users.id),
      decidedAt: d.text('decided_at'),
      decidedByUserId: d.text('decided_by_user_id').references(() => users.id),
      declineReason: d.text('decline_reason'),
      /** Where she asked the money to go (decision 068): her WeChat balance, or her citizen card. */
      payTo: d.text('pay_to').$type<PayTo>().notNull().default('wechat'),
      /*
       * Its payment (decision 063), once a payment run sent it. `outBillNo` names the transfer at
       * the channel for good: a run sent again asks under it and never pays twice; only a failed
       * payment is given a new number.
       */
      paymentChannel: d.text('payment_channel').$type<SubsidyPaymentChannel>(),
      paymentStatus: d.text('payment_status').$type<SubsidyPaymentStatus>(),
      outBillNo: d.text('out_bill_no'),
      /** The channel's own number of the transfer, once it said one. */
      transferBillNo: d.text('transfer_bill_no'),
      /** WeChat Pay's `package_info` while the holder has to confirm the receipt. */
      payoutPackage: d.text('payout_package'),
      paymentFailure: d.text('payment_failure').$type<NonNullable<SubsidyPayment['failure']>>(),
      paymentSentAt: d.text('payment_sent_at'),
      paidAt: d.text('paid_at'),
    },
    (t) => [
      d.uniqueIndex('training_subsidies_live_voucher').on(t.voucherId).where(sql`${t.status} in ('applied', 'approved', 'paid')`),
      // The officers' queue of a region and status, oldest first.
      d.index('training_subsidies_region').on(t.regionCode, t.status, t.appliedAt, t.id),
      // The holder's subsidies, for the rules; the institution's list.
      d.index('training_subsidies_holder').on(t.holderUserId, t.status),
      d.index('training_subsidies_institution').on(t.institutionUserId, t.appliedAt, t.id),
      d.uniqueIndex('training_subsidies_out_bill_no').on(t.outBillNo),
      // The scheduled job's payments on their way; a programme's ledger.
      d.index('training_subsidies_payment').on(t.paymentStatus),
      d.index('training_subsidies_programme').on(t.programmeId, t.status),
    ],
  )

  /**
   * An institution's settlement account (decision 063): where its face-value subsidies are paid.
   * The name is the institution's registered name; the number is sealed, with its last four
   * digits beside it for the masked view.
   */
  const trainingInstitutionAccounts = d.table('training_institution_accounts', {
    institutionUserId: d.text('institution_user_id')
      .primaryKey()
      .references(() => users.id),
    accountName: d.text('account_name').notNull(),
    bankName: d.text('bank_name').notNull(),
    accountNoEnc: d.text('account_no_enc').notNull(),
    accountNoLast4: d.text('account_no_last4').notNull(),
    updatedAt: d.text('updated_at').notNull(),
  })
  return { trainingSubsidies, trainingInstitutionAccounts }
}
