import { eq } from 'drizzle-orm'
import { SubsidyApplication, SubsidyReviewItem } from '@renshe/shared/jobs/subsidy'
import { cardPayments, cards } from '../db/schema'
import type { CardPaymentRow } from '../platform/card-money'
import { bankIds } from './card-application-flows'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { paidFlexibleWorker, sampleSubsidyApproval } from './jobs-subsidy-samples'
import { userIdOf } from './wages-flows'

/** Steps of the tests of the flexible-worker subsidy paid onto the citizen card (decision 068). */

/**
 * Zhao's card made one that money can be paid onto: the seed's is of 中国农业银行温州分行, no
 * partner of the portal, so here it is one 中国工商银行温州分行 issued.
 */
export async function zhaoHoldsPayableCard(t: TestContext): Promise<void> {
  const zhao = await userIdOf(t, 'worker-zhao')
  await t.deps.db.transaction((tx) => tx.update(cards).set({ issuerPartnerId: bankIds.icbc }).where(eq(cards.holderUserId, zhao)))
}

export function applyForSubsidy(t: TestContext, token: string, body: unknown, idempotencyKey = 'subsidy-card-apply-01', actingFor?: string, language?: string): Promise<Response> {
  return t.call('POST', '/api/jobs/subsidy/applications', { token, body, idempotencyKey, ...(actingFor ? { actingFor } : {}), ...(language ? { headers: { 'accept-language': language } } : {}) })
}

/** Zhao paid a period, holds a payable card, and applied to have the subsidy paid onto it. */
export async function appliedOntoCard(t: TestContext): Promise<{ token: string; application: SubsidyApplication }> {
  const token = await paidFlexibleWorker(t)
  await zhaoHoldsPayableCard(t)
  const application = await expectOk(await applyForSubsidy(t, token, { payTo: 'card' }), SubsidyApplication, 201)
  return { token, application }
}

/** …and an officer of Lucheng approved it: the payment is in the ledger, queued to the bank or held. */
export async function approvedOntoCard(t: TestContext): Promise<{ token: string; application: SubsidyReviewItem }> {
  const { token, application } = await appliedOntoCard(t)
  const officer = await t.login('officer-liu')
  const approved = await expectOk(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: officer, body: sampleSubsidyApproval }), SubsidyReviewItem)
  return { token, application: approved }
}

/** Every payment onto the card the subsidy ordered, straight from the ledger's table. */
export function subsidyCardPayments(t: TestContext): Promise<CardPaymentRow[]> {
  return t.deps.db.read((q) => q.select().from(cardPayments).where(eq(cardPayments.source, 'flexible_subsidy')))
}

/** The application's payment onto the card, found by the reference the subsidy ordered it under. */
export async function cardPaymentOfApplication(t: TestContext, applicationId: string): Promise<CardPaymentRow> {
  const payments = await subsidyCardPayments(t)
  const [payment] = payments.filter((row) => row.sourceRef.startsWith(`${applicationId}:`))
  if (!payment) throw new Error(`application ${applicationId} ordered nothing onto the card`)
  return payment
}
