import type { FemaleCategory, PaidMonth, SubsidyApplicationStatus, SubsidyPayoutChannel, SubsidyPayoutStatus } from '@renshe/shared/jobs/subsidy'
import type { PayTo } from '@renshe/shared/platform/pay-to'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'
import type { RecordsTables } from './records'

export function jobsSubsidyTables(d: Dialect, { users, insuredPersons }: { users: IdentityTables['users']; insuredPersons: RecordsTables['insuredPersons'] }) {
  /** The inbox offer of the subsidy: one per insured person, ever (the primary key sees to it). */
  const flexibleSubsidyOffers = d.table('flexible_subsidy_offers', {
    personId: d.text('person_id')
      .primaryKey()
      .references(() => insuredPersons.id),
    id: d.text('id').notNull(),
    userId: d.text('user_id')
      .notNull()
      .references(() => users.id),
    offeredAt: d.text('offered_at').notNull(),
  })

  /**
   * One application for a flexible worker's paid months. `open` is true while it waits for a
   * decision and null after: the unique index (nulls distinct on both engines) allows one waiting
   * application per person. Approval records the facts the officer confirmed, the rule, the
   * months subsidised and the amount; `outBillNo` names the payout at the channel for good.
   */
  const flexibleSubsidyApplications = d.table(
    'flexible_subsidy_applications',
    {
      id: d.text('id').primaryKey(),
      userId: d.text('user_id')
        .notNull()
        .references(() => users.id),
      personId: d.text('person_id')
        .notNull()
        .references(() => insuredPersons.id),
      regionCode: d.text('region_code').notNull(),
      months: d.json('months').$type<PaidMonth[]>().notNull(),
      paidFen: d.bigint('paid_fen').notNull(),
      status: d.text('status').$type<SubsidyApplicationStatus>().notNull(),
      open: d.boolean('open'),
      appliedAt: d.text('applied_at').notNull(),
      decidedAt: d.text('decided_at'),
      decidedBy: d.text('decided_by').references(() => users.id),
      declineReason: d.text('decline_reason'),
      employmentDifficulty: d.boolean('employment_difficulty'),
      graduateYear: d.integer('graduate_year'),
      /** For a woman, the original retirement age the officer confirmed (`worker` 50, `cadre` 55), when it decided the grant; null otherwise. */
      femaleCategory: d.text('female_category').$type<FemaleCategory>(),
      ruleId: d.text('rule_id'),
      subsidisedMonths: d.json('subsidised_months').$type<string[]>(),
      amountFen: d.bigint('amount_fen'),
      /** Where she asked the money to go (decision 068): her WeChat balance, or her citizen card. */
      payTo: d.text('pay_to').$type<PayTo>().notNull().default('wechat'),
      outBillNo: d.text('out_bill_no'),
      /** The channel that pays it out, or `card` when it is paid onto her citizen card through the ledger (decision 068). */
      payoutChannel: d.text('payout_channel').$type<SubsidyPayoutChannel>(),
      payoutStatus: d.text('payout_status').$type<SubsidyPayoutStatus>(),
      transferBillNo: d.text('transfer_bill_no'),
      /** What the payee's `wx.requestMerchantTransfer` needs while the transfer waits for her confirmation (WeChat Pay answers it only when the transfer is made); null otherwise. */
      payoutPackage: d.text('payout_package'),
      paidOutAt: d.text('paid_out_at'),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('flexible_subsidy_applications_open').on(t.personId, t.open),
      d.uniqueIndex('flexible_subsidy_applications_out_bill_no').on(t.outBillNo),
      d.index('flexible_subsidy_applications_user').on(t.userId, t.appliedAt),
      d.index('flexible_subsidy_applications_region').on(t.regionCode, t.status, t.appliedAt),
      d.index('flexible_subsidy_applications_payout').on(t.payoutStatus),
    ],
  )

  return { flexibleSubsidyOffers, flexibleSubsidyApplications }
}
