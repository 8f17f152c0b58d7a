import { idNumberHint, maskName } from '@renshe/shared/identity/masking'
import type { CallbackList, CallbackPerson, MarkedCalled, MyMatchesPage, NearMePage } from '@renshe/shared/jobs/matches'
import { matchCeilings, nearMe, rankMatches, travelBox } from '@renshe/shared/jobs/matching'
import type { OpenJob } from '@renshe/shared/jobs/posts'
import type { JobPost, Match, NearbyPost, SeekerProfile } from '@renshe/shared/jobs/schemas'
import { chinaDate } from '@renshe/shared/platform/china-time'
import type { Query } from '../../db/database'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { pageOf } from '../../platform/paging'
import { grantCovers } from '../../platform/policy'
import { fail, ok, type Result } from '../../platform/problem'
import {
  calledAtOf,
  grantById,
  grantsInForceOfStaff,
  noticesSince,
  openPostPointsInBox,
  postsByIds,
  realNamesOf,
  saveCalledAt,
  scoringRowsByIds,
  type MicroBox,
  type PostPoint,
  type ScoringRow,
} from './matches-repo'
import { postOf, type PageQuery } from './posts-service'
import { organisationNames, type JobPostRow } from './posts-repo'
import { seekerProfileOf } from './repo'
import { seekerProfileFrom } from './service'

/*
 * "My matches" and "near me" work on the profile of the session's subject (the seeker, or the
 * citizen grid staff act for under her `jobs.assist` grant), found by nothing the request names.
 * Her home is opened here, in memory, for the request: the database is asked only for open posts
 * inside a box around her travel circle (decision 048); distance and score are worked out here.
 */

/** Millionths of a degree, as job posts keep their point. */
const microdegrees = 1_000_000

/** The travel box in the posts' whole millionths, widened outward so no post at its edge is lost. */
export function microBoxOf(profile: Pick<SeekerProfile, 'home' | 'travelKm'>): MicroBox {
  const box = travelBox(profile)
  return {
    minLat: Math.floor(Math.max(-90, box.minLat) * microdegrees),
    maxLat: Math.ceil(Math.min(90, box.maxLat) * microdegrees),
    minLng: Number.isFinite(box.minLng) ? Math.floor(box.minLng * microdegrees) : null,
    maxLng: Number.isFinite(box.maxLng) ? Math.ceil(box.maxLng * microdegrees) : null,
  }
}

/** A post's scoring columns as the matching reads a post. */
export function jobPostOf(row: ScoringRow): JobPost {
  return {
    id: row.id,
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
  }
}

/** Distances are to the metre, so a cursor keeps them as whole metres. */
const metresOf = (km: number) => Math.round(km * 1000)

/** `score|metres|postId` of the last match of a page; anything else starts from the first page. */
function matchCursor(cursor: string | undefined): Pick<Match, 'score' | 'distanceKm' | 'postId'> | undefined {
  const found = /^(\d{1,3})\|(\d{1,9})\|([^|]+)$/.exec(cursor ?? '')
  return found ? { score: Number(found[1]), distanceKm: Number(found[2]) / 1000, postId: found[3] as string } : undefined
}

/** `metres|postId` of the last post of a page of "near me". */
function nearCursor(cursor: string | undefined): NearbyPost | undefined {
  const found = /^(\d{1,9})\|([^|]+)$/.exec(cursor ?? '')
  return found ? { distanceKm: Number(found[1]) / 1000, postId: found[2] as string } : undefined
}

/** The subject's profile with home opened, or undefined before she saves one. */
async function profileOf(deps: Pick<Deps, 'sealer'>, q: Query, subjectUserId: string): Promise<SeekerProfile | undefined> {
  const row = await seekerProfileOf(q, subjectUserId)
  return row ? seekerProfileFrom(deps, row) : undefined
}

/** The whole posts of a page, in its order, as anyone logged in sees an open post. */
async function openJobsOf(q: Query, postIds: readonly string[]): Promise<Map<string, OpenJob>> {
  const rows = await postsByIds(q, postIds)
  const names = await organisationNames(
    q,
    [...rows.values()].map((row) => row.posterOrganisationId),
  )
  const jobOf = (row: JobPostRow): OpenJob => ({ id: row.id, organisationName: names.get(row.posterOrganisationId) ?? '', post: postOf(row), openedAt: row.decidedAt ?? row.createdAt })
  return new Map([...rows.values()].map((row) => [row.id, jobOf(row)]))
}

/** Posts read whole at a time while a page of matches is settled. */
const scoringBatch = 400

/** A post's point as the matching reads a place. */
const placeOf = (point: PostPoint) => ({ lat: point.latMicrodegrees / microdegrees, lng: point.lngMicrodegrees / microdegrees })

/**
 * One page of her ranked list, reading posts whole only as far as the page needs. Every post in
 * the box has a ceiling (`matchCeiling`: the best score its occupation and distance allow); posts
 * are scored in batches, highest ceiling first, and the reading stops once the page's last match
 * scores above every ceiling not yet read, since none of those can rank before it. The page is
 * then exactly the one `rankMatches` gives over every post (decision 048).
 */
async function matchPage(q: Query, profile: SeekerProfile, today: string, query: PageQuery): Promise<Match[]> {
  const points = await openPostPointsInBox(q, microBoxOf(profile), today)
  const ceilings = matchCeilings(
    profile,
    points.map((point) => ({ occupation: point.occupation, place: placeOf(point) })),
  )
  const order = points.flatMap((point, i) => {
    const ceiling = ceilings[i]
    return ceiling === null || ceiling === undefined ? [] : [{ id: point.id, ceiling }]
  })
  order.sort((a, b) => b.ceiling - a.ceiling)
  const after = matchCursor(query.cursor)
  const wanted = query.limit + 1
  // Only the best `wanted` so far are ranked again with each batch, not everything read.
  let best: JobPost[] = []
  let ranked: Match[] = []
  for (let from = 0; from < order.length; from += scoringBatch) {
    const batch = order.slice(from, from + scoringBatch)
    const candidates = [...best, ...(await scoringRowsByIds(q, batch.map((candidate) => candidate.id))).map(jobPostOf)]
    ranked = rankMatches(profile, candidates, { limit: wanted, openOn: today, ...(after ? { after } : {}) })
    const byId = new Map(candidates.map((post) => [post.id, post]))
    best = ranked.flatMap((match) => byId.get(match.postId) ?? [])
    const unread = order[from + scoringBatch]?.ceiling
    const last = ranked[wanted - 1]
    if (unread === undefined || (last !== undefined && last.score > unread)) break
  }
  return ranked
}

/**
 * Her ranked list of open posts, best first, a page at a time: each with its score and its
 * reasons as data, which the client words in her language. Reading it reads where she lives,
 * so it is audited like a read of her profile.
 */
export async function listMyMatches(deps: Deps, actor: Actor, subjectUserId: string, query: PageQuery): Promise<MyMatchesPage> {
  const now = deps.clock.now()
  const today = chinaDate(now)
  const found = await deps.db.read(async (q) => {
    const profile = await profileOf(deps, q, subjectUserId)
    if (!profile) return null
    const page = pageOf(await matchPage(q, profile, today, query), query.limit, (last) => `${last.score}|${metresOf(last.distanceKm)}|${last.postId}`)
    const jobs = await openJobsOf(
      q,
      page.rows.map((match) => match.postId),
    )
    const items = page.rows.flatMap(({ postId, score, distanceKm, reasons }) => {
      const job = jobs.get(postId)
      return job ? [{ score, distanceKm, reasons, job }] : []
    })
    return { items, nextCursor: page.nextCursor }
  })
  await recordAudit(deps, now, actor, { action: 'jobs.listMyMatches', kind: 'read', objectType: 'seeker_profile', objectId: subjectUserId })
  return found ? { hasProfile: true, ...found } : { hasProfile: false, items: [], nextCursor: null }
}

/**
 * Open posts within her travel distance of home, nearest first, a page at a time; audited as a
 * read of her profile. Measured from the points alone: only the page's posts are read whole.
 */
export async function listNearMe(deps: Deps, actor: Actor, subjectUserId: string, query: PageQuery): Promise<NearMePage> {
  const now = deps.clock.now()
  const today = chinaDate(now)
  const found = await deps.db.read(async (q) => {
    const profile = await profileOf(deps, q, subjectUserId)
    if (!profile) return null
    const points = await openPostPointsInBox(q, microBoxOf(profile), today)
    const after = nearCursor(query.cursor)
    const located = points.map((point) => ({ id: point.id, place: placeOf(point), endDate: point.endDate }))
    const nearby = nearMe(profile, located, { limit: query.limit + 1, openOn: today, ...(after ? { after } : {}) })
    const page = pageOf(nearby, query.limit, (last) => `${metresOf(last.distanceKm)}|${last.postId}`)
    const jobs = await openJobsOf(
      q,
      page.rows.map((post) => post.postId),
    )
    const items = page.rows.flatMap(({ postId, distanceKm }) => {
      const job = jobs.get(postId)
      return job ? [{ distanceKm, job }] : []
    })
    return { items, nextCursor: page.nextCursor }
  })
  await recordAudit(deps, now, actor, { action: 'jobs.listNearMe', kind: 'read', objectType: 'seeker_profile', objectId: subjectUserId })
  return found ? { hasProfile: true, ...found } : { hasProfile: false, items: [], nextCursor: null }
}

/**
 * The people a grid staff member helps under a `jobs.assist` grant in force who were sent
 * matches since she last marked them called, who has waited longest first. Found from her own
 * grants only: no one else's client can be named. Each person listed has the read in her access
 * log, as the staff member's act under the grant.
 */
export async function listCallbacks(deps: Deps, actor: Actor, staffUserId: string): Promise<CallbackList> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const listed = await deps.db.read(async (q) => {
    const grants = (await grantsInForceOfStaff(q, staffUserId, at)).filter((grant) => grantCovers(grant, staffUserId, 'jobs.assist', at))
    // One line per person: of two grants from one citizen, the one that lasts longer.
    const byPerson = new Map<string, (typeof grants)[number]>()
    for (const grant of grants) byPerson.set(grant.citizenUserId, grant)
    const people = [...byPerson.keys()]
    const [names, called] = [await realNamesOf(q, people), await calledAtOf(q, staffUserId, people)]
    const found: { person: CallbackPerson; citizenUserId: string }[] = []
    for (const [citizenUserId, grant] of byPerson) {
      const realName = names.get(citizenUserId)
      if (!realName) continue
      const lastCalledAt = called.get(citizenUserId) ?? null
      const notices = await noticesSince(q, citizenUserId, lastCalledAt)
      if (!notices) continue
      found.push({
        citizenUserId,
        person: {
          grantId: grant.id,
          maskedName: maskName(deps.sealer.open(realName.nameEnc)),
          idNumberHint: idNumberHint(deps.sealer.open(realName.idNumberEnc)),
          newMatches: notices.count,
          bestScore: notices.bestScore,
          waitingSince: notices.firstAt,
          lastCalledAt,
        },
      })
    }
    return found.sort((a, b) => (a.person.waitingSince < b.person.waitingSince ? -1 : a.person.waitingSince > b.person.waitingSince ? 1 : a.person.grantId < b.person.grantId ? -1 : 1))
  })
  for (const { citizenUserId, person } of listed) {
    await recordAudit(deps, now, { ...actor, subjectUserId: citizenUserId, viaGrantId: person.grantId }, {
      action: 'jobs.listCallbacks',
      kind: 'read',
      objectType: 'job_match_notices',
      objectId: citizenUserId,
    })
  }
  return { people: listed.map(({ person }) => person) }
}

/**
 * Marks the person of one of the staff member's own `jobs.assist` grants called (已回访) now:
 * the matches sent so far leave her call-back list. Any other grant (another's, ended, without
 * the scope) is answered as missing. The act is in the person's access log.
 */
export async function markCalled(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor, staffUserId: string, grantId: string): Promise<Result<MarkedCalled>> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const grant = await deps.db.read((q) => grantById(q, grantId))
  if (!grant || !grantCovers(grant, staffUserId, 'jobs.assist', at)) return fail('not_found')
  await deps.db.transaction(async (tx) => {
    await saveCalledAt(tx, staffUserId, grant.citizenUserId, at)
    await appendAudit(tx, now, { ...actor, subjectUserId: grant.citizenUserId, viaGrantId: grant.id }, {
      action: 'jobs.markCalled',
      kind: 'write',
      objectType: 'seeker_profile',
      objectId: grant.citizenUserId,
    })
  })
  return ok({ grantId: grant.id, calledAt: at })
}
