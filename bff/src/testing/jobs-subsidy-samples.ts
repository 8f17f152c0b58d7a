import { eq } from 'drizzle-orm'
import { SubsidyApplication } from '@renshe/shared/jobs/subsidy'
import { flexibleSubsidyApplications } from '../db/schema'
import type { Sample } from './operation-samples'
import type { AuditedWrite } from './wages-audit-walk'
import type { TestContext } from './harness'
import { sampleEnrolment } from './jobs-insurance-samples'
import { userIdOf } from './wages-flows'

export const sampleSubsidyApproval = { decision: 'approve', employmentDifficulty: true, graduateYear: null } as const

export const jobsSubsidySamples: Readonly<Record<string, Sample>> = {
  'jobs.getMySubsidy': {},
  'jobs.applySubsidy': { body: {} },
  'jobs.listSubsidyApplications': { query: { status: 'pending' } },
  'jobs.decideSubsidy': { params: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzz' }, body: sampleSubsidyApproval },
  'jobs.checkSubsidyPayout': { params: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzz' } },
}

/**
 * Zhao enrols on a base of 9,000 yuan: November and December paid are 3,600 yuan, and two thirds
 * of it (2,400 yuan) is a payout WeChat Pay makes only with the payee's real name.
 */
export const largeSubsidyEnrolment = { ...sampleEnrolment, baseFen: 900_000 } as const

/** Zhao enrols (on `enrolment`) and pays a period through the development channel: paid months to apply for. */
export async function paidFlexibleWorker(t: TestContext, key = 'subsidy-paid-period', enrolment: { baseFen: number } = sampleEnrolment): Promise<string> {
  const token = await t.login('worker-zhao')
  await t.call('PUT', '/api/jobs/insurance', { token, body: { ...sampleEnrolment, ...enrolment } })
  await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: key })
  return token
}

/** Zhao's application, waiting for an officer of Lucheng. */
export async function appliedForSubsidy(t: TestContext): Promise<SubsidyApplication> {
  const token = await paidFlexibleWorker(t)
  const response = await t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token, idempotencyKey: 'subsidy-apply-0001' })
  return SubsidyApplication.parse(await response.json())
}

/** A successful call of every subsidy operation that writes, for the audit walk. */
export const jobsSubsidyAuditedWrites: Record<string, (t: TestContext) => Promise<AuditedWrite>> = {
  'jobs.applySubsidy': async (t) => {
    const token = await paidFlexibleWorker(t)
    const zhao = await userIdOf(t, 'worker-zhao')
    return { act: () => t.call('POST', '/api/jobs/subsidy/applications', { body: {}, token, idempotencyKey: 'audit-walk-subsidy' }), actor: zhao, subject: zhao }
  },
  'jobs.decideSubsidy': async (t) => {
    const application = await appliedForSubsidy(t)
    const zhao = await userIdOf(t, 'worker-zhao')
    const token = await t.login('officer-liu')
    const liu = await userIdOf(t, 'officer-liu')
    return { act: () => t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token, body: sampleSubsidyApproval }), actor: liu, subject: zhao }
  },
  'jobs.checkSubsidyPayout': async (t) => {
    const application = await appliedForSubsidy(t)
    await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: await t.login('officer-liu'), body: sampleSubsidyApproval })
    // The development channel pays at once: the payout is put back on its way, as a transfer waiting for the payee.
    await t.deps.db.transaction((tx) => tx.update(flexibleSubsidyApplications).set({ payoutStatus: 'pending', paidOutAt: null }).where(eq(flexibleSubsidyApplications.id, application.id)))
    const zhao = await userIdOf(t, 'worker-zhao')
    const token = await t.login('worker-zhao')
    return { act: () => t.call('POST', `/api/jobs/subsidy/applications/${application.id}/payout-check`, { token }), actor: zhao, subject: zhao }
  },
}
