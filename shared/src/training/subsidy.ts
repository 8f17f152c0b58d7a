import { z } from 'zod'
import { IsoDate, Timestamp } from '../platform/primitives'
import { Fen } from '../records/schemas'
import { SkillLevel } from './schemas'

/*
 * Applying for a training subsidy and an officer's decision on it (decision 062). A face-value
 * voucher's subsidy is applied for by the institution and paid to it; an offset voucher's by the
 * holder and paid to her. Only after a pass, with attendance at the programme's threshold, and
 * within Zhejiang's rules (subsidy-rules.ts). Officers approve in batches.
 */

export const SubsidyStatus = z.enum(['applied', 'approved', 'declined', 'paid'])
export type SubsidyStatus = z.infer<typeof SubsidyStatus>

/** Who the subsidy is paid to: the institution (face value) or the holder (offset). */
export const SubsidyPayee = z.enum(['institution', 'holder'])
export type SubsidyPayee = z.infer<typeof SubsidyPayee>

export const SubsidyApplication = z.object({
  id: z.string(),
  voucherId: z.string(),
  voucherNumber: z.string(),
  programmeId: z.string(),
  programmeName: z.string(),
  enrolmentId: z.string(),
  courseName: z.string(),
  institutionName: z.string(),
  /** The trainee, masked: the institution and the officer see no more. */
  traineeMaskedName: z.string(),
  occupationCode: z.string(),
  level: SkillLevel,
  certificateNumber: z.string(),
  /** The China date the certificate was issued: the 12 months to apply run from it. */
  certificateIssuedOn: IsoDate,
  payee: SubsidyPayee,
  /** The programme's subsidy for the occupation and level, at most the course's price; integer fen. */
  amountFen: Fen,
  status: SubsidyStatus,
  appliedAt: Timestamp,
  decidedAt: Timestamp.nullable(),
  /** Why an officer declined it; null otherwise. */
  declineReason: z.string().nullable(),
})
export type SubsidyApplication = z.infer<typeof SubsidyApplication>

export const SubsidyApplicationPage = z.object({ items: z.array(SubsidyApplication), nextCursor: z.string().nullable() })
export type SubsidyApplicationPage = z.infer<typeof SubsidyApplicationPage>

export const SubsidyQuery = z.strictObject({
  status: SubsidyStatus.default('applied'),
  cursor: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})
export type SubsidyQuery = z.infer<typeof SubsidyQuery>

/** Applications an officer approves in one go: at most 100. */
export const SubsidyApprovalBatch = z.strictObject({
  applicationIds: z.array(z.string().min(1).max(64)).min(1, { message: 'field.choose' }).max(100, { message: 'field.invalid' }),
})
export type SubsidyApprovalBatch = z.infer<typeof SubsidyApprovalBatch>

/**
 * What a batch did: the applications it approved (and those it had approved already, when the
 * same batch is sent again), and those it left, with why — decided already, or not of her region.
 */
export const SubsidyApprovalResult = z.object({
  approved: z.array(SubsidyApplication),
  skipped: z.array(z.object({ id: z.string(), reason: z.enum(['not_found', 'already_decided']) })),
})
export type SubsidyApprovalResult = z.infer<typeof SubsidyApprovalResult>

export const subsidyDeclineReasonMaxLength = 200

export const SubsidyDecline = z.strictObject({
  reason: z.string().trim().min(1, { message: 'field.required' }).max(subsidyDeclineReasonMaxLength, { message: 'field.tooLong' }),
})
export type SubsidyDecline = z.infer<typeof SubsidyDecline>
