import { z } from 'zod'
import { RegionCode } from '../identity/roles'
import { IdNumber, PersonName } from '../identity/schemas'
import { IsoDate, Timestamp } from '../platform/primitives'
import { CreditCode } from '../wages/schemas'
import { DisputeFile, DisputeFileIds, maxDisputeFiles } from './files'
import { InjuryActionKind, InjuryApplicantKind, InjuryEventKind, InjuryParty, InjuryStatus } from './schemas'

/*
 * Work-injury recognition as the portal keeps and shows it (issue 15, part 3; decisions 069, 071).
 * A worker reports her accident (or grid staff for her, under `disputes.file`); the employer named
 * is told it must apply within 30 days; if it does not, she is told she may, and until when, and
 * applies from her report. The employer may apply from a report naming it, or for a worker it
 * names by ID number. The social-insurance office of the county (its officers) accepts, asks once
 * for what is missing, and decides; its supervisors sit as the labour-capacity assessment
 * committee. Each act goes through the machine of decision 069.
 */

const text = (min: number, max: number) =>
  z
    .string({ message: 'field.required' })
    .trim()
    .min(1, { message: 'field.required', abort: true })
    .min(min, { message: 'field.tooShort' })
    .max(max, { message: 'field.tooLong' })

/** An accident at work, or an occupational disease (its clock runs from the diagnosis). */
export const InjuryKind = z.enum(['accident', 'occupational_disease'])
export type InjuryKind = z.infer<typeof InjuryKind>

const Employer = z.strictObject({ name: text(2, 100), creditCode: CreditCode })

/** What the worker's side reports: who employed her, where it is insured, when, and what happened. */
export const NewAccidentReport = z.strictObject({
  employer: Employer,
  /** The county whose social-insurance office recognises it: where the employer is insured (art. 17). */
  regionCode: RegionCode,
  /** The day of the accident, or of the diagnosis of an occupational disease. */
  accidentOn: IsoDate,
  kind: InjuryKind,
  /** What happened, where, and the injury: her words, sealed. */
  account: text(10, 1000),
})
export type NewAccidentReport = z.infer<typeof NewAccidentReport>

/**
 * Who may apply, and until when (decision 069's `mayStillApply`), for the side asking: `open`,
 * `employer_first` (the employer's 30 days run; the worker's side may apply after `employerBy`),
 * `closed`.
 */
export const ApplicationWindow = z.object({
  state: z.enum(['open', 'employer_first', 'closed']),
  by: IsoDate,
  employerBy: IsoDate,
})
export type ApplicationWindow = z.infer<typeof ApplicationWindow>

export const AccidentReport = z.object({
  id: z.string(),
  employerName: z.string(),
  employerCreditCode: z.string(),
  regionCode: z.string(),
  accidentOn: IsoDate,
  kind: InjuryKind,
  /** Shown to the worker's side and to the employer named; the employer sees the worker masked. */
  account: z.string(),
  workerMaskedName: z.string(),
  reportedAt: Timestamp,
  /** The window of the caller's side: the worker's for her, the employer's for it. */
  window: ApplicationWindow,
  /** The case applied for from this report, by either side; null while none. */
  caseId: z.string().nullable(),
})
export type AccidentReport = z.infer<typeof AccidentReport>

/**
 * An application for recognition: from a report (the worker's side from her own; the employer
 * from one naming it), or by the employer for a worker it names, when no report was made.
 */
export const NewInjuryApplication = z.union([
  z.strictObject({
    accidentId: z.string().min(1).max(64),
    /** The injury as diagnosed: her words or the employer's, sealed. */
    injuries: text(4, 500),
    /** The medical diagnosis, proof of the employment, and whatever else the applicant holds. */
    evidenceIds: DisputeFileIds.default([]),
  }),
  z.strictObject({
    worker: z.strictObject({ name: PersonName, idNumber: IdNumber }),
    regionCode: RegionCode,
    accidentOn: IsoDate,
    kind: InjuryKind,
    account: text(10, 1000),
    injuries: text(4, 500),
    evidenceIds: DisputeFileIds.default([]),
  }),
])
export type NewInjuryApplication = z.infer<typeof NewInjuryApplication>

/**
 * The close relatives (近亲属) who may apply for the worker when her employer has not (工伤保险条例
 * art. 17, para. 2): spouse, parents, children, siblings, grandparents, grandchildren.
 */
export const CloseRelation = z.enum(['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild'])
export type CloseRelation = z.infer<typeof CloseRelation>

/**
 * A close relative's application for the worker she names by name and ID number, when no report
 * of hers is applied from: the facts of the accident as for a report, the injuries, and two sets of
 * documents the office checks at acceptance: proof of the relationship (户口簿、结婚证、出生医学证明…)
 * and the diagnosis (or the death certificate).
 */
export const NewRelativeInjuryApplication = z.strictObject({
  worker: z.strictObject({ name: PersonName, idNumber: IdNumber }),
  relation: CloseRelation,
  employer: Employer,
  regionCode: RegionCode,
  accidentOn: IsoDate,
  kind: InjuryKind,
  account: text(10, 1000),
  injuries: text(4, 500),
  relationProofIds: DisputeFileIds.min(1, { message: 'disputes.relationProofRequired' }),
  diagnosisIds: DisputeFileIds.min(1, { message: 'disputes.diagnosisRequired' }),
}).refine((application) => application.relationProofIds.length + application.diagnosisIds.length <= maxDisputeFiles, {
  message: 'evidence.tooMany',
  path: ['diagnosisIds'],
})
export type NewRelativeInjuryApplication = z.infer<typeof NewRelativeInjuryApplication>

export const InjuryEvent = z.object({
  kind: z.union([z.literal('applied'), InjuryEventKind]),
  at: Timestamp,
  /** Who acted by role; `relative` when the close relative who applied acted on the worker's side herself. */
  by: z.union([InjuryParty, z.literal('relative'), z.literal('system')]),
  /** A refusal's, non-recognition's, extension's or withdrawal's reason. */
  reason: z.string().nullable(),
})

/** A step with its legal time limit (decision 069): acceptance, decision, assessment, review. */
export const InjuryDeadline = z.object({
  step: z.enum(['acceptance', 'decision', 'assessment', 'review']),
  by: IsoDate,
  done: z.boolean(),
  overdue: z.boolean(),
})

export const InjurySummary = z.object({
  id: z.string(),
  caseNumber: z.string(),
  status: InjuryStatus,
  applicantKind: InjuryApplicantKind,
  regionCode: z.string(),
  employerName: z.string(),
  workerMaskedName: z.string(),
  accidentOn: IsoDate,
  kind: InjuryKind,
  appliedAt: Timestamp,
  /** The next step due and its day; null once ended. */
  next: InjuryDeadline.nullable(),
  overdue: z.boolean(),
})
export type InjurySummary = z.infer<typeof InjurySummary>

export const InjuryCase = InjurySummary.extend({
  employerCreditCode: z.string(),
  account: z.string(),
  injuries: z.string(),
  deadlines: z.array(InjuryDeadline),
  /** The one written list of what is missing (工伤认定办法 art. 8), once asked for. */
  missingDocuments: z.array(z.string()).nullable(),
  factsClear: z.boolean(),
  /** The disability grade assessed, 1 (worst) to 10; null for none or not yet. */
  grade: z.number().int().min(1).max(10).nullable(),
  assessed: z.boolean(),
  timeline: z.array(InjuryEvent),
  files: z.array(DisputeFile),
  myRole: InjuryParty,
  /** A close relative's application: her relationship to the worker, for the office to check; null to the employer, who reads only that a close relative applied. */
  applicantRelation: CloseRelation.nullable(),
  allowedActions: z.array(InjuryActionKind),
  filedByStaff: z.string().nullable(),
})
export type InjuryCase = z.infer<typeof InjuryCase>

export const MyInjuries = z.object({ reports: z.array(AccidentReport), cases: z.array(InjurySummary) })
export type MyInjuries = z.infer<typeof MyInjuries>

export const InjuryQueueQuery = z.strictObject({
  status: InjuryStatus.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
})

export const InjuryList = z.object({ items: z.array(InjurySummary), nextCursor: z.string().nullable() })
export type InjuryList = z.infer<typeof InjuryList>

/**
 * An enterprise's work-safety index for the officer (issue 15, part 3; decision 071): a few numbers
 * from the portal's own data, each with what it counts and over what period, and a score from 0
 * (worst) to 100 that says how it is made. Not a public rating: officers of the employer's county
 * read it to decide where to look first.
 */
export const PreventionFactor = z.object({
  key: z.enum(['injuryRate', 'openInjuries', 'payrollAlerts', 'awardsAgainst']),
  value: z.number(),
  /** What it takes off the score. */
  penalty: z.number().int().min(0),
  /** Counted over these days, ending today. */
  periodDays: z.number().int(),
  /** The counts behind the number, e.g. injuries and insured workers for a rate. */
  basis: z.record(z.string(), z.number()),
})

export const PreventionScore = z.object({
  employerName: z.string(),
  creditCode: z.string(),
  regionCode: z.string(),
  score: z.number().int().min(0).max(100),
  factors: z.array(PreventionFactor),
  asOf: IsoDate,
})
export type PreventionScore = z.infer<typeof PreventionScore>
