import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { MyCard } from '@renshe/shared/card/schemas'
import { InboxMessage } from '@renshe/shared/inbox/schemas'
import { MySubsidy, MySubsidyApplication, SubsidyReviewItem, SubsidyReviewPage } from '@renshe/shared/jobs/subsidy'
import { Page } from '@renshe/shared/platform/primitives'
import { cardLedgerEntries, cardPayments, flexibleSubsidyApplications } from '../../db/schema'
import { bankIds, bankKeys } from '../../testing/card-application-flows'
import { cancelLoss, reported } from '../../testing/card-flows'
import { confirmationOf, confirmCredits, resultOf } from '../../testing/card-money-flows'
import { auditRows } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { appliedOntoCard, approvedOntoCard, cardPaymentOfApplication, subsidyCardPayments } from '../../testing/jobs-subsidy-card'
import { sampleSubsidyApproval } from '../../testing/jobs-subsidy-samples'
import { userIdOf } from '../../testing/wages-flows'
import { retrySubsidyPayouts } from './subsidy-service'

// Zhao's subsidy of 1,600 yuan (two thirds of November and December), paid onto his citizen card
// A30288415, here one issued by 中国工商银行温州分行, a partner bank (decision 068).

const nothing = { credited: 0, returned: 0, held: 0, alreadyConfirmed: 0, refused: [], replayed: false }

async function mine(t: TestContext, token: string): Promise<MySubsidy> {
  return expectOk(await t.call('GET', '/api/jobs/subsidy', { token }), MySubsidy)
}

async function applicationRow(t: TestContext, id: string) {
  const [row] = await t.deps.db.read((q) => q.select().from(flexibleSubsidyApplications).where(eq(flexibleSubsidyApplications.id, id)))
  if (!row) throw new Error(`no application ${id}`)
  return row
}

test('holding a card, she is offered it by its masked number, applies to have the subsidy paid onto it, and the approval orders it once onto her card at its bank', async () => {
  const t = await createTestContext()
  const { token, application } = await appliedOntoCard(t)
  expect(application).toMatchObject({ status: 'pending', payTo: 'card', payout: null })
  const before = await mine(t, token)
  expect(before.cardNumberMasked).toBe('A****8415')
  expect(before.applications[0]).toMatchObject({ id: application.id, payTo: 'card' })

  const liu = await t.login('officer-liu')
  const waiting = await expectOk(await t.call('GET', '/api/jobs/subsidy/applications', { token: liu }), SubsidyReviewPage)
  expect(waiting.items.map((item) => item.payTo)).toEqual(['card'])
  const approved = await expectOk(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: liu, body: sampleSubsidyApproval }), SubsidyReviewItem)
  expect(approved).toMatchObject({ status: 'approved', amountFen: 160_000, payTo: 'card', payout: { status: 'pending', channel: 'card', paidAt: null } })

  const row = await applicationRow(t, application.id)
  expect(row.outBillNo).toMatch(/^FS[0-9A-Z]{24}$/)
  expect(await subsidyCardPayments(t)).toEqual([
    expect.objectContaining({
      holderUserId: await userIdOf(t, 'worker-zhao'),
      sourceRef: `${application.id}:${row.outBillNo ?? ''}`,
      period: null,
      amountFen: 160_000,
      regionCode: '330302',
      status: 'queued',
      partnerId: bankIds.icbc,
    }),
  ])
  // No WeChat receipt to confirm: the bank, not she, ends it.
  expect((await mine(t, token)).applications[0]).toMatchObject({ payout: { status: 'pending', channel: 'card' }, confirmation: null })
  const inbox = (await expectOk(await t.call('GET', '/api/inbox/messages?limit=50', { token }), Page(InboxMessage))).items
  expect(inbox.filter((message) => message.template.startsWith('jobs.subsidyApproved'))).toEqual([expect.objectContaining({ template: 'jobs.subsidyApprovedToCard', params: { paidFen: 160_000 } })])

  // The approval and the order are the officer's acts, for Zhao, in one transaction.
  await t.deps.audit.drain()
  const liuId = await userIdOf(t, 'officer-liu')
  const zhao = await userIdOf(t, 'worker-zhao')
  const acts = (await auditRows(t)).filter((audit) => audit.action === 'jobs.decideSubsidy' || audit.action === 'card.orderPayment')
  expect(acts.map(({ action, actorUserId, subjectUserId }) => ({ action, actorUserId, subjectUserId }))).toEqual([
    { action: 'jobs.decideSubsidy', actorUserId: liuId, subjectUserId: zhao },
    { action: 'card.orderPayment', actorUserId: liuId, subjectUserId: zhao },
  ])
})

test('the bank credits it: the scheduled job ends the payout paid, named by the payment’s reference, once; run again it changes nothing and orders nothing', async () => {
  const t = await createTestContext()
  const { token, application } = await approvedOntoCard(t)
  expect(await retrySubsidyPayouts(t.deps)).toBe(0)
  const payment = await cardPaymentOfApplication(t, application.id)
  expect(await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, payment)] }))).toEqual({ ...nothing, credited: 1 })
  const entries = await t.deps.db.read((q) => q.select().from(cardLedgerEntries))

  expect(await retrySubsidyPayouts(t.deps)).toBe(1)
  expect(await retrySubsidyPayouts(t.deps)).toBe(0)
  expect((await mine(t, token)).applications[0]).toMatchObject({ payout: { status: 'paid', channel: 'card', paidAt: t.clock.now().toISOString() }, confirmation: null })
  expect((await applicationRow(t, application.id)).transferBillNo).toBe(payment.reference)
  expect(await subsidyCardPayments(t)).toHaveLength(1)
  expect(await t.deps.db.read((q) => q.select().from(cardLedgerEntries))).toHaveLength(entries.length)
  await t.deps.audit.drain()
  const paid = (await auditRows(t)).filter((audit) => audit.action === 'jobs.subsidyPaidOut')
  expect(paid.map(({ actorUserId }) => actorUserId)).toEqual([null])
})

test('her own check finds money the bank credited paid, and says so', async () => {
  const t = await createTestContext()
  const { token, application } = await approvedOntoCard(t)
  const check = () => t.call('POST', `/api/jobs/subsidy/applications/${application.id}/payout-check`, { token })
  expect((await expectOk(await check(), MySubsidyApplication)).payout?.status).toBe('pending')
  await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, await cardPaymentOfApplication(t, application.id))] })
  expect(await expectOk(await check(), MySubsidyApplication)).toMatchObject({ payout: { status: 'paid', channel: 'card' }, confirmation: null })
  expect(await retrySubsidyPayouts(t.deps)).toBe(0)
})

test('money the bank returns (her card works, yet it could not credit it) ends the payout failed, for an officer, and is not ordered again', async () => {
  const t = await createTestContext()
  const { token, application } = await approvedOntoCard(t)
  const payment = await cardPaymentOfApplication(t, application.id)
  const failed = confirmationOf(t, payment, { outcome: 'failed', reason: '账户状态异常' })
  expect(await resultOf(await confirmCredits(t, bankKeys.icbc, { confirmations: [failed] }))).toEqual({ ...nothing, returned: 1 })
  expect(await retrySubsidyPayouts(t.deps)).toBe(1)
  expect((await mine(t, token)).applications[0]).toMatchObject({ payout: { status: 'failed', channel: 'card', paidAt: null } })
  expect(await retrySubsidyPayouts(t.deps)).toBe(0)
  expect((await subsidyCardPayments(t)).map((row) => row.status)).toEqual(['returned'])
  await t.deps.audit.drain()
  expect((await auditRows(t)).filter((audit) => audit.action === 'jobs.subsidyPayoutFailed')).toHaveLength(1)
})

test('a card reported lost still takes the choice: the money is held, the payout stays on its way, and once the report is taken back it goes to the bank and is paid when credited', async () => {
  const t = await createTestContext()
  const { token, application } = await appliedOntoCard(t)
  await reported(t, { token })
  const approved = await expectOk(
    await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: await t.login('officer-liu'), body: sampleSubsidyApproval }),
    SubsidyReviewItem,
  )
  expect(approved.payout).toEqual({ status: 'pending', channel: 'card', paidAt: null })
  expect(await cardPaymentOfApplication(t, application.id)).toMatchObject({ status: 'held', heldBecause: 'card_stopped' })
  expect(await retrySubsidyPayouts(t.deps)).toBe(0)

  await expectOk(await cancelLoss(t, { token }), MyCard)
  const released = await cardPaymentOfApplication(t, application.id)
  expect(released).toMatchObject({ status: 'queued', partnerId: bankIds.icbc })
  await confirmCredits(t, bankKeys.icbc, { confirmations: [confirmationOf(t, released)] })
  expect(await retrySubsidyPayouts(t.deps)).toBe(1)
  expect((await mine(t, token)).applications[0]?.payout?.status).toBe('paid')
})

test('a payout onto the card whose payment was never ordered is ordered by the scheduled job under the same number, once, even by two runs at once', async () => {
  const t = await createTestContext()
  const { application } = await approvedOntoCard(t)
  const first = await cardPaymentOfApplication(t, application.id)
  // As if the payment had not been written: the job must order it, and only once.
  await t.deps.db.transaction(async (tx) => {
    await tx.delete(cardLedgerEntries).where(eq(cardLedgerEntries.paymentId, first.id))
    await tx.delete(cardPayments).where(eq(cardPayments.id, first.id))
  })
  await Promise.all([retrySubsidyPayouts(t.deps), retrySubsidyPayouts(t.deps)])
  expect(await retrySubsidyPayouts(t.deps)).toBe(0)
  const again = await subsidyCardPayments(t)
  expect(again).toEqual([expect.objectContaining({ sourceRef: first.sourceRef, amountFen: 160_000, status: 'queued' })])
  expect(await t.deps.db.read((q) => q.select().from(cardLedgerEntries).where(eq(cardLedgerEntries.paymentId, again[0]?.id ?? '')))).toHaveLength(2)
})
