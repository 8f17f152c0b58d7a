import {
  averageWages,
  checkContributionBase,
  checkPaymentPeriod,
  contributionBaseLimits,
  contributionDue,
  monthsOfPeriod,
  paymentOrderExpiryMinutes,
  periodsAllowedIn,
  type ContributionDue,
} from '@renshe/shared/jobs/flexible-insurance'
import type { BaseLimits, FlexibleEnrolment, FlexibleEnrolmentInput, FlexiblePayment, MyFlexibleInsurance, NextPayment, StartedPayment } from '@renshe/shared/jobs/insurance'
import { chinaMonth } from '@renshe/shared/platform/china-time'
import { addMonths } from '@renshe/shared/records/months'
import type { Query, Tx } from '../../db/database'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { IncomingNotification, PaymentStatus, RefundResult } from '../../platform/payments/payment-channel'
import { fail, ok, type Result } from '../../platform/problem'
import { newCode, newId } from '../../platform/random'
import {
  claimRefundRow,
  endRefundRow,
  enrolmentOf,
  holdingPaymentsOf,
  insertFlexibleContributions,
  insertPayment,
  paymentById,
  paymentByOutTradeNo,
  paymentsOf,
  pensionMonthsPaid,
  registeredPersonOf,
  saveEnrolment,
  settlePaymentRow,
  wechatOpenidEncOf,
  type FlexibleEnrolmentRow,
  type FlexiblePaymentRow,
} from './insurance-repo'
import { offerSubsidyOnce } from './subsidy-service'

/*
 * A flexible worker's basic pension (decision 043 for the rules, 050 for the channel): the worker
 * enrols for the register entry her real name leads to, pays one period at a time, and each paid
 * month becomes a pension contribution in the province's record in the commit that marks the
 * payment paid. Money is asked of the payment channel outside any transaction; what the channel
 * says comes back through a verified notification or a query, and settles a payment once.
 */

/** What the contribution record shows as the payer of a flexible worker's month. */
const flexiblePayerName = '灵活就业人员个人缴费'

/** How far ahead the next payment may start: the period of this month, not a later one. */
function dueNow(startMonth: string, thisMonth: string): boolean {
  return startMonth <= thisMonth
}

function limitsOf(regionCode: string, year: number): BaseLimits | null {
  const limits = contributionBaseLimits(averageWages, regionCode, year)
  if (!limits.ok) return null
  return { year, minFen: limits.value.minFen, maxFen: limits.value.maxFen, placeholder: limits.value.row.placeholder }
}

function toEnrolment(row: FlexibleEnrolmentRow): FlexibleEnrolment {
  return {
    baseFen: row.baseFen,
    period: row.period,
    medical: row.medical,
    regionCode: row.regionCode,
    enrolledAt: row.enrolledAt,
    fromMonth: row.fromMonth,
    updatedAt: row.updatedAt,
  }
}

function toPayment(row: FlexiblePaymentRow): FlexiblePayment {
  return {
    id: row.id,
    months: row.months,
    baseFen: row.baseFen,
    amountFen: row.amountFen,
    personalAccountFen: row.personalAccountFen,
    status: row.status,
    channel: row.channel,
    createdAt: row.createdAt,
    paidAt: row.paidAt,
    expiresAt: row.expiresAt,
    refund: row.refundStatus,
  }
}

/** How long an order stays payable (see `paymentOrderExpiryMinutes`). */
export const paymentOrderExpiryMs = paymentOrderExpiryMinutes * 60_000

/** When a payment's order stops being payable; one started before orders had an expiry counts from its start. */
function expiryOf(payment: FlexiblePaymentRow): Date {
  return new Date(payment.expiresAt ?? Date.parse(payment.createdAt) + paymentOrderExpiryMs)
}

export function hasExpired(payment: FlexiblePaymentRow, now: Date): boolean {
  return expiryOf(payment).getTime() <= now.getTime()
}

/**
 * The months the next payment covers: from the month after the last one held (or the month of
 * enrolment), the rest of that calendar period, less any month already paid by an employer.
 * Null when that period has not begun yet, or when every month of it is already paid.
 */
async function nextDue(q: Query, enrolment: FlexibleEnrolmentRow, holding: readonly FlexiblePaymentRow[], thisMonth: string): Promise<ContributionDue | null> {
  const lastHeld = holding.flatMap((payment) => payment.months).reduce<string | null>((last, month) => (last === null || month > last ? month : last), null)
  let start = lastHeld === null || lastHeld < enrolment.fromMonth ? enrolment.fromMonth : addMonths(lastHeld, 1)
  // A period whose months an employer has all paid is passed over for the next one.
  while (dueNow(start, thisMonth)) {
    const period = monthsOfPeriod(enrolment.period, start)
    const paidElsewhere = await pensionMonthsPaid(q, enrolment.personId, period)
    const open = period.filter((month) => !paidElsewhere.has(month))
    const first = open[0]
    if (first !== undefined) {
      const due = contributionDue({ baseFen: enrolment.baseFen, period: enrolment.period, startMonth: first })
      const months = due.months.filter((month) => !paidElsewhere.has(month))
      return {
        ...due,
        months,
        totalFen: due.perMonthFen * months.length,
        personalAccountFen: due.personalAccountPerMonthFen * months.length,
      }
    }
    start = addMonths(period[period.length - 1] ?? start, 1)
  }
  return null
}

function nextPaymentOf(due: ContributionDue | null): NextPayment | null {
  if (!due) return null
  const { months, perMonthFen, totalFen, personalAccountFen } = due
  return { months, perMonthFen, totalFen, personalAccountFen }
}

export async function getMyFlexibleInsurance(deps: Deps, actor: Actor, userId: string): Promise<Result<MyFlexibleInsurance>> {
  const now = deps.clock.now()
  const thisMonth = chinaMonth(now)
  const answer = await deps.db.read(async (q) => {
    const person = await registeredPersonOf(q, userId)
    if (!person) return undefined
    const enrolment = (await enrolmentOf(q, userId)) ?? null
    const payments = await paymentsOf(q, userId)
    const holding = payments.filter((payment) => payment.holdsMonths === true)
    const regionCode = enrolment?.regionCode ?? person.regionCode
    return {
      enrolment: enrolment ? toEnrolment(enrolment) : null,
      limits: limitsOf(regionCode, Number(thisMonth.slice(0, 4))),
      periodsAllowed: [...periodsAllowedIn(regionCode)],
      next: enrolment ? nextPaymentOf(await nextDue(q, enrolment, holding, thisMonth)) : null,
      payments: payments.map(toPayment),
      channel: deps.payments.kind,
    }
  })
  if (!answer) return fail('not_found', { detail: 'The social-insurance register has no entry for this real name' })
  await recordAudit(deps, now, actor, { action: 'jobs.getMyFlexibleInsurance', kind: 'read', objectType: 'flexible_enrolment', objectId: userId })
  return ok(answer)
}

export async function enrolFlexible(deps: Deps, actor: Actor, userId: string, input: FlexibleEnrolmentInput): Promise<Result<FlexibleEnrolment>> {
  const now = deps.clock.now()
  const thisMonth = chinaMonth(now)
  return deps.db.transaction(async (tx) => {
    const person = await registeredPersonOf(tx, userId)
    if (!person) return fail('not_found', { detail: 'The social-insurance register has no entry for this real name' })
    const existing = await enrolmentOf(tx, userId)
    const regionCode = existing?.regionCode ?? person.regionCode
    const period = checkPaymentPeriod(regionCode, input.period)
    if (!period.ok) return fail('validation_failed', { errors: [{ path: 'body.period', key: period.error }] })
    const base = checkContributionBase(averageWages, regionCode, Number(thisMonth.slice(0, 4)), input.baseFen)
    if (!base.ok) return fail('validation_failed', { errors: [{ path: 'body.baseFen', key: base.error }] })
    const saved = await saveEnrolment(tx, {
      userId,
      personId: person.personId,
      regionCode,
      baseFen: input.baseFen,
      period: input.period,
      medical: input.medical,
      fromMonth: existing?.fromMonth ?? thisMonth,
      enrolledAt: existing?.enrolledAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    })
    await appendAudit(tx, now, actor, { action: 'jobs.enrolFlexible', kind: 'write', objectType: 'flexible_enrolment', objectId: userId })
    return ok(toEnrolment(saved))
  })
}

/** The reference the channel knows a payment by: letters and digits only, as WeChat Pay asks (6–32). */
function newOutTradeNo(deps: Pick<Deps, 'random'>): string {
  return `FX${newCode(deps.random, 24)}`
}

/** Where a pending payment ends: paid, or failed or closed and its months released. */
interface Outcome {
  readonly status: 'paid' | 'failed' | 'closed'
  readonly transactionId: string | null
}

/**
 * What a channel's report means for a payment: SUCCESS with the payment's own amount is paid;
 * an order closed, revoked or failed releases the months; anything else (not paid yet, the payer
 * still paying) leaves it pending. A success for another amount settles nothing.
 */
function outcomeOf(payment: FlexiblePaymentRow, status: PaymentStatus): Outcome | null {
  if (status.tradeState === 'SUCCESS') return status.amountFen === payment.amountFen ? { status: 'paid', transactionId: status.transactionId } : null
  if (status.tradeState === 'CLOSED' || status.tradeState === 'REVOKED') return { status: 'closed', transactionId: null }
  if (status.tradeState === 'PAYERROR') return { status: 'failed', transactionId: null }
  return null
}

type Opened =
  | { readonly kind: 'new' | 'pending' | 'expired'; readonly row: FlexiblePaymentRow }
  | { readonly kind: 'nothing_due' }
  | { readonly kind: 'not_enrolled' }
  | { readonly kind: 'base'; readonly error: 'contributionBase.yearUnknown' | 'contributionBase.belowMinimum' | 'contributionBase.aboveMaximum' }

/**
 * Holds the next period's months for a new pending payment, or finds the pending one that holds
 * them: still payable, it is the one to pay; past its expiry, it is to be closed first.
 */
async function openPayment(deps: Deps, actor: Actor, userId: string, now: Date): Promise<Opened> {
  return deps.db.transaction(async (tx) => {
    const enrolment = await enrolmentOf(tx, userId)
    if (!enrolment) return { kind: 'not_enrolled' } as const
    const holding = await holdingPaymentsOf(tx, enrolment.personId)
    const pending = holding.find((payment) => payment.status === 'pending')
    if (pending) return { kind: hasExpired(pending, now) ? 'expired' : 'pending', row: pending } as const
    const due = await nextDue(tx, enrolment, holding, chinaMonth(now))
    const first = due?.months[0]
    if (!due || first === undefined) return { kind: 'nothing_due' } as const
    // The base chosen last year may be outside this year's limits: the worker chooses again first.
    const base = checkContributionBase(averageWages, enrolment.regionCode, Number(first.slice(0, 4)), enrolment.baseFen)
    if (!base.ok) return { kind: 'base', error: base.error } as const
    const row: FlexiblePaymentRow = {
      id: newId(deps.random),
      userId,
      personId: enrolment.personId,
      outTradeNo: newOutTradeNo(deps),
      months: due.months,
      firstMonth: first,
      baseFen: enrolment.baseFen,
      amountFen: due.totalFen,
      personalAccountFen: due.personalAccountFen,
      channel: deps.payments.kind,
      status: 'pending',
      transactionId: null,
      holdsMonths: true,
      createdAt: now.toISOString(),
      paidAt: null,
      updatedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + paymentOrderExpiryMs).toISOString(),
      outRefundNo: null,
      refundStatus: null,
      refundId: null,
      refundedAt: null,
    }
    await insertPayment(tx, row)
    await appendAudit(tx, now, actor, { action: 'jobs.startFlexiblePayment', kind: 'write', objectType: 'flexible_payment', objectId: row.id })
    return { kind: 'new', row } as const
  })
}

/**
 * Starts paying the next period. The payment is recorded pending (holding its months) before the
 * channel is asked, so a crash in between leaves a payment a query can still settle, never money
 * taken for nothing. The channel's order is idempotent on the payment's reference: asking again
 * for a pending payment gives the same order.
 */
export async function startFlexiblePayment(deps: Deps, actor: Actor, userId: string): Promise<Result<StartedPayment>> {
  const now = deps.clock.now()
  let opened = await openOrConflict(deps, actor, userId, now)
  if (opened !== 'conflict' && opened.kind === 'expired') {
    // The order of the pending payment can no longer be paid: it is closed with the channel
    // first, so that it cannot be paid after all while a second order of the same months is
    // open. Paid meanwhile, it is settled and answered; closed, a new payment (a new number) opens.
    const ended = await closeExpiredPayment(deps, actor, opened.row, now)
    if (ended.status === 'pending') return fail('partner_unavailable')
    if (ended.status === 'paid') return ok({ payment: toPayment(ended), payRequest: null })
    opened = await openOrConflict(deps, actor, userId, now)
  }
  // Another request held the same months first (or closed the expired one and opened the next): that payment is the one to pay.
  if (opened === 'conflict' || opened.kind === 'expired') return fail('conflict', { detail: 'A payment of these months has just been started' })
  if (opened.kind === 'not_enrolled') return fail('conflict', { detail: 'Enrol as a flexible worker before paying' })
  if (opened.kind === 'nothing_due') return fail('conflict', { detail: 'The months up to this period are paid' })
  if (opened.kind === 'base') return fail('validation_failed', { errors: [{ path: 'baseFen', key: opened.error }] })
  return orderFor(deps, actor, userId, opened.row, opened.kind === 'new', now)
}

/** Opens a payment; 'conflict' when another request held the same months first (that payment is the one to pay). */
async function openOrConflict(deps: Deps, actor: Actor, userId: string, now: Date): Promise<Opened | 'conflict'> {
  try {
    return await openPayment(deps, actor, userId, now)
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    return 'conflict'
  }
}

/**
 * Asks the channel for the order of a pending payment and answers what the payer needs to pay
 * it. Asked again for the same payment (a second start, a retry), the channel gives the same
 * order, so the pay sheet can always be opened again while the payment is pending.
 */
async function orderFor(deps: Deps, actor: Actor, userId: string, payment: FlexiblePaymentRow, isNew: boolean, now: Date): Promise<Result<StartedPayment>> {
  const openidEnc = await deps.db.read((q) => wechatOpenidEncOf(q, userId))
  // WeChat Pay names the payer by openid; the development channel moves no money and needs none.
  if (openidEnc === null && deps.payments.kind === 'wechat') {
    if (isNew) await settle(deps, actor, payment, { status: 'failed', transactionId: null }, now)
    return fail('conflict', { detail: 'WeChat Pay needs an account that logged in through WeChat' })
  }
  const order = await deps.payments.createOrder({
    outTradeNo: payment.outTradeNo,
    amountFen: payment.amountFen,
    description: `灵活就业人员基本养老保险 ${payment.months[0]}${payment.months.length > 1 ? ` 至 ${payment.months[payment.months.length - 1]}` : ''}`,
    payerOpenid: openidEnc === null ? 'development' : deps.sealer.open(openidEnc),
    notifyUrl: paymentNotifyUrl(deps),
    // The expiry it was started with: asked again, the order is the same order.
    expiresAt: expiryOf(payment),
  })
  if (!order.ok) {
    deps.logger.warn('payment channel refused an order', { code: order.code, detail: order.error })
    // Paid already (the payer paid before the notification came): the channel says so when asked.
    if (order.error === 'already_paid') return ok({ payment: toPayment(await settleFromChannel(deps, actor, payment, now)), payRequest: null })
    // Refused as made (a new order), or no longer payable (an old pending one): its months are
    // released, so the next start opens a new payment. Unreachable: it stays pending, and a query settles it.
    if (order.error !== 'unavailable') await settle(deps, actor, payment, { status: isNew ? 'failed' : 'closed', transactionId: null }, now)
    return fail('partner_unavailable')
  }
  // The development channel has settled the order already: ask it, as a lost notification would be asked.
  const settled = order.development ? await settleFromChannel(deps, actor, payment, now) : payment
  const { appId: _appId, ...payRequest } = order.payParams
  return ok({ payment: toPayment(settled), payRequest: order.development || settled.status !== 'pending' ? null : payRequest })
}

/** The notify URL the channel posts a payment's outcome to. */
export function paymentNotifyUrl(deps: Pick<Deps, 'config'>): string {
  return `${deps.config.publicBaseUrl}/api/jobs/insurance/payments/notify`
}

/** Asks the channel where a pending payment stands and settles it if it has ended. */
async function settleFromChannel(deps: Deps, actor: Actor, payment: FlexiblePaymentRow, now: Date): Promise<FlexiblePaymentRow> {
  const answer = await deps.payments.queryOrder(payment.outTradeNo)
  if (!answer.ok) return payment
  const outcome = outcomeOf(payment, answer.payment)
  return outcome ? settle(deps, actor, payment, outcome, now) : payment
}

/** The same start, replayed for a retry of its Idempotency-Key: the payment as it stands now. */
export async function replayStartedPayment(deps: Deps, actor: Actor, userId: string, paymentId: string): Promise<Result<StartedPayment>> {
  const found = await getFlexiblePayment(deps, actor, userId, paymentId)
  if (!found.ok || found.value.status !== 'pending') return found.ok ? ok({ payment: found.value, payRequest: null }) : found
  // Still pending: the retry gets the pay sheet's parameters again, not a payment it cannot pay.
  // Past its expiry there is no pay sheet to give: the order is closed, and the answer says how it ended.
  const now = deps.clock.now()
  const row = await deps.db.read((q) => paymentById(q, paymentId))
  if (!row) return fail('not_found')
  if (row.status === 'pending' && hasExpired(row, now)) return ok({ payment: toPayment(await closeExpiredPayment(deps, actor, row, now)), payRequest: null })
  return orderFor(deps, actor, userId, row, false, now)
}

/**
 * One of the worker's own payments. A pending one is asked of the channel first, so a
 * notification lost on the way does not leave a paid period looking unpaid.
 */
export async function getFlexiblePayment(deps: Deps, actor: Actor, userId: string, paymentId: string): Promise<Result<FlexiblePayment>> {
  const now = deps.clock.now()
  const row = await deps.db.read((q) => paymentById(q, paymentId))
  if (!row || row.userId !== userId) return fail('not_found')
  const current = row.status === 'pending' ? await settleFromChannel(deps, actor, row, now) : row
  await recordAudit(deps, now, actor, { action: 'jobs.getFlexiblePayment', kind: 'read', objectType: 'flexible_payment', objectId: row.id })
  return ok(toPayment(current))
}

/**
 * Settles a pending payment as the channel reports it, once: paid writes its months into the
 * contribution record in the same commit; failed or closed releases them for another payment.
 * A report for a payment already settled changes nothing and returns it as it is.
 */
async function settle(deps: Deps, actor: Actor, payment: FlexiblePaymentRow, outcome: Outcome, now: Date): Promise<FlexiblePaymentRow> {
  return deps.db.transaction(async (tx) => {
    const paid = outcome.status === 'paid'
    const changed = await settlePaymentRow(tx, payment.id, {
      status: outcome.status,
      transactionId: outcome.transactionId,
      paidAt: paid ? now.toISOString() : null,
      holdsMonths: paid ? true : null,
      updatedAt: now.toISOString(),
    })
    if (!changed) return (await paymentById(tx, payment.id)) ?? payment
    if (paid) {
      await recordMonths(tx, deps, changed)
      await offerSubsidyOnce(tx, deps, actor, changed, now)
    }
    await appendAudit(tx, now, { ...actor, subjectUserId: payment.userId }, {
      action: paid ? 'jobs.flexiblePaymentPaid' : 'jobs.flexiblePaymentReleased',
      kind: 'write',
      objectType: 'flexible_payment',
      objectId: payment.id,
    })
    return changed
  })
}

async function recordMonths(tx: Tx, deps: Pick<Deps, 'random'>, payment: FlexiblePaymentRow): Promise<void> {
  const enrolment = await enrolmentOf(tx, payment.userId)
  const perMonthFen = payment.amountFen / payment.months.length
  // An employer may have paid a month since the payment was started: that month keeps the employer's row.
  const taken = await pensionMonthsPaid(tx, payment.personId, payment.months)
  await insertFlexibleContributions(
    tx,
    payment.months
      .filter((month) => !taken.has(month))
      .map((month) => ({
        id: newId(deps.random),
        personId: payment.personId,
        month,
        type: 'pension' as const,
        baseFen: payment.baseFen,
        personalFen: perMonthFen,
        employerFen: 0,
        employerName: flexiblePayerName,
        payer: 'flexible' as const,
        regionCode: enrolment?.regionCode ?? '',
      })),
  )
}

/**
 * A notification posted to the notify URL. The channel verifies it (signature, key, freshness)
 * and opens it; only then is the payment it names looked up, and it settles only with the
 * payment's own amount. A payment already settled is answered as received, so the channel stops
 * sending it again.
 */
export async function handlePaymentNotification(deps: Deps, requestId: string, notification: IncomingNotification): Promise<Result<null>> {
  const verified = await deps.payments.verifyNotification(notification)
  if (!verified.ok) {
    deps.logger.warn('payment notification refused', { requestId, detail: verified.error })
    return fail('unauthenticated', { detail: verified.error })
  }
  const payment = await deps.db.read((q) => paymentByOutTradeNo(q, verified.payment.outTradeNo))
  if (!payment) return fail('not_found')
  const outcome = outcomeOf(payment, verified.payment)
  if (verified.payment.tradeState === 'SUCCESS' && !outcome) {
    deps.logger.warn('payment notification with another amount refused', { requestId })
    return fail('conflict', { detail: 'The amount does not match the payment' })
  }
  const system: Actor = { requestId, actorUserId: null, subjectUserId: payment.userId, viaGrantId: null }
  if (outcome && payment.status === 'pending') await settle(deps, system, payment, outcome, deps.clock.now())
  // Money for a payment already closed or failed here (its months released, perhaps paid again
  // since): nothing is settled with it, and it is given back in full.
  if (outcome?.status === 'paid' && (payment.status === 'closed' || payment.status === 'failed')) {
    await refundLateMoney(deps, system, payment, outcome.transactionId, deps.clock.now())
  }
  return ok(null)
}

/**
 * Closes the order of a pending payment past its expiry, and settles the payment as the channel
 * then says: closed (or never received) → closed, its months released; paid before it could be
 * closed (`already_paid`) → paid, as the channel reports it — money received is never dropped.
 * Unreachable, or an answer that settles nothing: the payment stays pending, and the scheduled
 * work tries again. Safe to repeat: closing a closed order closes nothing, settling is once.
 */
export async function closeExpiredPayment(deps: Deps, actor: Actor, payment: FlexiblePaymentRow, now: Date): Promise<FlexiblePaymentRow> {
  const closed = await deps.payments.closeOrder(payment.outTradeNo)
  if (closed.ok || closed.error === 'not_found') return settle(deps, actor, payment, { status: 'closed', transactionId: null }, now)
  deps.logger.warn('closing an expired payment order did not close it', { code: closed.code, detail: closed.error })
  // Paid, or refused for a reason the order's own state explains: the channel says which.
  const after = closed.error === 'unavailable' ? payment : await settleFromChannel(deps, actor, payment, now)
  if (after.status === 'pending' && closed.error === 'already_paid') deps.logger.warn('an expired payment the channel holds as paid is not settled yet', { code: 'paid_unsettled' })
  return after
}

/** The refund's number: one per payment, derived from its order's, so every retry asks for the same refund. */
function refundNumberOf(payment: FlexiblePaymentRow): string {
  return `RF${payment.outTradeNo}`
}

/** Shown to the payer with the money given back (WeChat Pay allows 80 characters). */
const lateRefundReason = '该笔缴费已关闭，款项原路退回'

/**
 * Gives back money received for a payment closed or failed here. The refund is claimed on the
 * row first (once, whoever comes first), then asked of the channel under the payment's own
 * refund number; a second report of the same money finds it claimed, and the scheduled work
 * follows it to its end.
 */
async function refundLateMoney(deps: Deps, actor: Actor, payment: FlexiblePaymentRow, transactionId: string | null, now: Date): Promise<FlexiblePaymentRow> {
  const claimed = await deps.db.transaction(async (tx) => {
    const changed = await claimRefundRow(tx, payment.id, { outRefundNo: refundNumberOf(payment), transactionId, updatedAt: now.toISOString() })
    if (changed) {
      await appendAudit(tx, now, { ...actor, subjectUserId: payment.userId }, {
        action: 'jobs.flexiblePaymentRefundStarted',
        kind: 'write',
        objectType: 'flexible_payment',
        objectId: payment.id,
      })
    }
    return changed
  })
  if (!claimed) return (await deps.db.read((q) => paymentById(q, payment.id))) ?? payment
  return askRefund(deps, actor, claimed, now)
}

/** Asks the channel for the payment's refund (again, under the same number when it never arrived). */
export async function askRefund(deps: Deps, actor: Actor, payment: FlexiblePaymentRow, now: Date): Promise<FlexiblePaymentRow> {
  if (payment.outRefundNo === null) return payment
  const result = await deps.payments.refund({
    outTradeNo: payment.outTradeNo,
    outRefundNo: payment.outRefundNo,
    refundFen: payment.amountFen,
    totalFen: payment.amountFen,
    reason: lateRefundReason,
  })
  // Refused as asked (or the order unknown): nothing more will come of asking again.
  if (!result.ok && result.error !== 'unavailable') return endRefund(deps, actor, payment, { state: 'abnormal', refundId: null, code: result.code }, now)
  return recordRefund(deps, actor, payment, result, now)
}

/**
 * Records what the channel says of a refund on its way: SUCCESS → refunded; CLOSED or ABNORMAL
 * → left for an officer; PROCESSING, or no answer → still on its way, asked again later.
 */
export async function recordRefund(deps: Deps, actor: Actor, payment: FlexiblePaymentRow, result: RefundResult, now: Date): Promise<FlexiblePaymentRow> {
  if (!result.ok) {
    deps.logger.warn('a payment refund could not be asked about', { code: result.code, detail: result.error })
    return payment
  }
  const { state, refundId } = result.refund
  if (state === 'PROCESSING') return payment
  return endRefund(deps, actor, payment, { state: state === 'SUCCESS' ? 'refunded' : state === 'CLOSED' ? 'closed' : 'abnormal', refundId, code: state }, now)
}

async function endRefund(
  deps: Deps,
  actor: Actor,
  payment: FlexiblePaymentRow,
  end: { readonly state: 'refunded' | 'closed' | 'abnormal'; readonly refundId: string | null; readonly code: string },
  now: Date,
): Promise<FlexiblePaymentRow> {
  const changed = await deps.db.transaction(async (tx) => {
    const row = await endRefundRow(tx, payment.id, {
      refundStatus: end.state,
      refundId: end.refundId,
      refundedAt: end.state === 'refunded' ? now.toISOString() : null,
      updatedAt: now.toISOString(),
    })
    if (row) {
      await appendAudit(tx, now, { ...actor, subjectUserId: payment.userId }, {
        action: end.state === 'refunded' ? 'jobs.flexiblePaymentRefunded' : 'jobs.flexiblePaymentRefundFailed',
        kind: 'write',
        objectType: 'flexible_payment',
        objectId: payment.id,
      })
    }
    return row
  })
  if (!changed) return (await deps.db.read((q) => paymentById(q, payment.id))) ?? payment
  // The money is not back with the payer: an officer takes it up. The log names the payment's id and the channel's code, nothing of the payer.
  if (end.state !== 'refunded') deps.logger.error('a payment refund needs an officer', { requestId: actor.requestId, code: `refund_${end.code}`, detail: payment.id })
  return changed
}
