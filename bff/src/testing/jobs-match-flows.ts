import { MySeekerProfile } from '@renshe/shared/jobs/profile'
import { PostedJob, type JobPostInput } from '@renshe/shared/jobs/posts'
import type { SeekerProfile } from '@renshe/shared/jobs/schemas'
import { jobPosts } from '../db/schema'
import type { JobPostRow } from '../modules/jobs/posts-repo'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { sampleJobPost, sampleSeekerProfile } from './jobs-samples'
import { userIdOf } from './wages-flows'

/** Kilometres north of a point, in degrees of latitude (the mean radius of the Earth). */
export const degreesNorthOf = (km: number) => km / 111.195

/** A post through the front door: employer-demo posts it and officer-liu approves it. Returns its id. */
export async function openPost(t: TestContext, overrides: Partial<JobPostInput> = {}): Promise<string> {
  const posted = await expectOk(await t.call('POST', '/api/jobs/posts', { token: await t.login('employer-demo'), body: { ...sampleJobPost, ...overrides } }), PostedJob, 201)
  await expectOk(await t.call('POST', `/api/jobs/posts/${posted.id}/decision`, { token: await t.login('officer-liu'), body: { decision: 'approve' } }), PostedJob)
  return posted.id
}

/** Saves a seeker's profile (by her, or by staff under her grant) and, when asked, her consent to be recommended. */
export async function saveSeeker(
  t: TestContext,
  token: string,
  options: { profile?: SeekerProfile; recommendable?: boolean; actingFor?: string } = {},
): Promise<void> {
  const acting = options.actingFor ? { actingFor: options.actingFor } : {}
  await expectOk(await t.call('PUT', '/api/jobs/me/profile', { token, ...acting, body: options.profile ?? sampleSeekerProfile }), MySeekerProfile)
  if (options.recommendable !== undefined) {
    await expectOk(await t.call('PUT', '/api/jobs/me/profile/recommendation', { token, ...acting, body: { recommendable: options.recommendable } }), MySeekerProfile)
  }
}

/**
 * Open posts written straight into the table, for lists longer than the front door makes
 * quickly: the sample cashier's job at each given point, with the given ids.
 */
export async function insertOpenPosts(t: TestContext, points: readonly { id: string; lat: number; lng: number; occupation?: string; startDate?: string; endDate?: string | null }[]): Promise<void> {
  const poster = await userIdOf(t, 'employer-demo')
  const at = t.clock.now().toISOString()
  const rows: JobPostRow[] = points.map((point) => ({
    id: point.id,
    posterOrganisationId: 'employer-oujiang',
    posterUserId: poster,
    status: 'open',
    title: `${sampleJobPost.title} ${point.id}`,
    occupation: point.occupation ?? sampleJobPost.occupation,
    skills: [...sampleJobPost.skills],
    certificates: [...sampleJobPost.certificates],
    kind: sampleJobPost.kind,
    community: sampleJobPost.place.community,
    regionCode: sampleJobPost.place.regionCode,
    latMicrodegrees: Math.round(point.lat * 1_000_000),
    lngMicrodegrees: Math.round(point.lng * 1_000_000),
    payFen: sampleJobPost.pay.amountFen,
    payUnit: sampleJobPost.pay.unit,
    headcount: 1,
    shifts: { kind: 'weekly', times: [...sampleJobPost.shifts.times] },
    startDate: point.startDate ?? sampleJobPost.startDate,
    endDate: point.endDate === undefined ? sampleJobPost.endDate : point.endDate,
    description: sampleJobPost.description,
    holdReasons: [],
    decisionNote: null,
    decidedBy: null,
    decidedAt: at,
    revision: 1,
    earlierRounds: [],
    createdAt: at,
    updatedAt: at,
  }))
  await t.deps.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 200) await tx.insert(jobPosts).values(rows.slice(i, i + 200))
  })
}
