import { z } from 'zod'
import { Timestamp } from '../platform/primitives'
import { normalizeIdNumber } from '../identity/id-number'
import { RegionCode } from '../identity/roles'
import { Fen, YearMonth } from '../records/schemas'
import { IsoDate } from '../wages/schemas'

export { IsoDate }

/** Where the pension stands: paid, held back until the pensioner certifies, or stopped for good (death). */
export const PensionStatus = z.enum(['active', 'suspended', 'stopped'])
export type PensionStatus = z.infer<typeof PensionStatus>

/**
 * The survival certification of one cycle, as of today:
 * - `certified`: certified this cycle, more than the reminder window left;
 * - `due`: the cycle ends within the reminder window and no certification has come yet;
 * - `overdue`: the cycle has ended; a notice went out and payments go on until the grace period ends;
 * - `suspended`: the grace period has ended too; payments are held until the pensioner certifies;
 * - `stopped`: a death record was received; nothing is due any more.
 */
export const CertificationState = z.enum(['certified', 'due', 'overdue', 'suspended', 'stopped'])
export type CertificationState = z.infer<typeof CertificationState>

export const CertificationMethod = z.enum(['partner_signal', 'face', 'home_visit'])
export type CertificationMethod = z.infer<typeof CertificationMethod>

/** Partner departments that send life signals. */
export const PartnerKind = z.enum(['hospital', 'bank', 'transit', 'civil_affairs'])
export type PartnerKind = z.infer<typeof PartnerKind>

/**
 * What a partner key may send. Level 1: signs of life (a hospital visit, a bank counter visit,
 * a transit card tap with face check). Level 2: civil-status records (death), which stop a
 * pension and so demand the stronger agreement.
 */
export const DataLevel = z.union([z.literal(1), z.literal(2)])
export type DataLevel = z.infer<typeof DataLevel>

export const LifeSignalKind = z.enum(['hospital_visit', 'bank_counter', 'transit_ride', 'civil_affairs_visit'])
export type LifeSignalKind = z.infer<typeof LifeSignalKind>

/** 18 digits, the last may be X; the rest of GB 11643 is checked by the service, against its clock. */
const PartnerIdNumber = z.string().overwrite(normalizeIdNumber).regex(/^\d{17}[\dX]$/, { message: 'idNumber.format' })
const PartnerReference = z.string().trim().min(1, { message: 'field.required' }).max(64, { message: 'field.tooLong' })

export const LifeSignal = z.strictObject({
  /** The partner's own id for this signal: sending it again changes nothing. */
  signalId: PartnerReference,
  idNumber: PartnerIdNumber,
  kind: LifeSignalKind,
  observedAt: Timestamp,
})
export type LifeSignal = z.infer<typeof LifeSignal>

export const DeathRecord = z.strictObject({
  recordId: PartnerReference,
  idNumber: PartnerIdNumber,
  diedOn: IsoDate,
})
export type DeathRecord = z.infer<typeof DeathRecord>

/** The same answer whatever the person: a partner learns nothing about who draws a pension. */
export const PartnerReceipt = z.object({ received: z.literal(true), reference: z.string(), replayed: z.boolean() })
export type PartnerReceipt = z.infer<typeof PartnerReceipt>

export const PartnerRegistration = z.strictObject({
  name: z.string().trim().min(2, { message: 'field.tooShort' }).max(60, { message: 'field.tooLong' }),
  kind: PartnerKind,
  dataLevel: DataLevel,
})
export type PartnerRegistration = z.infer<typeof PartnerRegistration>

export const RegisteredPartner = z.object({
  id: z.string(),
  name: z.string(),
  kind: PartnerKind,
  dataLevel: DataLevel,
  /** Shown once, at registration; only its SHA-256 is kept. */
  key: z.string(),
  /** The key's id, to rotate or revoke it by. */
  keyId: z.string(),
  createdAt: Timestamp,
})
export type RegisteredPartner = z.infer<typeof RegisteredPartner>

/** A partner key works (`active`), works until its grace ends after a rotation (`expiring`), or no longer does. */
export const PartnerKeyState = z.enum(['active', 'expiring', 'expired', 'revoked'])
export type PartnerKeyState = z.infer<typeof PartnerKeyState>

/** A partner key as an admin sees it: never the key itself, which is shown once, when issued. */
export const PartnerKey = z.object({
  id: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  partnerKind: PartnerKind,
  dataLevel: DataLevel,
  createdAt: Timestamp,
  /** To within a minute; null until the key is first used. */
  lastUsedAt: Timestamp.nullable(),
  /** When a rotated key stops working. */
  expiresAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
  state: PartnerKeyState,
})
export type PartnerKey = z.infer<typeof PartnerKey>

export const RotatedPartnerKey = z.object({
  /** The new key, shown once; only its SHA-256 is kept. */
  key: z.string(),
  issued: PartnerKey,
  /** The key it replaces, working until its `expiresAt`. */
  rotated: PartnerKey,
})
export type RotatedPartnerKey = z.infer<typeof RotatedPartnerKey>

export const Certification = z.object({
  state: CertificationState,
  /** Start of the current cycle: the last certification, or the first pension month. */
  cycleStart: IsoDate,
  /** The cycle ends at the end of this day. */
  dueDate: IsoDate,
  /** Negative once overdue. */
  daysLeft: z.number().int(),
  /** Payments are held from this day on if still not certified. */
  suspendsOn: IsoDate,
  lastCertifiedOn: IsoDate.nullable(),
  lastMethod: CertificationMethod.nullable(),
  /** For a partner signal: which kind of partner. */
  lastSource: PartnerKind.nullable(),
  faceFailures: z.number().int().nonnegative(),
  /** After three failed face checks: a grid staff member can come instead. */
  homeVisitOffered: z.boolean(),
  /** A home visit has been asked for or assigned and not yet done. */
  homeVisitPending: z.boolean(),
})
export type Certification = z.infer<typeof Certification>

export const Payment = z.object({
  month: YearMonth,
  amountFen: Fen,
  status: z.enum(['paid', 'held', 'cancelled']),
  paidOn: IsoDate.nullable(),
  /** Paid later than its month, after payments resumed. */
  arrears: z.boolean(),
})
export type Payment = z.infer<typeof Payment>

export const CertificationRecord = z.object({
  certifiedOn: IsoDate,
  method: CertificationMethod,
  source: PartnerKind.nullable(),
  /** Home visits: under review by an officer, confirmed, or rejected (then it does not count). */
  review: z.enum(['none', 'pending', 'approved', 'rejected']),
})
export type CertificationRecord = z.infer<typeof CertificationRecord>

export const PensionAccount = z.object({
  maskedName: z.string(),
  maskedIdNumber: z.string(),
  regionCode: RegionCode,
  status: PensionStatus,
  monthlyFen: Fen,
  firstMonth: YearMonth,
  diedOn: IsoDate.nullable(),
  certification: Certification,
  /** Money held back while suspended, paid as soon as the pensioner certifies. */
  heldFen: Fen,
  /** A partner's death record is being checked by an officer: payments are held meanwhile. */
  deathRecordUnderReview: z.boolean(),
  payments: z.array(Payment),
  certifications: z.array(CertificationRecord),
})
export type PensionAccount = z.infer<typeof PensionAccount>

export const FaceProviderKind = z.enum(['wechat', 'development'])
export type FaceProviderKind = z.infer<typeof FaceProviderKind>

export const FaceStart = z.object({
  attemptId: z.string(),
  provider: FaceProviderKind,
  /**
   * The session the phone runs its check in (`wx.requestFacialVerify`), opened by the server for
   * the pensioner's own name and ID number, which therefore never travel to the phone.
   */
  verifyId: z.string(),
})
export type FaceStart = z.infer<typeof FaceStart>

export const FaceOutcome = z.object({
  outcome: z.enum(['certified', 'failed']),
  certification: Certification,
})
export type FaceOutcome = z.infer<typeof FaceOutcome>

export const AssistanceBenefit = z.enum(['longevity_allowance', 'pension_subsidy', 'home_visit_service'])
export type AssistanceBenefit = z.infer<typeof AssistanceBenefit>

export const AssistanceOffer = z.object({
  id: z.string(),
  benefit: AssistanceBenefit,
  /** Per month, when the benefit is money. */
  amountFen: Fen.nullable(),
  status: z.enum(['offered', 'confirmed']),
  offeredAt: Timestamp,
  confirmedAt: Timestamp.nullable(),
})
export type AssistanceOffer = z.infer<typeof AssistanceOffer>

/**
 * An eligibility rule as data: a JSON Logic expression over the facts of one pensioner
 * (`age`, `monthlyFen`, `localMinimumFen`, `livesAlone`, `regionCode`). Evaluated by one engine
 * in `shared/src/retiree/eligibility.ts`.
 */
export const AssistanceRule = z.object({
  id: z.string(),
  benefit: AssistanceBenefit,
  /** Null: the whole province. */
  regionCode: RegionCode.nullable(),
  logic: z.record(z.string(), z.unknown()),
  amountFen: Fen.nullable(),
})
export type AssistanceRule = z.infer<typeof AssistanceRule>

export const EligibilityFacts = z.object({
  age: z.number().int().nonnegative(),
  monthlyFen: Fen,
  localMinimumFen: Fen,
  livesAlone: z.boolean(),
  regionCode: RegionCode,
})
export type EligibilityFacts = z.infer<typeof EligibilityFacts>

export const VisitTaskReason = z.enum(['face_failed', 'requested', 'officer_assigned', 'proxy'])
export type VisitTaskReason = z.infer<typeof VisitTaskReason>

export const VisitTaskStatus = z.enum(['open', 'submitted', 'approved', 'rejected'])
export type VisitTaskStatus = z.infer<typeof VisitTaskStatus>

/** What the grid staff member confirms at the door, each by one tap. */
export const VisitChecklist = z.strictObject({
  personPresent: z.literal(true, { message: 'visit.checklist' }),
  matchesIdPhoto: z.literal(true, { message: 'visit.checklist' }),
  answersQuestions: z.literal(true, { message: 'visit.checklist' }),
})
export type VisitChecklist = z.infer<typeof VisitChecklist>

/**
 * One pensioner to visit, in a grid worker's list. Either a task (assigned by an officer,
 * asked for by the pensioner, or opened under a proxy grant) or a pensioner who granted the
 * worker `retiree.assist` and is due — then `taskId` is null and `grantId` names the grant.
 */
export const VisitListItem = z.object({
  taskId: z.string().nullable(),
  grantId: z.string().nullable(),
  name: z.string(),
  age: z.number().int(),
  address: z.string(),
  state: CertificationState,
  dueDate: IsoDate,
  daysLeft: z.number().int(),
  reason: VisitTaskReason,
  status: VisitTaskStatus,
})
export type VisitListItem = z.infer<typeof VisitListItem>

export const VisitTask = z.object({
  id: z.string(),
  pensionerId: z.string(),
  name: z.string(),
  age: z.number().int(),
  address: z.string(),
  state: CertificationState,
  dueDate: IsoDate,
  daysLeft: z.number().int(),
  reason: VisitTaskReason,
  status: VisitTaskStatus,
  staffCode: z.string().nullable(),
  photoId: z.string().nullable(),
  place: z.string().nullable(),
  visitedAt: Timestamp.nullable(),
  reviewNote: z.string().nullable(),
})
export type VisitTask = z.infer<typeof VisitTask>

export const VisitPlace = z.string().trim().min(2, { message: 'field.tooShort' }).max(100, { message: 'field.tooLong' })

export const VisitReport = z.strictObject({
  checklist: VisitChecklist,
  photoId: z.string().min(1, { message: 'visit.photoRequired' }).max(64),
  place: VisitPlace,
})
export type VisitReport = z.infer<typeof VisitReport>

/** Largest photo a home visit keeps, in bytes. */
export const maxVisitPhotoBytes = 5 * 1024 * 1024

export const VisitPhoto = z.object({ id: z.string(), sizeBytes: z.number().int() })
export type VisitPhoto = z.infer<typeof VisitPhoto>

export const VisitPhotoContent = z.object({ id: z.string(), mediaType: z.string(), dataUrl: z.string() })

export const VisitForReview = z.object({
  taskId: z.string(),
  pensionerMaskedName: z.string(),
  age: z.number().int(),
  staffCode: z.string().nullable(),
  staffMaskedName: z.string(),
  place: z.string(),
  visitedAt: Timestamp,
  checklist: VisitChecklist,
  photoId: z.string(),
  status: VisitTaskStatus,
})
export type VisitForReview = z.infer<typeof VisitForReview>

export const VisitReview = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve') }),
  z.strictObject({
    decision: z.literal('reject'),
    note: z.string().trim().min(2, { message: 'field.tooShort' }).max(300, { message: 'field.tooLong' }),
  }),
])
export type VisitReview = z.infer<typeof VisitReview>

export const Coverage = z.object({
  regionCode: RegionCode,
  pensioners: z.number().int(),
  byState: z.record(CertificationState, z.number().int()),
  /** Certified this cycle, by how. */
  byMethod: z.record(CertificationMethod, z.number().int()),
  suspendedHeldFen: Fen,
  overpaymentsOpen: z.number().int(),
  overpaymentsOpenFen: Fen,
  /** Death records from partners waiting for an officer, payments held meanwhile. */
  deathRecordsPending: z.number().int(),
  visitsToReview: z.number().int(),
  visitsOpen: z.number().int(),
})
export type Coverage = z.infer<typeof Coverage>

export const PensionerSummary = z.object({
  id: z.string(),
  maskedName: z.string(),
  age: z.number().int(),
  gridCode: z.string().nullable(),
  state: CertificationState,
  dueDate: IsoDate,
  daysLeft: z.number().int(),
  heldFen: Fen,
  openTask: z.boolean(),
})
export type PensionerSummary = z.infer<typeof PensionerSummary>

export const Overpayment = z.object({
  id: z.string(),
  pensionerMaskedName: z.string(),
  diedOn: IsoDate,
  months: z.array(YearMonth),
  amountFen: Fen,
  /** `withdrawn`: the death record was found wrong and reversed; nothing is to be recovered. */
  status: z.enum(['open', 'recovered', 'withdrawn']),
  recordedAt: Timestamp,
  partnerName: z.string(),
})
export type Overpayment = z.infer<typeof Overpayment>

/**
 * A partner's death record, as an officer checks it:
 * - `pending`: payments are held from the day it came; nothing else has changed yet;
 * - `confirmed`: by an officer, or by a second, independent partner giving the same date of
 *   death; the pension stopped;
 * - `reversed`: found wrong by an officer; the pension was restored and what was held paid.
 */
export const DeathRecordStatus = z.enum(['pending', 'confirmed', 'reversed'])
export type DeathRecordStatus = z.infer<typeof DeathRecordStatus>

/** Who confirmed a death: an officer, a second partner, or no one (stopped before records were reviewed). */
export const DeathConfirmation = z.enum(['officer', 'second_source', 'before_review'])
export type DeathConfirmation = z.infer<typeof DeathConfirmation>

export const DeathRecordForReview = z.object({
  id: z.string(),
  pensionerMaskedName: z.string(),
  age: z.number().int(),
  gridCode: z.string().nullable(),
  diedOn: IsoDate,
  /** The partner whose record this is. */
  partnerName: z.string(),
  receivedAt: Timestamp,
  status: DeathRecordStatus,
  /** Another partner's record of the same death; its date, when it differs, is `secondDiedOn`. */
  secondPartnerName: z.string().nullable(),
  secondDiedOn: IsoDate.nullable(),
  /** The newest certification on or after the date of death: a sign the record may be wrong. */
  certifiedSince: z.object({ on: IsoDate, method: CertificationMethod }).nullable(),
  /** Pension held while the record is checked (and before, if the pension was suspended). */
  heldFen: Fen,
  confirmedVia: DeathConfirmation.nullable(),
  decidedAt: Timestamp.nullable(),
  /** Why an officer found the record wrong. */
  reversalNote: z.string().nullable(),
})
export type DeathRecordForReview = z.infer<typeof DeathRecordForReview>

export const DeathRecordReversal = z.strictObject({
  note: z.string().trim().min(4, { message: 'field.tooShort' }).max(500, { message: 'field.tooLong' }),
})
export type DeathRecordReversal = z.infer<typeof DeathRecordReversal>
