import type { TestContext } from './harness'
import { sampleSeekerProfile } from './jobs-samples'
import type { AuditedWrite } from './wages-audit-walk'
import { userIdOf } from './wages-flows'

/** A successful call of every job-seeker operation that writes, for the audit walk. */
export const jobsAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite>> = {
  'jobs.putMyProfile': async (t) => {
    const token = await t.login('worker-zhao')
    const zhao = await userIdOf(t, 'worker-zhao')
    return { act: () => t.call('PUT', '/api/jobs/me/profile', { token, body: sampleSeekerProfile }), actor: zhao, subject: zhao }
  },
  'jobs.setRecommendationConsent': async (t) => {
    const token = await t.login('worker-zhao')
    const zhao = await userIdOf(t, 'worker-zhao')
    await t.call('PUT', '/api/jobs/me/profile', { token, body: sampleSeekerProfile })
    const body = { recommendable: true }
    return { act: () => t.call('PUT', '/api/jobs/me/profile/recommendation', { token, body }), actor: zhao, subject: zhao }
  },
}
