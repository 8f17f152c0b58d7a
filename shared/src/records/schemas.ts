import { z } from 'zod'
import { RegionCode } from '../identity/roles'
import { Timestamp } from '../platform/primitives'

export const InsuranceType = z.enum(['pension', 'medical', 'unemployment', 'work_injury', 'maternity'])
export type InsuranceType = z.infer<typeof InsuranceType>

/** A calendar month, `2025-03`. */
export const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period.format' })
export type YearMonth = z.infer<typeof YearMonth>

export const Period = z
  .object({ from: YearMonth, to: YearMonth })
  // Only months that are well formed can be out of order.
  .refine((period) => period.from <= period.to, { message: 'period.order', path: ['to'], when: ({ issues }) => issues.length === 0 })
export type Period = z.infer<typeof Period>

/** Amounts are integer fen (0.01 yuan), so sums never round. */
export const Fen = z.number().int().nonnegative()

/** Who paid a month: an employer, or the person as a flexible worker. */
export const ContributionPayer = z.enum(['employer', 'flexible'])
export type ContributionPayer = z.infer<typeof ContributionPayer>

export const ContributionRow = z.object({
  month: YearMonth,
  type: InsuranceType,
  baseFen: Fen,
  personalFen: Fen,
  employerFen: Fen,
  employerName: z.string(),
  payer: ContributionPayer,
  regionCode: RegionCode,
})
export type ContributionRow = z.infer<typeof ContributionRow>

export const Gap = z.object({
  type: InsuranceType,
  from: YearMonth,
  to: YearMonth,
  months: z.number().int().positive(),
  /** Runs up to the latest month that should have been paid: contributions have stopped. */
  ongoing: z.boolean(),
})
export type Gap = z.infer<typeof Gap>

export const TypeSummary = z.object({
  type: InsuranceType,
  paidMonths: z.number().int().nonnegative(),
  firstMonth: YearMonth.nullable(),
  lastMonth: YearMonth.nullable(),
  personalFen: Fen,
  employerFen: Fen,
  /** `retired`: paid up to drawing a pension, as expected; `stopped`: paid once, not any more. */
  status: z.enum(['contributing', 'stopped', 'retired', 'never']),
})
export type TypeSummary = z.infer<typeof TypeSummary>

export const RecordsSummary = z.object({
  maskedName: z.string(),
  /** Latest month that should already be paid (contributions are due by the month's end). */
  asOf: YearMonth,
  /** First month of drawing a pension: no gaps are counted from then on. */
  retiredFrom: YearMonth.nullable(),
  years: z.array(z.number().int()),
  types: z.array(TypeSummary),
  gaps: z.array(Gap),
})
export type RecordsSummary = z.infer<typeof RecordsSummary>

export const YearRecords = z.object({
  year: z.number().int(),
  type: InsuranceType.nullable(),
  rows: z.array(ContributionRow),
  totals: z.array(z.object({ type: InsuranceType, months: z.number().int(), personalFen: Fen, employerFen: Fen })),
  gaps: z.array(Gap),
})
export type YearRecords = z.infer<typeof YearRecords>

export const CertificatePurpose = z.enum(['school_enrollment', 'employment', 'housing', 'other'])
export type CertificatePurpose = z.infer<typeof CertificatePurpose>

export const CertificateStatus = z.enum(['valid', 'expired', 'revoked'])
export type CertificateStatus = z.infer<typeof CertificateStatus>

/** 12 characters of Crockford base32 shown in groups of four: `7KQ2-M9XD-4TPA`. */
export const VerificationCode = z
  .string()
  .trim()
  .toUpperCase()
  .transform((code) => code.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[0-9A-HJKMNP-TV-Z]{12}$/, { message: 'verificationCode.format' }))

export const CertificateLine = z.object({
  type: InsuranceType,
  paidMonths: z.number().int().nonnegative(),
  firstMonth: YearMonth.nullable(),
  lastMonth: YearMonth.nullable(),
})

export const Certificate = z.object({
  id: z.string(),
  verificationCode: z.string(),
  purpose: CertificatePurpose,
  period: Period,
  holder: z.object({ maskedName: z.string(), maskedIdNumber: z.string() }),
  lines: z.array(CertificateLine),
  issuedAt: Timestamp,
  expiresAt: Timestamp,
  status: CertificateStatus,
  verifyUrl: z.string(),
  /** PNG QR code of `verifyUrl`, as a data URL an `<Image>` shows directly. */
  qrDataUrl: z.string(),
})
export type Certificate = z.infer<typeof Certificate>

export const CertificateListItem = Certificate.pick({
  id: true,
  verificationCode: true,
  purpose: true,
  period: true,
  issuedAt: true,
  expiresAt: true,
  status: true,
})
export type CertificateListItem = z.infer<typeof CertificateListItem>

/** What a school or employer sees for a code: nothing beyond the masked name, period and status. */
export const CertificateVerification = z.object({
  verificationCode: z.string(),
  maskedName: z.string(),
  period: Period,
  status: CertificateStatus,
  issuedAt: Timestamp,
  expiresAt: Timestamp,
})
export type CertificateVerification = z.infer<typeof CertificateVerification>

export const RegionCertificate = CertificateListItem.extend({ maskedName: z.string(), regionCode: RegionCode })
export type RegionCertificate = z.infer<typeof RegionCertificate>
