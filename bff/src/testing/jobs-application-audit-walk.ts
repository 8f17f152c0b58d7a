import { seededGrantOf } from './flows'
import type { TestContext } from './harness'
import { applied, codeOf, hired, openPost, withProfile, workedADay, tokenFor } from './jobs-application-flows'
import type { AuditedWrite } from './wages-audit-walk'
import { userIdOf } from './wages-flows'

/**
 * A successful call of every application, day-work and pay operation that writes, for the audit
 * walk: the seeker's own acts, one by grid staff for her under the seeded grant, the employer's.
 */
export const jobsApplicationAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite>> = {
  'jobs.apply': async (t) => {
    const postId = await openPost(t)
    const token = await tokenFor(t, 'staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    await withProfile(t, token, grantId)
    return {
      act: () => t.call('POST', `/api/jobs/posts/${postId}/applications`, { token, actingFor: grantId }),
      actor: await userIdOf(t, 'staff-chen'),
      subject: await userIdOf(t, 'elder-wang'),
      via: grantId,
    }
  },
  'jobs.decideApplication': async (t) => {
    const { application } = await applied(t, 'worker-zhao', await openPost(t))
    const token = await tokenFor(t, 'employer-demo')
    const employer = await userIdOf(t, 'employer-demo')
    return { act: () => t.call('POST', `/api/jobs/applications/${application.id}/decision`, { token, body: { decision: 'invite' } }), actor: employer, subject: employer }
  },
  'jobs.checkIn': async (t) => {
    const postId = await openPost(t)
    const { token, application } = await hired(t, 'worker-zhao', postId)
    const code = await codeOf(t, postId)
    const zhao = await userIdOf(t, 'worker-zhao')
    return { act: () => t.call('POST', `/api/jobs/applications/${application.id}/check-in`, { token, body: { code } }), actor: zhao, subject: zhao }
  },
  'jobs.checkOut': async (t) => {
    const postId = await openPost(t)
    const { token, application } = await hired(t, 'worker-zhao', postId)
    await t.call('POST', `/api/jobs/applications/${application.id}/check-in`, { token, body: { code: await codeOf(t, postId) } })
    const code = await codeOf(t, postId)
    const zhao = await userIdOf(t, 'worker-zhao')
    return { act: () => t.call('POST', `/api/jobs/applications/${application.id}/check-out`, { token, body: { code } }), actor: zhao, subject: zhao }
  },
  'jobs.confirmAttendance': async (t) => {
    const { application } = await hired(t, 'worker-zhao', await openPost(t))
    const token = await tokenFor(t, 'employer-demo')
    const employer = await userIdOf(t, 'employer-demo')
    return { act: () => t.call('POST', `/api/jobs/applications/${application.id}/attendance`, { token, body: { action: 'check_in' } }), actor: employer, subject: employer }
  },
  'jobs.statePay': async (t) => {
    const { dayId } = await workedADay(t, 'worker-zhao', await openPost(t))
    const token = await tokenFor(t, 'employer-demo')
    const employer = await userIdOf(t, 'employer-demo')
    return { act: () => t.call('POST', `/api/jobs/attendance/${dayId}/pay`, { token, body: { paidFen: 20_000 } }), actor: employer, subject: employer }
  },
  'jobs.answerPay': async (t) => {
    const { token, dayId } = await workedADay(t, 'worker-zhao', await openPost(t))
    await t.call('POST', `/api/jobs/attendance/${dayId}/pay`, { token: await tokenFor(t, 'employer-demo'), body: { paidFen: 20_000 } })
    const zhao = await userIdOf(t, 'worker-zhao')
    return { act: () => t.call('POST', `/api/jobs/attendance/${dayId}/pay-answer`, { token, body: { answer: 'confirmed' } }), actor: zhao, subject: zhao }
  },
  'jobs.rateEmployer': async (t) => {
    const { token, application } = await workedADay(t, 'worker-zhao', await openPost(t))
    const zhao = await userIdOf(t, 'worker-zhao')
    return { act: () => t.call('POST', `/api/jobs/applications/${application.id}/employer-rating`, { token, body: { stars: 5 } }), actor: zhao, subject: zhao }
  },
  'jobs.rateWorker': async (t) => {
    const { application } = await workedADay(t, 'worker-zhao', await openPost(t))
    const token = await tokenFor(t, 'employer-demo')
    const employer = await userIdOf(t, 'employer-demo')
    return { act: () => t.call('POST', `/api/jobs/applications/${application.id}/worker-rating`, { token, body: { stars: 5 } }), actor: employer, subject: employer }
  },
  'jobs.openWageComplaint': async (t) => {
    const { dayId } = await workedADay(t, 'worker-zhao', await openPost(t))
    t.clock.advance(25 * 3_600_000)
    const token = await tokenFor(t, 'worker-zhao')
    const zhao = await userIdOf(t, 'worker-zhao')
    return { act: () => t.call('POST', `/api/jobs/attendance/${dayId}/wage-complaint`, { token, body: {} }), actor: zhao, subject: zhao }
  },
}
