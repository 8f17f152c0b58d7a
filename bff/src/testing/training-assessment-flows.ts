import { asc, eq } from 'drizzle-orm'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { AssessableCoursePage, AssessmentCourse, Candidate, SkillsRecord, SkillsSummary, type NewAssessment } from '@renshe/shared/training/assessment'
import { actOnVoucher } from '@renshe/shared/training/voucher-machine'
import { skillCertificates, trainingAssessments, trainingAttendance, trainingEnrolments, trainingSessions, trainingVouchers, users } from '../db/schema'
import { seededTrainingIds } from '../db/seed/training'
import { days } from '../platform/clock'
import { stateOf } from '../modules/training/vouchers-service'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { confirmed, enrolled } from './training-course-flows'
import { claimed, type Citizen } from './training-flows'
import { userIdOf } from './wages-flows'

/** The seeded 养老护理员 course starts 28 days after the test clock's first day (2026-12-27). */
export const elderCareStartsIn = days(28)

/**
 * A trainee's check-in, written beneath the API: an attendance row for the course's `nth` session
 * and her voucher moved by the machine's `checkIn`, as the attendance module's check-in does.
 * Assessment only reads attendance; this keeps its tests free of the rotating code and the device.
 */
export async function checkedInBeneath(t: TestContext, enrolmentId: string, nth = 0): Promise<void> {
  await t.deps.db.transaction(async (tx) => {
    const [enrolment] = await tx.select().from(trainingEnrolments).where(eq(trainingEnrolments.id, enrolmentId))
    if (!enrolment) throw new Error(`no enrolment ${enrolmentId}`)
    const sessions = await tx.select().from(trainingSessions).where(eq(trainingSessions.courseId, enrolment.courseId)).orderBy(asc(trainingSessions.date), asc(trainingSessions.timeFrom))
    const session = sessions[nth]
    const [voucher] = await tx.select().from(trainingVouchers).where(eq(trainingVouchers.id, enrolment.voucherId))
    if (!session || !voucher) throw new Error(`enrolment ${enrolmentId} has no session ${nth} or no voucher`)
    const moved = actOnVoucher(stateOf(voucher), { act: 'checkIn', by: 'holder', today: chinaDate(t.clock.now()) })
    if (!moved.ok) throw new Error(`the voucher cannot check in: ${moved.reason}`)
    await tx.insert(trainingAttendance).values({
      id: `attendance-${enrolmentId}-${nth}`,
      sessionId: session.id,
      enrolmentId,
      holderUserId: enrolment.holderUserId,
      deviceHash: `test-device-${enrolment.holderUserId}`,
      checkedInAt: t.clock.now().toISOString(),
    })
    await tx.update(trainingVouchers).set({ status: moved.state.status }).where(eq(trainingVouchers.id, voucher.id))
  })
}

/** A holder confirmed on the seeded 养老护理员 course with the general programme's voucher (the clock still before it starts). */
export async function confirmedOnElderCare(t: TestContext, token: string): Promise<{ enrolmentId: string; voucherId: string }> {
  const voucher = await claimed(t, token, seededTrainingIds.programmes.general)
  const enrolment = await enrolled(t, token, seededTrainingIds.courses.elderCare, voucher.id)
  await confirmed(t, await t.login('institution-demo'), enrolment.id)
  return { enrolmentId: enrolment.id, voucherId: voucher.id }
}

/**
 * Citizen-zhang confirmed on the seeded course, the clock moved to its first day and her first
 * check-in written: her voucher is `attending`, ready to be assessed.
 */
export async function attendingZhang(t: TestContext): Promise<{ enrolmentId: string; voucherId: string; zhang: string }> {
  const confirmedOn = await confirmedOnElderCare(t, await t.login('citizen-zhang'))
  t.clock.advance(elderCareStartsIn)
  await checkedInBeneath(t, confirmedOn.enrolmentId)
  return { ...confirmedOn, zhang: await userIdOf(t, 'citizen-zhang') }
}

/** Each of these citizens confirmed on the seeded course and checked in once; call before the clock reaches the course. */
export async function attendingCrowd(t: TestContext, crowd: readonly Citizen[]): Promise<string[]> {
  const enrolments: string[] = []
  for (const citizen of crowd) enrolments.push((await confirmedOnElderCare(t, citizen.token)).enrolmentId)
  t.clock.advance(elderCareStartsIn)
  for (const enrolmentId of enrolments) await checkedInBeneath(t, enrolmentId)
  return enrolments
}

/** An assessment body's account of `regionCode`, written beneath the API (the demo seed has one only, of Lucheng). */
export async function addAssessor(t: TestContext, id: string, regionCode: string, organization: string): Promise<string> {
  await t.deps.db.transaction((tx) => tx.insert(users).values({ id, devAccount: id, roles: ['assessor'], regionCode, organization, createdAt: t.clock.now().toISOString() }))
  return id
}

export function record(t: TestContext, token: string, enrolmentId: string, result: NewAssessment | Record<string, unknown>): Promise<Response> {
  return t.call('POST', `/api/training/assessor/enrolments/${enrolmentId}/result`, { token, body: result })
}

export async function recorded(t: TestContext, token: string, enrolmentId: string, result: NewAssessment): Promise<Candidate> {
  return expectOk(await record(t, token, enrolmentId, result), Candidate)
}

export async function assessableCourses(t: TestContext, token: string, query = ''): Promise<AssessableCoursePage> {
  return expectOk(await t.call('GET', `/api/training/assessor/courses${query}`, { token }), AssessableCoursePage)
}

export async function assessmentCourse(t: TestContext, token: string, courseId: string): Promise<AssessmentCourse> {
  return expectOk(await t.call('GET', `/api/training/assessor/courses/${courseId}`, { token }), AssessmentCourse)
}

export async function skillsRecordOf(t: TestContext, token: string): Promise<SkillsRecord> {
  return expectOk(await t.call('GET', '/api/training/skills-record', { token }), SkillsRecord)
}

let shares = 0

export function share(t: TestContext, token: string, key = `skills-share-${String((shares += 1)).padStart(4, '0')}`): Promise<Response> {
  return t.call('POST', '/api/training/skills-record/summaries', { token, idempotencyKey: key })
}

export async function summaryShared(t: TestContext, token: string, key?: string): Promise<SkillsSummary> {
  return expectOk(await share(t, token, key), SkillsSummary, 201)
}

export function verifySkills(t: TestContext, code: string): Promise<Response> {
  return t.call('GET', `/api/verify/skills/${code}`)
}

export function assessmentRows(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(trainingAssessments))
}

export function certificateRows(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(skillCertificates))
}
