import { expect, test } from 'vitest'
import { partnerActorId } from '../../platform/partner-access'
import { days } from '../../platform/clock'
import {
  applied,
  applicationRow,
  bankIds,
  bankKeys,
  damagedAtIcbc,
  madeCard,
  myApplication,
  outletIds,
  queueOf,
  receiptOf,
  reportLostAtCounter,
  signalsOf,
  step,
} from '../../testing/card-application-flows'
import { cardEventsOf, cardInboxOf, cardRowOf, myCard, reported } from '../../testing/card-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { userIdOf } from '../../testing/wages-flows'

const zhangCard = { cardNumber: 'A30231234', idNumber: '330302199003151231' }

test('each bank’s production queue holds the applications sent to the counters it serves, by step, with masked names only', async () => {
  const t = await createTestContext()
  const zhang = await applied(t, { token: await t.login('citizen-zhang') }, damagedAtIcbc)
  t.clock.advance(days(1))
  const wang = await applied(t, { token: await t.login('elder-wang') }, { kind: 'replacement', reason: 'expired', outletId: outletIds.wuma })
  expect(await queueOf(t, bankKeys.icbc)).toEqual([
    { id: zhang.id, kind: 'replacement', reason: 'damaged', status: 'applied', holderMaskedName: '张*', outletId: outletIds.icbcLucheng, appliedAt: zhang.steps[0]?.at },
  ])
  expect((await queueOf(t, bankKeys.wzbank)).map((item) => [item.id, item.holderMaskedName, item.outletId])).toEqual([[wang.id, '王**', outletIds.wuma]])
  await receiptOf(await step(t, bankKeys.icbc, zhang.id, { step: 'produced', reference: 'Q-P', ...madeCard }))
  expect(await queueOf(t, bankKeys.icbc)).toEqual([])
  expect((await queueOf(t, bankKeys.icbc, 'produced')).map((item) => item.id)).toEqual([zhang.id])
  const reads = (await auditRows(t)).filter((row) => row.action === 'card.partnerListApplications')
  expect(reads.map((row) => [row.kind, row.actorUserId, row.objectId])).toEqual([
    ['read', partnerActorId(bankIds.icbc), bankIds.icbc],
    ['read', partnerActorId(bankIds.wzbank), bankIds.wzbank],
    ['read', partnerActorId(bankIds.icbc), bankIds.icbc],
    ['read', partnerActorId(bankIds.icbc), bankIds.icbc],
  ])
})

test('the new card’s number is kept sealed on the application with its blind index and mask, and is no card until collected', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const application = await applied(t, { token: await t.login('citizen-zhang') }, damagedAtIcbc)
  await receiptOf(await step(t, bankKeys.icbc, application.id, { step: 'produced', reference: 'SEAL-P', ...madeCard }))
  const row = await applicationRow(t, application.id)
  expect(row.newCardNumberEnc).not.toContain(madeCard.newCardNumber)
  expect(t.deps.sealer.open(row.newCardNumberEnc ?? '')).toBe(madeCard.newCardNumber)
  expect(row).toMatchObject({ status: 'produced', newCardNumberIndex: t.deps.blindIndex('card_number', madeCard.newCardNumber), newCardNumberMasked: 'A****9001', newCardValidUntil: madeCard.validUntil, newCardId: null })
  // Her one card is still the old one, stopped for the replacement.
  expect(await cardRowOf(t, zhang)).toMatchObject({ status: 'being_replaced', cardNumberMasked: 'A****1234' })
})

test('a step sent twice under the same reference counts once: the second receipt says it was a replay, and nothing more is told or changed', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const application = await applied(t, { token }, damagedAtIcbc)
  const body = { step: 'produced', reference: 'ICBC-2026-000417', ...madeCard }
  expect(await receiptOf(await step(t, bankKeys.icbc, application.id, body))).toEqual({ received: true, reference: 'ICBC-2026-000417', replayed: false })
  const before = await applicationRow(t, application.id)
  t.clock.advance(days(1))
  expect(await receiptOf(await step(t, bankKeys.icbc, application.id, body))).toEqual({ received: true, reference: 'ICBC-2026-000417', replayed: true })
  expect(await applicationRow(t, application.id)).toEqual(before)
  expect((await cardInboxOf(t, await t.login('citizen-zhang'))).filter((message) => message.template === 'card.cardProduced')).toHaveLength(1)
  expect((await signalsOf(t, bankIds.icbc)).map((signal) => [signal.reference, signal.kind, signal.outcome])).toEqual([['ICBC-2026-000417', 'card_produced', 'recorded']])
  const rows = (await auditRows(t)).filter((row) => row.action === 'card.partnerReportApplicationStep')
  expect(rows.map((row) => [row.objectType, row.subjectUserId])).toEqual([
    ['card_application', await userIdOf(t, 'citizen-zhang')],
    ['partner_signal', null],
  ])
})

test('ICBC’s counter takes a formal loss report of a card it issued: the card is lost at once, told to her, and recorded about her; she may then apply for a replacement', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  const card = await cardRowOf(t, zhang)
  expect(card.issuerPartnerId).toBe(bankIds.icbc)
  expect(await receiptOf(await reportLostAtCounter(t, bankKeys.icbc, { reference: 'LOSS-1', ...zhangCard }))).toEqual({ received: true, reference: 'LOSS-1', replayed: false })
  const token = await t.login('citizen-zhang')
  expect(await myCard(t, { token })).toMatchObject({ status: 'lost', temporaryLossUntil: null })
  expect((await cardEventsOf(t, card.id)).map((event) => [event.kind, event.byUserId])).toEqual([['reported_lost', null]])
  expect(await cardInboxOf(t, token)).toEqual([
    expect.objectContaining({ template: 'card.reportedLostAtCounter', params: { cardNumberMasked: 'A****1234' }, link: '/features/card/pages/mine/index' }),
  ])
  const written = (await auditRows(t)).filter((row) => row.action === 'card.partnerReportCardLost')
  expect(written.map((row) => [row.actorUserId, row.subjectUserId, row.objectType, row.objectId])).toEqual([[partnerActorId(bankIds.icbc), zhang, 'card', card.id]])
  expect(await receiptOf(await reportLostAtCounter(t, bankKeys.icbc, { reference: 'LOSS-1', ...zhangCard }))).toMatchObject({ replayed: true })
  expect(await cardEventsOf(t, card.id)).toHaveLength(1)
  const application = await applied(t, { token }, { kind: 'replacement', reason: 'lost', outletId: outletIds.icbcLucheng })
  expect(await myApplication(t, { token })).toEqual(application)
  expect((await cardRowOf(t, zhang)).status).toBe('being_replaced')
})

test('a card reported lost for now is reported lost formally at the counter: the temporary report is over and no longer lifts by itself', async () => {
  const t = await createTestContext()
  const zhang = await userIdOf(t, 'citizen-zhang')
  await reported(t, { token: await t.login('citizen-zhang') })
  t.clock.advance(days(1))
  await receiptOf(await reportLostAtCounter(t, bankKeys.icbc, { reference: 'LOSS-2', ...zhangCard }))
  expect(await cardRowOf(t, zhang)).toMatchObject({ status: 'lost', temporaryLossAt: null, temporaryLossUntil: null })
  t.clock.advance(days(10))
  expect((await myCard(t, { token: await t.login('citizen-zhang') }))?.status).toBe('lost')
})
