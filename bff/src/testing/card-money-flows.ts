import iconv from 'iconv-lite'
import { and, asc, eq, ne } from 'drizzle-orm'
import { CardReconciliation, CreditConfirmationResult, PartnerCreditList, type CardPaymentSource, type CreditConfirmation, type PartnerCredit } from '@renshe/shared/card/money'
import { cardCreditExceptions, cardCreditFiles, cardLedgerEntries, cardPayments, cards } from '../db/schema'
import { orderCardPayment, type CardPaymentRow } from '../platform/card-money'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { upload } from './uploads'
import { userIdOf } from './wages-flows'

/** Steps of the money-onto-the-card tests (decision 068): a programme's order beneath the API, the bank's and officers' calls through it. */

export interface TestOrder {
  readonly sourceRef: string
  readonly amountFen: number
  readonly source?: CardPaymentSource
  readonly period?: string | null
  /** The holder's region; her live card's county unless said. */
  readonly regionCode?: string
}

/** A programme orders a payment onto the person's card, as the retiree module's pay day does: queued to her card's bank, or held. */
export async function orderedPayment(t: TestContext, account: string, order: TestOrder): Promise<CardPaymentRow> {
  const holderUserId = await userIdOf(t, account)
  const [card] = await t.deps.db.read((q) => q.select({ regionCode: cards.regionCode }).from(cards).where(and(eq(cards.holderUserId, holderUserId), ne(cards.status, 'cancelled'))))
  const { paymentId } = await t.deps.db.transaction((tx) =>
    orderCardPayment(tx, t.deps, t.clock.now(), {
      holderUserId,
      source: order.source ?? 'longevity_allowance',
      sourceRef: order.sourceRef,
      period: order.period ?? null,
      amountFen: order.amountFen,
      regionCode: order.regionCode ?? card?.regionCode ?? '330302',
    }),
  )
  return paymentRow(t, paymentId)
}

/** The bank's word on a payment it was sent: the reference and amount as ours, credited, now. */
export function confirmationOf(t: TestContext, payment: CardPaymentRow, change: Partial<CreditConfirmation> = {}): CreditConfirmation {
  return { reference: payment.reference ?? '', outcome: 'credited', amountFen: payment.amountFen, bankTransactionId: `TX-${payment.reference ?? payment.id}`, at: t.clock.now().toISOString(), ...change }
}

/* ---- The bank's calls ---- */

export function listCredits(t: TestContext, partnerKey: string, query: Record<string, string> = {}): Promise<Response> {
  const search = new URLSearchParams(query).toString()
  return t.call('GET', `/api/partner/card-credits${search ? `?${search}` : ''}`, { partnerKey })
}

export async function creditsOf(t: TestContext, partnerKey: string, query: Record<string, string> = {}): Promise<{ items: PartnerCredit[]; nextCursor: string | null }> {
  return expectOk(await listCredits(t, partnerKey, query), PartnerCreditList)
}

export function confirmCredits(t: TestContext, partnerKey: string, body: unknown): Promise<Response> {
  return t.call('POST', '/api/partner/card-credits/confirmations', { partnerKey, body })
}

export function uploadCreditFile(t: TestContext, partnerKey: string, bytes: Uint8Array, name = 'credits-20261129.csv', headers: Record<string, string> = {}): Promise<Response> {
  return upload(t, '/api/partner/card-credits/files', { file: { name, bytes, type: 'text/csv' }, headers: { 'x-partner-key': partnerKey, ...headers } })
}

export async function resultOf(response: Response): Promise<CreditConfirmationResult> {
  return expectOk(response, CreditConfirmationResult)
}

/* ---- Files as a bank's clerk writes them ---- */

export const creditFileHeaderLine = 'reference,card_number,amount,outcome,bank_transaction_id,at,reason'

/** Yuan with two decimals from fen, as the bank's file states them. */
export function yuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
}

/** One line of a confirmation file for a payment: the card's number as the bank knows it. */
export function creditLine(payment: { reference: string | null; amountFen: number }, cardNumber: string, options: { outcome?: string; amount?: string; transactionId?: string; at?: string; reason?: string } = {}): string {
  const reference = payment.reference ?? ''
  return [reference, cardNumber, options.amount ?? yuanText(payment.amountFen), options.outcome ?? 'credited', options.transactionId ?? `TX-${reference}`, options.at ?? '2026-11-29T09:30:00+08:00', options.reason ?? ''].join(',')
}

export function utf8File(...lines: string[]): Uint8Array {
  return new Uint8Array(Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'))
}

export function gbkFile(...lines: string[]): Uint8Array {
  return new Uint8Array(iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'))
}

/* ---- The officers' reconciliation ---- */

export function getReconciliation(t: TestContext, token: string, query: Record<string, string> = {}): Promise<Response> {
  const search = new URLSearchParams(query).toString()
  return t.call('GET', `/api/card/reconciliation${search ? `?${search}` : ''}`, { token })
}

export async function reconciliationOf(t: TestContext, token: string, query: Record<string, string> = {}): Promise<CardReconciliation> {
  return expectOk(await getReconciliation(t, token, query), CardReconciliation)
}

/* ---- Rows beneath the API ---- */

export async function paymentRow(t: TestContext, id: string): Promise<CardPaymentRow> {
  const [row] = await t.deps.db.read((q) => q.select().from(cardPayments).where(eq(cardPayments.id, id)))
  if (!row) throw new Error(`no payment ${id}`)
  return row
}

export function ledgerOf(t: TestContext, paymentId: string) {
  return t.deps.db.read((q) => q.select().from(cardLedgerEntries).where(eq(cardLedgerEntries.paymentId, paymentId)).orderBy(asc(cardLedgerEntries.at), asc(cardLedgerEntries.id)))
}

/** Every ledger entry: what "nothing moved" is checked against. */
export function allLedgerEntries(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(cardLedgerEntries).orderBy(asc(cardLedgerEntries.id)))
}

export function creditExceptionRows(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(cardCreditExceptions).orderBy(asc(cardCreditExceptions.at), asc(cardCreditExceptions.line), asc(cardCreditExceptions.id)))
}

export function creditFileRows(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(cardCreditFiles).orderBy(asc(cardCreditFiles.receivedAt), asc(cardCreditFiles.id)))
}
