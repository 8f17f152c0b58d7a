import { z } from 'zod'
import { Timestamp } from '../platform/primitives'
import { Fen, YearMonth } from '../records/schemas'
import { PaymentPeriod } from './flexible-insurance'

/*
 * A flexible worker's own enrolment in basic pension and the payments that keep it: what the
 * worker chooses, what the portal works out from the rules of flexible-insurance.ts, and how a
 * payment stands.
 */

/** What the worker chooses: a monthly base within the year's limits, how often to pay, and whether to record medical insurance too. */
export const FlexibleEnrolmentInput = z.strictObject({
  baseFen: Fen.positive({ message: 'field.invalid' }),
  period: PaymentPeriod,
  /** Medical insurance is recorded as enrolled; its contribution is not collected here (decision 043). */
  medical: z.boolean({ message: 'field.choose' }),
})
export type FlexibleEnrolmentInput = z.infer<typeof FlexibleEnrolmentInput>

export const FlexibleEnrolment = FlexibleEnrolmentInput.extend({
  regionCode: z.string(),
  enrolledAt: Timestamp,
  /** The first month the enrolment covers: the month of enrolment, in China. */
  fromMonth: YearMonth,
  updatedAt: Timestamp,
})
export type FlexibleEnrolment = z.infer<typeof FlexibleEnrolment>

/** The limits of the base for a year, and whether they are still a stand-in for the published figures. */
export const BaseLimits = z.object({
  year: z.number().int(),
  minFen: Fen,
  maxFen: Fen,
  placeholder: z.boolean(),
})
export type BaseLimits = z.infer<typeof BaseLimits>

/** What the next payment would cover and cost; null when the months up to this period are paid. */
export const NextPayment = z.object({
  months: z.array(YearMonth).min(1),
  perMonthFen: Fen,
  totalFen: Fen,
  personalAccountFen: Fen,
})
export type NextPayment = z.infer<typeof NextPayment>

export const PaymentStatus = z.enum(['pending', 'paid', 'failed', 'closed'])
export type PaymentStatus = z.infer<typeof PaymentStatus>

/** How money moves: WeChat Pay, or the development channel that moves none (and says so on screen). */
export const PaymentChannelKind = z.enum(['wechat', 'development'])
export type PaymentChannelKind = z.infer<typeof PaymentChannelKind>

/**
 * Money received for a payment already closed or failed is given back in full: `processing`
 * while the channel is returning it, `refunded` once returned, `closed` or `abnormal` when the
 * channel could not return it and an officer takes it up (decision 051).
 */
export const FlexibleRefundState = z.enum(['processing', 'refunded', 'closed', 'abnormal'])
export type FlexibleRefundState = z.infer<typeof FlexibleRefundState>

export const FlexiblePayment = z.object({
  id: z.string(),
  months: z.array(YearMonth).min(1),
  baseFen: Fen,
  amountFen: Fen,
  personalAccountFen: Fen,
  status: PaymentStatus,
  channel: PaymentChannelKind,
  createdAt: Timestamp,
  paidAt: Timestamp.nullable(),
  /** While pending: after this the order can no longer be paid, and a new start opens a new one. Null for older payments. */
  expiresAt: Timestamp.nullable(),
  /** Null unless money received for a closed or failed payment is being given back. */
  refund: FlexibleRefundState.nullable(),
})
export type FlexiblePayment = z.infer<typeof FlexiblePayment>

/** What the mini-program hands to `requestPayment` to open WeChat's own pay sheet. */
export const WechatPayRequest = z.object({
  timeStamp: z.string(),
  nonceStr: z.string(),
  package: z.string(),
  signType: z.literal('RSA'),
  paySign: z.string(),
})
export type WechatPayRequest = z.infer<typeof WechatPayRequest>

export const StartedPayment = z.object({
  payment: FlexiblePayment,
  /** Null when nothing is left for the payer to do: the development channel has already settled it. */
  payRequest: WechatPayRequest.nullable(),
})
export type StartedPayment = z.infer<typeof StartedPayment>

export const MyFlexibleInsurance = z.object({
  enrolment: FlexibleEnrolment.nullable(),
  /** The limits for this year in the worker's region; null when the year has no figures yet. */
  limits: BaseLimits.nullable(),
  periodsAllowed: z.array(PaymentPeriod),
  /** Null before enrolment and while this period is paid. */
  next: NextPayment.nullable(),
  /** Newest first. */
  payments: z.array(FlexiblePayment),
  channel: PaymentChannelKind,
})
export type MyFlexibleInsurance = z.infer<typeof MyFlexibleInsurance>
