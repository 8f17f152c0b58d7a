import { and, eq, like, ne } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { MyCardPayments, type CreditConfirmation } from '@renshe/shared/card/money'
import { MyCard } from '@renshe/shared/card/schemas'
import { assistanceOffers, cardPayments, cards } from '../../db/schema'
import { seededRetireeIds } from '../../db/seed/retiree'
import { days, minutes } from '../../platform/clock'
import { releaseHeldCardPayments, settleCardPayment, type SettleOutcome } from '../../platform/card-money'
import { applied, bankIds, bankKeys, collect, outletIds, producedAndDelivered, receiptOf } from '../../testing/card-application-flows'
import { cancelLoss, cardInboxOf, cardRowOf, reported, runCard } from '../../testing/card-flows'
import { getMyPayments, myPayments, wangConfirmsLongevity } from '../../testing/card-holder-payments'
import { confirmationOf, ledgerOf, orderedPayment, paymentRow } from '../../testing/card-money-flows'
import { auditRows, seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { runJobs, setChinaDate } from '../../testing/retiree-flows'
import { userIdOf } from '../../testing/wages-flows'

/** A payment's journals in time order as [movement, account, fen] rows, the debit of each first. */
async function movementsOf(t: TestContext, paymentId: string): Promise<[string, string, number][]> {
  const entries = [...(await ledgerOf(t, paymentId))].sort((a, b) => a.at.localeCompare(b.at) || a.journalId.localeCompare(b.journalId) || b.amountFen - a.amountFen)
  return entries.map((entry) => [entry.movement, entry.account, entry.amountFen])
}

/** The person's card that is not cancelled. */
async function cardRowOfLive(t: TestContext, holderUserId: string) {
  const [row] = await t.deps.db.read((q) => q.select().from(cards).where(and(eq(cards.holderUserId, holderUserId), ne(cards.status, 'cancelled'))))
  if (!row) throw new Error(`no live card of ${holderUserId}`)
  return row
}

async function settled(t: TestContext, partnerId: string, confirmation: CreditConfirmation): Promise<SettleOutcome> {
  return (await t.deps.db.transaction((tx) => settleCardPayment(tx, t.deps, t.clock.now(), partnerId, confirmation))).outcome
}

/** Every journal's entries sum to zero. */
async function expectBalanced(t: TestContext): Promise<void> {
  const rows = await t.deps.db.read((q) => q.select().from(cardPayments))
  for (const row of rows) {
    const sums = new Map<string, number>()
    for (const entry of await ledgerOf(t, row.id)) sums.set(entry.journalId, (sums.get(entry.journalId) ?? 0) + entry.amountFen)
    for (const [journal, sum] of sums) expect(sum, journal).toBe(0)
  }
}

test('a payment onto a card that works goes to the bank that issued it, under a reference of its own, programme → bank; ordered again, nothing more', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const card = await cardRowOf(t, zhang)
  const payment = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'offer-1:2026-11', amountFen: 12_345, period: '2026-11' })
  expect(payment).toMatchObject({
    holderUserId: zhang,
    source: 'longevity_allowance',
    period: '2026-11',
    amountFen: 12_345,
    regionCode: '330302',
    status: 'queued',
    heldBecause: null,
    cardId: card.id,
    partnerId: bankIds.icbc,
    orderedAt: t.clock.now().toISOString(),
    queuedAt: t.clock.now().toISOString(),
  })
  expect(payment.reference).toMatch(/^CP[0-9A-Z]{16}$/)
  expect(await movementsOf(t, payment.id)).toEqual([
    ['ordered', `bank:${bankIds.icbc}`, 12_345],
    ['ordered', 'programme:longevity_allowance', -12_345],
  ])
  // The portal ordered it, for her: no person acts.
  expect((await auditRows(t)).filter((row) => row.action === 'card.orderPayment')).toEqual([expect.objectContaining({ actorUserId: null, subjectUserId: zhang, objectId: payment.id })])
  // Nothing to tell while it is on its way.
  expect(await cardInboxOf(t, await t.login('citizen-zhang'))).toEqual([])

  t.clock.advance(minutes(5))
  const again = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'offer-1:2026-11', amountFen: 12_345, period: '2026-11' })
  expect(again).toEqual(payment)
  expect(await ledgerOf(t, payment.id)).toHaveLength(2)
  expect((await auditRows(t)).filter((row) => row.action === 'card.orderPayment')).toHaveLength(1)
})

test('a payment for a card reported lost is held and she is told; taking the report back sends it to her bank in the same act, under her name', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const zhang = await userIdOf(t, 'citizen-zhang')
  await reported(t, { token })
  t.clock.advance(minutes(10))
  const held = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'offer-1:2026-11', amountFen: 10_000, period: '2026-11' })
  expect(held).toMatchObject({ status: 'held', heldBecause: 'card_stopped', cardId: null, partnerId: null, reference: null, queuedAt: null })
  expect(await movementsOf(t, held.id)).toEqual([
    ['held', 'held', 10_000],
    ['held', 'programme:longevity_allowance', -10_000],
  ])
  const [told] = await cardInboxOf(t, token)
  expect(told).toMatchObject({ template: 'card.paymentHeld', params: { amountYuan: '100.00', cardNumberMasked: 'A****1234', source: 'longevity_allowance' }, link: '/features/card/pages/payments/index' })

  t.clock.advance(minutes(10))
  await expectOk(await cancelLoss(t, { token }), MyCard)
  const released = await paymentRow(t, held.id)
  expect(released).toMatchObject({ status: 'queued', heldBecause: null, cardId: (await cardRowOf(t, zhang)).id, partnerId: bankIds.icbc, queuedAt: t.clock.now().toISOString() })
  expect(released.reference).toMatch(/^CP/)
  expect((await movementsOf(t, held.id)).slice(2)).toEqual([
    ['released', `bank:${bankIds.icbc}`, 10_000],
    ['released', 'held', -10_000],
  ])
  expect((await auditRows(t)).filter((row) => row.action === 'card.releasePayment')).toEqual([expect.objectContaining({ actorUserId: zhang, subjectUserId: zhang, objectId: held.id })])
  await expectBalanced(t)
})

test('a report that lifts by itself after its days releases what was held, as the portal’s own act', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const zhang = await userIdOf(t, 'citizen-zhang')
  await reported(t, { token })
  const first = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'offer-1:2026-11', amountFen: 10_000 })
  t.clock.advance(minutes(1))
  const second = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'subsidy-7', amountFen: 2_500, source: 'training_subsidy' })
  t.clock.advance(days(6))
  expect((await runCard(t)).lifted).toBe(0)
  expect((await paymentRow(t, first.id)).status).toBe('held')

  t.clock.advance(days(2))
  expect((await runCard(t)).lifted).toBe(1)
  for (const payment of [first, second]) expect(await paymentRow(t, payment.id)).toMatchObject({ status: 'queued', partnerId: bankIds.icbc, queuedAt: t.clock.now().toISOString() })
  const references = [(await paymentRow(t, first.id)).reference, (await paymentRow(t, second.id)).reference]
  expect(new Set(references).size).toBe(2)
  expect((await auditRows(t)).filter((row) => row.action === 'card.releasePayment').map((row) => [row.actorUserId, row.subjectUserId, row.objectId])).toEqual([
    [null, zhang, first.id],
    [null, zhang, second.id],
  ])
  // A second run finds nothing held and nothing to lift.
  expect((await runCard(t)).lifted).toBe(0)
  expect(await ledgerOf(t, first.id)).toHaveLength(4)
  await expectBalanced(t)
})

test('held while her card is being replaced, a payment goes to the bank of the new card once she collects it at that bank’s counter', async () => {
  const t = await createTestContext()
  const token = await t.login('elder-wang')
  const wang = await userIdOf(t, 'elder-wang')
  const old = await cardRowOf(t, wang)
  expect(old.issuerPartnerId).toBe(bankIds.wzbank)
  const application = await applied(t, { token }, { kind: 'replacement', reason: 'damaged', outletId: outletIds.icbcLucheng })
  const held = await orderedPayment(t, 'elder-wang', { sourceRef: 'offer-9:2026-11', amountFen: 10_000 })
  expect(held).toMatchObject({ status: 'held', heldBecause: 'card_stopped' })

  await producedAndDelivered(t, bankKeys.icbc, application.id)
  expect((await paymentRow(t, held.id)).status).toBe('held')
  t.clock.advance(days(1))
  await receiptOf(await collect(t, bankKeys.icbc, application.id, { reference: 'ICBC-C-9', idNumber: '330302194406080025' }))
  const live = await paymentRow(t, held.id)
  expect(live).toMatchObject({ status: 'queued', partnerId: bankIds.icbc, queuedAt: t.clock.now().toISOString() })
  expect(live.cardId).toBe((await cardRowOfLive(t, wang)).id)
  expect(live.cardId).not.toBe(old.id)
  expect((await movementsOf(t, held.id)).slice(2)).toEqual([
    ['released', `bank:${bankIds.icbc}`, 10_000],
    ['released', 'held', -10_000],
  ])
  // The bank acted at its counter: the release is recorded as the bank's, about her.
  expect((await auditRows(t)).filter((row) => row.action === 'card.releasePayment')).toEqual([expect.objectContaining({ actorUserId: `partner:${bankIds.icbc}`, subjectUserId: wang, objectId: held.id })])
})

test('someone with no card has her payment held until one works; a card of a bank that is no partner takes none', async () => {
  const t = await createTestContext()
  const li = await userIdOf(t, 'citizen-li')
  const payment = await orderedPayment(t, 'citizen-li', { sourceRef: 'subsidy-1', amountFen: 800, source: 'flexible_subsidy', regionCode: '330304' })
  expect(payment).toMatchObject({ holderUserId: li, status: 'held', heldBecause: 'no_card', regionCode: '330304' })
  const [told] = await cardInboxOf(t, await t.login('citizen-li'))
  expect(told).toMatchObject({ template: 'card.paymentHeld', params: { amountYuan: '8.00', cardNumberMasked: '', source: 'flexible_subsidy' } })
  // Releasing with still no card moves nothing.
  expect(await t.deps.db.transaction((tx) => releaseHeldCardPayments(tx, t.deps, t.clock.now(), li))).toBe(0)
  expect(await ledgerOf(t, payment.id)).toHaveLength(2)
})

test('the bank credits a payment onto the card (bank → card) and she is told; a failure while her card works returns it to the programme', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const card = await cardRowOf(t, zhang)
  const credited = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'a', amountFen: 10_000 })
  const failed = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'b', amountFen: 3_000, source: 'training_subsidy' })
  t.clock.advance(minutes(30))
  expect(await settled(t, bankIds.icbc, confirmationOf(t, credited))).toBe('credited')
  const creditedAt = t.clock.now().toISOString()
  t.clock.advance(minutes(1))
  expect(await settled(t, bankIds.icbc, confirmationOf(t, failed, { outcome: 'failed', reason: '账户状态异常' }))).toBe('returned')
  expect(await paymentRow(t, credited.id)).toMatchObject({ status: 'credited', creditedAt, bankTransactionId: `TX-${credited.reference}` })
  const returned = await paymentRow(t, failed.id)
  expect(returned).toMatchObject({ status: 'returned', returnedAt: t.clock.now().toISOString() })
  // The bank's reason is free text it writes: kept sealed.
  expect(returned.returnedReason).not.toContain('账户状态异常')
  expect(t.deps.sealer.open(returned.returnedReason ?? '')).toBe('账户状态异常')
  expect((await movementsOf(t, credited.id)).slice(2)).toEqual([
    ['credited', `card:${card.id}`, 10_000],
    ['credited', `bank:${bankIds.icbc}`, -10_000],
  ])
  expect((await movementsOf(t, failed.id)).slice(2)).toEqual([
    ['returned', 'programme:training_subsidy', 3_000],
    ['returned', `bank:${bankIds.icbc}`, -3_000],
  ])
  expect((await cardInboxOf(t, await t.login('citizen-zhang'))).map((message) => [message.template, message.params])).toEqual([
    ['card.paymentReturned', { amountYuan: '30.00', cardNumberMasked: 'A****1234', source: 'training_subsidy' }],
    ['card.paymentCredited', { amountYuan: '100.00', cardNumberMasked: 'A****1234', source: 'longevity_allowance' }],
  ])
  // The same word again moves nothing.
  expect(await settled(t, bankIds.icbc, confirmationOf(t, credited))).toBe('already_confirmed')
  expect(await ledgerOf(t, credited.id)).toHaveLength(4)
  await expectBalanced(t)
})

test('on pay day the retiree job orders 王秀英’s confirmed longevity allowance onto her card, once a month, however often it runs', async () => {
  const t = await createTestContext()
  const wang = await userIdOf(t, 'elder-wang')
  const offerId = await wangConfirmsLongevity(t)
  await runJobs(t)
  const ofOffer = () => t.deps.db.read((q) => q.select().from(cardPayments).where(like(cardPayments.sourceRef, `${offerId}:%`)))
  // November's pension was paid before she confirmed: no back pay.
  expect(await ofOffer()).toEqual([])

  setChinaDate(t, '2026-12-10')
  await runJobs(t)
  const [december] = await ofOffer()
  expect(december).toMatchObject({
    holderUserId: wang,
    source: 'longevity_allowance',
    sourceRef: `${offerId}:2026-12`,
    period: '2026-12',
    amountFen: 10_000,
    regionCode: '330302',
    status: 'queued',
    partnerId: bankIds.wzbank,
    cardId: (await cardRowOf(t, wang)).id,
  })
  expect((await auditRows(t)).filter((row) => row.action === 'card.orderPayment')).toEqual([expect.objectContaining({ requestId: 'retiree-job', actorUserId: null, subjectUserId: wang, objectId: december?.id })])

  await runJobs(t)
  t.clock.advance(days(1))
  await runJobs(t)
  expect(await ofOffer()).toHaveLength(1)

  setChinaDate(t, '2027-01-10')
  await runJobs(t)
  expect((await ofOffer()).map((payment) => payment.period).sort()).toEqual(['2026-12', '2027-01'])
  await expectBalanced(t)
})

test('a month paid before the offer was confirmed is not ordered; a pensioner without an account, or whose month is held, gets nothing onto a card', async () => {
  const t = await createTestContext()
  // The job comes by a day late: December is paid on the 11th, after she confirmed on the 11th.
  setChinaDate(t, '2026-12-11')
  const offerId = await wangConfirmsLongevity(t)
  await runJobs(t)
  const ofOffer = () => t.deps.db.read((q) => q.select().from(cardPayments).where(like(cardPayments.sourceRef, `${offerId}:%`)))
  expect(await ofOffer()).toEqual([])

  // 周德明 (88, no account) and 吴桂兰 (suspended: her months are held) with confirmed allowances.
  const at = t.clock.now().toISOString()
  await t.deps.db.transaction(async (tx) => {
    for (const pensionerId of [seededRetireeIds.pensioners.zhou, seededRetireeIds.pensioners.wu]) {
      await tx
        .insert(assistanceOffers)
        .values({ id: `offer-${pensionerId}`, pensionerId, ruleId: seededRetireeIds.rules.longevity, benefit: 'longevity_allowance', amountFen: 10_000, status: 'confirmed', offeredAt: at, confirmedAt: at, confirmedByUserId: null })
        .onConflictDoNothing()
    }
    await tx.update(assistanceOffers).set({ status: 'confirmed', confirmedAt: at }).where(and(eq(assistanceOffers.pensionerId, seededRetireeIds.pensioners.zhou), eq(assistanceOffers.benefit, 'longevity_allowance')))
  })
  setChinaDate(t, '2027-01-10')
  await runJobs(t)
  expect((await ofOffer()).map((payment) => payment.period)).toEqual(['2027-01'])
  // Hers of January is the only allowance ordered onto a card: none for 周德明 or 吴桂兰.
  const all = await t.deps.db.read((q) => q.select().from(cardPayments).where(eq(cardPayments.source, 'longevity_allowance')))
  expect(all.map((payment) => payment.sourceRef)).toEqual([`${offerId}:2027-01`])
})

test('her page lists her payments newest first, a page at a time, with what is on the card, on its way and held over all of them', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const start = t.clock.now().getTime()
  const at = (n: number) => new Date(start + n * 60_000).toISOString()
  const queued = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'q', amountFen: 10_000, period: '2026-11' })
  t.clock.advance(minutes(1))
  const credited = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'c', amountFen: 2_000, source: 'training_subsidy' })
  t.clock.advance(minutes(1))
  const returned = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'r', amountFen: 700, source: 'flexible_subsidy' })
  expect(await settled(t, bankIds.icbc, confirmationOf(t, credited))).toBe('credited')
  expect(await settled(t, bankIds.icbc, confirmationOf(t, returned, { outcome: 'failed' }))).toBe('returned')
  t.clock.advance(minutes(1))
  await reported(t, { token })
  const held = await orderedPayment(t, 'citizen-zhang', { sourceRef: 'h', amountFen: 300, period: '2026-12' })

  const first = await myPayments(t, { token }, { limit: '2' })
  expect(first).toMatchObject({ creditedFen: 2_000, onTheWayFen: 10_000, heldFen: 300 })
  expect(first.items).toEqual([
    { id: held.id, source: 'longevity_allowance', period: '2026-12', amountFen: 300, status: 'held', heldBecause: 'card_stopped', cardNumberMasked: null, bankName: null, orderedAt: at(3), queuedAt: null, creditedAt: null, returnedAt: null },
    { id: returned.id, source: 'flexible_subsidy', period: null, amountFen: 700, status: 'returned', heldBecause: null, cardNumberMasked: 'A****1234', bankName: '中国工商银行温州分行', orderedAt: at(2), queuedAt: at(2), creditedAt: null, returnedAt: at(2) },
  ])
  expect(first.nextCursor).not.toBeNull()
  const second = await myPayments(t, { token }, { limit: '2', cursor: first.nextCursor ?? '' })
  expect(second.items.map((item) => [item.id, item.status])).toEqual([
    [credited.id, 'credited'],
    [queued.id, 'queued'],
  ])
  expect(second.items[0]).toMatchObject({ creditedAt: at(2), cardNumberMasked: 'A****1234', bankName: '中国工商银行温州分行' })
  expect(second.nextCursor).toBeNull()
  expect(second).toMatchObject({ creditedFen: 2_000, onTheWayFen: 10_000, heldFen: 300 })
  // Each read is in her access log.
  expect((await auditRows(t)).filter((row) => row.action === 'card.getMyCardPayments')).toHaveLength(2)
})

test('王秀英’s helper reads her payments for her under card.assist: her allowance credited by her bank, the read recorded as his for her', async () => {
  const t = await createTestContext()
  const allowance = await orderedPayment(t, 'elder-wang', { sourceRef: 'offer-w:2026-11', amountFen: 10_000, period: '2026-11' })
  t.clock.advance(minutes(30))
  expect(await settled(t, bankIds.wzbank, confirmationOf(t, allowance))).toBe('credited')
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const page = await expectOk(await getMyPayments(t, { token: chen, actingFor: grantId }), MyCardPayments)
  expect(page).toEqual({
    items: [expect.objectContaining({ id: allowance.id, source: 'longevity_allowance', period: '2026-11', amountFen: 10_000, status: 'credited', cardNumberMasked: 'A****1877', bankName: '温州银行' })],
    nextCursor: null,
    creditedFen: 10_000,
    onTheWayFen: 0,
    heldFen: 0,
  })
  expect((await auditRows(t)).filter((row) => row.action === 'card.getMyCardPayments')).toEqual([
    expect.objectContaining({ actorUserId: await userIdOf(t, 'staff-chen'), subjectUserId: await userIdOf(t, 'elder-wang'), viaGrantId: grantId }),
  ])
  // His own page is his: he was paid nothing onto his card.
  expect(await myPayments(t, { token: chen })).toEqual({ items: [], nextCursor: null, creditedFen: 0, onTheWayFen: 0, heldFen: 0 })
})
