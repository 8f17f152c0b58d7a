import { and, asc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm'
import type { Query } from '../../db/database'
import { cardCreditExceptions, cardLedgerEntries, cardPayments, partners, realNames } from '../../db/schema'
import { inRegionScope } from '../../platform/region-scope'

/*
 * The day's reconciliation read from the ledger (decision 068): where each payment's money stood
 * at the end of a day is the sum of its entries up to then, so a past day reads the same whatever
 * happened since. Every query is of the payments of the region asked, by the one region-scope rule.
 */

const entries = cardLedgerEntries

/** The banks' accounts, `bank:<partner id>`, as a range (`;` follows `:`): no LIKE, the same on both engines. */
const bankAccount = and(gte(entries.account, 'bank:'), lt(entries.account, 'bank;'))

/** Entries of the region's payments before an instant, and whatever else is asked of them. */
function ofRegion(regionCode: string, before: string, ...more: (SQL | undefined)[]): SQL | undefined {
  return and(inRegionScope(cardPayments.regionCode, regionCode), lt(entries.at, before), ...more)
}

const count = (when: SQL) => sql<number>`sum(case when ${when} then 1 else 0 end)`.mapWith(Number)
const total = (when: SQL, amount: SQL) => sql<number>`sum(case when ${when} then ${amount} else 0 end)`.mapWith(Number)

/** Most items of each kind a reconciliation lists: a day far beyond it is a matter for the bank and the office, not a page. */
const maxItems = 1000

export interface BankDayRow {
  readonly account: string
  readonly queuedCount: number
  readonly queuedFen: number
  readonly creditedCount: number
  readonly creditedFen: number
  readonly returnedCount: number
  readonly returnedFen: number
}

/** Per bank, what went to it (ordered or released), what it credited and what it returned within [from, before). */
export function bankDays(q: Query, regionCode: string, from: string, before: string): Promise<BankDayRow[]> {
  const sent = sql`${entries.amountFen} > 0`
  const credited = sql`${entries.movement} = ${'credited'}`
  const returned = sql`${entries.movement} = ${'returned'}`
  const out = sql`-${entries.amountFen}`
  return q
    .select({
      account: entries.account,
      queuedCount: count(sent),
      queuedFen: total(sent, sql`${entries.amountFen}`),
      creditedCount: count(credited),
      creditedFen: total(credited, out),
      returnedCount: count(returned),
      returnedFen: total(returned, out),
    })
    .from(entries)
    .innerJoin(cardPayments, eq(cardPayments.id, entries.paymentId))
    .where(ofRegion(regionCode, before, bankAccount, gte(entries.at, from)))
    .groupBy(entries.account)
    .orderBy(asc(entries.account))
}

/** Each payment of the region at a bank at the instant, with when it last went there. */
function atBanks(q: Query, regionCode: string, before: string) {
  return q
    .select({
      account: entries.account,
      paymentId: entries.paymentId,
      balance: sql<number>`sum(${entries.amountFen})`.mapWith(Number).as('balance'),
      sentAt: sql<string>`max(case when ${entries.amountFen} > 0 then ${entries.at} end)`.as('sent_at'),
    })
    .from(entries)
    .innerJoin(cardPayments, eq(cardPayments.id, entries.paymentId))
    .where(ofRegion(regionCode, before, bankAccount))
    .groupBy(entries.account, entries.paymentId)
    .having(sql`sum(${entries.amountFen}) > 0`)
    .as('at_bank')
}

/** Per bank, the payments still with it at the instant, whenever sent. */
export function outstandingAt(q: Query, regionCode: string, before: string): Promise<{ account: string; count: number; fen: number }[]> {
  const atBank = atBanks(q, regionCode, before)
  return q
    .select({ account: atBank.account, count: sql<number>`count(*)`.mapWith(Number), fen: sql<number>`sum(${atBank.balance})`.mapWith(Number) })
    .from(atBank)
    .groupBy(atBank.account)
    .orderBy(asc(atBank.account))
}

export interface UnconfirmedRow {
  readonly account: string
  readonly reference: string | null
  readonly amountFen: number
  readonly sentAt: string
  readonly nameEnc: string | null
}

/** The payments still with a bank at the instant that went there before `sentBefore`: the bank owes its word on them. */
export function unconfirmedAt(q: Query, regionCode: string, before: string, sentBefore: string): Promise<UnconfirmedRow[]> {
  const atBank = atBanks(q, regionCode, before)
  return q
    .select({ account: atBank.account, reference: cardPayments.reference, amountFen: cardPayments.amountFen, sentAt: atBank.sentAt, nameEnc: realNames.nameEnc })
    .from(atBank)
    .innerJoin(cardPayments, eq(cardPayments.id, atBank.paymentId))
    .leftJoin(realNames, eq(realNames.userId, cardPayments.holderUserId))
    .where(lt(atBank.sentAt, sentBefore))
    .orderBy(asc(atBank.sentAt), asc(cardPayments.id))
    .limit(maxItems)
}

/** The region's payments held at the instant: count and fen. */
export async function heldAt(q: Query, regionCode: string, before: string): Promise<{ count: number; fen: number }> {
  const held = q
    .select({ paymentId: entries.paymentId, balance: sql<number>`sum(${entries.amountFen})`.mapWith(Number).as('balance') })
    .from(entries)
    .innerJoin(cardPayments, eq(cardPayments.id, entries.paymentId))
    .where(ofRegion(regionCode, before, eq(entries.account, 'held')))
    .groupBy(entries.paymentId)
    .having(sql`sum(${entries.amountFen}) > 0`)
    .as('held_payment')
  const [row] = await q.select({ count: sql<number>`count(*)`.mapWith(Number), fen: sql<number>`coalesce(sum(${held.balance}), 0)`.mapWith(Number) }).from(held)
  return row ?? { count: 0, fen: 0 }
}

/** Whether every journal of the region's payments sums to zero: looks for one that does not. */
export async function regionBalances(q: Query, regionCode: string): Promise<boolean> {
  const unbalanced = await q
    .select({ journalId: entries.journalId })
    .from(entries)
    .innerJoin(cardPayments, eq(cardPayments.id, entries.paymentId))
    .where(inRegionScope(cardPayments.regionCode, regionCode))
    .groupBy(entries.journalId)
    .having(sql`sum(${entries.amountFen}) <> 0`)
    .limit(1)
  return unbalanced.length === 0
}

/** The banks that held any payment of the region before the instant, as their accounts. */
export async function bankAccountsOf(q: Query, regionCode: string, before: string): Promise<string[]> {
  const rows = await q
    .selectDistinct({ account: entries.account })
    .from(entries)
    .innerJoin(cardPayments, eq(cardPayments.id, entries.paymentId))
    .where(ofRegion(regionCode, before, bankAccount))
    .orderBy(asc(entries.account))
  return rows.map((row) => row.account)
}

export interface ExceptionRow {
  readonly partnerId: string
  readonly reference: string
  readonly why: (typeof cardCreditExceptions.$inferSelect)['why']
  readonly bankAmountFen: number | null
  readonly at: string
  readonly amountFen: number | null
  readonly nameEnc: string | null
}

/**
 * The banks' refused lines within [from, before) about the region's payments, and those about no
 * payment of ours (no region, nothing personal), which every officer sees under their bank.
 */
export function exceptionsOf(q: Query, regionCode: string, from: string, before: string): Promise<ExceptionRow[]> {
  const exceptions = cardCreditExceptions
  return q
    .select({
      partnerId: exceptions.partnerId,
      reference: exceptions.reference,
      why: exceptions.why,
      bankAmountFen: exceptions.bankAmountFen,
      at: exceptions.at,
      amountFen: cardPayments.amountFen,
      nameEnc: realNames.nameEnc,
    })
    .from(exceptions)
    .leftJoin(cardPayments, eq(cardPayments.id, exceptions.paymentId))
    .leftJoin(realNames, eq(realNames.userId, cardPayments.holderUserId))
    .where(and(gte(exceptions.at, from), lt(exceptions.at, before), or(isNull(exceptions.regionCode), inRegionScope(exceptions.regionCode, regionCode))))
    .orderBy(asc(exceptions.at), asc(exceptions.id))
    .limit(maxItems)
}

export async function partnerNames(q: Query, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await q.select({ id: partners.id, name: partners.name }).from(partners).where(inArray(partners.id, [...ids]))
  return new Map(rows.map((row) => [row.id, row.name]))
}
