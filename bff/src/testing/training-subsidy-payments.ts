import { eq } from 'drizzle-orm'
import { z } from 'zod'
import type { PayTo } from '@renshe/shared/platform/pay-to'
import { Programme } from '@renshe/shared/training/schemas'
import { InstitutionAccount, MySubsidyApplication, SubsidyApplication, SubsidyPaymentRunResult } from '@renshe/shared/training/subsidy'
import { trainingProgrammes, trainingSubsidies, users } from '../db/schema'
import type { AccountTransferChannel, AccountTransferResult, AccountTransferState, AccountTransferStatus } from '../platform/payments/account-transfer'
import { createDevelopmentPaymentChannel } from '../platform/payments/development-payment-channel'
import type { PaymentChannel } from '../platform/payments/payment-channel'
import { startPayContext, type PayContext } from '../platform/payments/wechat-pay-test-context'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { appliedForTrainee, appliedMine, approved, assessedOnWelding, assessedZhang } from './training-subsidy-flows'
import { userIdOf } from './wages-flows'

/** The demo institution's seeded settlement account (db/seed/training.ts). */
export const seededAccount = { accountName: '温州技师培训学校', bankName: '中国工商银行温州鹿城支行', accountNo: '1203210109000068217' } as const

/** Zhang's offset voucher, passed, applied for by her (to her WeChat balance unless told) and approved by officer-liu: 1,500 yuan to be paid to her. */
export async function approvedMine(t: TestContext, payTo: PayTo = 'wechat') {
  const { token, voucherId, zhang } = await assessedZhang(t)
  const application = await appliedMine(t, token, voucherId, undefined, { payTo })
  await approved(t, await t.login('officer-liu'), [application.id])
  return { token: await t.login('citizen-zhang'), voucherId, zhang, application }
}

/** Zhang's face-value voucher, passed on the welding course, applied for by the institution and approved: 1,800 yuan to be paid to it. */
export async function approvedForInstitution(t: TestContext) {
  const { enrolmentId, voucherId, institution, zhang } = await assessedOnWelding(t)
  const application = await appliedForTrainee(t, institution, enrolmentId)
  await approved(t, await t.login('officer-liu'), [application.id])
  return { institution: await t.login('institution-demo'), voucherId, zhang, application }
}

let runs = 0

export function payRun(t: TestContext, token: string, applicationIds: readonly string[], key = `subsidy-payrun-${String((runs += 1)).padStart(4, '0')}`): Promise<Response> {
  return t.call('POST', '/api/training/subsidies/payments', { token, idempotencyKey: key, body: { applicationIds } })
}

export async function paidRun(t: TestContext, token: string, applicationIds: readonly string[], key?: string): Promise<SubsidyPaymentRunResult> {
  return expectOk(await payRun(t, token, applicationIds, key), SubsidyPaymentRunResult)
}

/** The one application a run sent. */
export function sentOne(result: SubsidyPaymentRunResult): SubsidyApplication {
  const [sent] = result.sent
  if (!sent || result.sent.length !== 1) throw new Error(`the run sent ${result.sent.length} applications`)
  return sent
}

export function checkMine(t: TestContext, token: string, voucherId: string): Promise<Response> {
  return t.call('POST', `/api/training/vouchers/${voucherId}/subsidy/payment-check`, { token })
}

export async function checkedMine(t: TestContext, token: string, voucherId: string): Promise<MySubsidyApplication> {
  return (await expectOk(await checkMine(t, token, voucherId), z.object({ application: MySubsidyApplication }))).application
}

export async function mineNow(t: TestContext, token: string, voucherId: string): Promise<MySubsidyApplication | null> {
  return (await expectOk(await t.call('GET', `/api/training/vouchers/${voucherId}/subsidy`, { token }), z.object({ application: MySubsidyApplication.nullable() }))).application
}

export async function ledgerOf(t: TestContext, programmeId: string) {
  return (await expectOk(await t.call('GET', `/api/training/programmes/${programmeId}`, { token: await t.login('officer-liu') }), Programme)).ledger
}

export async function accountOf(t: TestContext, token: string): Promise<InstitutionAccount | null> {
  return (await expectOk(await t.call('GET', '/api/training/institution/account', { token }), z.object({ account: InstitutionAccount.nullable() }))).account
}

export function setAccount(t: TestContext, token: string, body: unknown, key?: string): Promise<Response> {
  return t.call('PUT', '/api/training/institution/account', { token, body, ...(key ? { idempotencyKey: key } : {}) })
}

export async function subsidyRow(t: TestContext, id: string) {
  const [row] = await t.deps.db.read((q) => q.select().from(trainingSubsidies).where(eq(trainingSubsidies.id, id)))
  if (!row) throw new Error(`no subsidy ${id}`)
  return row
}

export async function setBudget(t: TestContext, programmeId: string, budgetFen: number): Promise<void> {
  await t.deps.db.transaction((tx) => tx.update(trainingProgrammes).set({ budgetFen }).where(eq(trainingProgrammes.id, programmeId)))
}

/** Gives a demo account the WeChat openid a WeChat login would have kept, sealed. */
export async function withOpenid(t: TestContext, account: string, openid = `o-${account}`): Promise<void> {
  const id = await userIdOf(t, account)
  await t.deps.db.transaction((tx) => tx.update(users).set({ wechatOpenidEnc: t.deps.sealer.seal(openid) }).where(eq(users.id, id)))
}

/** Posts a notification to the training payout notify URL as WeChat Pay would. */
export function postPayoutNotification(t: TestContext, notification: { readonly headers: Record<string, string>; readonly body: string }): Promise<Response> {
  return t.call('POST', '/api/training/subsidies/payouts/notify', { body: notification.body, headers: { ...notification.headers, 'content-type': 'application/json' } })
}

/**
 * The fake WeChat Pay and a payment channel of kind `wechat` whose payouts go to it (payments
 * themselves stay with the development channel): what paying a holder through WeChat Pay needs.
 */
export async function wechatPayouts(): Promise<{ pay: PayContext; channel: PaymentChannel }> {
  const pay = await startPayContext()
  const development = createDevelopmentPaymentChannel()
  const channel: PaymentChannel = {
    ...development,
    kind: 'wechat',
    payout: (request) => pay.channel.payout(request),
    queryPayout: (outBillNo) => pay.channel.queryPayout(outBillNo),
    verifyTransferNotification: (notification) => pay.channel.verifyTransferNotification(notification),
    confirmationOf: (packageInfo) => pay.channel.confirmationOf(packageInfo),
  }
  return { pay, channel }
}

/**
 * How the bank double answers from now on. `credit`: a new transfer is credited at once; `hold`:
 * it stays PROCESSING until `settle`; `bounce`: it ends FAILED (returned by the payee's bank);
 * `reject`: the request is refused as made; `unavailable`: nothing reaches the bank, transfers and
 * queries alike; `loseAnswer`: the transfer is credited but its answer never comes back.
 */
export type BankBehaviour = 'credit' | 'hold' | 'bounce' | 'reject' | 'unavailable' | 'loseAnswer'

export interface BankDouble extends AccountTransferChannel {
  readonly kind: 'bank'
  /** Every transfer asked for, in order, as the channel received it. */
  readonly asked: { readonly outTransferNo: string; readonly amountFen: number; readonly accountName: string; readonly accountNo: string; readonly bankName: string; readonly purpose: string }[]
  /** Every query, by number. */
  readonly queried: string[]
  /** The transfers the bank holds, by number: one per number, however often it is asked for. */
  readonly transfers: Map<string, { amountFen: number; state: AccountTransferState }>
  behave(behaviour: BankBehaviour): void
  settle(outTransferNo: string, state: 'SUCCESS' | 'FAILED'): void
  /** The money the bank credited, in fen. */
  credited(): number
}

/** A bank gateway double in memory: a number names one transfer for good, as the real gateway's contract says. */
export function bankDouble(): BankDouble {
  let behaviour: BankBehaviour = 'credit'
  const asked: BankDouble['asked'][number][] = []
  const queried: string[] = []
  const transfers = new Map<string, { amountFen: number; state: AccountTransferState }>()
  const unavailable: AccountTransferResult = { ok: false, error: 'unavailable', code: 'SYSTEM_BUSY' }
  const statusOf = (outTransferNo: string, held: { amountFen: number; state: AccountTransferState }): AccountTransferStatus => ({
    outTransferNo,
    bankSerialNo: `BK${outTransferNo}`,
    state: held.state,
    amountFen: held.amountFen,
    failureCode: held.state === 'FAILED' ? 'ACCOUNT_CLOSED' : null,
    development: false,
  })
  return {
    kind: 'bank',
    asked,
    queried,
    transfers,
    behave: (next) => void (behaviour = next),
    settle(outTransferNo, state) {
      const held = transfers.get(outTransferNo)
      if (held) held.state = state
    },
    credited: () => [...transfers.values()].filter((held) => held.state === 'SUCCESS').reduce((sum, held) => sum + held.amountFen, 0),
    transfer(request) {
      if (behaviour === 'unavailable') return Promise.resolve(unavailable)
      asked.push({ outTransferNo: request.outTransferNo, amountFen: request.amountFen, accountName: request.payeeAccountName, accountNo: request.payeeAccountNo, bankName: request.payeeBankName, purpose: request.purpose })
      if (behaviour === 'reject') return Promise.resolve({ ok: false, error: 'rejected', code: 'PARAM_ERROR' })
      const known = transfers.get(request.outTransferNo)
      if (known && known.amountFen !== request.amountFen) return Promise.resolve({ ok: false, error: 'conflict', code: 'DUPLICATE_OUT_TRANSFER_NO' })
      const held = known ?? { amountFen: request.amountFen, state: behaviour === 'hold' ? 'PROCESSING' : behaviour === 'bounce' ? 'FAILED' : 'SUCCESS' }
      transfers.set(request.outTransferNo, held)
      return Promise.resolve(behaviour === 'loseAnswer' ? unavailable : { ok: true, transfer: statusOf(request.outTransferNo, held) })
    },
    queryTransfer(outTransferNo) {
      if (behaviour === 'unavailable') return Promise.resolve(unavailable)
      queried.push(outTransferNo)
      const held = transfers.get(outTransferNo)
      return Promise.resolve(held ? { ok: true, transfer: statusOf(outTransferNo, held) } : { ok: false, error: 'not_found', code: 'TRANSFER_NOT_FOUND' })
    },
  }
}
