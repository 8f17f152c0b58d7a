import type { Sample } from './operation-samples'
import type { AuditedWrite } from './wages-audit-walk'
import type { TestContext } from './harness'
import { userIdOf } from './wages-flows'

/** A base within the 2026 limits of the test clock's year, paid by the quarter. */
export const sampleEnrolment = { baseFen: 600_000, period: 'quarter', medical: false } as const

export const jobsInsuranceSamples: Readonly<Record<string, Sample>> = {
  'jobs.getMyFlexibleInsurance': {},
  'jobs.enrolFlexible': { body: sampleEnrolment },
  'jobs.startFlexiblePayment': {},
  'jobs.getFlexiblePayment': { params: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzz' } },
}

/** A successful call of every flexible-insurance operation that writes, for the audit walk: the worker's own. */
export const jobsInsuranceAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite>> = {
  'jobs.enrolFlexible': async (t) => {
    const token = await t.login('worker-zhao')
    const zhao = await userIdOf(t, 'worker-zhao')
    return { act: () => t.call('PUT', '/api/jobs/insurance', { token, body: sampleEnrolment }), actor: zhao, subject: zhao }
  },
  'jobs.startFlexiblePayment': async (t) => {
    const token = await t.login('worker-zhao')
    const zhao = await userIdOf(t, 'worker-zhao')
    await t.call('PUT', '/api/jobs/insurance', { token, body: sampleEnrolment })
    return { act: () => t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'audit-walk-flexible-pay' }), actor: zhao, subject: zhao }
  },
}
