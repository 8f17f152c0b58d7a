import { subsidyAmountFen, subsidyLastMonth, subsidyRules, yearsToRetirementAtStart, type SubsidyFacts } from '@renshe/shared/jobs/flexible-insurance'
import { statutoryRetirement, type RetirementCategory } from '@renshe/shared/jobs/retirement-age'
import type {
  MySubsidy,
  MySubsidyApplication,
  PaidMonth,
  SubsidyApplication,
  SubsidyApplicationInput,
  SubsidyDecision,
  SubsidyReviewItem,
  SubsidyReviewPage,
  SubsidyReviewQuery,
} from '@renshe/shared/jobs/subsidy'
import { checkIdNumber } from '@renshe/shared/identity/id-number'
import { maskIdNumber, maskName } from '@renshe/shared/identity/masking'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Query, Tx } from '../../db/database'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, appendAuditRows, recordAudit, type Actor, type AuditEntry } from '../../platform/audit'
import { holdsPayableCard, payableCardOf, type LedgerAct } from '../../platform/card-money'
import type { Deps } from '../../platform/deps'
import { completeInboxAction, inboxTaskDone, notify } from '../../platform/notify'
import { pageOf, timeCursor } from '../../platform/paging'
import { payoutEnded, type PayoutResult } from '../../platform/payments/payment-channel'
import { officialCovers } from '../../platform/policy'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newCode, newId } from '../../platform/random'
import { enrolmentOf, wechatOpenidEncOf, type FlexiblePaymentRow } from './insurance-repo'
import { cardPayoutEndOf, orderSubsidyOntoCard } from './subsidy-card-payout'
import { subsidyEligibility } from './subsidy-eligibility'
import {
  applicantOf,
  applicationById,
  applicationsOf,
  cardPayoutsToFollow,
  decideApplicationRow,
  endPayoutRow,
  insertApplication,
  insertOfferOnce,
  keepPayoutPackageRow,
  offerOf,
  paidPaymentsOf,
  payoutsOnTheirWay,
  regionApplications,
  standingApplicationsOf,
  type SubsidyApplicationRow,
} from './subsidy-repo'
import { officialsCovering } from '../../platform/officials'

/*
 * The flexible worker's social-insurance subsidy (decision 054). The worker applies for the paid
 * months no application holds yet; the officer of the worker's region checks the documents and
 * records the facts; the rules (flexible-insurance.ts, evaluated by subsidy-eligibility.ts) say
 * under which rule and for which months; the amount is at most two thirds of what was paid for
 * them, and goes out under a number that names it for good: through the payment channel to her
 * WeChat balance, or onto her citizen card through the ledger of money onto cards (decision 068).
 */

/** Shown to the worker with the money in WeChat (at most 32 characters). */
const payoutRemark = '灵活就业人员社会保险补贴'

export function toApplication(row: SubsidyApplicationRow): SubsidyApplication {
  return {
    id: row.id,
    months: row.months,
    paidFen: row.paidFen,
    status: row.status,
    appliedAt: row.appliedAt,
    decidedAt: row.decidedAt,
    declineReason: row.declineReason,
    ruleId: row.ruleId,
    subsidisedMonths: row.subsidisedMonths ?? [],
    amountFen: row.amountFen,
    payTo: row.payTo,
    payout: row.payoutStatus && row.payoutChannel ? { status: row.payoutStatus, channel: row.payoutChannel, paidAt: row.paidOutAt } : null,
  }
}

/** Each paid month of a person with what was paid for it, less the months a standing application holds. */
async function openMonthsOf(q: Query, personId: string): Promise<PaidMonth[]> {
  const [payments, standing] = await Promise.all([paidPaymentsOf(q, personId), standingApplicationsOf(q, personId)])
  const held = new Set(standing.flatMap((row) => row.months.map((paid) => paid.month)))
  return payments
    .flatMap((payment) => payment.months.map((month) => ({ month, paidFen: payment.amountFen / payment.months.length })))
    .filter((paid) => !held.has(paid.month))
    .sort((a, b) => (a.month < b.month ? -1 : 1))
}

const total = (months: readonly PaidMonth[]) => months.reduce((sum, paid) => sum + paid.paidFen, 0)

/**
 * Offers the subsidy once to a worker whose payment was just paid, in the transaction that
 * settles it: one inbox message with a button that applies, never a second (the offer's key is
 * the person). Who qualifies is an officer's finding (decision 054), so the message says who may.
 */
export async function offerSubsidyOnce(tx: Tx, deps: Pick<Deps, 'random'>, actor: Actor, payment: FlexiblePaymentRow, now: Date): Promise<void> {
  const offer = { personId: payment.personId, id: newId(deps.random), userId: payment.userId, offeredAt: now.toISOString() }
  if (!(await insertOfferOnce(tx, offer))) return
  await notify(tx, deps.random, now, {
    userId: payment.userId,
    template: 'jobs.subsidyOffered',
    params: { paidFen: subsidyAmountFen(payment.amountFen) },
    link: pageLink('flexibleSubsidy'),
    action: { kind: 'apply_subsidy', targetId: offer.id },
  })
  await appendAudit(tx, now, { ...actor, subjectUserId: payment.userId }, { action: 'jobs.offerSubsidy', kind: 'write', objectType: 'flexible_subsidy_offer', objectId: offer.id })
}

export async function getMySubsidy(deps: Deps, actor: Actor, userId: string): Promise<Result<MySubsidy>> {
  const found = await deps.db.read(async (q) => {
    const enrolment = await enrolmentOf(q, userId)
    const card = await payableCardOf(q, userId)
    const cardNumberMasked = card?.cardNumberMasked ?? null
    if (!enrolment) return { enrolled: false, open: [], applications: [], cardNumberMasked }
    const [open, applications] = await Promise.all([openMonthsOf(q, enrolment.personId), applicationsOf(q, userId)])
    return { enrolled: true, open, applications, cardNumberMasked }
  })
  const waiting = found.applications.some((row) => row.status === 'pending')
  await recordAudit(deps, deps.clock.now(), actor, { action: 'jobs.getMySubsidy', kind: 'read', objectType: 'flexible_enrolment', objectId: userId })
  return ok({
    enrolled: found.enrolled,
    openMonths: found.open,
    upToFen: subsidyAmountFen(total(found.open)),
    canApply: !waiting && found.open.length > 0,
    applications: found.applications.map((row) => ({ ...toApplication(row), confirmation: actor.actorUserId === userId ? confirmationOf(deps, row) : null })),
    channel: deps.payments.kind,
    cardNumberMasked: found.cardNumberMasked,
  })
}

/**
 * Applies for the paid months no standing application holds, to be paid where she chose. One
 * application waits at a time (the unique index on the person's open application decides between
 * two requests); a second tap or a retry finds it waiting and is refused, a retry of the same
 * Idempotency-Key replays. Her card is chosen only if she holds one money can be paid onto; a
 * stopped one (lost, being replaced) is such a card: the ledger holds the money for the next.
 */
export async function applySubsidy(deps: Deps, actor: Actor, userId: string, input: SubsidyApplicationInput): Promise<Result<SubsidyApplication>> {
  const now = deps.clock.now()
  const at = now.toISOString()
  try {
    return await deps.db.transaction(async (tx) => {
      const enrolment = await enrolmentOf(tx, userId)
      if (!enrolment) return fail('conflict', { detail: 'Enrol as a flexible worker and pay a period first' })
      const standing = await standingApplicationsOf(tx, enrolment.personId)
      if (standing.some((row) => row.status === 'pending')) return fail('conflict', { detail: 'An application is waiting for its decision' })
      const months = await openMonthsOf(tx, enrolment.personId)
      if (months.length === 0) return fail('conflict', { detail: 'No paid month is left to apply for' })
      if (input.payTo === 'card' && !(await holdsPayableCard(tx, userId))) return fail('validation_failed', { errors: [{ path: 'body.payTo', key: 'jobs.noPayableCard' }] })
      const row: SubsidyApplicationRow = {
        id: newId(deps.random),
        userId,
        personId: enrolment.personId,
        regionCode: enrolment.regionCode,
        months,
        paidFen: total(months),
        status: 'pending',
        open: true,
        appliedAt: at,
        decidedAt: null,
        decidedBy: null,
        declineReason: null,
        employmentDifficulty: null,
        graduateYear: null,
        femaleCategory: null,
        ruleId: null,
        subsidisedMonths: null,
        amountFen: null,
        payTo: input.payTo,
        outBillNo: null,
        payoutChannel: null,
        payoutStatus: null,
        transferBillNo: null,
        payoutPackage: null,
        paidOutAt: null,
        updatedAt: at,
      }
      await insertApplication(tx, row)
      await appendAudit(tx, now, actor, { action: 'jobs.applySubsidy', kind: 'write', objectType: 'flexible_subsidy_application', objectId: row.id })
      await tellReviewers(tx, deps, now, row)
      // Applying from the subsidy page does the offer's task too: its button does not come back.
      const offer = await offerOf(tx, enrolment.personId)
      if (offer && (await completeInboxAction(tx, { userId, kind: 'apply_subsidy', targetId: offer.id, at })) > 0) {
        await appendAudit(tx, now, actor, inboxTaskDone('apply_subsidy', offer.id))
      }
      return ok(toApplication(row))
    })
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    return fail('conflict', { detail: 'An application is waiting for its decision' })
  }
}

/**
 * Tells every officer whose region covers the worker's that an application waits for review, in
 * the application's transaction. The message says no more than the review list shows beside her
 * masked name: how many months and what was paid for them; no name, no ID number.
 */
async function tellReviewers(tx: Tx, deps: Pick<Deps, 'random'>, at: Date, row: SubsidyApplicationRow): Promise<void> {
  for (const userId of await officialsCovering(tx, row.regionCode, 'officer')) {
    await notify(tx, deps.random, at, { userId, template: 'jobs.subsidyToReview', params: { months: row.months.length, paidFen: row.paidFen }, link: pageLink('reviewSubsidies') })
  }
}

/** The same application, replayed for a retry of its Idempotency-Key. */
export async function replayAppliedSubsidy(deps: Deps, userId: string, applicationId: string): Promise<Result<SubsidyApplication>> {
  const row = await deps.db.read((q) => applicationById(q, applicationId))
  return row && row.userId === userId ? ok(toApplication(row)) : fail('not_found')
}

/**
 * Birth month and sex as the resident ID number gives them (birth date in digits 7–14, sex by the
 * parity of digit 17); null for a number that does not read, which binding never lets in.
 */
function birthAndSexOf(idNumber: string): { birthMonth: string; sex: 'male' | 'female' } | null {
  const read = checkIdNumber(idNumber, null)
  return read.ok ? { birthMonth: read.value.birthDate.slice(0, 7), sex: read.value.sex } : null
}

function reviewItemOf(deps: Pick<Deps, 'sealer'>, row: SubsidyApplicationRow, applicant: { nameEnc: string; idNumberEnc: string }, enrolledSince: string): SubsidyReviewItem {
  const idNumber = deps.sealer.open(applicant.idNumberEnc)
  return {
    ...toApplication(row),
    applicantName: maskName(deps.sealer.open(applicant.nameEnc)),
    idNumberMasked: maskIdNumber(idNumber),
    regionCode: row.regionCode,
    enrolledSince,
    applicantIsWoman: birthAndSexOf(idNumber)?.sex === 'female',
  }
}

/** The applications of the officer's region of one status, oldest first; the read is recorded. */
export async function listSubsidyApplications(deps: Deps, actor: Actor, officer: SessionUser, query: SubsidyReviewQuery): Promise<Result<SubsidyReviewPage>> {
  if (!officer.regionCode) return fail('forbidden')
  const region = officer.regionCode
  const found = await deps.db.read(async (q) => {
    const rows = await regionApplications(q, region, query.status, timeCursor(query.cursor), query.limit)
    const page = pageOf(rows, query.limit, (last) => `${last.row.appliedAt}|${last.row.id}`)
    const items = await Promise.all(
      page.rows.map(async ({ row, nameEnc, idNumberEnc }) => reviewItemOf(deps, row, { nameEnc, idNumberEnc }, (await enrolmentOf(q, row.userId))?.fromMonth ?? row.months[0]?.month ?? '')),
    )
    return { items, nextCursor: page.nextCursor }
  })
  await recordAudit(deps, deps.clock.now(), actor, { action: 'jobs.listSubsidyApplications', kind: 'read', objectType: 'region', objectId: region })
  return ok(found)
}

type Approval = Extract<SubsidyDecision, { decision: 'approve' }>

type Grant = { ruleId: string; months: string[]; amountFen: number }

/**
 * What the rules grant for an application on the facts the officer confirmed: the rule, the
 * application's months inside its term and up to the month of the statutory retirement age, and
 * two thirds of what was paid for them, rounded down. The retirement month comes from the birth
 * month and sex of the ID number and, for a woman, the category the officer confirmed; a woman
 * whose category would change the grant and was not given one gets `femaleCategoryRequired`.
 */
function grantOf(row: SubsidyApplicationRow, approval: Approval, enrolledSince: string, applicant: { birthYear: number; idNumber: string }, now: Date): Grant | null | 'femaleCategoryRequired' {
  const person = birthAndSexOf(applicant.idNumber)
  const grantAs = (category: RetirementCategory | null) =>
    grantUnder(row, approval, enrolledSince, applicant.birthYear, person && category ? statutoryRetirement(person.birthMonth, category).month : null, now)
  if (person === null) return grantAs(null)
  if (person.sex === 'male') return grantAs('male')
  if (approval.femaleCategory !== undefined) return grantAs(approval.femaleCategory === 'cadre' ? 'female_cadre' : 'female_worker')
  const [asWorker, asCadre] = [grantAs('female_worker'), grantAs('female_cadre')]
  return JSON.stringify(asWorker) === JSON.stringify(asCadre) ? asWorker : 'femaleCategoryRequired'
}

function grantUnder(row: SubsidyApplicationRow, approval: Approval, enrolledSince: string, birthYear: number, retirementMonth: string | null, now: Date): Grant | null {
  const today = chinaDate(now)
  const facts: SubsidyFacts = {
    employmentDifficulty: approval.employmentDifficulty,
    graduateYear: approval.graduateYear,
    enrolledSince,
    today,
    ageYears: Math.max(0, Number(today.slice(0, 4)) - birthYear),
    yearsToRetirementAtStart: retirementMonth === null ? null : yearsToRetirementAtStart(enrolledSince, retirementMonth),
  }
  const decision = subsidyEligibility(subsidyRules, facts)
  if (!decision.eligible) return null
  const lastMonth = subsidyLastMonth(decision.rule, enrolledSince)
  // The month the statutory age is reached is the last one paid as a worker; none after it is subsidised.
  const months = row.months.filter((paid) => paid.month >= enrolledSince && (lastMonth === null || paid.month <= lastMonth) && (retirementMonth === null || paid.month <= retirementMonth))
  const amountFen = subsidyAmountFen(total(months))
  return months.length === 0 || amountFen === 0 ? null : { ruleId: decision.rule.id, months: months.map((paid) => paid.month), amountFen }
}

/**
 * An officer of the applicant's region decides a waiting application once. Approving runs the
 * rules on the facts the officer confirmed; when they grant nothing the approval is refused and
 * the officer declines with a reason instead. An approved amount is paid out at once, outside the
 * transaction, under its own number; a payout the channel could not take yet is retried by the
 * scheduled job.
 */
export async function decideSubsidy(deps: Deps, actor: Actor, officer: SessionUser, applicationId: string, decision: SubsidyDecision): Promise<Result<SubsidyReviewItem>> {
  const found = await deps.db.read(async (q) => {
    const row = await applicationById(q, applicationId)
    if (!row) return null
    const [enrolment, applicant] = await Promise.all([enrolmentOf(q, row.userId), applicantOf(q, row.userId)])
    return enrolment && applicant ? { row, enrolment, applicant } : null
  })
  if (!found || !officialCovers(officer, found.row.regionCode)) return fail('not_found')
  if (found.row.status !== 'pending') return fail('conflict', { detail: 'This application has already been decided' })
  const now = deps.clock.now()
  const at = now.toISOString()
  let change: Partial<SubsidyApplicationRow>
  if (decision.decision === 'approve') {
    const idNumber = deps.sealer.open(found.applicant.idNumberEnc)
    const grant = grantOf(found.row, decision, found.enrolment.fromMonth, { birthYear: found.applicant.birthYear, idNumber }, now)
    if (grant === 'femaleCategoryRequired') return fail('validation_failed', { errors: [{ path: 'body.femaleCategory', key: 'jobs.femaleCategoryRequired' }] })
    if (!grant) return fail('validation_failed', { errors: [{ path: 'body.employmentDifficulty', key: 'jobs.subsidyNotEligible' }] })
    change = {
      status: 'approved',
      employmentDifficulty: decision.employmentDifficulty,
      graduateYear: decision.graduateYear,
      // A woman's original retirement age, as the officer confirmed it: a fact the approval rests on.
      femaleCategory: birthAndSexOf(idNumber)?.sex === 'female' ? (decision.femaleCategory ?? null) : null,
      ruleId: grant.ruleId,
      subsidisedMonths: grant.months,
      amountFen: grant.amountFen,
      outBillNo: `FS${newCode(deps.random, 24)}`,
      payoutChannel: found.row.payTo === 'card' ? 'card' : deps.payments.kind,
      payoutStatus: 'pending',
    }
  } else {
    change = { status: 'declined', declineReason: decision.reason }
  }
  const decided = await deps.db.transaction(async (tx) => {
    const row = await decideApplicationRow(tx, applicationId, { ...change, decidedAt: at, decidedBy: officer.id, updatedAt: at })
    if (!row) return undefined
    const audit: [Date, Actor, AuditEntry][] = [[now, { ...actor, subjectUserId: row.userId }, { action: 'jobs.decideSubsidy', kind: 'write', objectType: 'flexible_subsidy_application', objectId: row.id }]]
    // Onto her card: ordered with the approval, so the payout's number never stands without its payment.
    if (row.payoutChannel === 'card') await orderSubsidyOntoCard(tx, deps, now, row, { actor: ledgerActorOf(actor), audit: { add: (...noted) => audit.push(noted) } })
    await notify(tx, deps.random, now, {
      userId: row.userId,
      template: row.status === 'declined' ? 'jobs.subsidyDeclined' : row.payoutChannel === 'card' ? 'jobs.subsidyApprovedToCard' : 'jobs.subsidyApproved',
      params: row.amountFen === null ? {} : { paidFen: row.amountFen },
      link: pageLink('flexibleSubsidy'),
    })
    await appendAuditRows(tx, audit)
    return row
  })
  if (!decided) return fail('conflict', { detail: 'This application has already been decided' })
  const current = decided.status === 'approved' ? await payOut(deps, actor, decided) : decided
  return ok(reviewItemOf(deps, current, found.applicant, found.enrolment.fromMonth))
}

/**
 * What `wx.requestMerchantTransfer` needs for a payout of this application that waits for the
 * payee's confirmation; null for any other. The caller gives it to the applicant herself only.
 */
export function confirmationOf(deps: Pick<Deps, 'payments'>, row: SubsidyApplicationRow): MySubsidyApplication['confirmation'] {
  if (row.payoutStatus !== 'pending' || row.payoutPackage === null || row.payoutChannel !== deps.payments.kind) return null
  return deps.payments.confirmationOf(row.payoutPackage)
}

/**
 * What the channel said of a payout, written once: paid, failed for good, or still on its way.
 * The scheduled query, the payee's own check and a transfer notification all come through here,
 * so whichever reports an end first writes it and the others change nothing.
 */
export async function recordPayout(deps: Deps, actor: Actor, row: SubsidyApplicationRow, result: PayoutResult): Promise<SubsidyApplicationRow> {
  if (!result.ok) {
    // Unreachable or unsure: left on its way, the scheduled job asks again under the same number.
    if (result.error === 'unavailable' || result.error === 'not_found') return row
    deps.logger.warn('subsidy payout refused', { code: result.code, detail: result.error })
  }
  const ended = result.ok ? payoutEnded(result.payout.state) : 'failed'
  if (ended === null) return result.ok ? keepPackage(deps, row, result.payout.packageInfo) : row
  return endPayout(deps, actor, row, ended, result.ok ? result.payout.transferBillNo : null)
}

/** Writes the end of a payout once, guarded on its being on its way: whichever report comes first. */
async function endPayout(deps: Deps, actor: Actor, row: SubsidyApplicationRow, ended: 'paid' | 'failed', transferBillNo: string | null): Promise<SubsidyApplicationRow> {
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    const changed = await endPayoutRow(tx, row.id, {
      payoutStatus: ended,
      transferBillNo,
      paidOutAt: ended === 'paid' ? now.toISOString() : null,
      payoutPackage: null,
      updatedAt: now.toISOString(),
    })
    if (!changed) return (await applicationById(tx, row.id)) ?? row
    await appendAudit(tx, now, { ...actor, subjectUserId: row.userId }, { action: ended === 'paid' ? 'jobs.subsidyPaidOut' : 'jobs.subsidyPayoutFailed', kind: 'write', objectType: 'flexible_subsidy_application', objectId: row.id })
    return changed
  })
}

/**
 * Keeps the `package_info` of a transfer waiting for the payee: WeChat Pay gives it only in the
 * answer to making the transfer (its query does not), and the payee confirms with it later.
 */
async function keepPackage(deps: Deps, row: SubsidyApplicationRow, packageInfo: string | null): Promise<SubsidyApplicationRow> {
  if (packageInfo === null || packageInfo === row.payoutPackage) return row
  const kept = await deps.db.transaction((tx) => keepPayoutPackageRow(tx, row.id, packageInfo, deps.clock.now().toISOString()))
  return kept ?? row
}

/** Where the channel posts a transfer's notification when it ends. */
export function transferNotifyUrl(deps: Pick<Deps, 'config'>): string {
  return `${deps.config.publicBaseUrl}/api/jobs/subsidy/payouts/notify`
}

/** The ledger names the person who moves the money by the request's actor; the payment's holder is the subject. */
function ledgerActorOf({ requestId, actorUserId, viaGrantId }: Actor): NonNullable<LedgerAct['actor']> {
  return { requestId, actorUserId, viaGrantId }
}

/**
 * Where a payout onto her card stands, asked of the ledger as a channel is asked: credited ends it
 * paid, returned ends it failed, held or at the bank leaves it on its way. One never ordered is
 * ordered again under the same number when `orderAgain` (the scheduled job), else left to the job.
 */
export async function followCardPayout(deps: Deps, actor: Actor, row: SubsidyApplicationRow, orderAgain: boolean): Promise<SubsidyApplicationRow> {
  const end = await deps.db.read((q) => cardPayoutEndOf(q, row))
  if (end === undefined) {
    if (orderAgain) await deps.db.transaction((tx) => orderSubsidyOntoCard(tx, deps, deps.clock.now(), row, { actor: ledgerActorOf(actor) }))
    return row
  }
  return end.ended === null ? row : endPayout(deps, actor, row, end.ended, end.transferBillNo)
}

/**
 * Pays an approved application out: onto her card through the ledger (ordered with the approval),
 * or through the channel, whose number makes a second ask the same transfer.
 */
async function payOut(deps: Deps, actor: Actor, row: SubsidyApplicationRow): Promise<SubsidyApplicationRow> {
  if (row.outBillNo === null || row.amountFen === null) return row
  if (row.payoutChannel === 'card') return followCardPayout(deps, actor, row, true)
  const [openidEnc, applicant] = await deps.db.read((q) => Promise.all([wechatOpenidEncOf(q, row.userId), applicantOf(q, row.userId)]))
  if (openidEnc === null && deps.payments.kind === 'wechat') {
    return recordPayout(deps, actor, row, { ok: false, error: 'rejected', code: 'no_openid' })
  }
  // The real name is opened only to be handed to the channel (WeChat Pay needs it from 2,000 yuan); never logged or stored.
  const result = await deps.payments.payout({
    outBillNo: row.outBillNo,
    amountFen: row.amountFen,
    payeeOpenid: openidEnc === null ? 'development' : deps.sealer.open(openidEnc),
    remark: payoutRemark,
    payeeName: applicant ? deps.sealer.open(applicant.nameEnc) : null,
    notifyUrl: transferNotifyUrl(deps),
  })
  return recordPayout(deps, actor, row, result)
}

/** The scheduled job that retries payouts on their way. */
export const subsidyPayoutsJob = 'jobs-subsidy-payouts'

/** How many payouts one run of the scheduled job looks at. */
const payoutsPerRun = 100

/**
 * The scheduled retry: every payout still on its way is asked of the channel (or, onto the card,
 * of the ledger) by its number; one never received is asked for again under the same number, so
 * it is paid once.
 */
export async function retrySubsidyPayouts(deps: Deps): Promise<number> {
  const [onChannel, ontoCard] = await deps.db.read((q) => Promise.all([payoutsOnTheirWay(q, payoutsPerRun), cardPayoutsToFollow(q, payoutsPerRun)]))
  // The channel or the bank, not a person, ends these: the audit names no actor, only the worker.
  const systemFor = (row: SubsidyApplicationRow): Actor => ({ requestId: `${subsidyPayoutsJob}-${row.id}`, actorUserId: null, subjectUserId: row.userId, viaGrantId: null })
  let ended = 0
  for (const row of onChannel) {
    if (row.outBillNo === null) continue
    const known = await deps.payments.queryPayout(row.outBillNo)
    const after = known.ok || known.error !== 'not_found' ? await recordPayout(deps, systemFor(row), row, known) : await payOut(deps, systemFor(row), row)
    if (after.payoutStatus !== 'pending') ended += 1
  }
  for (const row of ontoCard) {
    if (row.outBillNo === null) continue
    if ((await followCardPayout(deps, systemFor(row), row, true)).payoutStatus !== 'pending') ended += 1
  }
  return ended
}
