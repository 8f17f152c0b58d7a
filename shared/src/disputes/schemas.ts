import { z } from 'zod'
import { IsoDate } from '../platform/primitives'
import { Fen } from '../records/schemas'
import { DisputeFileIds } from './files'

// Labour-dispute arbitration and work-injury recognition (issue 15, parts 2 and 3; decision 069).

const reason = z
  .string({ message: 'field.required' })
  .trim()
  .min(1, { message: 'field.required', abort: true })
  .min(4, { message: 'field.tooShort' })
  .max(300, { message: 'field.tooLong' })

/**
 * What a claim in an arbitration asks for, as arts. 47–48 of 劳动争议调解仲裁法 sort them: money
 * (劳动报酬, 工伤医疗费, 经济补偿, 赔偿金), disputes over national labour standards (working time,
 * rest and leave, social insurance), or anything else.
 */
export const ClaimKind = z.enum(['wages', 'injury_medical', 'compensation', 'damages', 'working_time', 'rest_leave', 'social_insurance', 'other'])
export type ClaimKind = z.infer<typeof ClaimKind>

/** One claim of an award; a money claim carries the amount the award settles on it. */
export const Claim = z.object({ kind: ClaimKind, amountFen: Fen.optional() })

/**
 * The most one claim may ask, or an award grant on it: ¥10,000,000. The law sets no cap on a
 * claim; this bounds typing errors only, and is the wage complaint's own (`NewComplaint`), so that
 * every complaint the office sends to arbitration prefills an application taken as it is
 * (decision 072, 2026-12-06).
 */
export const maxClaimFen = 1_000_000_000
export type Claim = z.infer<typeof Claim>

export const AwardFinalityReason = z.enum(['small_claims', 'labour_standards', 'not_final'])
export type AwardFinalityReason = z.infer<typeof AwardFinalityReason>

export const ArbitrationStatus = z.enum(['applied', 'accepted', 'refused', 'tribunal_formed', 'hearing_scheduled', 'heard', 'awarded', 'withdrawn'])
export type ArbitrationStatus = z.infer<typeof ArbitrationStatus>

/**
 * Who acts on an arbitration: the two sides, grid staff filing and following for the applicant,
 * the arbitrator handling it for the commission, and the commission's chair (主任), who alone may
 * extend the award's time limit.
 */
export const ArbitrationParty = z.enum(['applicant', 'respondent', 'arbitrator', 'chair', 'grid_staff'])
export type ArbitrationParty = z.infer<typeof ArbitrationParty>

export const HearingMode = z.enum(['online', 'office'])
export type HearingMode = z.infer<typeof HearingMode>

export const ArbitrationActionKind = z.enum([
  'accept',
  'refuse',
  'serve',
  'formTribunal',
  'submitDefence',
  'scheduleHearing',
  'postponeHearing',
  'recordHearing',
  'extend',
  'award',
  'withdraw',
  'serveDefence',
])
export type ArbitrationActionKind = z.infer<typeof ArbitrationActionKind>

/** The body of one act on an arbitration. What each needs is checked here; whether it is allowed, by the machine. */
export const ArbitrationAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept') }),
  z.object({ kind: z.literal('refuse'), reason }),
  z.object({ kind: z.literal('serve') }),
  z.object({ kind: z.literal('formTribunal') }),
  // The defence's evidence, uploaded first (files.ts); served on the applicant with the defence.
  z.object({ kind: z.literal('submitDefence'), evidenceIds: DisputeFileIds.default([]) }),
  // The commission serves the defence, and the evidence with it, on the applicant (art. 30).
  z.object({ kind: z.literal('serveDefence') }),
  z.object({ kind: z.literal('scheduleHearing'), on: IsoDate, mode: HearingMode }),
  z.object({ kind: z.literal('postponeHearing'), on: IsoDate, mode: HearingMode, reason }),
  z.object({ kind: z.literal('recordHearing') }),
  z.object({ kind: z.literal('extend'), reason }),
  // What the award settles on each claim, in the order of the case's claims (0 where it grants nothing).
  z.object({ kind: z.literal('award'), awardedFen: z.array(Fen.max(maxClaimFen)).max(10) }),
  z.object({ kind: z.literal('withdraw'), reason: z.string().trim().max(300, { message: 'field.tooLong' }) }),
])
export type ArbitrationAction = z.infer<typeof ArbitrationAction>

export const ArbitrationEventKind = z.enum([
  'accepted',
  'refused',
  'served',
  'tribunal_formed',
  'defence_submitted',
  'hearing_scheduled',
  'hearing_postponed',
  'heard',
  'extended',
  'awarded',
  'withdrawn',
  'defence_served',
])
export type ArbitrationEventKind = z.infer<typeof ArbitrationEventKind>

/** Who applies for recognition of a work injury (工伤保险条例 art. 17). */
export const InjuryApplicantKind = z.enum(['employer', 'worker', 'relative', 'union'])
export type InjuryApplicantKind = z.infer<typeof InjuryApplicantKind>

export const InjuryStatus = z.enum([
  'applied',
  'documents_requested',
  'documents_supplied',
  'accepted',
  'refused',
  'recognised',
  'not_recognised',
  'assessment_requested',
  'assessed',
  'review_requested',
  'withdrawn',
])
export type InjuryStatus = z.infer<typeof InjuryStatus>

/**
 * Who acts on a work-injury case: the worker's side (the worker, a close relative or the union,
 * whoever applied or stands for the worker), grid staff for them, the employer, the officer of the
 * social-insurance office who recognises injuries, and the labour-capacity assessment committee.
 */
export const InjuryParty = z.enum(['worker', 'grid_staff', 'employer', 'officer', 'committee'])
export type InjuryParty = z.infer<typeof InjuryParty>

export const InjuryActionKind = z.enum([
  'requestDocuments',
  'supplyDocuments',
  'accept',
  'refuse',
  'markFactsClear',
  'recognise',
  'notRecognise',
  'requestAssessment',
  'extendAssessment',
  'assess',
  'requestReview',
  'withdraw',
])
export type InjuryActionKind = z.infer<typeof InjuryActionKind>

export const InjuryAction = z.discriminatedUnion('kind', [
  // The one written list of everything missing (工伤认定办法 art. 8).
  z.object({ kind: z.literal('requestDocuments'), missing: z.array(z.string().trim().min(2).max(100)).min(1).max(20) }),
  // The documents asked for, uploaded first (files.ts).
  z.object({ kind: z.literal('supplyDocuments'), evidenceIds: DisputeFileIds.min(1, { message: 'field.required' }) }),
  z.object({ kind: z.literal('accept') }),
  z.object({ kind: z.literal('refuse'), reason }),
  z.object({ kind: z.literal('markFactsClear') }),
  z.object({ kind: z.literal('recognise') }),
  z.object({ kind: z.literal('notRecognise'), reason }),
  z.object({ kind: z.literal('requestAssessment') }),
  z.object({ kind: z.literal('extendAssessment'), reason }),
  // 劳动能力鉴定: disability grades 1 (worst) to 10 (GB/T 16180), or none.
  z.object({ kind: z.literal('assess'), grade: z.number().int().min(1).max(10).nullable() }),
  z.object({ kind: z.literal('requestReview') }),
  z.object({ kind: z.literal('withdraw'), reason: z.string().trim().max(300, { message: 'field.tooLong' }) }),
])
export type InjuryAction = z.infer<typeof InjuryAction>

export const InjuryEventKind = z.enum([
  'documents_requested',
  'documents_supplied',
  'accepted',
  'refused',
  'facts_marked_clear',
  'recognised',
  'not_recognised',
  'assessment_requested',
  'assessment_extended',
  'assessed',
  'review_requested',
  'withdrawn',
])
export type InjuryEventKind = z.infer<typeof InjuryEventKind>
