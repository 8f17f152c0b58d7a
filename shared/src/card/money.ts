import { z } from 'zod'
import { Cursor, IsoDate, Page, Timestamp } from '../platform/primitives'
import { RegionCode } from '../identity/roles'

/*
 * Money paid onto the card (decision 068). An allowance or subsidy the portal grants is ordered
 * onto its holder's card; the bank that issued the card credits it and says so by file or API;
 * every movement is two entries of a ledger in integer fen that sum to zero. A payment meets a
 * stopped card (lost, being replaced) held, and goes out once a card works again.
 */

/** What a payment onto the card is for: the programme that pays it. */
export const CardPaymentSource = z.enum(['longevity_allowance', 'training_subsidy', 'flexible_subsidy'])
export type CardPaymentSource = z.infer<typeof CardPaymentSource>

/**
 * `held`: waiting for a card that works (none issued, or reported lost, or being replaced);
 * `queued`: sent to the issuing bank, not yet confirmed; `credited`: the bank put it on the card;
 * `returned`: the bank could not, and the money went back to its programme.
 */
export const CardPaymentStatus = z.enum(['held', 'queued', 'credited', 'returned'])
export type CardPaymentStatus = z.infer<typeof CardPaymentStatus>

/** Why a payment is held. */
export const HeldBecause = z.enum(['no_card', 'card_stopped'])
export type HeldBecause = z.infer<typeof HeldBecause>

/**
 * The ledger's accounts. A payment is ordered out of its programme's account into the bank's
 * (in transit) or into `held`; the bank's confirmation moves it onto the card, or back to the
 * programme. Each movement's entries sum to zero: debit positive, credit negative.
 */
export const LedgerAccountKind = z.enum(['programme', 'held', 'bank', 'card'])
export type LedgerAccountKind = z.infer<typeof LedgerAccountKind>

export const LedgerMovementKind = z.enum(['ordered', 'held', 'released', 'credited', 'returned'])
export type LedgerMovementKind = z.infer<typeof LedgerMovementKind>

/** One payment onto the card, as its holder sees it. */
export const CardPayment = z.object({
  id: z.string(),
  source: CardPaymentSource,
  /** The month it is for (`2026-12`), when it is a monthly allowance. */
  period: z.string().nullable(),
  amountFen: z.number().int().positive(),
  status: CardPaymentStatus,
  heldBecause: HeldBecause.nullable(),
  /** The card it went or goes to, masked; null while held with no card. */
  cardNumberMasked: z.string().nullable(),
  bankName: z.string().nullable(),
  orderedAt: Timestamp,
  queuedAt: Timestamp.nullable(),
  creditedAt: Timestamp.nullable(),
  returnedAt: Timestamp.nullable(),
})
export type CardPayment = z.infer<typeof CardPayment>

/** My payments onto the card, newest first, with what is on it, on its way and held. */
export const MyCardPayments = Page(CardPayment).extend({
  creditedFen: z.number().int(),
  onTheWayFen: z.number().int(),
  heldFen: z.number().int(),
})
export type MyCardPayments = z.infer<typeof MyCardPayments>

export const MyCardPaymentsQuery = Cursor.strict()

/* ---- The bank's side (partner API, data level 2: money, and its own cards' numbers) ---- */

/** A payment for the bank to credit onto a card it issued: its card's number whole (the bank's own card), the name masked. */
export const PartnerCredit = z.object({
  reference: z.string(),
  cardNumber: z.string(),
  holderMaskedName: z.string(),
  amountFen: z.number().int().positive(),
  source: CardPaymentSource,
  period: z.string().nullable(),
  queuedAt: Timestamp,
})
export type PartnerCredit = z.infer<typeof PartnerCredit>

export const PartnerCreditsQuery = z.strictObject({
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
})
export const PartnerCreditList = Page(PartnerCredit)

const Reference = z.string().trim().min(1, { message: 'field.required' }).max(64, { message: 'field.tooLong' })

/** The bank's word on one payment: credited onto the card, or failed (with its reason), and the amount it moved. */
export const CreditConfirmation = z.strictObject({
  reference: Reference,
  outcome: z.enum(['credited', 'failed']),
  amountFen: z.number().int().positive().max(100_000_000),
  bankTransactionId: z.string().trim().min(1).max(64),
  at: Timestamp,
  reason: z.string().trim().max(100).optional(),
})
export type CreditConfirmation = z.infer<typeof CreditConfirmation>

export const CreditConfirmations = z.strictObject({ confirmations: z.array(CreditConfirmation).min(1).max(100) })
export type CreditConfirmations = z.infer<typeof CreditConfirmations>

/**
 * Why one confirmation moved nothing: a reference not ours (or another bank's), an amount other
 * than ours, the other outcome for a payment already settled, or (files only) a line that does not
 * read.
 */
export const CreditRefusal = z.enum(['unknown_reference', 'amount_mismatch', 'conflict', 'unreadable'])
export type CreditRefusal = z.infer<typeof CreditRefusal>

/** What a batch of confirmations (API) or a file did: each payment moves once, whatever is sent again. */
export const CreditConfirmationResult = z.object({
  credited: z.number().int(),
  returned: z.number().int(),
  /** Failed for a card stopped since: held for her next card rather than returned. */
  held: z.number().int(),
  /** Confirmed before, the same way: nothing moved. */
  alreadyConfirmed: z.number().int(),
  refused: z.array(z.object({ line: z.number().int().nullable(), reference: z.string(), why: CreditRefusal })),
  /** Files only: the same file (by SHA-256) sent before; its first result is answered, nothing moved. */
  replayed: z.boolean(),
})
export type CreditConfirmationResult = z.infer<typeof CreditConfirmationResult>

/** Largest confirmation file a bank may send. */
export const maxCreditFileBytes = 1024 * 1024

/**
 * The confirmation file's columns, in order (UTF-8 or GBK, header first): our reference, the card's
 * number, the amount in yuan with two decimals, `credited` or `failed` (or 成功 / 失败), the bank's
 * transaction id, when (ISO 8601 with offset), and a reason for a failure.
 */
export const creditFileHeader = ['reference', 'card_number', 'amount', 'outcome', 'bank_transaction_id', 'at', 'reason'] as const

/* ---- Reconciliation (officers) ---- */

/** A payment that does not match: queued and not confirmed after a day, or a bank's line that moved nothing. */
export const ReconciliationItem = z.object({
  kind: z.enum(['unconfirmed', ...CreditRefusal.options]),
  reference: z.string(),
  amountFen: z.number().int().nullable(),
  /** What the bank said it moved, when it differs. */
  bankAmountFen: z.number().int().nullable(),
  holderMaskedName: z.string().nullable(),
  at: Timestamp,
})
export type ReconciliationItem = z.infer<typeof ReconciliationItem>

const Tally = z.object({ count: z.number().int(), fen: z.number().int() })

/** One bank's day: what was sent, credited, returned and held that day (China date), and what does not match. */
export const BankReconciliation = z.object({
  partnerId: z.string(),
  bankName: z.string(),
  queued: Tally,
  credited: Tally,
  returned: Tally,
  /** Still queued at the end of the day, whenever sent. */
  outstanding: Tally,
  items: z.array(ReconciliationItem),
})

/** The daily reconciliation of payments onto cards of the officer's region. `balanced`: every movement's entries sum to zero. */
export const CardReconciliation = z.object({
  day: IsoDate,
  regionCode: z.string(),
  banks: z.array(BankReconciliation),
  held: Tally,
  balanced: z.boolean(),
})
export type CardReconciliation = z.infer<typeof CardReconciliation>

export const CardReconciliationQuery = z.strictObject({ day: IsoDate.optional(), regionCode: RegionCode.optional() })

/** How long a queued payment may wait for the bank's word before the reconciliation lists it. */
export const confirmWithinHours = 24
