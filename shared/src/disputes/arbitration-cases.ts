import { z } from 'zod'
import { RegionCode } from '../identity/roles'
import { IsoDate, Timestamp } from '../platform/primitives'
import { Fen } from '../records/schemas'
import { CreditCode, EvidenceFile } from '../wages/schemas'
import { DisputeFile, DisputeFileIds } from './files'
import { ArbitrationActionKind, ArbitrationEventKind, ArbitrationParty, ArbitrationStatus, AwardFinalityReason, ClaimKind, HearingMode, maxClaimFen } from './schemas'

/*
 * Arbitration cases as the portal keeps and shows them (issue 15, part 2; decisions 069, 070): the
 * worker applies (or grid staff for her under `disputes.file`), the commission of the respondent's
 * county handles it (officers as arbitrators, supervisors as its chair), the employer answers. Each
 * side sees the case, its steps and what is due by when; the office's queue shows what is overdue.
 */

const text = (min: number, max: number) =>
  z
    .string({ message: 'field.required' })
    .trim()
    .min(1, { message: 'field.required', abort: true })
    .min(min, { message: 'field.tooShort' })
    .max(max, { message: 'field.tooLong' })

/** One claim as the applicant states it: what, how much (money claims), and in her words why. */
export const ClaimInput = z.strictObject({
  kind: ClaimKind,
  /** Required for money claims (wages, injury medical costs, compensation, damages); none for the others. */
  amountFen: Fen.positive().max(maxClaimFen).optional(),
  statement: text(4, 500),
})
export type ClaimInput = z.infer<typeof ClaimInput>

/** The money claims: each must say its amount. */
export const moneyClaimKinds: readonly ClaimKind[] = ['wages', 'injury_medical', 'compensation', 'damages']

export const NewArbitration = z.strictObject({
  respondent: z.strictObject({ name: text(2, 100), creditCode: CreditCode }),
  /** The county whose commission hears it: where the contract was performed or the employer is (art. 21). */
  regionCode: RegionCode,
  /** The day she knew, or should have known, her right was harmed: the year of art. 27 counts from it. */
  knewOn: IsoDate,
  claims: z.array(ClaimInput).min(1, { message: 'field.required' }).max(10, { message: 'field.tooLong' }),
  facts: text(10, 2000),
  /** Her evidence, uploaded first (files.ts); the respondent sees it once the application is served. */
  evidenceIds: DisputeFileIds.default([]),
  /**
   * The wage complaint the office sent to arbitration, when she applies from it: one history, not
   * two (decision 072). Hers, transferred to arbitration, and not yet applied from.
   */
  wageCaseId: z.string().min(1).max(64).optional(),
})
export type NewArbitration = z.infer<typeof NewArbitration>

/** A claim as the case shows it, with what the award settled on it once awarded. */
export const ArbitrationClaim = z.object({
  kind: ClaimKind,
  amountFen: Fen.nullable(),
  statement: z.string(),
  awardedFen: Fen.nullable(),
})

export const ArbitrationEvent = z.object({
  kind: z.union([z.literal('applied'), ArbitrationEventKind]),
  at: Timestamp,
  /** Who acted, by role; never a person's name to the other side. */
  by: z.union([ArbitrationParty, z.literal('system')]),
  /** A refusal's, postponement's, extension's or withdrawal's reason; a hearing's day and mode. */
  reason: z.string().nullable(),
  hearing: z.object({ on: IsoDate, mode: HearingMode }).nullable(),
})
export type ArbitrationEvent = z.infer<typeof ArbitrationEvent>

/** A step with its legal time limit, due or done (decision 069). */
export const ArbitrationDeadline = z.object({
  step: z.enum(['accept', 'serve', 'tribunal', 'defence', 'serveDefence', 'award', 'sue']),
  by: IsoDate,
  done: z.boolean(),
  overdue: z.boolean(),
})

export const ArbitrationSummary = z.object({
  id: z.string(),
  caseNumber: z.string(),
  status: ArbitrationStatus,
  regionCode: z.string(),
  respondentName: z.string(),
  applicantMaskedName: z.string(),
  claimedFen: Fen,
  appliedAt: Timestamp,
  /** The next step due and its day; null once ended. */
  next: ArbitrationDeadline.nullable(),
  overdue: z.boolean(),
})
export type ArbitrationSummary = z.infer<typeof ArbitrationSummary>

export const ArbitrationCase = ArbitrationSummary.extend({
  respondentCreditCode: z.string(),
  knewOn: IsoDate,
  claims: z.array(ArbitrationClaim),
  facts: z.string(),
  deadlines: z.array(ArbitrationDeadline),
  hearing: z.object({ on: IsoDate, mode: HearingMode, postponements: z.number().int() }).nullable(),
  extended: z.boolean(),
  timeline: z.array(ArbitrationEvent),
  /** Once awarded: whether it binds the employer, why, and until when either side may go to court. */
  award: z
    .object({
      finalForEmployer: z.boolean(),
      reason: AwardFinalityReason,
      employerMaySue: z.boolean(),
      sueBy: IsoDate,
      localMonthlyMinimumFen: Fen,
    })
    .nullable(),
  /** Why the applicant may go to court now instead (refused, acceptance or award overdue, awarded); null when not. */
  mayGoToCourt: z.enum(['refused', 'acceptance_overdue', 'award_overdue', 'award']).nullable(),
  /** The caller's side on this case, and what it may do now. */
  myRole: ArbitrationParty,
  allowedActions: z.array(ArbitrationActionKind),
  /** Filed by grid staff for the applicant: their staff code; null otherwise. */
  filedByStaff: z.string().nullable(),
  /**
   * The files the caller may open: her own side's, the office's, and the other side's once served
   * on her (the application's on the respondent at service; the defence's on the applicant when the
   * commission serves it). The commission sees all.
   */
  files: z.array(DisputeFile),
  /**
   * The wage complaint it grew from, whose history and evidence the commission reads with it; with
   * the evidence the worker sent with the complaint, listed to those the wage module lets open it
   * (`wages.getEvidence`): the commission and the worker herself. Empty for the respondent.
   */
  wageCase: z.object({ id: z.string(), caseNumber: z.string(), evidence: z.array(EvidenceFile) }).nullable(),
})
export type ArbitrationCase = z.infer<typeof ArbitrationCase>

export const ArbitrationQueueQuery = z.strictObject({
  status: ArbitrationStatus.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
})

export const ArbitrationList = z.object({ items: z.array(ArbitrationSummary), nextCursor: z.string().nullable() })
export type ArbitrationList = z.infer<typeof ArbitrationList>

/**
 * An application prefilled from a wage complaint the office sent to arbitration (decision 072):
 * the employer, the county, the day the wages fell due, a wage claim of the amount owed, the facts
 * in her words; the complaint's evidence goes with the case, read through the complaint.
 */
export const ArbitrationPrefill = z.object({
  wageCase: z.object({ id: z.string(), caseNumber: z.string() }),
  form: z.object({
    respondent: z.object({ name: z.string(), creditCode: z.string().nullable() }),
    regionCode: z.string(),
    knewOn: IsoDate,
    // The optional amount last: the compiled writer of answers (decision 056) writes required fields first.
    claims: z.array(z.object({ kind: ClaimKind, statement: z.string(), amountFen: Fen.optional() })),
    facts: z.string(),
  }),
  /** The complaint's evidence, listed: it is read through the complaint, not copied. */
  evidence: z.array(EvidenceFile),
})
export type ArbitrationPrefill = z.infer<typeof ArbitrationPrefill>
