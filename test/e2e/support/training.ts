import { eq, sql } from 'drizzle-orm'
import { seededTrainingIds } from '../../../bff/src/db/seed/training'
import { skillCertificates, trainingAssessments, trainingAttendance, trainingCourses, trainingEnrolments, trainingProgrammes, trainingSessions, trainingVouchers, users } from '../../../bff/src/db/schema'
import type { Deps } from '../../../bff/src/platform/deps'

/**
 * Puts a demo account on a demo course as a confirmed trainee, beneath the pages: a voucher of the
 * targeted programme spent on the course and a confirmed enrolment, as accepting, enrolling and
 * the school's confirmation would leave them (those are driven through the pages by the journey's
 * first part). For a second trainee the push does not reach.
 */
export async function givenTraineeOn(deps: Deps, account: string, courseId: string): Promise<void> {
  const now = deps.clock.now().toISOString()
  const today = now.slice(0, 10)
  const programmeId = seededTrainingIds.programmes.targeted
  await deps.db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.devAccount, account))
    if (!user) throw new Error(`no demo account ${account}`)
    const voucherId = `voucher-given-${account}`
    await tx.update(trainingProgrammes).set({ issued: sql`${trainingProgrammes.issued} + 1` }).where(eq(trainingProgrammes.id, programmeId))
    await tx.insert(trainingVouchers).values({
      id: voucherId,
      number: `GIVEN${account.replace(/[^a-z]/g, '').toUpperCase()}`.slice(0, 16),
      programmeId,
      holderUserId: user.id,
      status: 'enrolled',
      passed: null,
      issuedAt: now,
      claimedAt: now,
      validFrom: today,
      validUntil: '2027-11-30',
      payment: 'face_value',
    })
    await tx.insert(trainingEnrolments).values({
      id: `enrolment-given-${account}`,
      courseId,
      voucherId,
      holderUserId: user.id,
      status: 'confirmed',
      requestedAt: now,
      decidedAt: now,
      declineReason: null,
      cancelledAt: null,
    })
    await tx.update(trainingCourses).set({ enrolled: sql`${trainingCourses.enrolled} + 1` }).where(eq(trainingCourses.id, courseId))
  })
}

/**
 * Puts a demo account through a demo course beneath the pages, up to a pass: a voucher of the
 * general (offset) programme spent on the course, a confirmed enrolment, a check-in at every
 * session, and the assessment body's pass with its certificate, as the pages the journey drives
 * for the face-value voucher would leave them. `assessedOn` is the China date of the result.
 */
export async function givenPassedOn(deps: Deps, account: string, courseId: string, certificateNumber: string, assessedOn: string): Promise<void> {
  const now = deps.clock.now().toISOString()
  const programmeId = seededTrainingIds.programmes.general
  await deps.db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.devAccount, account))
    const [assessor] = await tx.select({ id: users.id }).from(users).where(eq(users.devAccount, 'assessor-demo'))
    const [course] = await tx.select().from(trainingCourses).where(eq(trainingCourses.id, courseId))
    if (!user || !assessor || !course) throw new Error(`no demo account ${account}, assessor or course ${courseId}`)
    const voucherId = `voucher-passed-${account}`
    const enrolmentId = `enrolment-passed-${account}`
    await tx.update(trainingProgrammes).set({ issued: sql`${trainingProgrammes.issued} + 1` }).where(eq(trainingProgrammes.id, programmeId))
    await tx.insert(trainingVouchers).values({
      id: voucherId,
      number: `PASSED${account.replace(/[^a-z]/g, '').toUpperCase()}`.slice(0, 16),
      programmeId,
      holderUserId: user.id,
      status: 'assessed',
      passed: true,
      issuedAt: now,
      claimedAt: now,
      validFrom: now.slice(0, 10),
      validUntil: '2027-11-30',
      payment: 'offset',
    })
    await tx.insert(trainingEnrolments).values({ id: enrolmentId, courseId, voucherId, holderUserId: user.id, status: 'confirmed', requestedAt: now, decidedAt: now, declineReason: null, cancelledAt: null })
    await tx.update(trainingCourses).set({ enrolled: sql`${trainingCourses.enrolled} + 1` }).where(eq(trainingCourses.id, courseId))
    const sessions = await tx.select().from(trainingSessions).where(eq(trainingSessions.courseId, courseId))
    await tx.insert(trainingAttendance).values(
      sessions.map((session) => ({
        id: `attendance-passed-${account}-${session.id}`,
        sessionId: session.id,
        enrolmentId,
        holderUserId: user.id,
        deviceHash: `device-of-${account}`,
        checkedInAt: `${session.date}T10:35:00.000Z`,
      })),
    )
    const assessmentId = `assessment-passed-${account}`
    const result = { occupationCode: course.occupationCode, level: course.level }
    await tx.insert(trainingAssessments).values({ id: assessmentId, enrolmentId, voucherId, holderUserId: user.id, assessorUserId: assessor.id, passed: true, certificateNumber, ...result, assessedOn, createdAt: now })
    await tx.insert(skillCertificates).values({ id: `certificate-passed-${account}`, holderUserId: user.id, certificateNumber, ...result, issuedOn: assessedOn, issuerUserId: assessor.id, assessmentId, createdAt: now })
  })
}
