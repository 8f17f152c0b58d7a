import { and, asc, eq, inArray, isNotNull, isNull, lt, ne, or } from 'drizzle-orm'
import type { CardPaymentSource, CardPaymentStatus, CreditConfirmation, HeldBecause, LedgerMovementKind } from '@renshe/shared/card/money'
import type { MessageTemplate } from '@renshe/shared/inbox/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Query, Tx } from '../db/database'
import { lockKey } from '../db/locks'
import { cardLedgerEntries, cardPayments, cards } from '../db/schema'
import { appendAuditRows, type Actor, type AuditEntry } from './audit'
import type { Deps } from './deps'
import { notify } from './notify'
import { newCode, newId } from './random'

/*
 * The ledger of money paid onto citizen cards (decision 068). Platform code, not a module's: the
 * programmes that pay (the retiree module's longevity allowance, later training and flexible
 * subsidies) order payments, the card module releases what is held when a card works again and
 * settles the bank's confirmations. Each movement of a payment is one journal of two entries in
 * fen that sum to zero (debit positive), written with the payment's new status in the caller's
 * transaction, the status change a conditional update on the status it leaves.
 */

export type CardPaymentRow = typeof cardPayments.$inferSelect
export type LedgerEntryRow = typeof cardLedgerEntries.$inferSelect
type CardRow = typeof cards.$inferSelect

/** What moving money needs: identifiers and references, and the sealer for a bank's reason (free text it writes). */
export type LedgerDeps = Pick<Deps, 'random' | 'sealer'>

/** Somewhere to note audit rows for the caller to append last (the retiree module's `AuditTrail` is one). */
export interface AuditSink {
  add(at: Date, actor: Actor, entry: AuditEntry): void
}

/**
 * Who moves the money, and where its audit rows go. Without an actor the portal itself acts (no
 * person: a job, a programme's order); the rows always name the payment's holder as the subject.
 * Without a sink the rows are appended when the call ends; a caller whose transaction writes more
 * after it passes its sink, so the head of the audit chain is held only from the end to the commit.
 */
export interface LedgerAct {
  readonly actor?: Omit<Actor, 'subjectUserId'>
  readonly audit?: AuditSink
  /** Tells the holder nothing: the demo seed writing a history she was told of long ago. */
  readonly quiet?: boolean
}

/** One thing a programme pays onto a person's card. */
export interface CardPaymentOrder {
  readonly holderUserId: string
  readonly source: CardPaymentSource
  /** The programme's own name for what it pays (the allowance: `<offer id>:<month>`): ordered once. */
  readonly sourceRef: string
  readonly period: string | null
  readonly amountFen: number
  /** The holder's region, for the officers' reconciliation. */
  readonly regionCode: string
}

/** The accounts of the ledger, by name. */
export const ledgerAccount = {
  programme: (source: CardPaymentSource) => `programme:${source}`,
  held: 'held',
  bank: (partnerId: string) => `bank:${partnerId}`,
  card: (cardId: string) => `card:${cardId}`,
} as const

const systemActor: Omit<Actor, 'subjectUserId'> = { requestId: 'card-money', actorUserId: null, viaGrantId: null }

/** Ordering is serialized per holder with the changes that make her card work (see `releaseHeldCardPayments`). */
const holderKey = (holderUserId: string) => `card-money:${holderUserId}`

/**
 * Orders a payment once per (source, sourceRef): queued to the bank that issued her live card
 * when it is `normal` and has an issuerPartnerId, else held ('no_card' or 'card_stopped').
 * Ledger: programme → bank, or programme → held. Tells her inbox (card.paymentHeld when held).
 * Ordered again, it orders nothing and answers the first payment (`created: false`).
 */
export async function orderCardPayment(
  tx: Tx,
  deps: LedgerDeps,
  now: Date,
  order: CardPaymentOrder,
  act: LedgerAct = {},
): Promise<{ paymentId: string; created: boolean; status: CardPaymentStatus }> {
  return auditedLast(tx, act, (audit, inner) => placeOrder(tx, deps, now, order, audit, inner))
}

async function placeOrder(tx: Tx, deps: LedgerDeps, now: Date, order: CardPaymentOrder, audit: Audit, act: LedgerAct): Promise<{ paymentId: string; created: boolean; status: CardPaymentStatus }> {
  if (!Number.isSafeInteger(order.amountFen) || order.amountFen <= 0) throw new Error(`A payment onto the card is a positive number of fen, not ${order.amountFen}`)
  // Taken before the card is read: a card made to work at this moment either committed before
  // the read, or releases this payment after it commits.
  await lockKey(tx, holderKey(order.holderUserId))
  const at = now.toISOString()
  const card = await liveCardOf(tx, order.holderUserId)
  const works = card !== undefined && card.status === 'normal' && card.issuerPartnerId !== null
  const id = newId(deps.random, now.getTime())
  const row: CardPaymentRow = {
    id,
    holderUserId: order.holderUserId,
    source: order.source,
    sourceRef: order.sourceRef,
    period: order.period,
    amountFen: order.amountFen,
    regionCode: order.regionCode,
    status: works ? 'queued' : 'held',
    heldBecause: works ? null : heldBecauseOf(card),
    cardId: works ? card.id : null,
    partnerId: works ? card.issuerPartnerId : null,
    reference: works ? newReference(deps) : null,
    bankTransactionId: null,
    returnedReason: null,
    orderedAt: at,
    queuedAt: works ? at : null,
    creditedAt: null,
    returnedAt: null,
    updatedAt: at,
  }
  const inserted = await tx.insert(cardPayments).values(row).onConflictDoNothing({ target: [cardPayments.source, cardPayments.sourceRef] }).returning({ id: cardPayments.id })
  if (inserted.length === 0) {
    const [first] = await tx
      .select({ id: cardPayments.id, status: cardPayments.status })
      .from(cardPayments)
      .where(and(eq(cardPayments.source, order.source), eq(cardPayments.sourceRef, order.sourceRef)))
    if (!first) throw new Error(`Payment ${order.source} ${order.sourceRef} was refused as a duplicate, yet is not there`)
    return { paymentId: first.id, created: false, status: first.status }
  }
  const from = ledgerAccount.programme(order.source)
  if (works) {
    await journal(tx, deps, now, row, 'ordered', from, ledgerAccount.bank(card.issuerPartnerId as string))
  } else {
    await journal(tx, deps, now, row, 'held', from, ledgerAccount.held)
    await tellHolder(tx, deps, act, now, row, card, 'card.paymentHeld')
  }
  audit(now, row.holderUserId, { action: 'card.orderPayment', kind: 'write', objectType: 'card_payment', objectId: id })
  return { paymentId: id, created: true, status: row.status }
}

/**
 * Her held payments go to the bank of her live card, if it now works (held → bank); returns how
 * many. Call it in the transaction that made the card work, after the change: a payment ordered
 * at the same moment is either seen here or sees the working card.
 */
export async function releaseHeldCardPayments(tx: Tx, deps: LedgerDeps, now: Date, holderUserId: string, act: LedgerAct = {}): Promise<number> {
  return auditedLast(tx, act, async (audit) => {
    await lockKey(tx, holderKey(holderUserId))
    const card = await liveCardOf(tx, holderUserId)
    if (!card || card.status !== 'normal' || card.issuerPartnerId === null) return 0
    const partnerId = card.issuerPartnerId
    const held = await tx
      .select()
      .from(cardPayments)
      .where(and(eq(cardPayments.holderUserId, holderUserId), eq(cardPayments.status, 'held')))
      .orderBy(asc(cardPayments.orderedAt), asc(cardPayments.id))
    const at = now.toISOString()
    let released = 0
    for (const payment of held) {
      const [moved] = await tx
        .update(cardPayments)
        .set({ status: 'queued', heldBecause: null, cardId: card.id, partnerId, reference: payment.reference ?? newReference(deps), queuedAt: at, updatedAt: at })
        .where(and(eq(cardPayments.id, payment.id), eq(cardPayments.status, 'held')))
        .returning()
      if (!moved) continue
      await journal(tx, deps, now, moved, 'released', ledgerAccount.held, ledgerAccount.bank(partnerId))
      audit(now, holderUserId, { action: 'card.releasePayment', kind: 'write', objectType: 'card_payment', objectId: moved.id })
      released += 1
    }
    return released
  })
}

/** What one bank confirmation did. */
export type SettleOutcome = 'credited' | 'returned' | 'held' | 'already_confirmed' | 'unknown_reference' | 'amount_mismatch' | 'conflict'

/**
 * One bank confirmation. The payment is found by `reference` AND the bank (one it was never sent
 * to → 'unknown_reference', as for a reference not ours); the amount must equal ours; the move is
 * a conditional update on status 'queued' at this bank, so it moves once. Credited: bank → card
 * (tells card.paymentCredited). Failed: bank → programme ('returned', card.paymentReturned), or,
 * when the card it was sent to is no longer her working card, bank → held ('held',
 * card.paymentHeld) — and on at once to her new card if another one works. The same outcome for a
 * payment this bank settled before (a failure: the same bank transaction id, or one it failed
 * before) → 'already_confirmed'; the other → 'conflict'. Writes no exception row: the caller keeps
 * refusals. `regionCode` is the payment's, when the reference was this bank's.
 */
export async function settleCardPayment(
  tx: Tx,
  deps: LedgerDeps,
  now: Date,
  partnerId: string,
  confirmation: CreditConfirmation,
  act: LedgerAct = {},
): Promise<{ outcome: SettleOutcome; paymentId: string | null; regionCode: string | null }> {
  return auditedLast(tx, act, (audit, inner) => settle(tx, deps, now, partnerId, confirmation, audit, inner))
}

async function settle(
  tx: Tx,
  deps: LedgerDeps,
  now: Date,
  partnerId: string,
  confirmation: CreditConfirmation,
  audit: Audit,
  act: LedgerAct,
): Promise<{ outcome: SettleOutcome; paymentId: string | null; regionCode: string | null }> {
  const [payment] = await tx.select().from(cardPayments).where(eq(cardPayments.reference, confirmation.reference))
  if (!payment || !(payment.partnerId === partnerId || (await wasAtBank(tx, payment.id, partnerId)))) {
    return { outcome: 'unknown_reference', paymentId: null, regionCode: null }
  }
  const answer = (outcome: SettleOutcome) => ({ outcome, paymentId: payment.id, regionCode: payment.regionCode })
  if (payment.amountFen !== confirmation.amountFen) return answer('amount_mismatch')

  const at = now.toISOString()
  const bank = ledgerAccount.bank(partnerId)
  // Queued at this bank, and not under the transaction id of a failure already counted.
  const queuedHere = and(
    eq(cardPayments.id, payment.id),
    eq(cardPayments.status, 'queued'),
    eq(cardPayments.partnerId, partnerId),
    or(isNull(cardPayments.bankTransactionId), ne(cardPayments.bankTransactionId, confirmation.bankTransactionId)),
  )
  const bankTransactionId = confirmation.bankTransactionId
  if (confirmation.outcome === 'credited') {
    const [credited] = await tx.update(cardPayments).set({ status: 'credited', bankTransactionId, creditedAt: at, updatedAt: at }).where(queuedHere).returning()
    if (credited) {
      await journal(tx, deps, now, credited, 'credited', bank, ledgerAccount.card(credited.cardId as string))
      await tellHolder(tx, deps, act, now, credited, await cardById(tx, credited.cardId), 'card.paymentCredited')
      audit(now, credited.holderUserId, { action: 'card.creditPayment', kind: 'write', objectType: 'card_payment', objectId: credited.id })
      return answer('credited')
    }
  } else {
    const live = await liveCardOf(tx, payment.holderUserId)
    const stillWorks = live !== undefined && live.id === payment.cardId && live.status === 'normal'
    const [failed] = await tx
      .update(cardPayments)
      .set(
        stillWorks
          ? { status: 'returned', bankTransactionId, returnedReason: confirmation.reason === undefined ? null : deps.sealer.seal(confirmation.reason), returnedAt: at, updatedAt: at }
          : { status: 'held', heldBecause: 'card_stopped', bankTransactionId, updatedAt: at },
      )
      .where(queuedHere)
      .returning()
    if (failed) {
      const sentTo = await cardById(tx, failed.cardId)
      if (stillWorks) {
        await journal(tx, deps, now, failed, 'returned', bank, ledgerAccount.programme(failed.source))
        await tellHolder(tx, deps, act, now, failed, sentTo, 'card.paymentReturned')
        audit(now, failed.holderUserId, { action: 'card.returnPayment', kind: 'write', objectType: 'card_payment', objectId: failed.id })
        return answer('returned')
      }
      await journal(tx, deps, now, failed, 'held', bank, ledgerAccount.held)
      audit(now, failed.holderUserId, { action: 'card.holdPayment', kind: 'write', objectType: 'card_payment', objectId: failed.id })
      // Stopped since it was sent, and a new card of hers works already: on to the new card at once.
      if ((await releaseHeldCardPayments(tx, deps, now, failed.holderUserId, act)) === 0) await tellHolder(tx, deps, act, now, failed, sentTo, 'card.paymentHeld')
      return answer('held')
    }
  }
  // Settled before, or by a confirmation at the same moment: judged as it is now.
  const [current = payment] = await tx.select().from(cardPayments).where(eq(cardPayments.id, payment.id))
  const sameWay = confirmation.outcome === 'credited' ? current.status === 'credited' && current.partnerId === partnerId : await failedAtBank(tx, current.id, partnerId)
  return answer(sameWay ? 'already_confirmed' : 'conflict')
}

/**
 * Where a programme's payment stands, by the programme's own reference: what a programme that pays
 * onto the card (a training or flexible-worker subsidy) asks, as it would ask a payment channel.
 * Undefined: never ordered.
 */
export async function cardPaymentOf(q: Query, source: CardPaymentSource, sourceRef: string): Promise<Pick<CardPaymentRow, 'id' | 'status' | 'reference' | 'bankTransactionId' | 'creditedAt' | 'returnedAt'> | undefined> {
  const [row] = await q
    .select({ id: cardPayments.id, status: cardPayments.status, reference: cardPayments.reference, bankTransactionId: cardPayments.bankTransactionId, creditedAt: cardPayments.creditedAt, returnedAt: cardPayments.returnedAt })
    .from(cardPayments)
    .where(and(eq(cardPayments.source, source), eq(cardPayments.sourceRef, sourceRef)))
  return row
}

/** Whether a person holds a card that money can be ordered onto (live, of a partner bank): held if it is stopped, never lost. */
export async function holdsPayableCard(q: Query, holderUserId: string): Promise<boolean> {
  return (await payableCardOf(q, holderUserId)) !== undefined
}

/** The card `holdsPayableCard` finds, by its masked number only (what her own pages show of it); undefined when she holds none. */
export async function payableCardOf(q: Query, holderUserId: string): Promise<{ cardNumberMasked: string } | undefined> {
  const [row] = await q
    .select({ cardNumberMasked: cards.cardNumberMasked })
    .from(cards)
    .where(and(eq(cards.holderUserId, holderUserId), ne(cards.status, 'cancelled'), isNotNull(cards.issuerPartnerId)))
    .limit(1)
  return row
}

/** A person's live card: the one not cancelled (at most one), or none. */
async function liveCardOf(tx: Tx, holderUserId: string): Promise<CardRow | undefined> {
  const [row] = await tx
    .select()
    .from(cards)
    .where(and(eq(cards.holderUserId, holderUserId), ne(cards.status, 'cancelled')))
    .limit(1)
  return row
}

async function cardById(tx: Tx, cardId: string | null): Promise<CardRow | undefined> {
  if (cardId === null) return undefined
  const [row] = await tx.select().from(cards).where(eq(cards.id, cardId))
  return row
}

function heldBecauseOf(card: CardRow | undefined): HeldBecause {
  // A normal card of a bank that is no partner takes no payment: to her, as having no card here.
  return card === undefined || card.status === 'normal' ? 'no_card' : 'card_stopped'
}

/** Whether the payment ever went to this bank (it may have gone on to another since). */
async function wasAtBank(tx: Tx, paymentId: string, partnerId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: cardLedgerEntries.id })
    .from(cardLedgerEntries)
    .where(and(eq(cardLedgerEntries.paymentId, paymentId), eq(cardLedgerEntries.account, ledgerAccount.bank(partnerId))))
    .limit(1)
  return row !== undefined
}

/** Whether this bank failed the payment before: money went out of its account other than onto the card. */
async function failedAtBank(tx: Tx, paymentId: string, partnerId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: cardLedgerEntries.id })
    .from(cardLedgerEntries)
    .where(
      and(
        eq(cardLedgerEntries.paymentId, paymentId),
        eq(cardLedgerEntries.account, ledgerAccount.bank(partnerId)),
        inArray(cardLedgerEntries.movement, ['returned', 'held']),
        lt(cardLedgerEntries.amountFen, 0),
      ),
    )
    .limit(1)
  return row !== undefined
}

/** The reference the bank sees: `CP` and 16 characters that are easy to read out. */
function newReference(deps: LedgerDeps): string {
  return `CP${newCode(deps.random, 16)}`
}

/** One movement: the payment's amount out of `from` (credit, negative) and into `to` (debit, positive). */
async function journal(tx: Tx, deps: LedgerDeps, now: Date, payment: CardPaymentRow, movement: LedgerMovementKind, from: string, to: string): Promise<void> {
  const journalId = newId(deps.random, now.getTime())
  const at = now.toISOString()
  const entry = (account: string, amountFen: number) => ({ id: newId(deps.random, now.getTime()), journalId, paymentId: payment.id, movement, account, amountFen, at })
  await tx.insert(cardLedgerEntries).values([entry(to, payment.amountFen), entry(from, -payment.amountFen)])
}

type PaymentTemplate = Extract<MessageTemplate, 'card.paymentCredited' | 'card.paymentHeld' | 'card.paymentReturned'>

/** Yuan with two decimals from integer fen, without floating point: 10000 → `100.00`. */
export function yuanOf(amountFen: number): string {
  const fen = Math.abs(amountFen)
  return `${amountFen < 0 ? '-' : ''}${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
}

/** Her inbox message about a payment, in its transaction: the card by its masked number only. */
async function tellHolder(tx: Tx, deps: LedgerDeps, act: LedgerAct, now: Date, payment: CardPaymentRow, card: CardRow | undefined, template: PaymentTemplate): Promise<void> {
  if (act.quiet) return
  await notify(tx, deps.random, now, {
    userId: payment.holderUserId,
    template,
    params: { amountYuan: yuanOf(payment.amountFen), cardNumberMasked: card?.cardNumberMasked ?? '', source: payment.source },
    link: pageLink('myCardPayments'),
  })
}

type Audit = (at: Date, holderUserId: string, entry: AuditEntry) => void

/**
 * Runs `work` with somewhere to note its audit rows, each about the payment's holder: the caller's
 * sink, else rows appended once the work is done (appending holds the head of the audit chain,
 * which every writer waits for, until the commit).
 */
async function auditedLast<T>(tx: Tx, act: LedgerAct, work: (audit: Audit, inner: LedgerAct) => Promise<T>): Promise<T> {
  const noted: [Date, Actor, AuditEntry][] = []
  const sink: AuditSink = act.audit ?? { add: (...row) => noted.push(row) }
  const actor = act.actor ?? systemActor
  const result = await work((at, holderUserId, entry) => sink.add(at, { ...actor, subjectUserId: holderUserId }, entry), { ...act, actor, audit: sink })
  await appendAuditRows(tx, noted)
  return result
}
