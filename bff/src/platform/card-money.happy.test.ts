import { and, eq, inArray, ne } from 'drizzle-orm'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { CardPaymentSource } from '@renshe/shared/card/money'
import { maskCardNumber } from '@renshe/shared/card/schemas'
import { cardLedgerEntries, cardPayments, cards } from '../db/schema'
import { bankIds } from '../testing/card-application-flows'
import { createTestContext, type TestContext } from '../testing/harness'
import { userIdOf } from '../testing/wages-flows'
import { minutes } from './clock'
import { ledgerAccount, orderCardPayment, releaseHeldCardPayments, settleCardPayment, yuanOf } from './card-money'
import { newId } from './random'

/*
 * The ledger's invariants under random sequences of what happens to payments and cards (decision
 * 068): programmes order, cards stop, work again or are replaced by another bank's, and banks
 * confirm (rightly, wrongly, or again). After every sequence each journal sums to zero, and each
 * account's balance is what the payments' statuses say it should be.
 */

const holders = ['citizen-zhang', 'elder-wang'] as const
const banks = [bankIds.icbc, bankIds.wzbank] as const

type Step =
  | { kind: 'order'; holder: number; amountFen: number; source: CardPaymentSource }
  | { kind: 'stop'; holder: number }
  | { kind: 'work'; holder: number }
  | { kind: 'replace'; holder: number; bank: number }
  | { kind: 'settle'; payment: number; outcome: 'credited' | 'failed'; transaction: number; otherBank: boolean; wrongAmount: boolean }
  | { kind: 'again'; confirmation: number }

const holder = fc.integer({ min: 0, max: holders.length - 1 })
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('order' as const), holder, amountFen: fc.integer({ min: 1, max: 1_000_000 }), source: fc.constantFrom(...CardPaymentSource.options) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('stop' as const), holder }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('work' as const), holder }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), holder, bank: fc.integer({ min: 0, max: banks.length - 1 }) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('settle' as const),
      payment: fc.nat(),
      outcome: fc.constantFrom('credited' as const, 'failed' as const),
      transaction: fc.integer({ min: 0, max: 2 }),
      otherBank: fc.boolean(),
      wrongAmount: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('again' as const), confirmation: fc.nat() }) },
)

interface World {
  readonly t: TestContext
  readonly userIds: string[]
  readonly sent: { partnerId: string; confirmation: Parameters<typeof settleCardPayment>[4] }[]
  cardsMade: number
}

async function apply(world: World, s: Step): Promise<void> {
  const { t } = world
  t.clock.advance(minutes(1))
  const now = t.clock.now()
  const at = now.toISOString()
  switch (s.kind) {
    case 'order': {
      const holderUserId = world.userIds[s.holder] as string
      const order = { holderUserId, source: s.source, sourceRef: newId(t.deps.random), period: null, amountFen: s.amountFen, regionCode: '330302' }
      await t.deps.db.transaction((tx) => orderCardPayment(tx, t.deps, now, order))
      return
    }
    case 'stop': {
      const holderUserId = world.userIds[s.holder] as string
      await t.deps.db.transaction((tx) => tx.update(cards).set({ status: 'temporarily_lost', updatedAt: at }).where(and(eq(cards.holderUserId, holderUserId), eq(cards.status, 'normal'))))
      return
    }
    case 'work': {
      const holderUserId = world.userIds[s.holder] as string
      await t.deps.db.transaction(async (tx) => {
        await tx.update(cards).set({ status: 'normal', updatedAt: at }).where(and(eq(cards.holderUserId, holderUserId), eq(cards.status, 'temporarily_lost')))
        await releaseHeldCardPayments(tx, t.deps, now, holderUserId)
      })
      return
    }
    case 'replace': {
      const holderUserId = world.userIds[s.holder] as string
      world.cardsMade += 1
      const number = `B${String(world.cardsMade).padStart(8, '0')}`
      const partnerId = banks[s.bank] as string
      await t.deps.db.transaction(async (tx) => {
        await tx.update(cards).set({ status: 'cancelled', updatedAt: at }).where(and(eq(cards.holderUserId, holderUserId), ne(cards.status, 'cancelled')))
        await tx.insert(cards).values({
          id: newId(t.deps.random),
          holderUserId,
          cardNumberEnc: t.deps.sealer.seal(number),
          cardNumberIndex: t.deps.blindIndex('card_number', number),
          cardNumberMasked: maskCardNumber(number),
          regionCode: '330302',
          issuingBank: partnerId,
          issuedOn: '2026-11-29',
          validUntil: '2036-11-29',
          status: 'normal',
          temporaryLossAt: null,
          temporaryLossUntil: null,
          issuerPartnerId: partnerId,
          createdAt: at,
          updatedAt: at,
        })
        await releaseHeldCardPayments(tx, t.deps, now, holderUserId)
      })
      return
    }
    case 'settle': {
      const sent = await t.deps.db.read((q) => q.select().from(cardPayments).where(inArray(cardPayments.holderUserId, world.userIds)).orderBy(cardPayments.orderedAt, cardPayments.id))
      const withReference = sent.filter((payment) => payment.reference !== null)
      const payment = withReference[s.payment % Math.max(withReference.length, 1)]
      if (!payment?.reference || !payment.partnerId) return
      const partnerId = s.otherBank ? (banks.find((bank) => bank !== payment.partnerId) as string) : payment.partnerId
      const confirmation = {
        reference: payment.reference,
        outcome: s.outcome,
        amountFen: payment.amountFen + (s.wrongAmount ? 1 : 0),
        bankTransactionId: `TX-${payment.id}-${s.transaction}`,
        at,
      }
      world.sent.push({ partnerId, confirmation })
      await t.deps.db.transaction((tx) => settleCardPayment(tx, t.deps, now, partnerId, confirmation))
      return
    }
    case 'again': {
      const earlier = world.sent[s.confirmation % Math.max(world.sent.length, 1)]
      if (!earlier) return
      await t.deps.db.transaction((tx) => settleCardPayment(tx, t.deps, now, earlier.partnerId, earlier.confirmation))
    }
  }
}

/** What each account should hold, from the payments' statuses alone. */
function expectedBalances(payments: (typeof cardPayments.$inferSelect)[]): Map<string, number> {
  const balances = new Map<string, number>()
  const add = (account: string, fen: number) => balances.set(account, (balances.get(account) ?? 0) + fen)
  for (const payment of payments) {
    if (payment.status !== 'returned') add(ledgerAccount.programme(payment.source), -payment.amountFen)
    if (payment.status === 'held') add(ledgerAccount.held, payment.amountFen)
    if (payment.status === 'queued') add(ledgerAccount.bank(payment.partnerId as string), payment.amountFen)
    if (payment.status === 'credited') add(ledgerAccount.card(payment.cardId as string), payment.amountFen)
  }
  return balances
}

async function expectLedgerMatches(t: TestContext): Promise<void> {
  const [payments, entries] = await t.deps.db.read((q) => Promise.all([q.select().from(cardPayments), q.select().from(cardLedgerEntries)]))
  const journals = new Map<string, { sum: number; count: number }>()
  const balances = new Map<string, number>()
  for (const entry of entries) {
    const journal = journals.get(entry.journalId) ?? { sum: 0, count: 0 }
    journals.set(entry.journalId, { sum: journal.sum + entry.amountFen, count: journal.count + 1 })
    balances.set(entry.account, (balances.get(entry.account) ?? 0) + entry.amountFen)
  }
  for (const [id, journal] of journals) expect(journal, id).toEqual({ sum: 0, count: 2 })
  const expected = expectedBalances(payments)
  const accounts = new Set([...balances.keys(), ...expected.keys()])
  for (const account of accounts) expect(balances.get(account) ?? 0, account).toBe(expected.get(account) ?? 0)
  // A payment queued or credited has its bank's reference; a payment with a card is on one of hers.
  for (const payment of payments) {
    if (payment.status === 'queued' || payment.status === 'credited') expect(payment.reference, payment.id).toMatch(/^CP/)
    if (payment.status === 'held') expect(payment.heldBecause, payment.id).not.toBeNull()
  }
}

test('whatever orders, losses, replacements and confirmations come, in any order and again, every journal sums to zero and each account holds what the statuses say', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
      const t = await createTestContext()
      const world: World = { t, userIds: await Promise.all(holders.map((account) => userIdOf(t, account))), sent: [], cardsMade: 0 }
      const settledBefore = new Map<string, string>()
      for (const s of steps) {
        await apply(world, s)
        // Credited or returned is final: no later word moves it.
        const now = await t.deps.db.read((q) => q.select({ id: cardPayments.id, status: cardPayments.status }).from(cardPayments))
        for (const { id, status } of now) {
          const before = settledBefore.get(id)
          if (before) expect(status, id).toBe(before)
          if (status === 'credited' || status === 'returned') settledBefore.set(id, status)
        }
      }
      await expectLedgerMatches(t)
    }),
    { numRuns: 40 },
  )
})

test('fen are shown as yuan with two decimals, without floating point', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100_000_000 }), (fen) => {
      const yuan = yuanOf(fen)
      expect(yuan).toMatch(/^\d+\.\d{2}$/)
      expect(Number(yuan.replace('.', ''))).toBe(fen)
    }),
  )
  expect([yuanOf(10_000), yuanOf(5), yuanOf(1_234_567)]).toEqual(['100.00', '0.05', '12345.67'])
})
