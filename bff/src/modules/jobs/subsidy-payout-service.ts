import type { MySubsidyApplication } from '@renshe/shared/jobs/subsidy'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { IncomingNotification } from '../../platform/payments/payment-channel'
import { fail, ok, type Result } from '../../platform/problem'
import { applicationById, applicationByOutBillNo, type SubsidyApplicationRow } from './subsidy-repo'
import { confirmationOf, followCardPayout, recordPayout, toApplication } from './subsidy-service'

/*
 * How a payout on its way learns that it ended, besides the scheduled query (decision 054): the
 * payee asks after confirming the receipt in WeChat, or WeChat Pay posts a notification. Both end
 * it through `recordPayout`, guarded on the payout still being on its way, so whichever report
 * comes first writes the end and the others change nothing.
 */

/**
 * The applicant's own check of her payout, after she confirmed the receipt in WeChat: the channel
 * (or, for a payout onto her card, the ledger) is asked by the payout's number and what it says is
 * recorded. Only her own application, only while its payout is on its way; a transfer the channel
 * never received is left to the scheduled job, which asks for it again under the same number.
 */
export async function checkSubsidyPayout(deps: Deps, actor: Actor, userId: string, applicationId: string): Promise<Result<MySubsidyApplication>> {
  const row = await deps.db.read((q) => applicationById(q, applicationId))
  if (!row || row.userId !== userId) return fail('not_found')
  if (row.payoutStatus !== 'pending' || row.outBillNo === null) return fail('conflict', { detail: 'This payout is not on its way' })
  const after = row.payoutChannel === 'card' ? await followCardPayout(deps, actor, row, false) : await followChannelPayout(deps, actor, row, row.outBillNo)
  await recordAudit(deps, deps.clock.now(), actor, { action: 'jobs.checkSubsidyPayout', kind: 'write', objectType: 'flexible_subsidy_application', objectId: row.id })
  return ok({ ...toApplication(after), confirmation: confirmationOf(deps, after) })
}

async function followChannelPayout(deps: Deps, actor: Actor, row: SubsidyApplicationRow, outBillNo: string): Promise<SubsidyApplicationRow> {
  const known = await deps.payments.queryPayout(outBillNo)
  return known.ok || known.error !== 'not_found' ? recordPayout(deps, actor, row, known) : row
}

/**
 * A transfer's notification posted to the transfer notify URL. The channel verifies it exactly as
 * a payment's (signature, key, freshness, decryption, merchant) and opens it; only then is the
 * payout it names looked up, and it ends as the scheduled query would end it. A payout already
 * ended is answered as received, so the channel stops sending it again.
 */
export async function handleTransferNotification(deps: Deps, requestId: string, notification: IncomingNotification): Promise<Result<null>> {
  const verified = await deps.payments.verifyTransferNotification(notification)
  if (!verified.ok) {
    deps.logger.warn('transfer notification refused', { requestId, detail: verified.error })
    return fail('unauthenticated', { detail: verified.error })
  }
  const row = await deps.db.read((q) => applicationByOutBillNo(q, verified.payout.outBillNo))
  // A payout onto the card never went to the channel: its number is none of the channel's transfers.
  if (!row || row.payoutChannel === 'card') {
    deps.logger.warn('transfer notification for no payout of ours', { requestId })
    return fail('not_found')
  }
  // The channel, not a person, ends it: the audit names no actor, only the worker.
  const system: Actor = { requestId, actorUserId: null, subjectUserId: row.userId, viaGrantId: null }
  if (row.payoutStatus === 'pending') await recordPayout(deps, system, row, { ok: true, payout: verified.payout })
  return ok(null)
}
