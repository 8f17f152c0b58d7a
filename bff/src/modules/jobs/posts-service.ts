import { moderatePost, holdReasonText } from '@renshe/shared/jobs/moderation'
import { minimumWages } from '@renshe/shared/jobs/minimum-wages'
import { isEditablePostStatus, type EarlierRound, type JobPostInput, type OpenJob, type PostDecision, type PostedJob, type PostResubmission, type PostRound } from '@renshe/shared/jobs/posts'
import type { JobKind } from '@renshe/shared/jobs/schemas'
import type { Locale } from '@renshe/shared/platform/locale'
import { chinaDate } from '@renshe/shared/platform/china-time'
import type { Query } from '../../db/database'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { pageOf, timeCursor } from '../../platform/paging'
import { officialCovers } from '../../platform/policy'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { writePostTerms } from './post-terms-repo'
import { closePostRow, decidePostRow, insertPost, openPosts, organisationNames, organisationsOfUser, postById, postsOfOrganisations, postsToReview, resubmitPostRow, type JobPostRow } from './posts-repo'

/*
 * Who reaches a post is decided here, from the session and never from the request: an employer
 * account the posts of the organisations it speaks for, an officer those of the region it covers,
 * anyone logged in the open ones. A post outside the caller's reach does not exist for them (404).
 */

export interface PostPage<T> {
  readonly items: T[]
  readonly nextCursor: string | null
}

export interface PageQuery {
  readonly cursor?: string | undefined
  readonly limit: number
}

/** A page of the open posts, of one kind when one is asked for. */
export interface OpenPostsQuery extends PageQuery {
  readonly kind?: JobKind | undefined
}

/** Millionths of a degree: about a tenth of a metre, in whole numbers both engines keep exactly. */
const microdegrees = 1_000_000

export function postOf(row: JobPostRow): JobPostInput {
  return {
    title: row.title,
    occupation: row.occupation,
    skills: row.skills,
    certificates: row.certificates,
    kind: row.kind,
    place: { community: row.community, regionCode: row.regionCode, lat: row.latMicrodegrees / microdegrees, lng: row.lngMicrodegrees / microdegrees },
    pay: { amountFen: row.payFen, unit: row.payUnit },
    headcount: row.headcount,
    shifts: row.shifts,
    startDate: row.startDate,
    endDate: row.endDate,
    description: row.description,
  }
}

/** The columns of what an employer writes, and the rules' verdict on it as of `now`. */
function writtenColumns(id: string, input: JobPostInput, now: Date) {
  const { description, ...post } = input
  const moderation = moderatePost({ ...post, id }, { minimumWages, today: chinaDate(now) }, [description])
  return {
    status: moderation.verdict === 'hold' ? ('held' as const) : ('in_review' as const),
    title: post.title,
    occupation: post.occupation,
    skills: post.skills,
    certificates: post.certificates,
    kind: post.kind,
    community: post.place.community,
    regionCode: post.place.regionCode,
    latMicrodegrees: Math.round(post.place.lat * microdegrees),
    lngMicrodegrees: Math.round(post.place.lng * microdegrees),
    payFen: post.pay.amountFen,
    payUnit: post.pay.unit,
    headcount: post.headcount,
    shifts: post.shifts,
    startDate: post.startDate,
    endDate: post.endDate,
    description,
    holdReasons: moderation.verdict === 'hold' ? moderation.reasons : [],
  } satisfies Partial<JobPostRow>
}

function earlierRoundOf(round: PostRound, locale: Locale): EarlierRound {
  return { ...round, holdReasons: round.holdReasons.map((reason) => ({ reason, text: holdReasonText(reason, locale) })) }
}

function postedJobOf(row: JobPostRow, names: ReadonlyMap<string, string>, locale: Locale): PostedJob {
  return {
    id: row.id,
    organisationId: row.posterOrganisationId,
    organisationName: names.get(row.posterOrganisationId) ?? '',
    status: row.status,
    post: postOf(row),
    holdReasons: row.holdReasons.map((reason) => ({ reason, text: holdReasonText(reason, locale) })),
    decisionNote: row.decisionNote,
    decidedAt: row.decidedAt,
    revision: row.revision,
    earlierRounds: row.earlierRounds.map((round) => earlierRoundOf(round, locale)),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

async function postedJobsOf(q: Query, rows: readonly JobPostRow[], locale: Locale): Promise<PostedJob[]> {
  const names = await organisationNames(
    q,
    rows.map((row) => row.posterOrganisationId),
  )
  return rows.map((row) => postedJobOf(row, names, locale))
}

/** A post of an organisation the employer account speaks for; any other is not there for it. */
async function ownPostById(q: Query, employerUserId: string, postId: string): Promise<JobPostRow | undefined> {
  const row = await postById(q, postId)
  if (!row) return undefined
  const own = (await organisationsOfUser(q, employerUserId)).some((organisation) => organisation.id === row.posterOrganisationId)
  return own ? row : undefined
}

/**
 * Posts a job for the first organisation the account speaks for (as a project is registered):
 * the body names no organisation, so no account posts for a company it does not speak for. The
 * rules run at once, against the minimum wage in force on the China date of the injected clock:
 * a post that breaks none waits for an officer, one that breaks any is held with the reasons.
 */
export async function createPost(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  actor: Actor,
  employerUserId: string,
  input: JobPostInput,
  locale: Locale,
): Promise<Result<PostedJob>> {
  const [organisation] = await deps.db.read((q) => organisationsOfUser(q, employerUserId))
  if (!organisation) return fail('forbidden', { detail: 'No organisation is linked to this account' })
  const now = deps.clock.now()
  const id = newId(deps.random)
  const at = now.toISOString()
  const row: JobPostRow = {
    id,
    posterOrganisationId: organisation.id,
    posterUserId: employerUserId,
    ...writtenColumns(id, input, now),
    decisionNote: null,
    decidedBy: null,
    decidedAt: null,
    revision: 1,
    earlierRounds: [],
    createdAt: at,
    updatedAt: at,
  }
  await deps.db.transaction(async (tx) => {
    await insertPost(tx, row)
    await writePostTerms(tx, row)
    await appendAudit(tx, now, actor, { action: 'jobs.createPost', kind: 'write', objectType: 'job_post', objectId: id })
  })
  return ok(postedJobOf(row, new Map([[organisation.id, organisation.name]]), locale))
}

/**
 * One post of an organisation the account speaks for, as a retried create answers it; the read
 * is recorded. Any other post is not found.
 */
export async function getMyPost(deps: Deps, actor: Actor, employerUserId: string, postId: string, locale: Locale): Promise<Result<PostedJob>> {
  const found = await deps.db.read(async (q) => {
    const row = await ownPostById(q, employerUserId, postId)
    if (!row) return undefined
    return (await postedJobsOf(q, [row], locale))[0]
  })
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), actor, { action: 'jobs.getMyPost', kind: 'read', objectType: 'job_post', objectId: postId })
  return ok(found)
}

/**
 * The employer stops taking applications for one of its posts (filled, or no longer needed): it
 * leaves the open list and matching at once. Applications already made stay, and those hired keep
 * checking in to the days of a day job. A post already closed or declined is refused, by name.
 */
export async function closePost(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor, employerUserId: string, postId: string, locale: Locale): Promise<Result<PostedJob>> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const closed = await deps.db.transaction(async (tx) => {
    const current = await ownPostById(tx, employerUserId, postId)
    if (!current) return 'not_found' as const
    const row = await closePostRow(tx, postId, at)
    if (!row) return 'not_closable' as const
    await appendAudit(tx, now, actor, { action: 'jobs.closePost', kind: 'write', objectType: 'job_post', objectId: postId })
    return { row, names: await organisationNames(tx, [row.posterOrganisationId]) }
  })
  if (closed === 'not_found') return fail('not_found')
  if (closed === 'not_closable') return fail('conflict', { detail: 'This post has already stopped or was declined', errors: [{ path: 'params.id', key: 'jobs.postNotClosable' }] })
  return ok(postedJobOf(closed.row, closed.names, locale))
}

/**
 * The poster changes a post the rules held, an officer declined, or one still waiting, and sends
 * it again: the rules run again on what it says now, and it waits for an officer (held again if
 * they still find something). How it stood before (status, the rules' reasons, the officer's
 * note) is kept as an earlier round, which the officer reads. The change names the revision it
 * was made on: a post changed or decided since is refused (409), as is one published or stopped,
 * which is closed and posted anew instead. Only the organisation that posted it reaches it.
 */
export async function resubmitPost(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  employerUserId: string,
  postId: string,
  { revision, post }: PostResubmission,
  locale: Locale,
): Promise<Result<PostedJob>> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const outcome = await deps.db.transaction(async (tx) => {
    const current = await ownPostById(tx, employerUserId, postId)
    if (!current) return 'not_found' as const
    if (!isEditablePostStatus(current.status)) return 'not_editable' as const
    if (current.revision !== revision) return 'stale' as const
    const round: PostRound = { status: current.status, holdReasons: current.holdReasons, decisionNote: current.decisionNote, decidedAt: current.decidedAt, resubmittedAt: at }
    const row = await resubmitPostRow(tx, postId, revision, {
      ...writtenColumns(postId, post, now),
      decisionNote: null,
      decidedBy: null,
      decidedAt: null,
      revision: revision + 1,
      earlierRounds: [...current.earlierRounds, round],
      updatedAt: at,
    })
    if (!row) return 'stale' as const
    await writePostTerms(tx, row)
    await appendAudit(tx, now, actor, { action: 'jobs.resubmitPost', kind: 'write', objectType: 'job_post', objectId: postId })
    return { row, names: await organisationNames(tx, [row.posterOrganisationId]) }
  })
  if (outcome === 'not_found') return fail('not_found')
  if (outcome === 'not_editable') {
    return fail('conflict', { detail: 'A published or stopped post cannot be changed: stop it and post a new one', errors: [{ path: 'params.id', key: 'jobs.postNotEditable' }] })
  }
  if (outcome === 'stale') return fail('conflict', { detail: 'This post was changed or decided since this copy was read', errors: [{ path: 'body.revision', key: 'jobs.postChanged' }] })
  return ok(postedJobOf(outcome.row, outcome.names, locale))
}

/** `time|id` of the last row of a page, the time being the one the list is ordered by. */
const cursorOf = (at: string, row: JobPostRow) => `${at}|${row.id}`

/** The posts of every organisation the account speaks for, newest first; the read is recorded. */
export async function listMyPosts(deps: Deps, actor: Actor, employerUserId: string, query: PageQuery, locale: Locale): Promise<PostPage<PostedJob>> {
  const { nextCursor, items } = await deps.db.read(async (q) => {
    const organisationIds = (await organisationsOfUser(q, employerUserId)).map((organisation) => organisation.id)
    const page = pageOf(await postsOfOrganisations(q, organisationIds, timeCursor(query.cursor), query.limit + 1), query.limit, (row) => cursorOf(row.createdAt, row))
    return { nextCursor: page.nextCursor, items: await postedJobsOf(q, page.rows, locale) }
  })
  await recordAudit(deps, deps.clock.now(), actor, { action: 'jobs.listMyPosts', kind: 'read', objectType: 'job_posts', objectId: employerUserId })
  return { items, nextCursor }
}

/** Posts of the officer's region waiting for a decision, oldest first; the read is recorded. */
export async function listPostsToReview(deps: Deps, actor: Actor, officer: SessionUser, query: PageQuery, locale: Locale): Promise<Result<PostPage<PostedJob>>> {
  if (!officer.regionCode) return fail('forbidden')
  const region = officer.regionCode
  const { nextCursor, items } = await deps.db.read(async (q) => {
    const page = pageOf(await postsToReview(q, region, timeCursor(query.cursor), query.limit + 1), query.limit, (row) => cursorOf(row.createdAt, row))
    return { nextCursor: page.nextCursor, items: await postedJobsOf(q, page.rows, locale) }
  })
  await recordAudit(deps, deps.clock.now(), actor, { action: 'jobs.listPostsToReview', kind: 'read', objectType: 'region', objectId: region })
  return ok({ items, nextCursor })
}

/**
 * An officer's decision on a post of the region: approve opens it, decline closes it with the
 * reason. A held post is approved only with a note saying why the hold is overridden, which the
 * record keeps. A post already decided, or changed by its poster since the officer read it, is
 * not decided (409).
 */
export async function decidePost(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  officer: SessionUser,
  postId: string,
  decision: PostDecision,
  locale: Locale,
): Promise<Result<PostedJob>> {
  const current = await deps.db.read((q) => postById(q, postId))
  if (!current || !officialCovers(officer, current.regionCode)) return fail('not_found')
  if (current.status !== 'in_review' && current.status !== 'held') return fail('conflict', { detail: 'This post has already been decided' })
  if (decision.revision !== undefined && decision.revision !== current.revision) {
    return fail('conflict', { detail: 'The poster changed this post since it was read', errors: [{ path: 'body.revision', key: 'jobs.postChanged' }] })
  }
  if (decision.decision === 'approve' && current.status === 'held' && decision.note === undefined) {
    return fail('validation_failed', { errors: [{ path: 'body.note', key: 'field.required' }] })
  }
  const now = deps.clock.now()
  const at = now.toISOString()
  const decided = await deps.db.transaction(async (tx) => {
    const row = await decidePostRow(tx, postId, {
      status: decision.decision === 'approve' ? 'open' : 'declined',
      decisionNote: decision.note ?? null,
      decidedBy: officer.id,
      decidedAt: at,
      updatedAt: at,
    }, current.revision)
    if (!row) return undefined
    await appendAudit(tx, now, actor, { action: 'jobs.decidePost', kind: 'write', objectType: 'job_post', objectId: postId })
    return { row, names: await organisationNames(tx, [row.posterOrganisationId]) }
  })
  if (!decided) return fail('conflict', { detail: 'This post has already been decided' })
  return ok(postedJobOf(decided.row, decided.names, locale))
}

/** Open posts whose work has not ended, of the kind asked for, most recently opened first; the read is recorded. */
export async function listOpenPosts(deps: Deps, actor: Actor, query: OpenPostsQuery): Promise<PostPage<OpenJob>> {
  const now = deps.clock.now()
  const { nextCursor, items } = await deps.db.read(async (q) => {
    const page = pageOf(await openPosts(q, chinaDate(now), timeCursor(query.cursor), query.limit + 1, query.kind), query.limit, (row) => cursorOf(row.decidedAt ?? row.createdAt, row))
    const names = await organisationNames(
      q,
      page.rows.map((row) => row.posterOrganisationId),
    )
    return {
      nextCursor: page.nextCursor,
      items: page.rows.map((row) => ({ id: row.id, organisationName: names.get(row.posterOrganisationId) ?? '', post: postOf(row), openedAt: row.decidedAt ?? row.createdAt })),
    }
  })
  await recordAudit(deps, now, actor, { action: 'jobs.listOpenPosts', kind: 'read', objectType: 'job_posts', objectId: 'open' })
  return { items, nextCursor }
}
