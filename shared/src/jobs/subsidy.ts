import { z } from 'zod'
import { Timestamp } from '../platform/primitives'
import { Fen, YearMonth } from '../records/schemas'
import { PaymentChannelKind } from './insurance'
import { PayoutConfirmation } from '../platform/payout-confirmation'
import { PayTo } from '../platform/pay-to'

/*
 * The social-insurance subsidy of flexible workers (decision 054): an application for the paid
 * months not yet applied for, checked by an officer of the worker's region against the
 * documents (employment difficulty, graduation), decided by the rules of flexible-insurance.ts,
 * and paid out through the payment channel.
 */

export const SubsidyApplicationStatus = z.enum(['pending', 'approved', 'declined'])
export type SubsidyApplicationStatus = z.infer<typeof SubsidyApplicationStatus>

/** Where the money of an approved application is: on its way, in the worker's balance, or refused by the channel for good. */
export const SubsidyPayoutStatus = z.enum(['pending', 'paid', 'failed'])
export type SubsidyPayoutStatus = z.infer<typeof SubsidyPayoutStatus>

/** One paid month and what the worker paid for it. */
export const PaidMonth = z.object({ month: YearMonth, paidFen: Fen })
export type PaidMonth = z.infer<typeof PaidMonth>

/**
 * What paid a subsidy out: the payment channel's transfer to her WeChat balance (the insurance
 * payments' channel kinds), or `card`, the ledger of money onto her citizen card (decision 068).
 * Only the subsidy is paid onto the card, so only its payouts take the wider kind.
 */
export const SubsidyPayoutChannel = z.enum([...PaymentChannelKind.options, 'card'])
export type SubsidyPayoutChannel = z.infer<typeof SubsidyPayoutChannel>

export const SubsidyPayout = z.object({
  status: SubsidyPayoutStatus,
  channel: SubsidyPayoutChannel,
  paidAt: Timestamp.nullable(),
})
export type SubsidyPayout = z.infer<typeof SubsidyPayout>

export const SubsidyApplication = z.object({
  id: z.string(),
  /** The paid months applied for, and what was paid for each. */
  months: z.array(PaidMonth).min(1),
  paidFen: Fen,
  status: SubsidyApplicationStatus,
  appliedAt: Timestamp,
  decidedAt: Timestamp.nullable(),
  /** Why it was declined; null otherwise. */
  declineReason: z.string().nullable(),
  /** The rule it was approved under, its months (those in the rule's term) and the amount: at most two thirds of what was paid for them. */
  ruleId: z.string().nullable(),
  subsidisedMonths: z.array(YearMonth),
  amountFen: Fen.nullable(),
  /** Where she asked the money to go when she applied: her WeChat balance or her citizen card. */
  payTo: PayTo,
  payout: SubsidyPayout.nullable(),
})
export type SubsidyApplication = z.infer<typeof SubsidyApplication>

/** Applying takes one choice, where the money goes: her WeChat balance unless she says her card. */
export const SubsidyApplicationInput = z.strictObject({ payTo: PayTo.default('wechat') })
export type SubsidyApplicationInput = z.infer<typeof SubsidyApplicationInput>


/** An application as its applicant sees it: with what confirming the receipt needs while her payout waits for it, null otherwise. */
export const MySubsidyApplication = SubsidyApplication.extend({ confirmation: PayoutConfirmation.nullable() })
export type MySubsidyApplication = z.infer<typeof MySubsidyApplication>

export const MySubsidy = z.object({
  /** False before enrolling as a flexible worker: nothing to apply for yet. */
  enrolled: z.boolean(),
  /** Paid months not yet in an application (pending or approved): what an application now would be for. */
  openMonths: z.array(PaidMonth),
  /** The most a subsidy of the open months could be, if an officer finds a rule that covers them all. */
  upToFen: Fen,
  /** False while an application waits for its decision, or with no paid month left to apply for. */
  canApply: z.boolean(),
  /** Newest first. */
  applications: z.array(MySubsidyApplication),
  channel: PaymentChannelKind,
  /** The masked number of her card that money can be paid onto (a stopped one too: the money waits for it); null when she holds none, and then only WeChat is offered. */
  cardNumberMasked: z.string().nullable(),
})
export type MySubsidy = z.infer<typeof MySubsidy>

/** An application as the officer of the worker's region sees it: the applicant masked, the enrolment's first month. */
export const SubsidyReviewItem = SubsidyApplication.extend({
  applicantName: z.string(),
  idNumberMasked: z.string(),
  regionCode: z.string(),
  enrolledSince: YearMonth,
  /** Read from the sex digit of her ID number: only a woman's category can be asked (`femaleCategory`), nothing more of the number is shown. */
  applicantIsWoman: z.boolean(),
})
export type SubsidyReviewItem = z.infer<typeof SubsidyReviewItem>

export const SubsidyReviewPage = z.object({ items: z.array(SubsidyReviewItem), nextCursor: z.string().nullable() })
export type SubsidyReviewPage = z.infer<typeof SubsidyReviewPage>

export const subsidyDeclineReasonMaxLength = 200

/** Which original statutory retirement age a woman had: 50 (worker) or 55 (cadre or staff). */
export const FemaleCategory = z.enum(['worker', 'cadre'], { message: 'field.choose' })
export type FemaleCategory = z.infer<typeof FemaleCategory>

/**
 * An officer's decision. Approving records the facts the officer confirmed from the documents
 * (the certificate of employment difficulty, the graduation certificate): the rules decide from
 * them whether and for which months the subsidy is due.
 */
export const SubsidyDecision = z.discriminatedUnion(
  'decision',
  [
    z.strictObject({
      decision: z.literal('approve'),
      employmentDifficulty: z.boolean({ message: 'field.choose' }),
      graduateYear: z.number({ message: 'field.invalid' }).int({ message: 'field.invalid' }).min(1950, { message: 'field.invalid' }).max(2100, { message: 'field.invalid' }).nullable(),
      /**
       * A woman's original statutory retirement age: 50 for a worker (女职工), 55 for a cadre or
       * staff member (女干部). Her statutory retirement month depends on it; it is needed only when
       * it changes what the rules grant (`jobs.femaleCategoryRequired` otherwise).
       */
      femaleCategory: FemaleCategory.optional(),
    }),
    z.strictObject({
      decision: z.literal('decline'),
      reason: z.string().trim().min(1, { message: 'field.required' }).max(subsidyDeclineReasonMaxLength, { message: 'field.tooLong' }),
    }),
  ],
  { message: 'field.choose' },
)
export type SubsidyDecision = z.infer<typeof SubsidyDecision>

export const SubsidyReviewQuery = z.strictObject({
  status: SubsidyApplicationStatus.default('pending'),
  cursor: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export type SubsidyReviewQuery = z.infer<typeof SubsidyReviewQuery>
