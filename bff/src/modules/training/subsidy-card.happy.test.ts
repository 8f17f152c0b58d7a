import { asc, eq } from 'drizzle-orm'
import { expect, test, vi } from 'vitest'
import { MyCard } from '@renshe/shared/card/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import { cardPayments } from '../../db/schema'
import { minutes } from '../../platform/clock'
import { bankIds, bankKeys } from '../../testing/card-application-flows'
import { cancelLoss, cardInboxOf, cardRowOfAccount, reported } from '../../testing/card-flows'
import { myPayments } from '../../testing/card-holder-payments'
import { confirmationOf, confirmCredits, resultOf } from '../../testing/card-money-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { runTraining, trainingInboxOf } from '../../testing/training-flows'
import { appliedMine, approved, assessedZhang, queueOf, voucherStatus } from '../../testing/training-subsidy-flows'
import { approvedForInstitution, approvedMine, mineNow, paidRun, payRun, sentOne, subsidyRow } from '../../testing/training-subsidy-payments'
import { SubsidyPaymentRunResult } from '@renshe/shared/training/subsidy'
import { userIdOf } from '../../testing/wages-flows'

// Each test takes a voucher through enrolment, attendance, a pass, an application and its approval first.
vi.setConfig({ testTimeout: 40_000 })

/** The payments the training programme ordered onto cards, oldest first. */
function trainingCardPayments(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(cardPayments).where(eq(cardPayments.source, 'training_subsidy')).orderBy(asc(cardPayments.orderedAt), asc(cardPayments.id)))
}

async function onlyCardPayment(t: TestContext) {
  const rows = await trainingCardPayments(t)
  const [row] = rows
  if (!row || rows.length !== 1) throw new Error(`${rows.length} card payments of the training programme`)
  return row
}

test('she chooses her citizen card when she applies: the application says so, and her view shows the card it goes to, masked; WeChat stays the default', async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  const application = await appliedMine(t, token, voucherId, undefined, { payTo: 'card' })
  expect(application).toMatchObject({ payee: 'holder', payTo: 'card', status: 'applied', payment: null })
  expect((await subsidyRow(t, application.id)).payTo).toBe('card')
  const answer = (await (await t.call('GET', `/api/training/vouchers/${voucherId}/subsidy`, { token })).json()) as { application: { payTo: string }; cardNumberMasked: string | null }
  expect(answer.application.payTo).toBe('card')
  expect(answer.cardNumberMasked).toBe('A****1234')
  // The officer deciding it sees where it goes, and nothing of the card.
  const queued = (await queueOf(t, await t.login('officer-liu'))).items.find((item) => item.id === application.id)
  expect(queued?.payTo).toBe('card')
  expect(JSON.stringify(queued)).not.toContain('1234')

  const other = await createTestContext()
  const zhang = await assessedZhang(other)
  expect((await appliedMine(other, zhang.token, zhang.voucherId)).payTo).toBe('wechat')
  // An institution has no card: its application names none.
  const { application: face } = await approvedForInstitution(await createTestContext())
  expect(face.payTo).toBeNull()
})

test('a run pays it onto her card: ordered once to the bank that issued it, in the run’s transaction, with the officer’s audit; the run again orders nothing more', async () => {
  const t = await createTestContext()
  const { application, voucherId, token, zhang } = await approvedMine(t, 'card')
  const liu = await t.login('officer-liu')
  const sent = sentOne(await paidRun(t, liu, [application.id], 'subsidy-card-run-0001'))
  expect(sent).toMatchObject({ status: 'approved', payTo: 'card', payment: { status: 'pending', channel: 'card', paidAt: null, failure: null } })
  const row = await subsidyRow(t, application.id)
  const payment = await onlyCardPayment(t)
  expect(payment).toMatchObject({
    holderUserId: zhang,
    source: 'training_subsidy',
    sourceRef: `${application.id}:${row.outBillNo}`,
    period: null,
    amountFen: 150_000,
    regionCode: row.regionCode,
    status: 'queued',
    partnerId: bankIds.icbc,
    cardId: (await cardRowOfAccount(t, 'citizen-zhang')).id,
  })
  // Nothing to confirm in WeChat: the money goes onto the card.
  expect(await mineNow(t, token, voucherId)).toMatchObject({ payTo: 'card', payment: { status: 'pending', channel: 'card' }, confirmation: null })

  const replay = await payRun(t, liu, [application.id], 'subsidy-card-run-0001')
  expect(replay.headers.get('idempotent-replayed')).toBe('true')
  expect(sentOne(await paidRun(t, liu, [application.id])).payment).toMatchObject({ status: 'pending', channel: 'card' })
  expect((await runTraining(t)).paymentsEnded).toBe(0)
  expect(await trainingCardPayments(t)).toEqual([payment])
  expect((await subsidyRow(t, application.id)).outBillNo).toBe(row.outBillNo)

  const officer = await userIdOf(t, 'officer-liu')
  const written = (await auditRows(t)).filter((audit) => ['training.paySubsidies', 'card.orderPayment'].includes(audit.action))
  expect(written.map((audit) => ({ action: audit.action, actor: audit.actorUserId, subject: audit.subjectUserId, object: audit.objectId }))).toEqual([
    { action: 'training.paySubsidies', actor: officer, subject: zhang, object: application.id },
    { action: 'card.orderPayment', actor: officer, subject: zhang, object: payment.id },
  ])
})

test('once the bank credits it, the training job ends the subsidy paid and the voucher paid, and she reads it on her card’s payments', async () => {
  const t = await createTestContext()
  const { application, voucherId, token } = await approvedMine(t, 'card')
  await paidRun(t, await t.login('officer-liu'), [application.id])
  const payment = await onlyCardPayment(t)
  expect(await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, payment)] }))).toMatchObject({ credited: 1 })
  expect((await subsidyRow(t, application.id)).paymentStatus).toBe('pending')

  expect((await runTraining(t)).paymentsEnded).toBe(1)
  expect(await subsidyRow(t, application.id)).toMatchObject({ status: 'paid', paymentStatus: 'paid', paymentChannel: 'card', transferBillNo: payment.reference, paidAt: t.clock.now().toISOString() })
  expect(await voucherStatus(t, voucherId)).toBe('paid')
  expect((await runTraining(t)).paymentsEnded).toBe(0)
  expect(await mineNow(t, token, voucherId)).toMatchObject({ status: 'paid', payment: { status: 'paid', channel: 'card' }, confirmation: null })

  const mine = await myPayments(t, { token })
  expect(mine.items).toEqual([expect.objectContaining({ id: payment.id, source: 'training_subsidy', amountFen: 150_000, status: 'credited', cardNumberMasked: 'A****1234' })])
  expect(mine.creditedFen).toBe(150_000)
  expect((await trainingInboxOf(t, token)).filter((message) => message.template === 'training.subsidyPaid')).toEqual([
    expect.objectContaining({ params: { courseName: application.courseName, voucherNumber: application.voucherNumber, paidFen: 150_000 }, link: pageLink('myTraining') }),
  ])
  expect((await cardInboxOf(t, token)).map((message) => message.template)).toContain('card.paymentCredited')
  expect((await auditRows(t)).filter((audit) => audit.action === 'training.subsidyPaid')).toHaveLength(1)
})

test('returned by the bank, the payment fails; a new run orders a new card payment under a new number, and only that one is paid', async () => {
  const t = await createTestContext()
  const { application, voucherId } = await approvedMine(t, 'card')
  const liu = await t.login('officer-liu')
  await paidRun(t, liu, [application.id])
  const first = await onlyCardPayment(t)
  const firstNumber = (await subsidyRow(t, application.id)).outBillNo
  await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, first, { outcome: 'failed', reason: '账户状态异常' })] }))

  expect((await runTraining(t)).paymentsEnded).toBe(1)
  expect(await subsidyRow(t, application.id)).toMatchObject({ status: 'approved', paymentStatus: 'failed', paymentFailure: 'bounced', transferBillNo: first.reference })
  expect(await voucherStatus(t, voucherId)).toBe('approved')

  t.clock.advance(minutes(5))
  const again = sentOne(await expectOk(await payRun(t, liu, [application.id]), SubsidyPaymentRunResult))
  expect(again.payment).toMatchObject({ status: 'pending', channel: 'card', failure: null })
  const second = await subsidyRow(t, application.id)
  expect(second.outBillNo).not.toBe(firstNumber)
  const payments = await trainingCardPayments(t)
  expect(payments.map((payment) => [payment.sourceRef, payment.status])).toEqual([
    [`${application.id}:${firstNumber}`, 'returned'],
    [`${application.id}:${second.outBillNo}`, 'queued'],
  ])
  const [, next] = payments
  if (!next) throw new Error('no second card payment')
  await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, next)] }))
  expect((await runTraining(t)).paymentsEnded).toBe(1)
  expect(await subsidyRow(t, application.id)).toMatchObject({ status: 'paid', paymentStatus: 'paid', transferBillNo: next.reference })
  expect(await voucherStatus(t, voucherId)).toBe('paid')
  expect((await trainingCardPayments(t)).map((payment) => payment.status)).toEqual(['returned', 'credited'])
})

test('a card reported lost still takes her subsidy: held by the ledger, it goes to the bank once she takes the report back, and is paid when credited', async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  await reported(t, { token })
  const application = await appliedMine(t, token, voucherId, undefined, { payTo: 'card' })
  const liu = await t.login('officer-liu')
  await approved(t, liu, [application.id])
  await paidRun(t, liu, [application.id])
  expect(await onlyCardPayment(t)).toMatchObject({ status: 'held', heldBecause: 'card_stopped' })
  expect((await runTraining(t)).paymentsEnded).toBe(0)
  expect((await subsidyRow(t, application.id)).paymentStatus).toBe('pending')

  await expectOk(await cancelLoss(t, { token }), MyCard)
  const released = await onlyCardPayment(t)
  expect(released).toMatchObject({ status: 'queued', partnerId: bankIds.icbc })
  await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, released)] }))
  expect((await runTraining(t)).paymentsEnded).toBe(1)
  expect(await subsidyRow(t, application.id)).toMatchObject({ status: 'paid', paymentStatus: 'paid' })
  expect(await voucherStatus(t, voucherId)).toBe('paid')
})
