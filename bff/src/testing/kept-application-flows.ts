import type { KeptPersonInput } from '@renshe/shared/identity/kept'
import { KeptProfileAnswer } from '@renshe/shared/identity/kept'
import { Me } from '@renshe/shared/identity/schemas'
import type { ApplicationStatus } from '@renshe/shared/jobs/applications'
import { giveConsent } from './flows'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { apply, applicantsOf, decide, openPost, sampleDayJob, tokenFor, withProfile } from './jobs-application-flows'
import { keptResident, registerKept } from './kept-flows'

/** A second resident of Lucheng with no account, for the same staff member to keep. */
export const secondKeptResident = { ...keptResident, name: '陈阿香', idNumber: '330302195203150024', agreement: { method: 'paper_form', reference: 'LC-2026-0212' } } as const satisfies KeptPersonInput

/** A day job of employer-demo opened under `title`; its id. */
export const openDayJob = (t: TestContext, title: string) => openPost(t, { ...sampleDayJob, title })

/**
 * A resident kept by staff-chen, with the job profile he saved for her and an application he
 * sent for her to each post given: the grant and the applications' ids, by post.
 */
export async function keptWithApplications(t: TestContext, postIds: readonly string[], resident: KeptPersonInput = keptResident): Promise<{ grantId: string; applications: Map<string, string> }> {
  const chen = await tokenFor(t, 'staff-chen')
  const { grantId } = await registerKept(t, chen, resident)
  await withProfile(t, chen, grantId)
  const applications = new Map<string, string>()
  for (const postId of postIds) applications.set(postId, (await apply(t, chen, postId, { actingFor: grantId })).id)
  return { grantId, applications }
}

/** `account` binds the kept resident's name and number, and so logs in to what was kept: her token and id. */
export async function claimKept(t: TestContext, account: string, resident: KeptPersonInput = keptResident): Promise<{ token: string; id: string }> {
  const token = await tokenFor(t, account)
  await giveConsent(t, token, 'identity.real_name')
  const me = await expectOk(await t.call('POST', '/api/me/real-name', { token, body: { name: resident.name, idNumber: resident.idNumber } }), Me)
  return { token, id: me.id }
}

export async function refuseKept(t: TestContext, token: string): Promise<KeptProfileAnswer> {
  return expectOk(await t.call('POST', '/api/me/kept-profile/refuse', { token }), KeptProfileAnswer)
}

/** The status of each application to the post, as its employer sees them, by application id. */
export async function statusesOnPost(t: TestContext, postId: string): Promise<Record<string, ApplicationStatus>> {
  return Object.fromEntries((await applicantsOf(t, postId)).map((applicant) => [applicant.id, applicant.status]))
}

/** Invites, or declines, an application as employer-demo. */
export async function employerDecides(t: TestContext, applicationId: string, decision: 'invite' | 'decline'): Promise<void> {
  await decide(t, applicationId, decision === 'invite' ? { decision } : { decision, reason: '人已招满' })
}
