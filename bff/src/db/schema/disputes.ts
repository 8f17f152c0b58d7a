import type { ArbitrationState } from '@renshe/shared/disputes/arbitration-machine'
import type { ArbitrationEventKind, ArbitrationParty, ArbitrationStatus, ClaimKind, HearingMode } from '@renshe/shared/disputes/schemas'
import type { Dialect } from './dialect'
import type { IdentityTables } from './identity'
import type { WagesTables } from './wages'

/** One claim as kept: what she asked, and what the award settled on it. */
export interface StoredClaim {
  readonly kind: ClaimKind
  readonly amountFen: number | null
  readonly statement: string
  readonly awardedFen: number | null
}

export function disputesTables(d: Dialect, { users, employers }: { users: IdentityTables['users']; employers: WagesTables['employers'] }) {
  /**
   * An arbitration (issue 15, part 2; decision 070). The machine's whole state (decision 069) is
   * kept as it returned it; its status and the day of the next step due are copied out for the
   * commission's queue. The respondent is named by its credit code (public); its employer row, when
   * the portal knows it, lets its account follow the case. Claims and facts are her words: sealed.
   */
  const arbitrations = d.table(
    'arbitrations',
    {
      id: d.text('id').primaryKey(),
      caseNumber: d.text('case_number').notNull(),
      applicantUserId: d.text('applicant_user_id')
        .notNull()
        .references(() => users.id),
      /** Grid staff who filed it for her, and the grant they acted under; null when she filed herself. */
      filedByUserId: d.text('filed_by_user_id').references(() => users.id),
      viaGrantId: d.text('via_grant_id'),
      respondentName: d.text('respondent_name').notNull(),
      respondentCreditCode: d.text('respondent_credit_code').notNull(),
      respondentEmployerId: d.text('respondent_employer_id').references(() => employers.id),
      regionCode: d.text('region_code').notNull(),
      knewOn: d.text('knew_on').notNull(),
      claimsEnc: d.text('claims_enc').notNull(),
      factsEnc: d.text('facts_enc').notNull(),
      /** The sum of the money claims, for the lists. */
      claimedFen: d.bigint('claimed_fen').notNull(),
      state: d.json('state').$type<ArbitrationState>().notNull(),
      status: d.text('status').$type<ArbitrationStatus>().notNull(),
      /** The day the next step is due; null once ended. */
      nextDueOn: d.text('next_due_on'),
      /** The steps whose lateness the job has told (the applicant, the chair): each once. */
      overdueTold: d.json('overdue_told').$type<string[]>().notNull().default([]),
      appliedAt: d.text('applied_at').notNull(),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('arbitrations_case_number').on(t.caseNumber),
      d.index('arbitrations_applicant').on(t.applicantUserId, t.appliedAt),
      d.index('arbitrations_respondent').on(t.respondentCreditCode, t.appliedAt),
      // The commission's queue: its county's cases by the next step's day.
      d.index('arbitrations_queue').on(t.regionCode, t.status, t.nextDueOn),
    ],
  )

  /** An arbitration's steps, for the timeline both sides read. Reasons are people's words: sealed. */
  const arbitrationEvents = d.table(
    'arbitration_events',
    {
      id: d.text('id').primaryKey(),
      arbitrationId: d.text('arbitration_id')
        .notNull()
        .references(() => arbitrations.id),
      kind: d.text('kind').$type<'applied' | ArbitrationEventKind>().notNull(),
      at: d.text('at').notNull(),
      byParty: d.text('by_party').$type<ArbitrationParty | 'system'>().notNull(),
      byUserId: d.text('by_user_id').references(() => users.id),
      viaGrantId: d.text('via_grant_id'),
      reasonEnc: d.text('reason_enc'),
      hearingOn: d.text('hearing_on'),
      hearingMode: d.text('hearing_mode').$type<HearingMode>(),
    },
    (t) => [d.index('arbitration_events_case').on(t.arbitrationId, t.at)],
  )

  return { arbitrations, arbitrationEvents }
}
