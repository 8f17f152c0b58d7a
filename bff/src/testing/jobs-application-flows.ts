import { z } from 'zod'
import { Applicant, CheckInCode, MyApplication } from '@renshe/shared/jobs/applications'
import type { JobPostInput } from '@renshe/shared/jobs/posts'
import { PostedJob } from '@renshe/shared/jobs/posts'
import { Page } from '@renshe/shared/platform/primitives'
import type { CallOptions, TestContext } from './harness'
import { expectOk } from './http'
import { sampleJobPost, sampleSeekerProfile } from './jobs-samples'

/** Steps the application tests share, each through the API as a client takes them. */

const sessions = new WeakMap<TestContext, Map<string, { token: string; at: number }>>()
/** Well inside the idle expiry of a session (30 minutes by default). */
const reuseFor = 20 * 60_000

/**
 * A session of the account, logged in again only when the test clock has moved on far enough
 * for the last one to expire: the login rate limit counts every login of a test.
 */
export async function tokenFor(t: TestContext, account: string): Promise<string> {
  const known = sessions.get(t) ?? new Map<string, { token: string; at: number }>()
  sessions.set(t, known)
  const now = t.clock.now().getTime()
  const last = known.get(account)
  if (last && now - last.at >= 0 && now - last.at < reuseFor) return last.token
  const token = await t.login(account)
  known.set(account, { token, at: now })
  return token
}

/**
 * A day job (日结) of employer-demo in Lucheng on the tests' first day (Sunday 2026-11-29, China
 * time) and the day after, 200 yuan a day, two people.
 */
export const sampleDayJob = {
  ...sampleJobPost,
  title: '仓库日结装卸工',
  kind: 'day',
  pay: { amountFen: 20_000, unit: 'day' },
  headcount: 2,
  shifts: {
    kind: 'dated',
    times: [
      { date: '2026-11-29', from: '08:00', to: '17:00' },
      { date: '2026-11-30', from: '08:00', to: '17:00' },
    ],
  },
  startDate: '2026-11-29',
  endDate: '2026-12-05',
  description: '搬运和装卸货物，当天结算工资。',
} as const satisfies JobPostInput

export const ApplicantPage = Page(Applicant)
export const MyApplicationPage = Page(MyApplication)

/** Posts as employer-demo and has officer-liu open it; returns the post's id. */
export async function openPost(t: TestContext, post: JobPostInput = sampleDayJob): Promise<string> {
  const posted = await expectOk(await t.call('POST', '/api/jobs/posts', { token: await tokenFor(t, 'employer-demo'), body: post }), PostedJob, 201)
  await expectOk(await t.call('POST', `/api/jobs/posts/${posted.id}/decision`, { token: await tokenFor(t, 'officer-liu'), body: { decision: 'approve', note: '已核实' } }), PostedJob)
  return posted.id
}

/** Saves the sample seeker profile for the account (or for whom its grant acts). */
export async function withProfile(t: TestContext, token: string, actingFor?: string): Promise<void> {
  const response = await t.call('PUT', '/api/jobs/me/profile', { token, body: sampleSeekerProfile, ...(actingFor ? { actingFor } : {}) })
  if (response.status !== 200) throw new Error(`saving a profile: ${response.status} ${await response.text()}`)
}

export async function apply(t: TestContext, token: string, postId: string, options: CallOptions = {}): Promise<MyApplication> {
  return expectOk(await t.call('POST', `/api/jobs/posts/${postId}/applications`, { token, ...options }), MyApplication, 201)
}

/** A seeker with a profile who applied for the post: her token and the application. */
export async function applied(t: TestContext, account: string, postId: string): Promise<{ token: string; application: MyApplication }> {
  const token = await tokenFor(t, account)
  await withProfile(t, token)
  return { token, application: await apply(t, token, postId) }
}

export async function decide(t: TestContext, applicationId: string, body: unknown, account = 'employer-demo'): Promise<Applicant> {
  return expectOk(await t.call('POST', `/api/jobs/applications/${applicationId}/decision`, { token: await tokenFor(t, account), body }), Applicant)
}

/** Applied, invited and hired on the post. */
export async function hired(t: TestContext, account: string, postId: string): Promise<{ token: string; application: MyApplication }> {
  const seeker = await applied(t, account, postId)
  await decide(t, seeker.application.id, { decision: 'invite' })
  await decide(t, seeker.application.id, { decision: 'hire' })
  return seeker
}

export async function codeOf(t: TestContext, postId: string): Promise<string> {
  return (await expectOk(await t.call('GET', `/api/jobs/posts/${postId}/check-in-code`, { token: await tokenFor(t, 'employer-demo') }), CheckInCode)).code
}

export async function checkIn(t: TestContext, token: string, applicationId: string, code: string): Promise<MyApplication> {
  return expectOk(await t.call('POST', `/api/jobs/applications/${applicationId}/check-in`, { token, body: { code } }), MyApplication)
}

export async function checkOut(t: TestContext, token: string, applicationId: string, code: string): Promise<MyApplication> {
  return expectOk(await t.call('POST', `/api/jobs/applications/${applicationId}/check-out`, { token, body: { code } }), MyApplication)
}

/** Hired, checked in now, and checked out after `hours`: the application and the day's id. */
export async function workedADay(t: TestContext, account: string, postId: string, hours = 8): Promise<{ token: string; application: MyApplication; dayId: string }> {
  const seeker = await hired(t, account, postId)
  await checkIn(t, seeker.token, seeker.application.id, await codeOf(t, postId))
  t.clock.advance(hours * 3_600_000)
  const token = await tokenFor(t, account)
  const out = await checkOut(t, token, seeker.application.id, await codeOf(t, postId))
  const [day] = out.days
  if (!day) throw new Error('a day checked out has a day')
  return { token, application: out, dayId: day.id }
}

export async function applicantsOf(t: TestContext, postId: string, account = 'employer-demo'): Promise<Applicant[]> {
  return (await expectOk(await t.call('GET', `/api/jobs/posts/${postId}/applicants`, { token: await tokenFor(t, account) }), ApplicantPage)).items
}

export async function myApplications(t: TestContext, token: string, actingFor?: string): Promise<MyApplication[]> {
  return (await expectOk(await t.call('GET', '/api/jobs/applications/mine', { token, ...(actingFor ? { actingFor } : {}) }), MyApplicationPage)).items
}

export const InboxPage = z.object({ items: z.array(z.object({ template: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])), link: z.string().nullable() })) })

export async function inboxTemplates(t: TestContext, token: string): Promise<string[]> {
  const page = await expectOk(await t.call('GET', '/api/inbox/messages?limit=50', { token }), InboxPage)
  return page.items.map((item) => item.template)
}

/** The pages the seeker's messages open, by template. */
export async function inboxLinks(t: TestContext, token: string): Promise<Record<string, string | null>> {
  const page = await expectOk(await t.call('GET', '/api/inbox/messages?limit=50', { token }), InboxPage)
  return Object.fromEntries(page.items.map((item) => [item.template, item.link]))
}
