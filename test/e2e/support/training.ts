import { eq, sql } from 'drizzle-orm'
import { seededTrainingIds } from '../../../bff/src/db/seed/training'
import { trainingCourses, trainingEnrolments, trainingProgrammes, trainingVouchers, users } from '../../../bff/src/db/schema'
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
