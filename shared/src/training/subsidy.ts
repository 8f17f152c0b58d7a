import { z } from 'zod'
import { IsoDate, Timestamp } from '../platform/primitives'
import { PayTo } from '../platform/pay-to'
import { PayoutConfirmation } from '../platform/payout-confirmation'
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

/**
 * Where the payment of an approved subsidy stands (decision 063). `pending`: sent, or to be sent
 * again under the same number; `paid`: the channel says the money arrived; `failed`: the channel
 * ended it without paying (a bounced transfer, a refused payee); a payment run sends it again
 * under a new number.
 */
export const SubsidyPaymentStatus = z.enum(['pending', 'paid', 'failed'])
export type SubsidyPaymentStatus = z.infer<typeof SubsidyPaymentStatus>

/**
 * The channel a subsidy went out through: WeChat Pay's transfer to the holder's balance, the
 * bank transfer to the institution's settlement account, the holder's citizen card through the
 * ledger of money onto cards (decision 068), or a development channel that moves no money
 * (shown as such).
 */
export const SubsidyPaymentChannel = z.enum(['wechat', 'bank', 'card', 'development'])
export type SubsidyPaymentChannel = z.infer<typeof SubsidyPaymentChannel>

export const SubsidyPayment = z.object({
  status: SubsidyPaymentStatus,
  channel: SubsidyPaymentChannel,
  /** When the channel said the money arrived; null until then. */
  paidAt: Timestamp.nullable(),
  /**
   * Why it failed, for the officer; null unless failed. `no_account`: the institution keeps no
   * settlement account; `no_openid`: the holder never logged in with WeChat; `bounced` onto the
   * card: the bank that issued it could not credit it.
   */
  failure: z.enum(['refused', 'bounced', 'no_account', 'no_openid']).nullable(),
})
export type SubsidyPayment = z.infer<typeof SubsidyPayment>

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
  /** Where the holder asked her subsidy to go (decision 068): her WeChat balance or her citizen card; null when paid to the institution (its settlement account). */
  payTo: PayTo.nullable(),
  /** The programme's subsidy for the occupation and level, at most the course's price; integer fen. */
  amountFen: Fen,
  status: SubsidyStatus,
  appliedAt: Timestamp,
  decidedAt: Timestamp.nullable(),
  /** Why an officer declined it; null otherwise. */
  declineReason: z.string().nullable(),
  /** Its payment, once a payment run sent it; null before. */
  payment: SubsidyPayment.nullable(),
})
export type SubsidyApplication = z.infer<typeof SubsidyApplication>

/**
 * An application as the holder sees it: with what confirming the receipt in WeChat needs while
 * her payout waits for it (WeChat Pay's user confirmation mode, as the jobs subsidy), null otherwise.
 */
export const MySubsidyApplication = SubsidyApplication.extend({ confirmation: PayoutConfirmation.nullable() })
export type MySubsidyApplication = z.infer<typeof MySubsidyApplication>

/**
 * The holder's application for her offset voucher's subsidy: paid to her WeChat balance unless she
 * asks for her citizen card, which she must hold (a card lost or being replaced is payable: the
 * money waits for her next card).
 */
export const MySubsidyInput = z.strictObject({ payTo: PayTo.default('wechat') })
export type MySubsidyInput = z.infer<typeof MySubsidyInput>

/**
 * Her voucher's application, if any, and her citizen card a subsidy can be paid onto, masked
 * (`A****1234`); null when she holds none.
 */
export const MySubsidyAnswer = z.object({ application: MySubsidyApplication.nullable(), cardNumberMasked: z.string().nullable() })
export type MySubsidyAnswer = z.infer<typeof MySubsidyAnswer>

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
  /** `over_budget`: approving it would commit more than the programme's budget. */
  skipped: z.array(z.object({ id: z.string(), reason: z.enum(['not_found', 'already_decided', 'over_budget']) })),
})
export type SubsidyApprovalResult = z.infer<typeof SubsidyApprovalResult>

export const subsidyDeclineReasonMaxLength = 200

export const SubsidyDecline = z.strictObject({
  reason: z.string().trim().min(1, { message: 'field.required' }).max(subsidyDeclineReasonMaxLength, { message: 'field.tooLong' }),
})
export type SubsidyDecline = z.infer<typeof SubsidyDecline>

/**
 * A payment run (decision 063): approved applications an officer sends to be paid, at most 100.
 * Sending the same run again pays nothing twice: a payment on its way is asked of its channel
 * under its own number (and sent again under it when the channel never received it), a paid one
 * is left, and only a failed one goes out again, under a new number.
 */
export const SubsidyPaymentRun = SubsidyApprovalBatch
export type SubsidyPaymentRun = z.infer<typeof SubsidyPaymentRun>

export const SubsidyPaymentRunResult = z.object({
  /** The applications the run sent or asked about, as they stand after it. */
  sent: z.array(SubsidyApplication),
  /** Those it left: not of her region, not approved (or declined), or paid already. */
  skipped: z.array(z.object({ id: z.string(), reason: z.enum(['not_found', 'not_approved', 'already_paid']) })),
})
export type SubsidyPaymentRunResult = z.infer<typeof SubsidyPaymentRunResult>

/**
 * An institution's settlement account, the face-value subsidies are paid to (decision 063). The
 * account name is the institution's registered name, never typed: a bank refuses a transfer to
 * an account of another name. The number is kept sealed and shown only by its last four digits.
 */
export const InstitutionAccount = z.object({
  accountName: z.string(),
  bankName: z.string(),
  /** `****1234` */
  accountNoMasked: z.string(),
  updatedAt: Timestamp,
})
export type InstitutionAccount = z.infer<typeof InstitutionAccount>

export const bankNameMaxLength = 40

export const InstitutionAccountInput = z.strictObject({
  bankName: z.string().trim().min(2, { message: 'field.required' }).max(bankNameMaxLength, { message: 'field.tooLong' }),
  /** A Chinese bank account number: 8 to 32 digits, spaces between groups allowed and dropped. */
  accountNo: z
    .string()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{8,32}$/, { message: 'training.accountNo' })),
})
export type InstitutionAccountInput = z.infer<typeof InstitutionAccountInput>

/** Masks an account number to its last four digits. */
export function maskAccountNo(accountNo: string): string {
  return `****${accountNo.slice(-4)}`
}
