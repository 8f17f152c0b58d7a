import { contactVisible, distanceBandOf, nextApplicationStatus, type Applicant, type ApplicationDecision, type ApplicationStatus, type MyApplication } from '@renshe/shared/jobs/applications'
import { distanceKm } from '@renshe/shared/jobs/matching'
import { Place } from '@renshe/shared/jobs/schemas'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import { pageOf, timeCursor } from '../../platform/paging'
import { subjectOf, type Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { applicationOf, applicationsOfPost, applicationsOfSeeker, hiredCount, insertApplication, lockPostForHiring, moveApplication, reopenWithdrawnApplication, type ApplicationRow } from './applications-repo'
import { organisationNames, postById } from './posts-repo'
import type { PageQuery, PostPage } from './posts-service'
import { seekerProfileOf } from './repo'
import { refuse, myApplicationsOf, applicantsOf, oneApplicant, oneMyApplication, ownApplication, employersApplication, employersPost, partyOf, stepTemplates, tellSeeker, type ServiceDeps } from './application-views'

/* Applying, and the employer’s invite, hire or decline (decision 049). */

const microdegrees = 1_000_000
const SealedHome = Place.pick({ community: true, lat: true, lng: true })
const alreadyApplied = () => refuse('conflict', 'jobs.alreadyApplied', 'Already applied for this post')

/**
 * Applies for an open post, once per post. What the employer may see before inviting is
 * copied in now: her occupations, skills and certificates, and how far she lives in a band
 * (her home is opened here, once, and never stored with the application). An application of
 * hers to the post that was withdrawn is re-opened rather than a second one made (decision 058).
 */
export async function applyForJob(deps: ServiceDeps, actor: Actor, principal: Principal, postId: string): Promise<Result<MyApplication>> {
  const seeker = subjectOf(principal)
  const now = deps.clock.now()
  const at = now.toISOString()
  const found = await deps.db.read(async (q) => ({ post: await postById(q, postId), profile: await seekerProfileOf(q, seeker), existing: await applicationOf(q, postId, seeker) }))
  const { post, profile, existing } = found
  if (!post) return fail('not_found')
  if (post.status !== 'open' || (post.endDate !== null && post.endDate < chinaDate(now))) return refuse('conflict', 'jobs.postNotOpen', 'This post is not open for applications')
  if (existing && existing.status !== 'withdrawn') return alreadyApplied()
  if (!profile) return refuse('conflict', 'jobs.profileRequired', 'Save a job-seeker profile before applying')

  const home = SealedHome.parse(JSON.parse(deps.sealer.open(profile.homeEnc)) as unknown)
  const km = distanceKm(home, { lat: post.latMicrodegrees / microdegrees, lng: post.lngMicrodegrees / microdegrees })
  const step = { status: 'applied', at, by: partyOf(principal), reason: null } as const
  const fresh = {
    appliedByUserId: principal.user.id,
    occupations: profile.occupations,
    skills: profile.skills,
    certificates: profile.certificates,
    distanceBand: distanceBandOf(km),
    updatedAt: at,
  }
  try {
    return await deps.db.transaction(async (tx): Promise<Result<MyApplication>> => {
      const row = existing
        ? // It lists, and days to hire count, as an application made now; its history keeps what came before.
          await reopenWithdrawnApplication(tx, existing.id, { ...fresh, history: [...existing.history, step], createdAt: at })
        : await insertApplication(tx, { ...fresh, id: newId(deps.random), postId, organisationId: post.posterOrganisationId, seekerUserId: seeker, status: 'applied', history: [step], hiredAt: null, createdAt: at })
      // Re-opened meanwhile by a second send of hers: that one stands.
      if (!row) return alreadyApplied()
      await tellSeeker(tx, deps, now, row, post, 'jobs.applied')
      const mine = await oneMyApplication(tx, deps, row)
      await appendAudit(tx, now, actor, { action: 'jobs.apply', kind: 'write', objectType: 'job_application', objectId: row.id })
      return ok(mine)
    })
  } catch (error) {
    // Two sends at once without the same key: the unique index keeps one.
    if (isUniqueViolation(error)) return alreadyApplied()
    throw error
  }
}

/** One of my applications, as a retried create answers it; the read is recorded. */
export async function getMyApplication(deps: ServiceDeps, actor: Actor, subjectUserId: string, id: string): Promise<Result<MyApplication>> {
  const found = await deps.db.read(async (q) => {
    const row = await ownApplication(q, subjectUserId, id)
    return row ? oneMyApplication(q, deps, row) : undefined
  })
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), actor, { action: 'jobs.getMyApplication', kind: 'read', objectType: 'job_application', objectId: id })
  return ok(found)
}

const cursorOf = (row: ApplicationRow) => `${row.createdAt}|${row.id}`

export async function listMyApplications(deps: ServiceDeps, actor: Actor, subjectUserId: string, query: PageQuery): Promise<PostPage<MyApplication>> {
  const page = await deps.db.read(async (q) => {
    const rows = pageOf(await applicationsOfSeeker(q, subjectUserId, timeCursor(query.cursor), query.limit + 1), query.limit, cursorOf)
    return { items: await myApplicationsOf(q, deps, rows.rows), nextCursor: rows.nextCursor }
  })
  await recordAudit(deps, deps.clock.now(), actor, { action: 'jobs.listMyApplications', kind: 'read', objectType: 'job_applications', objectId: subjectUserId })
  return page
}

/**
 * The applicants of a post of the employer's organisation. Every applicant shown with name and
 * phone is a read of her personal data: recorded one by one, about her, so it shows in her
 * access log.
 */
export async function listApplicants(
  deps: ServiceDeps,
  actor: Actor,
  employerUserId: string,
  postId: string,
  query: PageQuery & { readonly status?: ApplicationStatus | undefined },
): Promise<Result<PostPage<Applicant>>> {
  const found = await deps.db.read(async (q) => {
    const post = await employersPost(q, employerUserId, postId)
    if (!post) return undefined
    const rows = pageOf(await applicationsOfPost(q, postId, timeCursor(query.cursor), query.limit + 1, query.status), query.limit, cursorOf)
    return { rows: rows.rows, page: { items: await applicantsOf(q, deps, rows.rows), nextCursor: rows.nextCursor } }
  })
  if (!found) return fail('not_found')
  const now = deps.clock.now()
  await recordAudit(deps, now, actor, { action: 'jobs.listApplicants', kind: 'read', objectType: 'job_post', objectId: postId })
  for (const row of found.rows.filter((candidate) => contactVisible(candidate.status))) {
    await recordAudit(deps, now, { ...actor, subjectUserId: row.seekerUserId }, { action: 'jobs.readApplicantContact', kind: 'read', objectType: 'job_application', objectId: row.id })
  }
  return ok(found.page)
}

/**
 * Invites, hires or declines. A hire locks the post and counts its hires first, so however many
 * hires arrive at once, on however many instances, no more are made than the headcount.
 */
export async function decideApplication(deps: ServiceDeps, actor: Actor, employerUserId: string, id: string, decision: ApplicationDecision): Promise<Result<Applicant>> {
  const now = deps.clock.now()
  const at = now.toISOString()
  return deps.db.transaction(async (tx): Promise<Result<Applicant>> => {
    const current = await employersApplication(tx, employerUserId, id)
    if (!current) return fail('not_found')
    const next = nextApplicationStatus(current.status, decision.decision)
    if (!next) return refuse('illegal_transition', 'jobs.stepNotAllowed', `An application that is ${current.status} cannot be given "${decision.decision}"`, 'body.decision')
    const post = await postById(tx, current.postId)
    if (!post) throw new Error(`application ${id} names a post that does not exist`)
    if (next === 'hired') {
      await lockPostForHiring(tx, post.id)
      if ((await hiredCount(tx, post.id)) >= post.headcount) return refuse('conflict', 'jobs.headcountFull', 'The headcount of this post is filled', 'body.decision')
    }
    const reason = decision.decision === 'decline' ? decision.reason : null
    const moved = await moveApplication(tx, id, current.status, {
      status: next,
      history: [...current.history, { status: next, at, by: 'employer', reason }],
      updatedAt: at,
      ...(next === 'hired' ? { hiredAt: at } : {}),
    })
    if (!moved) return refuse('illegal_transition', 'jobs.stepNotAllowed', 'The application changed meanwhile', 'body.decision')
    await tellSeeker(tx, deps, now, moved, post, stepTemplates[next], { organisationName: (await organisationNames(tx, [post.posterOrganisationId])).get(post.posterOrganisationId) ?? '' })
    const view = await oneApplicant(tx, deps, moved)
    await appendAudit(tx, now, actor, { action: 'jobs.decideApplication', kind: 'write', objectType: 'job_application', objectId: id })
    return ok(view)
  })
}

