import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import type { CreditConfirmation } from '@renshe/shared/card/money'
import { cardPayments } from '../../db/schema'
import { days, minutes } from '../../platform/clock'
import { orderCardPayment, settleCardPayment } from '../../platform/card-money'
import { applied, bankIds, bankKeys, collect, outletIds, producedAndDelivered, receiptOf } from '../../testing/card-application-flows'
import { cancelLoss, cardInboxOf, reported, setCardStatus } from '../../testing/card-flows'
import { getMyPayments } from '../../testing/card-holder-payments'
import { allLedgerEntries, confirmationOf, orderedPayment, paymentRow } from '../../testing/card-money-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors } from '../../testing/http'
import { userIdOf } from '../../testing/wages-flows'

function settle(t: TestContext, partnerId: string, confirmation: CreditConfirmation) {
  return t.deps.db.transaction((tx) => settleCardPayment(tx, t.deps, t.clock.now(), partnerId, confirmation))
}

test('a page asked for with a limit out of range, not a number, or with a filter it does not take is refused, field by field', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  expect(await expectFieldErrors(await getMyPayments(t, { token }, { limit: '0' }))).toEqual({ 'query.limit': 'field.tooShort' })
  expect(await expectFieldErrors(await getMyPayments(t, { token }, { limit: '101' }))).toEqual({ 'query.limit': 'field.tooLong' })
  expect(await expectFieldErrors(await getMyPayments(t, { token }, { limit: 'ten' }))).toEqual({ 'query.limit': 'field.invalid' })
  expect(Object.keys(await expectFieldErrors(await getMyPayments(t, { token }, { holderUserId: await userIdOf(t, 'elder-wang') })))).toEqual(['query'])
  expect((await auditRows(t)).filter((row) => row.action === 'card.getMyCardPayments')).toEqual([])
})

test('a reference that is not ours, or another bank’s, an amount other than ours, or the other outcome for a settled payment moves nothing', async () => {
  const t = await createTestContext()
  const zhangs = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'z', amountFen: 10_000 })
  const wangs = await orderedPayment(t, 'elder-wang', { sourceRef: 'w', amountFen: 10_000 })
  const before = await allLedgerEntries(t)

  expect(await settle(t, bankIds.icbc, confirmationOf(t, zhangs, { reference: 'CPNOTOURS0000000' }))).toEqual({ outcome: 'unknown_reference', paymentId: null, regionCode: null })
  // 温州银行's payment, confirmed by ICBC: answered as a reference never seen.
  expect(await settle(t, bankIds.icbc, confirmationOf(t, wangs))).toEqual({ outcome: 'unknown_reference', paymentId: null, regionCode: null })
  expect(await settle(t, bankIds.icbc, confirmationOf(t, zhangs, { amountFen: 10_001 }))).toEqual({ outcome: 'amount_mismatch', paymentId: zhangs.id, regionCode: '330302' })
  expect(await allLedgerEntries(t)).toEqual(before)
  expect((await paymentRow(t, zhangs.id)).status).toBe('queued')
  expect((await paymentRow(t, wangs.id)).status).toBe('queued')

  expect((await settle(t, bankIds.icbc, confirmationOf(t, zhangs))).outcome).toBe('credited')
  const credited = await allLedgerEntries(t)
  expect((await settle(t, bankIds.icbc, confirmationOf(t, zhangs, { outcome: 'failed', bankTransactionId: 'TX-F' }))).outcome).toBe('conflict')
  expect((await settle(t, bankIds.icbc, confirmationOf(t, zhangs, { bankTransactionId: 'TX-OTHER' }))).outcome).toBe('already_confirmed')
  expect((await settle(t, bankIds.wzbank, confirmationOf(t, wangs, { outcome: 'failed' }))).outcome).toBe('returned')
  const returned = await allLedgerEntries(t)
  expect((await settle(t, bankIds.wzbank, confirmationOf(t, wangs, { outcome: 'failed' }))).outcome).toBe('already_confirmed')
  expect((await settle(t, bankIds.wzbank, confirmationOf(t, wangs, { bankTransactionId: 'TX-LATE' }))).outcome).toBe('conflict')
  expect(await allLedgerEntries(t)).toEqual(returned)
  expect(returned.length).toBe(credited.length + 2)
  expect((await paymentRow(t, zhangs.id)).status).toBe('credited')
  expect((await paymentRow(t, wangs.id)).status).toBe('returned')
})

test('a failure for a card stopped since it was sent comes back held, not to the programme; her bank’s old word sent again does not move it once it is sent anew', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const payment = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'stopped', amountFen: 5_000 })
  await reported(t, { token })
  t.clock.advance(minutes(5))
  const failure = confirmationOf(t, payment, { outcome: 'failed', bankTransactionId: 'TX-F1', reason: '卡片已挂失' })
  expect(await settle(t, bankIds.icbc, failure)).toEqual({ outcome: 'held', paymentId: payment.id, regionCode: '330302' })
  expect(await paymentRow(t, payment.id)).toMatchObject({ status: 'held', heldBecause: 'card_stopped', returnedAt: null })
  const [told] = await cardInboxOf(t, await t.login('citizen-zhang'))
  expect(told).toMatchObject({ template: 'card.paymentHeld', params: { amountYuan: '50.00', cardNumberMasked: 'A****1234' } })
  expect((await settle(t, bankIds.icbc, failure)).outcome).toBe('already_confirmed')

  t.clock.advance(minutes(5))
  await cancelLoss(t, { token: await t.login('citizen-zhang') })
  expect(await paymentRow(t, payment.id)).toMatchObject({ status: 'queued', partnerId: bankIds.icbc, reference: payment.reference })
  // Yesterday's file again: the failure is already counted, and the payment stays with the bank.
  const entries = await allLedgerEntries(t)
  expect((await settle(t, bankIds.icbc, failure)).outcome).toBe('already_confirmed')
  expect((await settle(t, bankIds.icbc, { ...failure, outcome: 'credited' })).outcome).toBe('conflict')
  expect(await allLedgerEntries(t)).toEqual(entries)
  expect((await paymentRow(t, payment.id)).status).toBe('queued')
  expect((await settle(t, bankIds.icbc, confirmationOf(t, payment, { bankTransactionId: 'TX-C2' }))).outcome).toBe('credited')
})

test('a failure for a card replaced by another bank’s since goes on to the new card at once; the old bank can neither credit it nor move it again', async () => {
  const t = await createTestContext()
  const token = await t.login('elder-wang')
  const payment = await orderedPayment(t, 'elder-wang', { sourceRef: 'moved', amountFen: 10_000 })
  expect(payment.partnerId).toBe(bankIds.wzbank)
  const application = await applied(t, { token }, { kind: 'replacement', reason: 'damaged', outletId: outletIds.icbcLucheng })
  await producedAndDelivered(t, bankKeys.icbc, application.id)
  t.clock.advance(days(1))
  await receiptOf(await collect(t, bankKeys.icbc, application.id, { reference: 'ICBC-C-2', idNumber: '330302194406080025' }))
  // Still at 温州银行, for the old card: the bank fails it.
  expect((await paymentRow(t, payment.id)).partnerId).toBe(bankIds.wzbank)
  const failure = confirmationOf(t, payment, { outcome: 'failed', bankTransactionId: 'WZB-F' })
  expect((await settle(t, bankIds.wzbank, failure)).outcome).toBe('held')
  const moved = await paymentRow(t, payment.id)
  expect(moved).toMatchObject({ status: 'queued', partnerId: bankIds.icbc, reference: payment.reference })
  expect(moved.cardId).not.toBe(payment.cardId)
  expect((await cardInboxOf(t, await t.login('elder-wang'))).map((message) => message.template)).not.toContain('card.paymentHeld')

  const entries = await allLedgerEntries(t)
  expect((await settle(t, bankIds.wzbank, failure)).outcome).toBe('already_confirmed')
  expect((await settle(t, bankIds.wzbank, { ...failure, outcome: 'credited', bankTransactionId: 'WZB-C' })).outcome).toBe('conflict')
  expect(await allLedgerEntries(t)).toEqual(entries)
  expect((await settle(t, bankIds.icbc, confirmationOf(t, payment, { bankTransactionId: 'ICBC-C' }))).outcome).toBe('credited')
  expect(await paymentRow(t, payment.id)).toMatchObject({ status: 'credited', cardId: moved.cardId })
})

test('a payment of no fen, of a fraction of a fen or of a negative amount is never ordered, and leaves nothing behind', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const good = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'good', amountFen: 1, source: 'training_subsidy' })
  const before = await allLedgerEntries(t)
  // The one good payment's journal: programme → bank.
  expect(before).toHaveLength(2)
  for (const amountFen of [0, -100, 10.5, Number.NaN]) {
    const order = { holderUserId: zhang, source: 'training_subsidy', sourceRef: `bad-${amountFen}`, period: null, amountFen, regionCode: '330302' } as const
    await expect(t.deps.db.transaction((tx) => orderCardPayment(tx, t.deps, t.clock.now(), order))).rejects.toThrow(/positive number of fen/)
  }
  expect((await t.deps.db.read((q) => q.select().from(cardPayments).where(eq(cardPayments.holderUserId, zhang)))).map((row) => row.id)).toEqual([good.id])
  expect(await allLedgerEntries(t)).toEqual(before)
})

test('a card that is lost or being replaced holds a payment as stopped; a card stopped for good, with no other, as no card', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  await setCardStatus(t, zhang, 'lost')
  expect(await orderedPayment(t, 'citizen-zhang', { sourceRef: 'lost', amountFen: 100 })).toMatchObject({ status: 'held', heldBecause: 'card_stopped' })
  await setCardStatus(t, zhang, 'being_replaced')
  expect(await orderedPayment(t, 'citizen-zhang', { sourceRef: 'replacing', amountFen: 100 })).toMatchObject({ status: 'held', heldBecause: 'card_stopped' })
  await setCardStatus(t, zhang, 'cancelled')
  expect(await orderedPayment(t, 'citizen-zhang', { sourceRef: 'cancelled', amountFen: 100 })).toMatchObject({ status: 'held', heldBecause: 'no_card', cardId: null })
})
