import { asc, eq } from 'drizzle-orm'
import { z } from 'zod'
import { SubsidyApplication, SubsidyApplicationPage, SubsidyApprovalResult, type SubsidyStatus } from '@renshe/shared/training/subsidy'
import { MyTraining, Voucher } from '@renshe/shared/training/schemas'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { skillCertificates, trainingAssessments, trainingEnrolments, trainingProgrammes, trainingSubsidies, trainingVouchers } from '../db/schema'
import { seededTrainingIds } from '../db/seed/training'
import { days } from '../platform/clock'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { checkedInBeneath, confirmedOnElderCare, elderCareStartsIn, recorded } from './training-assessment-flows'
import { confirmed, enrolled } from './training-course-flows'
import { runTraining } from './training-flows'
import { userIdOf } from './wages-flows'

/** The seeded welding course starts 21 days after the test clock's first day (2026-12-20). */
export const weldingStartsIn = days(21)

let certificates = 0

const nextCertificate = () => `S000033030226Z${String((certificates += 1)).padStart(5, '0')}`

/** Checks the trainee in to the first `sessions` sessions of her course, beneath the API. */
async function attended(t: TestContext, enrolmentId: string, sessions: number): Promise<void> {
  for (let nth = 0; nth < sessions; nth += 1) await checkedInBeneath(t, enrolmentId, nth)
}

/**
 * Citizen-zhang's offset voucher (the seeded general programme), confirmed on the 养老护理员
 * course, `sessions` of its 8 sessions attended (7 reach the programme's 80%), and assessed on
 * its first day: passed unless told otherwise. The holder applies for its subsidy.
 */
export async function assessedZhang(t: TestContext, options: { sessions?: number; passed?: boolean } = {}) {
  const { sessions = 7, passed = true } = options
  const token = await t.login('citizen-zhang')
  const { enrolmentId, voucherId } = await confirmedOnElderCare(t, token)
  t.clock.advance(elderCareStartsIn)
  await attended(t, enrolmentId, sessions)
  await recorded(t, await t.login('assessor-demo'), enrolmentId, passed ? { passed: true, certificateNumber: nextCertificate() } : { passed: false })
  return { token: await t.login('citizen-zhang'), enrolmentId, voucherId, zhang: await userIdOf(t, 'citizen-zhang') }
}

/**
 * Citizen-zhang's face-value voucher (the seeded targeted programme, pushed by the job and
 * accepted), confirmed on the welding course, 5 of its 6 sessions attended, and passed. The
 * institution applies for its subsidy.
 */
export async function assessedOnWelding(t: TestContext) {
  await runTraining(t)
  const token = await t.login('citizen-zhang')
  const mine = await expectOk(await t.call('GET', '/api/training/me', { token }), MyTraining)
  const pushed = mine.vouchers.find((voucher) => voucher.reach === 'targeted')
  if (!pushed) throw new Error('the job pushed no voucher to citizen-zhang')
  await expectOk(await t.call('POST', `/api/training/vouchers/${pushed.id}/accept`, { token }), Voucher)
  const enrolment = await enrolled(t, token, seededTrainingIds.courses.welding, pushed.id)
  await confirmed(t, await t.login('institution-demo'), enrolment.id)
  t.clock.advance(weldingStartsIn)
  await attended(t, enrolment.id, 5)
  await recorded(t, await t.login('assessor-demo'), enrolment.id, { passed: true, certificateNumber: nextCertificate() })
  return { enrolmentId: enrolment.id, voucherId: pushed.id, institution: await t.login('institution-demo'), zhang: await userIdOf(t, 'citizen-zhang') }
}

let applications = 0

const applyKey = () => `subsidy-apply-${String((applications += 1)).padStart(4, '0')}`

/** She applies for her offset voucher's subsidy: to her WeChat balance unless the body says otherwise. */
export function applyMine(t: TestContext, token: string, voucherId: string, key = applyKey(), body: unknown = {}): Promise<Response> {
  return t.call('POST', `/api/training/vouchers/${voucherId}/subsidy`, { token, idempotencyKey: key, body })
}

export async function appliedMine(t: TestContext, token: string, voucherId: string, key?: string, body?: unknown): Promise<SubsidyApplication> {
  return expectOk(await applyMine(t, token, voucherId, key, body), SubsidyApplication, 201)
}

export function applyForTrainee(t: TestContext, token: string, enrolmentId: string, key = applyKey()): Promise<Response> {
  return t.call('POST', `/api/training/institution/enrolments/${enrolmentId}/subsidy`, { token, idempotencyKey: key })
}

export async function appliedForTrainee(t: TestContext, token: string, enrolmentId: string, key?: string): Promise<SubsidyApplication> {
  return expectOk(await applyForTrainee(t, token, enrolmentId, key), SubsidyApplication, 201)
}

export function mySubsidy(t: TestContext, token: string, voucherId: string): Promise<Response> {
  return t.call('GET', `/api/training/vouchers/${voucherId}/subsidy`, { token })
}

export async function mySubsidyOf(t: TestContext, token: string, voucherId: string): Promise<SubsidyApplication | null> {
  return (await expectOk(await mySubsidy(t, token, voucherId), z.object({ application: SubsidyApplication.nullable() }))).application
}

export async function queueOf(t: TestContext, token: string, query = ''): Promise<SubsidyApplicationPage> {
  return expectOk(await t.call('GET', `/api/training/subsidies${query}`, { token }), SubsidyApplicationPage)
}

export async function institutionSubsidiesOf(t: TestContext, token: string, query = ''): Promise<SubsidyApplicationPage> {
  return expectOk(await t.call('GET', `/api/training/institution/subsidies${query}`, { token }), SubsidyApplicationPage)
}

let batches = 0

export function approve(t: TestContext, token: string, applicationIds: readonly string[], key = `subsidy-batch-${String((batches += 1)).padStart(4, '0')}`): Promise<Response> {
  return t.call('POST', '/api/training/subsidies/approvals', { token, idempotencyKey: key, body: { applicationIds } })
}

export async function approved(t: TestContext, token: string, applicationIds: readonly string[], key?: string): Promise<SubsidyApprovalResult> {
  return expectOk(await approve(t, token, applicationIds, key), SubsidyApprovalResult)
}

export function declineApplication(t: TestContext, token: string, id: string, reason = '证书编号与评价记录不符'): Promise<Response> {
  return t.call('POST', `/api/training/subsidies/${id}/decline`, { token, body: { reason } })
}

export function subsidyRows(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(trainingSubsidies).orderBy(asc(trainingSubsidies.appliedAt), asc(trainingSubsidies.id)))
}

export async function voucherStatus(t: TestContext, voucherId: string): Promise<string | undefined> {
  const [row] = await t.deps.db.read((q) => q.select({ status: trainingVouchers.status }).from(trainingVouchers).where(eq(trainingVouchers.id, voucherId)))
  return row?.status
}

/** A subsidy she had before, as the rules see it. */
export interface HadSubsidy {
  readonly occupationCode: string
  readonly level: number
  /** The China date it was applied for. */
  readonly appliedOn: string
  readonly status?: SubsidyStatus
}

let histories = 0

/**
 * Subsidies a person had before, written beneath the API, each with the programme, voucher and
 * (withdrawn) enrolment it rests on: a closed programme of Lucheng per subsidy, so that none of
 * it shows on a roster, a queue of another test or her "My training" beyond the voucher itself.
 */
export async function hadSubsidies(t: TestContext, holderUserId: string, had: readonly HadSubsidy[]): Promise<void> {
  const institution = await userIdOf(t, 'institution-demo')
  const [seeded] = await t.deps.db.read((q) => q.select().from(trainingProgrammes).where(eq(trainingProgrammes.id, seededTrainingIds.programmes.general)))
  if (!seeded) throw new Error('the seeded general programme is not there')
  await t.deps.db.transaction(async (tx) => {
    for (const subsidy of had) {
      const n = String((histories += 1)).padStart(4, '0')
      const at = `${subsidy.appliedOn}T02:00:00.000Z`
      const programmeId = `history-programme-${n}`
      await tx.insert(trainingProgrammes).values({ ...seeded, id: programmeId, name: `往年培训券 ${n}`, status: 'closed', closedAt: at, createdAt: at })
      await tx.insert(trainingVouchers).values({
        id: `history-voucher-${n}`,
        number: `HISTORY${n}`,
        programmeId,
        holderUserId,
        status: subsidy.status === 'paid' ? 'paid' : subsidy.status === 'applied' ? 'subsidy_applied' : 'approved',
        passed: true,
        issuedAt: at,
        claimedAt: at,
        validFrom: subsidy.appliedOn,
        validUntil: subsidy.appliedOn,
        payment: 'offset',
      })
      await tx.insert(trainingEnrolments).values({
        id: `history-enrolment-${n}`,
        courseId: seededTrainingIds.courses.elderCare,
        voucherId: `history-voucher-${n}`,
        holderUserId,
        status: 'cancelled',
        requestedAt: at,
        decidedAt: at,
        declineReason: null,
        cancelledAt: at,
      })
      await tx.insert(trainingSubsidies).values({
        id: `history-subsidy-${n}`,
        voucherId: `history-voucher-${n}`,
        enrolmentId: `history-enrolment-${n}`,
        programmeId,
        holderUserId,
        institutionUserId: institution,
        regionCode: seeded.regionCode,
        payee: 'holder',
        amountFen: 150_000,
        occupationCode: subsidy.occupationCode,
        level: subsidy.level,
        certificateNumber: `S000033030225H${n.padStart(5, '0')}`,
        certificateIssuedOn: subsidy.appliedOn,
        status: subsidy.status ?? 'approved',
        appliedAt: at,
        appliedOn: subsidy.appliedOn,
        appliedByUserId: holderUserId,
        decidedAt: subsidy.status === 'applied' ? null : at,
        decidedByUserId: null,
        declineReason: null,
      })
    }
  })
}

/**
 * Another voucher of hers, assessed with a pass for `occupationCode` at `level`, written beneath
 * the API with what it rests on: its own open offset programme covering that level with no
 * attendance asked (attendance is not what such a test is about), a confirmed enrolment on the
 * seeded 养老护理员 course, the result and its certificate, issued today. Returns the voucher's id.
 */
export async function assessedBeneath(t: TestContext, holderUserId: string, occupationCode: string, level: number): Promise<string> {
  const assessor = await userIdOf(t, 'assessor-demo')
  const [seeded] = await t.deps.db.read((q) => q.select().from(trainingProgrammes).where(eq(trainingProgrammes.id, seededTrainingIds.programmes.general)))
  if (!seeded) throw new Error('the seeded general programme is not there')
  const n = String((histories += 1)).padStart(4, '0')
  const now = t.clock.now()
  const at = now.toISOString()
  const today = chinaDate(now)
  await t.deps.db.transaction(async (tx) => {
    await tx.insert(trainingProgrammes).values({ ...seeded, id: `extra-programme-${n}`, name: `培训券 ${n}`, covered: [{ occupationCode, level, subsidyFen: 120_000 }], attendanceThresholdPercent: 0, createdAt: at })
    await tx.insert(trainingVouchers).values({ id: `extra-voucher-${n}`, number: `EXTRA${n}`, programmeId: `extra-programme-${n}`, holderUserId, status: 'assessed', passed: true, issuedAt: at, claimedAt: at, validFrom: seeded.validFrom, validUntil: seeded.validUntil, payment: 'offset' })
    await tx.insert(trainingEnrolments).values({ id: `extra-enrolment-${n}`, courseId: seededTrainingIds.courses.elderCare, voucherId: `extra-voucher-${n}`, holderUserId, status: 'confirmed', requestedAt: at, decidedAt: at, declineReason: null, cancelledAt: null })
    await tx.insert(trainingAssessments).values({ id: `extra-assessment-${n}`, enrolmentId: `extra-enrolment-${n}`, voucherId: `extra-voucher-${n}`, holderUserId, assessorUserId: assessor, passed: true, certificateNumber: `S000033030226X${n.padStart(5, '0')}`, occupationCode, level, assessedOn: today, createdAt: at })
    await tx.insert(skillCertificates).values({ id: `extra-certificate-${n}`, holderUserId, certificateNumber: `S000033030226X${n.padStart(5, '0')}`, occupationCode, level, issuedOn: today, issuerUserId: assessor, assessmentId: `extra-assessment-${n}`, createdAt: at })
  })
  return `extra-voucher-${n}`
}
