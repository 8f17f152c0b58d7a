import { z } from 'zod'
import { RegionCode } from '../identity/roles'
import { occupationCodeFormat } from '../jobs/occupation-code'
import { IsoDate, Timestamp } from '../platform/primitives'
import { Fen } from '../records/schemas'
import { Enrolment } from './enrolment'
import { VoucherStatus } from './voucher-machine'

/*
 * Vocational training vouchers (职业培训券, 人社厅发〔2021〕21号): an officer's programme says who
 * may have a voucher, for which occupations and levels, for how long and how many; vouchers are
 * pushed to the people who qualify (targeted) or claimed first come, first served (general).
 */

/** Basic training (初级/入门) or skill upgrading (提升). */
export const ProgrammeKind = z.enum(['basic', 'upgrade'], { message: 'field.choose' })
export type ProgrammeKind = z.infer<typeof ProgrammeKind>

/**
 * How the voucher pays: `face_value` — the trainee enrols without paying and the institution is
 * paid after completion and a pass; `offset` — the trainee pays and claims the subsidy afterwards.
 */
export const VoucherPayment = z.enum(['face_value', 'offset'], { message: 'field.choose' })
export type VoucherPayment = z.infer<typeof VoucherPayment>

/** `general`: anyone eligible may claim one while they last; `targeted`: pushed to each eligible person. */
export const ProgrammeReach = z.enum(['general', 'targeted'], { message: 'field.choose' })
export type ProgrammeReach = z.infer<typeof ProgrammeReach>

/** National vocational skill levels: 5 (初级) is the lowest, 1 (高级技师) the highest. */
export const SkillLevel = z.number({ message: 'field.choose' }).int({ message: 'field.choose' }).min(1, { message: 'field.choose' }).max(5, { message: 'field.choose' })
export type SkillLevel = z.infer<typeof SkillLevel>

/**
 * What the portal knows of a person when it decides who a programme reaches (decision 060): the
 * names a programme's JSON Logic may use. `unemployed`: a registered job seeker with no
 * contribution paid by an employer for the last full month.
 */
export const TrainingFacts = z.object({
  age: z.number().int().nonnegative(),
  regionCode: RegionCode,
  insured: z.boolean(),
  jobSeeker: z.boolean(),
  unemployed: z.boolean(),
  flexibleWorker: z.boolean(),
})
export type TrainingFacts = z.infer<typeof TrainingFacts>

export const trainingFactNames = ['age', 'regionCode', 'insured', 'jobSeeker', 'unemployed', 'flexibleWorker'] as const satisfies readonly (keyof TrainingFacts)[]

/** Who a programme is for, as the officer picks it on the phone; turned into JSON Logic by `eligibilityLogic`. */
export const EligibilityChoice = z.strictObject({
  /** Inclusive bounds; null leaves that side open. */
  minAge: z.number({ message: 'field.invalid' }).int({ message: 'field.invalid' }).min(16, { message: 'training.age' }).max(70, { message: 'training.age' }).nullable(),
  maxAge: z.number({ message: 'field.invalid' }).int({ message: 'field.invalid' }).min(16, { message: 'training.age' }).max(70, { message: 'training.age' }).nullable(),
  /** Any of these groups qualifies; empty: everyone of the region within the ages. */
  groups: z.array(z.enum(['jobSeeker', 'unemployed', 'flexibleWorker'])).max(3),
})
export type EligibilityChoice = z.infer<typeof EligibilityChoice>

/**
 * A covered occupation and level, and what its subsidy is (integer fen; local data). As answers
 * carry it the code is checked for its format only: the classification's table stays out of the
 * packages that only show vouchers (it is checked against the table where a programme is made).
 */
export const CoveredLevel = z.object({
  occupationCode: z.string().regex(occupationCodeFormat, { message: 'occupation.format' }),
  level: SkillLevel,
  subsidyFen: Fen.min(1, { message: 'training.subsidy' }).max(10_000_00, { message: 'training.subsidy' }),
})
export type CoveredLevel = z.infer<typeof CoveredLevel>

/**
 * The budget of a programme: in vouchers — issued (pushed or claimed), still to give, and how many
 * are spent, withdrawn or expired — and in money, integer fen (decision 063): the budget, what
 * applications wait to be decided, what approvals have committed and not yet paid, and what is paid.
 */
export const ProgrammeLedger = z.object({
  quantity: z.number().int(),
  issued: z.number().int(),
  remaining: z.number().int(),
  claimed: z.number().int(),
  expired: z.number().int(),
  withdrawn: z.number().int(),
  budgetFen: z.number().int(),
  appliedFen: z.number().int(),
  committedFen: z.number().int(),
  paidFen: z.number().int(),
})
export type ProgrammeLedger = z.infer<typeof ProgrammeLedger>

/** A training institution an officer may approve for a programme: its account and its name. */
export const TrainingInstitution = z.object({ id: z.string(), name: z.string(), regionCode: RegionCode })
export type TrainingInstitution = z.infer<typeof TrainingInstitution>

export const TrainingInstitutions = z.object({ items: z.array(TrainingInstitution) })
export type TrainingInstitutions = z.infer<typeof TrainingInstitutions>

/** Institutions an officer approves for a programme later: added to those it has, at most 50 in one go. */
export const InstitutionApproval = z.strictObject({
  institutionIds: z.array(z.string().min(1).max(64)).min(1, { message: 'field.choose' }).max(50, { message: 'field.invalid' }),
})
export type InstitutionApproval = z.infer<typeof InstitutionApproval>

export const ProgrammeStatus = z.enum(['open', 'closed'])
export type ProgrammeStatus = z.infer<typeof ProgrammeStatus>

export const Programme = z.object({
  id: z.string(),
  name: z.string(),
  kind: ProgrammeKind,
  payment: VoucherPayment,
  reach: ProgrammeReach,
  regionCode: RegionCode,
  eligibility: EligibilityChoice,
  covered: z.array(CoveredLevel),
  institutionIds: z.array(z.string()),
  /** The approved institutions with their names, in the order of `institutionIds`. */
  institutions: z.array(TrainingInstitution),
  validFrom: IsoDate,
  validUntil: IsoDate,
  /** The share of a course's sessions a trainee must attend, in percent. */
  attendanceThresholdPercent: z.number().int(),
  status: ProgrammeStatus,
  createdAt: Timestamp,
  ledger: ProgrammeLedger,
})
export type Programme = z.infer<typeof Programme>

export const ProgrammePage = z.object({ items: z.array(Programme), nextCursor: z.string().nullable() })
export type ProgrammePage = z.infer<typeof ProgrammePage>

/** A voucher as its holder sees it, with what it is for. */
export const Voucher = z.object({
  id: z.string(),
  /** The face number, printed on the voucher and read out at an institution's desk. */
  number: z.string(),
  programmeId: z.string(),
  programmeName: z.string(),
  kind: ProgrammeKind,
  payment: VoucherPayment,
  reach: ProgrammeReach,
  covered: z.array(CoveredLevel),
  /** Where it can be spent: the institutions approved for its programme. */
  institutions: z.array(TrainingInstitution),
  status: VoucherStatus,
  issuedAt: Timestamp,
  claimedAt: Timestamp.nullable(),
  validFrom: IsoDate,
  validUntil: IsoDate,
  /** Her enrolment with it: the live one (requested or confirmed), else the latest declined, else null. */
  enrolment: Enrolment.nullable(),
})
export type Voucher = z.infer<typeof Voucher>

/** A general programme the person qualifies for and may still claim a voucher of. */
export const ClaimableProgramme = z.object({
  id: z.string(),
  name: z.string(),
  kind: ProgrammeKind,
  payment: VoucherPayment,
  covered: z.array(CoveredLevel),
  validFrom: IsoDate,
  validUntil: IsoDate,
  remaining: z.number().int(),
})
export type ClaimableProgramme = z.infer<typeof ClaimableProgramme>

/** "My training": the person's vouchers, newest first, and the general programmes open to them. */
export const MyTraining = z.object({
  vouchers: z.array(Voucher),
  claimable: z.array(ClaimableProgramme),
})
export type MyTraining = z.infer<typeof MyTraining>

export const ProgrammeQuery = z.strictObject({
  status: ProgrammeStatus.default('open'),
  cursor: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export type ProgrammeQuery = z.infer<typeof ProgrammeQuery>
