import type { ArbitrationState } from '@renshe/shared/disputes/arbitration-machine'
import type { CloseRelation, InjuryKind } from '@renshe/shared/disputes/injury-cases'
import type { InjuryState } from '@renshe/shared/disputes/injury-machine'
import type {
  ArbitrationEventKind,
  ArbitrationParty,
  ArbitrationStatus,
  ClaimKind,
  HearingMode,
  InjuryApplicantKind,
  InjuryEventKind,
  InjuryParty,
  InjuryStatus,
} from '@renshe/shared/disputes/schemas'
import type { EvidenceMime } from '@renshe/shared/wages/schemas'
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

export function disputesTables(d: Dialect, { users, employers, cases }: { users: IdentityTables['users']; employers: WagesTables['employers']; cases: WagesTables['cases'] }) {
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
      /** The wage complaint the office sent to arbitration that she applied from (decision 072): one application from it. */
      wageCaseId: d.text('wage_case_id').references(() => cases.id),
    },
    (t) => [
      d.uniqueIndex('arbitrations_case_number').on(t.caseNumber),
      d.uniqueIndex('arbitrations_wage_case').on(t.wageCaseId),
      // The disputes job's scan of steps past their day.
      d.index('arbitrations_next_due').on(t.nextDueOn),
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

  /**
   * A photo or PDF sent with a dispute (decisions 071, 072), sealed like wage evidence. Uploaded
   * first into its uploader's pool (`caseId` null), attached by the act that sends it: an
   * arbitration's application or defence, a work-injury application or its documents. `side` and
   * `attachedAt` decide who may read it: the other side of an arbitration once it is served.
   */
  const disputeFiles = d.table(
    'dispute_files',
    {
      id: d.text('id').primaryKey(),
      /** The person whose pool it is in: the worker (when grid staff upload for her), or the uploader. */
      ownerUserId: d.text('owner_user_id')
        .notNull()
        .references(() => users.id),
      uploadedByUserId: d.text('uploaded_by_user_id').notNull(),
      caseKind: d.text('case_kind').$type<'arbitration' | 'injury'>(),
      caseId: d.text('case_id'),
      side: d.text('side').$type<'applicant' | 'respondent' | 'office'>(),
      attachedAt: d.text('attached_at'),
      mime: d.text('mime').$type<EvidenceMime>().notNull(),
      size: d.integer('size').notNull(),
      sha256: d.text('sha256').notNull(),
      nameEnc: d.text('name_enc').notNull(),
      contentEnc: d.bytes('content_enc').notNull(),
      createdAt: d.text('created_at').notNull(),
    },
    (t) => [d.index('dispute_files_owner').on(t.ownerUserId, t.caseId), d.index('dispute_files_case').on(t.caseKind, t.caseId)],
  )

  /**
   * An accident at work reported by the worker's side (decision 071). The employer named is told
   * at once; when its 30 days pass with no application, the worker is told she may apply, and
   * until when (`windowToldAt`, set once by a conditional update). `caseId` is the case applied for
   * from it, by either side: one case an accident.
   */
  const injuryReports = d.table(
    'injury_reports',
    {
      id: d.text('id').primaryKey(),
      workerUserId: d.text('worker_user_id')
        .notNull()
        .references(() => users.id),
      reportedByUserId: d.text('reported_by_user_id').references(() => users.id),
      viaGrantId: d.text('via_grant_id'),
      employerName: d.text('employer_name').notNull(),
      employerCreditCode: d.text('employer_credit_code').notNull(),
      employerId: d.text('employer_id').references(() => employers.id),
      regionCode: d.text('region_code').notNull(),
      accidentOn: d.text('accident_on').notNull(),
      kind: d.text('kind').$type<InjuryKind>().notNull(),
      accountEnc: d.text('account_enc').notNull(),
      /** The employer's 30 days end (decision 069's `applicationDeadline`): the window job's key. */
      employerBy: d.text('employer_by').notNull(),
      windowToldAt: d.text('window_told_at'),
      caseId: d.text('case_id'),
      reportedAt: d.text('reported_at').notNull(),
    },
    (t) => [
      d.index('injury_reports_worker').on(t.workerUserId, t.reportedAt),
      d.index('injury_reports_employer').on(t.employerCreditCode, t.reportedAt),
      d.index('injury_reports_window').on(t.employerBy),
      d.uniqueIndex('injury_reports_case').on(t.caseId),
    ],
  )

  /**
   * A work-injury case (decision 071). The machine's whole state (decision 069) as it returned it;
   * status and next due day copied out for the office's queue. The worker is known by her account
   * when she (or grid staff for her) applied or reported; for an employer's application, by the ID
   * number it gave (blind index, matched to an account when one binds that number). Her name and
   * number, the account and the injuries are sealed.
   */
  const injuryCases = d.table(
    'injury_cases',
    {
      id: d.text('id').primaryKey(),
      caseNumber: d.text('case_number').notNull(),
      reportId: d.text('report_id').references(() => injuryReports.id),
      applicantKind: d.text('applicant_kind').$type<InjuryApplicantKind>().notNull(),
      applicantUserId: d.text('applicant_user_id')
        .notNull()
        .references(() => users.id),
      /** A close relative's relationship to the worker, as she stated it: the office checks her proof. */
      applicantRelation: d.text('applicant_relation').$type<CloseRelation>(),
      filedByUserId: d.text('filed_by_user_id').references(() => users.id),
      viaGrantId: d.text('via_grant_id'),
      workerUserId: d.text('worker_user_id').references(() => users.id),
      workerNameEnc: d.text('worker_name_enc').notNull(),
      workerIdNumberEnc: d.text('worker_id_number_enc').notNull(),
      workerIdNumberIndex: d.text('worker_id_number_index').notNull(),
      employerName: d.text('employer_name').notNull(),
      employerCreditCode: d.text('employer_credit_code').notNull(),
      employerId: d.text('employer_id').references(() => employers.id),
      regionCode: d.text('region_code').notNull(),
      accidentOn: d.text('accident_on').notNull(),
      kind: d.text('kind').$type<InjuryKind>().notNull(),
      accountEnc: d.text('account_enc').notNull(),
      injuriesEnc: d.text('injuries_enc').notNull(),
      /** The one list of what is missing, sealed (it may name medical records). */
      missingEnc: d.text('missing_enc'),
      grade: d.integer('grade'),
      state: d.json('state').$type<InjuryState>().notNull(),
      status: d.text('status').$type<InjuryStatus>().notNull(),
      nextDueOn: d.text('next_due_on'),
      overdueTold: d.json('overdue_told').$type<string[]>().notNull().default([]),
      appliedAt: d.text('applied_at').notNull(),
      updatedAt: d.text('updated_at').notNull(),
    },
    (t) => [
      d.uniqueIndex('injury_cases_case_number').on(t.caseNumber),
      d.uniqueIndex('injury_cases_report').on(t.reportId),
      d.index('injury_cases_worker').on(t.workerUserId, t.appliedAt),
      d.index('injury_cases_worker_id').on(t.workerIdNumberIndex),
      d.index('injury_cases_applicant').on(t.applicantUserId, t.appliedAt),
      d.index('injury_cases_employer').on(t.employerCreditCode, t.appliedAt),
      d.index('injury_cases_queue').on(t.regionCode, t.status, t.nextDueOn),
      d.index('injury_cases_next_due').on(t.nextDueOn),
    ],
  )

  const injuryEvents = d.table(
    'injury_events',
    {
      id: d.text('id').primaryKey(),
      caseId: d.text('case_id')
        .notNull()
        .references(() => injuryCases.id),
      kind: d.text('kind').$type<'applied' | InjuryEventKind>().notNull(),
      at: d.text('at').notNull(),
      byParty: d.text('by_party').$type<InjuryParty | 'system'>().notNull(),
      byUserId: d.text('by_user_id').references(() => users.id),
      viaGrantId: d.text('via_grant_id'),
      reasonEnc: d.text('reason_enc'),
    },
    (t) => [d.index('injury_events_case').on(t.caseId, t.at)],
  )

  return { arbitrations, arbitrationEvents, disputeFiles, injuryReports, injuryCases, injuryEvents }
}
