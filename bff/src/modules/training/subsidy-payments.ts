import { chinaDate } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import type { MySubsidyApplication, SubsidyPayment, SubsidyPaymentChannel } from '@renshe/shared/training/subsidy'
import { actOnVoucher } from '@renshe/shared/training/voucher-machine'
import type { Tx } from '../../db/database'
import { appendAudit, appendAuditRows, type Actor } from '../../platform/audit'
import { cardPaymentOf, orderCardPayment, type AuditSink, type CardPaymentRow } from '../../platform/card-money'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { accountTransferEnded, type AccountTransferFailure, type AccountTransferResult } from '../../platform/payments/account-transfer'
import { payoutEnded, type PaymentFailure, type PayoutResult } from '../../platform/payments/payment-channel'
import { newCode } from '../../platform/random'
import { institutionAccountOf } from './institution-account-repo'
import { endPaymentRow, holderPayeeOf, keepPayoutPackageRow, paymentsOnTheirWay, startPaymentRow } from './subsidy-payment-repo'
import { subsidyById, subsidyViewById, type SubsidyRow } from './subsidy-repo'
import { stateOf } from './vouchers-service'
import { moveVoucher, voucherById } from './vouchers-repo'

/*
 * Paying an approved subsidy (decision 063): to the institution's settlement account by bank
 * transfer (face value), or to the holder (offset): her WeChat balance, or her citizen card if she
 * asked for it (decision 068), ordered onto the ledger of money onto cards and asked after there
 * as a channel is. A payment is named at its channel by our number for good: sent again, or asked
 * after, under the same number, the channel answers the same transfer (the ledger, the same card
 * payment), so nothing is paid twice. What a channel says is recorded once,
 * guarded on the payment still being on its way, whoever brings it: the officer's run, the
 * scheduled job, the holder's own check, or WeChat Pay's notification. Only a failed payment is
 * sent again under a new number, by a new run.
 */

type Failure = NonNullable<SubsidyPayment['failure']>

/** What a channel said of a payment, in this module's words. */
export type PaymentReport =
  | { readonly kind: 'paid'; readonly transferBillNo: string }
  | { readonly kind: 'failed'; readonly failure: Failure; readonly transferBillNo: string | null }
  | { readonly kind: 'on_its_way'; readonly packageInfo: string | null }
  /** Not known now (unreachable, unsure, or the number held by other contents): asked again under the same number later. */
  | { readonly kind: 'unknown' }
  /** The channel never received it: sent again under the same number. */
  | { readonly kind: 'not_received' }

/** Shown to the holder with the money in WeChat (at most 32 characters). */
const payoutRemark = '职业技能培训补贴'

/** Where WeChat Pay posts a holder's transfer's notification when it ends (mounted in subsidy-routes.ts). */
export const payoutNotifyPath = '/api/training/subsidies/payouts/notify'

/** How many payments on their way one run of the scheduled job asks after. */
const paymentsPerRun = 100

/** The channel a payment to this payee goes out through: the card she asked for, else as the deployment has it. */
function channelFor(deps: Pick<Deps, 'payments' | 'accountTransfers'>, row: Pick<SubsidyRow, 'payee' | 'payTo'>): SubsidyPaymentChannel {
  if (row.payee === 'institution') return deps.accountTransfers.kind
  return row.payTo === 'card' ? 'card' : deps.payments.kind
}

/** The ledger's name for one payment of a subsidy onto the card: a new number (after a return) is a new card payment. */
const cardSourceRef = (subsidyId: string, outBillNo: string) => `${subsidyId}:${outBillNo}`

/**
 * Orders the payment onto her card under its number, in the caller's transaction: once per
 * number, however often asked. The ledger queues it to the bank of her working card, or holds it
 * while her card is stopped (it goes out once a card of hers works again).
 */
async function orderOntoCard(tx: Tx, deps: Deps, now: Date, actor: Actor, row: SubsidyRow, outBillNo: string, audit?: AuditSink): Promise<void> {
  const order = { holderUserId: row.holderUserId, source: 'training_subsidy', sourceRef: cardSourceRef(row.id, outBillNo), period: null, amountFen: row.amountFen, regionCode: row.regionCode } as const
  await orderCardPayment(tx, deps, now, order, { actor: { requestId: actor.requestId, actorUserId: actor.actorUserId, viaGrantId: actor.viaGrantId }, ...(audit ? { audit } : {}) })
}

/** Where a payment onto the card stands, as a channel's answer: credited is paid, returned failed, held or queued on its way. */
function reportOfCardPayment(deps: Pick<Deps, 'logger'>, payment: Pick<CardPaymentRow, 'id' | 'status' | 'reference'> | undefined): PaymentReport {
  if (!payment) return { kind: 'not_received' }
  if (payment.status === 'credited') return { kind: 'paid', transferBillNo: payment.reference ?? payment.id }
  if (payment.status === 'returned') {
    deps.logger.warn('training subsidy card payment returned')
    return { kind: 'failed', failure: 'bounced', transferBillNo: payment.reference }
  }
  return { kind: 'on_its_way', packageInfo: null }
}

async function cardPaymentReport(deps: Deps, row: SubsidyRow, outBillNo: string): Promise<PaymentReport> {
  return reportOfCardPayment(deps, await deps.db.read((q) => cardPaymentOf(q, 'training_subsidy', cardSourceRef(row.id, outBillNo))))
}

/** Orders onto the card again under the same number (ordering nothing if it was), and answers where it stands. */
async function payOntoCard(deps: Deps, actor: Actor, row: SubsidyRow, outBillNo: string): Promise<PaymentReport> {
  await deps.db.transaction((tx) => orderOntoCard(tx, deps, deps.clock.now(), actor, row, outBillNo))
  return cardPaymentReport(deps, row, outBillNo)
}

/**
 * A channel's refusal. Refused as sent (`rejected` to a transfer asked for) fails the payment: no
 * money left. Anything else leaves it on its way: unreachable, unsure, a refused query (it says
 * nothing of the transfer), or the number held by a transfer of other contents (the transfer under
 * it is what is asked after) — a payment is never sent under a new number while one may be paid.
 */
function reportOfRefusal(deps: Pick<Deps, 'logger'>, failure: PaymentFailure | AccountTransferFailure, asked: 'send' | 'query'): PaymentReport {
  if (failure.error === 'not_found') return { kind: 'not_received' }
  if (failure.error === 'unavailable') return { kind: 'unknown' }
  if (failure.error === 'rejected' && asked === 'send') {
    deps.logger.warn('training subsidy payment refused', { code: failure.code })
    return { kind: 'failed', failure: 'refused', transferBillNo: null }
  }
  deps.logger.warn('training subsidy payment left on its way', { code: failure.code, detail: failure.error })
  return { kind: 'unknown' }
}

function reportOfTransfer(deps: Pick<Deps, 'logger'>, result: AccountTransferResult, asked: 'send' | 'query'): PaymentReport {
  if (!result.ok) return reportOfRefusal(deps, result, asked)
  const ended = accountTransferEnded(result.transfer.state)
  if (ended === 'paid') return { kind: 'paid', transferBillNo: result.transfer.bankSerialNo }
  if (ended === 'failed') {
    deps.logger.warn('training subsidy transfer bounced', { code: result.transfer.failureCode ?? 'FAILED' })
    return { kind: 'failed', failure: 'bounced', transferBillNo: result.transfer.bankSerialNo }
  }
  return { kind: 'on_its_way', packageInfo: null }
}

export function reportOfPayout(deps: Pick<Deps, 'logger'>, result: PayoutResult, asked: 'send' | 'query'): PaymentReport {
  if (!result.ok) return reportOfRefusal(deps, result, asked)
  const ended = payoutEnded(result.payout.state)
  if (ended === 'paid') return { kind: 'paid', transferBillNo: result.payout.transferBillNo }
  if (ended === 'failed') return { kind: 'failed', failure: 'bounced', transferBillNo: result.payout.transferBillNo }
  return { kind: 'on_its_way', packageInfo: result.payout.packageInfo }
}

/** Where the channel posts a holder's transfer's notification. */
function payoutNotifyUrl(deps: Pick<Deps, 'config'>): string {
  return `${deps.config.publicBaseUrl}${payoutNotifyPath}`
}

/** A bank transfer to the institution's settlement account; without one the payment fails at once. */
async function transferToInstitution(deps: Deps, row: SubsidyRow, outBillNo: string): Promise<PaymentReport> {
  const [account, held] = await deps.db.read((q) => Promise.all([institutionAccountOf(q, row.institutionUserId), voucherById(q, row.voucherId)]))
  if (!account) return { kind: 'failed', failure: 'no_account', transferBillNo: null }
  // The number is opened only to be handed to the channel: never logged, never kept open.
  const result = await deps.accountTransfers.transfer({
    outTransferNo: outBillNo,
    amountFen: row.amountFen,
    payeeAccountName: account.accountName,
    payeeAccountNo: deps.sealer.open(account.accountNoEnc),
    payeeBankName: account.bankName,
    purpose: `${payoutRemark} 培训券${held?.voucher.number ?? ''}`,
  })
  return reportOfTransfer(deps, result, 'send')
}

/** A WeChat Pay transfer to the holder's balance; on WeChat Pay, one who never logged in with WeChat cannot be paid. */
async function payOutToHolder(deps: Deps, row: SubsidyRow, outBillNo: string): Promise<PaymentReport> {
  const payee = await deps.db.read((q) => holderPayeeOf(q, row.holderUserId))
  if (payee.openidEnc === null && deps.payments.kind === 'wechat') return { kind: 'failed', failure: 'no_openid', transferBillNo: null }
  // Her real name is opened only to be handed to the channel (WeChat Pay needs it from 2,000 yuan): never logged or stored.
  const result = await deps.payments.payout({
    outBillNo,
    amountFen: row.amountFen,
    payeeOpenid: payee.openidEnc === null ? 'development' : deps.sealer.open(payee.openidEnc),
    remark: payoutRemark,
    payeeName: payee.nameEnc === null ? null : deps.sealer.open(payee.nameEnc),
    notifyUrl: payoutNotifyUrl(deps),
  })
  return reportOfPayout(deps, result, 'send')
}

/** Sends a payment on its way under its number (again, when the channel never received it), and records what the channel answered. */
async function send(deps: Deps, actor: Actor, row: SubsidyRow): Promise<SubsidyRow> {
  if (row.outBillNo === null) return row
  const report =
    row.payee === 'institution'
      ? await transferToInstitution(deps, row, row.outBillNo)
      : row.paymentChannel === 'card'
        ? await payOntoCard(deps, actor, row, row.outBillNo)
        : await payOutToHolder(deps, row, row.outBillNo)
  return recordPayment(deps, actor, row, report)
}

/** Asks the channel where a payment stands, by its number: the ledger, for one onto the card. */
export async function queryPayment(deps: Deps, row: SubsidyRow & { outBillNo: string }): Promise<PaymentReport> {
  if (row.payee === 'institution') return reportOfTransfer(deps, await deps.accountTransfers.queryTransfer(row.outBillNo), 'query')
  if (row.paymentChannel === 'card') return cardPaymentReport(deps, row, row.outBillNo)
  return reportOfPayout(deps, await deps.payments.queryPayout(row.outBillNo), 'query')
}

/**
 * A payment on its way, moved on: asked of its channel by its number, sent again under the same
 * number when the channel never received it, and what is learnt recorded.
 */
export async function advancePayment(deps: Deps, actor: Actor, row: SubsidyRow): Promise<SubsidyRow> {
  const { outBillNo } = row
  if (row.paymentStatus !== 'pending' || outBillNo === null) return row
  const report = await queryPayment(deps, { ...row, outBillNo })
  return report.kind === 'not_received' ? send(deps, actor, row) : recordPayment(deps, actor, row, report)
}

/**
 * Starts the payment of an approved subsidy that has none, or whose last one failed: a new
 * number, the channel and the time, written by one conditional update with the officer's
 * audit; then, outside the transaction, sent. One onto the card is ordered onto the ledger in that
 * transaction instead, so a number never stands without its card payment. A subsidy another run
 * started meanwhile is moved on under that run's number instead.
 */
export async function startPayment(deps: Deps, actor: Actor, row: SubsidyRow): Promise<SubsidyRow> {
  const now = deps.clock.now()
  const change = { outBillNo: `TS${newCode(deps.random, 24)}`, paymentChannel: channelFor(deps, row), paymentSentAt: now.toISOString() }
  const started = await deps.db.transaction(async (tx) => {
    const written = await startPaymentRow(tx, row.id, row.paymentStatus === 'failed' ? row.outBillNo : null, change)
    if (!written) return written
    // The ledger's audit rows after ours, all appended last: appending holds the head of the chain until the commit.
    const noted: Parameters<AuditSink['add']>[] = [[now, { ...actor, subjectUserId: row.holderUserId }, { action: 'training.paySubsidies', kind: 'write', objectType: 'training_subsidy', objectId: row.id }]]
    if (written.paymentChannel === 'card') await orderOntoCard(tx, deps, now, actor, written, change.outBillNo, { add: (...entry) => noted.push(entry) })
    await appendAuditRows(tx, noted)
    return written
  })
  if (started) return started.paymentChannel === 'card' ? advancePayment(deps, actor, started) : send(deps, actor, started)
  const current = await deps.db.read((q) => subsidyById(q, row.id))
  return current ? advancePayment(deps, actor, current) : row
}

/** The voucher's last move, with the payment, by the machine: approved → paid, by the portal itself. */
async function payVoucher(tx: Tx, voucherId: string, today: string): Promise<void> {
  const held = await voucherById(tx, voucherId)
  const moved = held ? actOnVoucher(stateOf(held.voucher), { act: 'pay', by: 'system', today }) : undefined
  if (!moved?.ok || !(await moveVoucher(tx, voucherId, 'approved', { status: moved.state.status }))) {
    throw new Error(`voucher ${voucherId} of a paid subsidy refused to be paid`)
  }
}

/**
 * Keeps the `package_info` of a WeChat transfer waiting for the holder: WeChat Pay gives it only
 * in the answer to making the transfer (its query does not), and she confirms with it later.
 */
async function keepPackage(deps: Deps, row: SubsidyRow, packageInfo: string | null): Promise<SubsidyRow> {
  if (packageInfo === null || packageInfo === row.payoutPackage) return row
  return (await deps.db.transaction((tx) => keepPayoutPackageRow(tx, row.id, packageInfo))) ?? row
}

/**
 * What a channel said of a payment, written once. Paid: the subsidy and its voucher are paid (the
 * machine's `pay`), recorded, and the payee hears of it; failed: it waits for a run to send it
 * again under a new number; still on its way: WeChat's confirmation package is kept. Whoever
 * reports an end first writes it; the others find it ended and change nothing.
 */
export async function recordPayment(deps: Deps, actor: Actor, row: SubsidyRow, report: PaymentReport): Promise<SubsidyRow> {
  if (report.kind === 'unknown' || report.kind === 'not_received') return row
  if (report.kind === 'on_its_way') return keepPackage(deps, row, report.packageInfo)
  const now = deps.clock.now()
  // What the payee's message names, read before the unit of work (nothing is read beside it inside).
  const named = report.kind === 'paid' ? await deps.db.read((q) => subsidyViewById(q, row.id)) : undefined
  const forHolder = { ...actor, subjectUserId: row.holderUserId }
  return deps.db.transaction(async (tx) => {
    if (report.kind === 'failed') {
      const failed = await endPaymentRow(tx, row.id, { status: 'approved', paymentStatus: 'failed', paymentFailure: report.failure, transferBillNo: report.transferBillNo, paidAt: null })
      if (!failed) return (await subsidyById(tx, row.id)) ?? row
      await appendAudit(tx, now, forHolder, { action: 'training.subsidyPaymentFailed', kind: 'write', objectType: 'training_subsidy', objectId: row.id })
      return failed
    }
    const paid = await endPaymentRow(tx, row.id, { status: 'paid', paymentStatus: 'paid', paymentFailure: null, transferBillNo: report.transferBillNo, paidAt: now.toISOString() })
    if (!paid) return (await subsidyById(tx, row.id)) ?? row
    await payVoucher(tx, row.voucherId, chinaDate(now))
    await appendAudit(tx, now, forHolder, { action: 'training.subsidyPaid', kind: 'write', objectType: 'training_subsidy', objectId: row.id })
    await appendAudit(tx, now, forHolder, { action: 'training.payVoucher', kind: 'write', objectType: 'training_voucher', objectId: row.voucherId })
    await notify(tx, deps.random, now, {
      userId: row.payee === 'holder' ? row.holderUserId : row.institutionUserId,
      template: 'training.subsidyPaid',
      params: { courseName: named?.courseName ?? '', voucherNumber: named?.voucherNumber ?? '', paidFen: row.amountFen },
      link: pageLink(row.payee === 'holder' ? 'myTraining' : 'institutionSubsidies'),
    })
    return paid
  })
}

/**
 * What `wx.requestMerchantTransfer` needs for the holder's payment waiting for her confirmation;
 * null for any other. The caller gives it to the holder herself only.
 */
export function confirmationOf(deps: Pick<Deps, 'payments'>, row: SubsidyRow): MySubsidyApplication['confirmation'] {
  if (row.payee !== 'holder' || row.paymentStatus !== 'pending' || row.payoutPackage === null || row.paymentChannel !== deps.payments.kind) return null
  return deps.payments.confirmationOf(row.payoutPackage)
}

/**
 * The scheduled part (the `training` job): every payment still on its way, at most 100 a run, is
 * asked of its channel by its number; one the channel never received is sent again under the same
 * number, so it is paid once. Returns how many ended (paid or failed).
 */
export async function retrySubsidyPayments(deps: Deps, requestId: string): Promise<number> {
  const rows = await deps.db.read((q) => paymentsOnTheirWay(q, paymentsPerRun))
  let ended = 0
  for (const row of rows) {
    // The channel, not a person, ends these: the audit names no actor, only the holder.
    const system: Actor = { requestId, actorUserId: null, subjectUserId: row.holderUserId, viaGrantId: null }
    const after = await advancePayment(deps, system, row)
    if (after.paymentStatus !== 'pending') ended += 1
  }
  return ended
}
