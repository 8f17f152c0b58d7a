import { seededGrantOf } from './flows'
import type { TestContext } from './harness'
import { sampleJobPost, sampleSeekerProfile } from './jobs-samples'
import type { AuditedWrite } from './wages-audit-walk'
import { userIdOf } from './wages-flows'

/**
 * A successful call of every job-seeker operation that writes, for the audit walk: one by the
 * seeker herself, one by grid staff acting for her under the seeded grant (which holds
 * `jobs.assist`), so both shapes of row are walked.
 */
export const jobsAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite>> = {
  'jobs.putMyProfile': async (t) => {
    const token = await t.login('worker-zhao')
    const zhao = await userIdOf(t, 'worker-zhao')
    return { act: () => t.call('PUT', '/api/jobs/me/profile', { token, body: sampleSeekerProfile }), actor: zhao, subject: zhao }
  },
  'jobs.setRecommendationConsent': async (t) => {
    const token = await t.login('staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    await t.call('PUT', '/api/jobs/me/profile', { token, actingFor: grantId, body: sampleSeekerProfile })
    const body = { recommendable: true }
    return {
      act: () => t.call('PUT', '/api/jobs/me/profile/recommendation', { token, actingFor: grantId, body }),
      actor: await userIdOf(t, 'staff-chen'),
      subject: await userIdOf(t, 'elder-wang'),
      via: grantId,
    }
  },
  'jobs.markCalled': async (t) => {
    const token = await t.login('staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    return {
      act: () => t.call('POST', `/api/jobs/assist/callbacks/${grantId}/called`, { token }),
      actor: await userIdOf(t, 'staff-chen'),
      subject: await userIdOf(t, 'elder-wang'),
      via: grantId,
    }
  },
  'jobs.createPost': async (t) => {
    const token = await t.login('employer-demo')
    const employer = await userIdOf(t, 'employer-demo')
    return { act: () => t.call('POST', '/api/jobs/posts', { token, body: sampleJobPost }), actor: employer, subject: employer }
  },
  'jobs.closePost': async (t) => {
    const token = await t.login('employer-demo')
    const posted = (await (await t.call('POST', '/api/jobs/posts', { token, body: sampleJobPost })).json()) as { id: string }
    const employer = await userIdOf(t, 'employer-demo')
    return { act: () => t.call('POST', `/api/jobs/posts/${posted.id}/close`, { token }), actor: employer, subject: employer }
  },
  'jobs.resubmitPost': async (t) => {
    const token = await t.login('employer-demo')
    const held = { ...sampleJobPost, pay: { amountFen: 1_500, unit: 'hour' } }
    const posted = (await (await t.call('POST', '/api/jobs/posts', { token, body: held })).json()) as { id: string; revision: number }
    const employer = await userIdOf(t, 'employer-demo')
    const body = { revision: posted.revision, post: sampleJobPost }
    return { act: () => t.call('POST', `/api/jobs/posts/${posted.id}/resubmit`, { token, body }), actor: employer, subject: employer }
  },
  'jobs.decidePost': async (t) => {
    const posted = (await (await t.call('POST', '/api/jobs/posts', { token: await t.login('employer-demo'), body: sampleJobPost })).json()) as { id: string }
    const token = await t.login('officer-liu')
    const liu = await userIdOf(t, 'officer-liu')
    const body = { decision: 'approve' }
    return { act: () => t.call('POST', `/api/jobs/posts/${posted.id}/decision`, { token, body }), actor: liu, subject: liu }
  },
}
