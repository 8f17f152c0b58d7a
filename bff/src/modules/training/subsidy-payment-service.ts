import type { MySubsidyApplication, SubsidyApplication, SubsidyPaymentRun, SubsidyPaymentRunResult } from '@renshe/shared/training/subsidy'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { IncomingNotification } from '../../platform/payments/payment-channel'
import { officialCovers } from '../../platform/policy'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { subsidyByOutBillNo } from './subsidy-payment-repo'
import { advancePayment, confirmationOf, queryPayment, recordPayment, reportOfPayout, startPayment } from './subsidy-payments'
import { currentSubsidyOfVoucher, subsidyById, subsidyViewsByIds, type SubsidyRow } from './subsidy-repo'
import { recordReads, toApplication } from './subsidy-views'
import { voucherById } from './vouchers-repo'

/*
 * Paying approved subsidies (decision 063), as the officer runs it, and as the holder and WeChat
 * Pay report on a payment on its way. The work itself is in subsidy-payments.ts.
 */

type Skip = SubsidyPaymentRunResult['skipped'][number]['reason']

/** The subsidy if the officer's region covers it; undefined for any other, which she must not learn of. */
async function subsidyOfRegion(deps: Pick<Deps, 'db'>, officer: SessionUser, id: string): Promise<SubsidyRow | undefined> {
  const row = await deps.db.read((q) => subsidyById(q, id))
  return row && officialCovers(officer, row.regionCode) ? row : undefined
}

/** Why a subsidy of her region is left by a run, if it is: paid already, or not approved (waiting, or declined). */
function skipOf(row: SubsidyRow): Skip | null {
  if (row.status === 'paid') return 'already_paid'
  return row.status === 'approved' ? null : 'not_approved'
}

/** Pays one subsidy of the run, moves on the payment already on its way, or says why it was left. */
async function payOne(deps: Deps, actor: Actor, officer: SessionUser, id: string): Promise<true | Skip> {
  const row = await subsidyOfRegion(deps, officer, id)
  if (!row) return 'not_found'
  const skip = skipOf(row)
  if (skip) return skip
  await (row.paymentStatus === 'pending' ? advancePayment(deps, actor, row) : startPayment(deps, actor, row))
  return true
}

/** The run's answer: the subsidies it sent or asked after, as they stand now, in the run's order, and the rest with why. */
async function answerOf(deps: Deps, ids: readonly string[], outcomes: ReadonlyMap<string, true | Skip>): Promise<SubsidyPaymentRunResult> {
  const sentIds = ids.filter((id) => outcomes.get(id) === true)
  const views = new Map((await deps.db.read((q) => subsidyViewsByIds(q, sentIds))).map((row) => [row.subsidy.id, row]))
  const sent: SubsidyApplication[] = []
  const skipped: SubsidyPaymentRunResult['skipped'] = []
  for (const id of ids) {
    const outcome = outcomes.get(id)
    const view = views.get(id)
    if (outcome === true && view) sent.push(toApplication(deps, view))
    else skipped.push({ id, reason: outcome === true || outcome === undefined ? 'not_found' : outcome })
  }
  return { sent, skipped }
}

/**
 * Pays a run of her region's approved subsidies, each to its payee, one after the other. The same
 * run again pays nothing twice: a paid one is left, one on its way is asked after under its own
 * number, and only a failed one goes out again, under a new number. Another region's subsidy, or
 * one not there at all, is skipped as not found.
 */
export async function paySubsidies(deps: Deps, actor: Actor, officer: SessionUser, run: SubsidyPaymentRun): Promise<Result<SubsidyPaymentRunResult>> {
  if (!officer.regionCode) return fail('forbidden')
  const ids = [...new Set(run.applicationIds)]
  const outcomes = new Map<string, true | Skip>()
  for (const id of ids) outcomes.set(id, await payOne(deps, actor, officer, id))
  return ok(await answerOf(deps, ids, outcomes))
}

/** What the first call of a run's Idempotency-Key sent: the ids, never personal data. */
export const sentReference = (result: SubsidyPaymentRunResult): string => result.sent.map((application) => application.id).join(' ')

/**
 * A retry of a run's Idempotency-Key: the first call's answer, read again as she may read it now.
 * The key's store kept which ids that call sent; the run is the same (the request's fingerprint
 * says so), so the others are left for the reason they have now.
 */
export async function replayPaymentRun(deps: Deps, actor: Actor, officer: SessionUser, reference: string, run: SubsidyPaymentRun): Promise<Result<SubsidyPaymentRunResult>> {
  if (!officer.regionCode) return fail('forbidden')
  const sentFirst = new Set(reference.split(' ').filter((id) => id !== ''))
  const ids = [...new Set(run.applicationIds)]
  const outcomes = new Map<string, true | Skip>()
  for (const id of ids) {
    const row = await subsidyOfRegion(deps, officer, id)
    outcomes.set(id, !row ? 'not_found' : sentFirst.has(id) ? true : (skipOf(row) ?? 'not_approved'))
  }
  const answer = await answerOf(deps, ids, outcomes)
  const views = await deps.db.read((q) => subsidyViewsByIds(q, answer.sent.map((application) => application.id)))
  await recordReads(deps, actor, 'training.listSubsidyApplications', officer.regionCode, views)
  return ok(answer)
}

/**
 * The holder's own check of her payment, after she confirmed the receipt in WeChat: the channel is
 * asked by the payment's number and what it says is recorded. Only her own voucher, only while its
 * payment to her is on its way; a transfer the channel never received is left to the scheduled
 * job, which sends it again under the same number.
 */
export async function checkMySubsidyPayment(deps: Deps, actor: Actor, holderUserId: string, voucherId: string): Promise<Result<{ application: MySubsidyApplication }>> {
  const found = await deps.db.read(async (q) => {
    const held = await voucherById(q, voucherId)
    return held?.voucher.holderUserId === holderUserId ? await currentSubsidyOfVoucher(q, voucherId) : undefined
  })
  if (!found) return fail('not_found')
  const { subsidy } = found
  const { outBillNo } = subsidy
  if (subsidy.payee !== 'holder' || subsidy.paymentStatus !== 'pending' || outBillNo === null) return fail('conflict', { detail: 'No payment of this subsidy is on its way to you' })
  const report = await queryPayment(deps, { ...subsidy, outBillNo })
  const after = report.kind === 'not_received' ? subsidy : await recordPayment(deps, actor, subsidy, report)
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.checkMySubsidyPayment', kind: 'write', objectType: 'training_subsidy', objectId: subsidy.id })
  return ok({ application: { ...toApplication(deps, { ...found, subsidy: after }), confirmation: confirmationOf(deps, after) } })
}

/**
 * A holder's transfer's notification, posted to the training payout notify URL. The channel
 * verifies it (signature, key, freshness, decryption, merchant) and opens it; only then is the
 * payment it names looked up, and it ends as the scheduled query would end it. A payment ended
 * already is answered as received, so the channel stops sending it again.
 */
export async function handlePayoutNotification(deps: Deps, requestId: string, notification: IncomingNotification): Promise<Result<null>> {
  const verified = await deps.payments.verifyTransferNotification(notification)
  if (!verified.ok) {
    deps.logger.warn('training payout notification refused', { requestId, detail: verified.error })
    return fail('unauthenticated', { detail: verified.error })
  }
  const row = await deps.db.read((q) => subsidyByOutBillNo(q, verified.payout.outBillNo))
  // Only a payout to her WeChat balance is WeChat Pay's to end: never one onto her card.
  if (row?.payee !== 'holder' || row.paymentChannel === 'card') {
    deps.logger.warn('training payout notification for no payment of ours', { requestId })
    return fail('not_found')
  }
  // The channel, not a person, ends it: the audit names no actor, only the holder.
  const system: Actor = { requestId, actorUserId: null, subjectUserId: row.holderUserId, viaGrantId: null }
  if (row.paymentStatus === 'pending') await recordPayment(deps, system, row, reportOfPayout(deps, { ok: true, payout: verified.payout }, 'query'))
  return ok(null)
}
