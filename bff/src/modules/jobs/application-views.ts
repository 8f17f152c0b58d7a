import { maskName } from '@renshe/shared/identity/masking'
import type { MessageTemplate } from '@renshe/shared/inbox/schemas'
import { contactVisible, type Applicant, type ApplicationParty, type AttendanceDay, type DecidedStatus, type MyApplication, type Rating } from '@renshe/shared/jobs/applications'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Query, Tx } from '../../db/database'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import type { Principal } from '../../platform/principal'
import { fail } from '../../platform/problem'
import { attendanceById, applicationById, attendanceOfApplications, ratingsOfApplications, sealedContactsOf, type ApplicationRow, type AttendanceRow, type RatingRow } from './applications-repo'
import { organisationNames, organisationsOfUser, postById, type JobPostRow } from './posts-repo'

/*
 * What the seeker and the employer see of an application, and who reaches which: the seeker
 * (or grid staff for her) her own; the employer account those to posts of the organisations it
 * speaks for. Anything else does not exist for the caller (404). The rules of the steps are in
 * shared/jobs/applications.
 */

export type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'blindIndex' | 'audit'>

/** A refusal with its words in the reader's language, for a rule of the flow rather than a field. */
export function refuse(code: 'conflict' | 'illegal_transition', key: string, detail: string, path = 'params.id'): { ok: false; problem: { code: typeof code; detail: string; errors: { path: string; key: string }[] } } {
  return { ok: false, problem: { code, detail, errors: [{ path, key }] } }
}

export function wrongField(path: string, key: string) {
  return fail('validation_failed', { errors: [{ path, key }] })
}

// ——— views ———

export function dayOf(row: AttendanceRow): AttendanceDay {
  return {
    id: row.id,
    workDate: row.workDate,
    checkInAt: row.checkInAt,
    checkInBy: row.checkInBy,
    checkOutAt: row.checkOutAt,
    checkOutBy: row.checkOutBy,
    minutesWorked: row.minutesWorked,
    payDueFen: row.payDueFen,
    paidFen: row.paidFen,
    paidStatedAt: row.paidStatedAt,
    payAnswer: row.payAnswer,
    payAnsweredAt: row.payAnsweredAt,
    payDeadline: row.payDeadline,
    complaint: row.complaintCaseId && row.complaintCaseNumber ? { caseId: row.complaintCaseId, caseNumber: row.complaintCaseNumber } : null,
  }
}

function ratingOf(deps: Pick<Deps, 'sealer'>, row: RatingRow | undefined): Rating | null {
  if (!row) return null
  return { stars: row.stars, comment: row.commentEnc === null ? null : deps.sealer.open(row.commentEnc), at: row.createdAt }
}

interface Related {
  readonly posts: Map<string, JobPostRow>
  readonly names: Map<string, string>
  readonly days: Map<string, AttendanceRow[]>
  readonly ratings: Map<string, RatingRow[]>
}

async function relatedOf(q: Query, rows: readonly ApplicationRow[]): Promise<Related> {
  const posts = new Map<string, JobPostRow>()
  for (const postId of new Set(rows.map((row) => row.postId))) {
    const post = await postById(q, postId)
    if (post) posts.set(postId, post)
  }
  const names = await organisationNames(
    q,
    rows.map((row) => row.organisationId),
  )
  const ids = rows.map((row) => row.id)
  const days = new Map<string, AttendanceRow[]>()
  for (const day of await attendanceOfApplications(q, ids)) days.set(day.applicationId, [...(days.get(day.applicationId) ?? []), day])
  const ratings = new Map<string, RatingRow[]>()
  for (const rating of await ratingsOfApplications(q, ids)) ratings.set(rating.applicationId, [...(ratings.get(rating.applicationId) ?? []), rating])
  return { posts, names, days, ratings }
}

function myApplicationOf(deps: Pick<Deps, 'sealer'>, row: ApplicationRow, related: Related): MyApplication {
  const post = related.posts.get(row.postId)
  if (!post) throw new Error(`application ${row.id} names a post that does not exist`)
  const ratings = related.ratings.get(row.id) ?? []
  return {
    id: row.id,
    postId: row.postId,
    postTitle: post.title,
    organisationName: related.names.get(row.organisationId) ?? '',
    kind: post.kind,
    status: row.status,
    history: row.history,
    days: (related.days.get(row.id) ?? []).map(dayOf),
    myRating: ratingOf(
      deps,
      ratings.find((rating) => rating.rater === 'seeker'),
    ),
    ratingOfMe: ratingOf(
      deps,
      ratings.find((rating) => rating.rater === 'employer'),
    ),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

export async function myApplicationsOf(q: Query, deps: Pick<Deps, 'sealer'>, rows: readonly ApplicationRow[]): Promise<MyApplication[]> {
  const related = await relatedOf(q, rows)
  return rows.map((row) => myApplicationOf(deps, row, related))
}

/**
 * Applicants as the employer sees them: the name masked and no phone until invited, both in
 * full from then on. The caller audits each full read.
 */
export async function applicantsOf(q: Query, deps: Pick<Deps, 'sealer'>, rows: readonly ApplicationRow[]): Promise<Applicant[]> {
  const related = await relatedOf(q, rows)
  const contacts = await sealedContactsOf(
    q,
    rows.map((row) => row.seekerUserId),
  )
  return rows.map((row) => {
    const visible = contactVisible(row.status)
    const contact = contacts.get(row.seekerUserId)
    const name = contact ? deps.sealer.open(contact.nameEnc) : ''
    return {
      id: row.id,
      postId: row.postId,
      status: row.status,
      contactVisible: visible,
      name: visible ? name : maskName(name),
      phone: visible && contact?.phoneEnc ? deps.sealer.open(contact.phoneEnc) : null,
      occupations: row.occupations,
      skills: row.skills,
      certificates: row.certificates,
      distanceBand: row.distanceBand,
      history: row.history,
      days: (related.days.get(row.id) ?? []).map(dayOf),
      myRating: ratingOf(
        deps,
        (related.ratings.get(row.id) ?? []).find((rating) => rating.rater === 'employer'),
      ),
      createdAt: row.createdAt,
    }
  })
}

export async function oneApplicant(q: Query, deps: Pick<Deps, 'sealer'>, row: ApplicationRow): Promise<Applicant> {
  const [applicant] = await applicantsOf(q, deps, [row])
  if (!applicant) throw new Error('an applicant view of one row is one applicant')
  return applicant
}

export async function oneMyApplication(q: Query, deps: Pick<Deps, 'sealer'>, row: ApplicationRow): Promise<MyApplication> {
  const [mine] = await myApplicationsOf(q, deps, [row])
  if (!mine) throw new Error('a view of one application is one application')
  return mine
}

// ——— who reaches what ———

/** The application, if it is the subject's own. */
export async function ownApplication(q: Query, subjectUserId: string, id: string): Promise<ApplicationRow | undefined> {
  const row = await applicationById(q, id)
  return row?.seekerUserId === subjectUserId ? row : undefined
}

/** The application, if it is to a post of an organisation the employer account speaks for. */
export async function employersApplication(q: Query, employerUserId: string, id: string): Promise<ApplicationRow | undefined> {
  const row = await applicationById(q, id)
  if (!row) return undefined
  const organisations = await organisationsOfUser(q, employerUserId)
  return organisations.some((organisation) => organisation.id === row.organisationId) ? row : undefined
}

export async function employersPost(q: Query, employerUserId: string, postId: string): Promise<JobPostRow | undefined> {
  const post = await postById(q, postId)
  if (!post) return undefined
  const organisations = await organisationsOfUser(q, employerUserId)
  return organisations.some((organisation) => organisation.id === post.posterOrganisationId) ? post : undefined
}

export const partyOf = (principal: Principal): ApplicationParty => (principal.actingFor ? 'grid_staff' : 'seeker')

/** The message the seeker is sent on each step an employer takes. */
export const stepTemplates: Readonly<Record<DecidedStatus, MessageTemplate>> = {
  invited: 'jobs.invited',
  hired: 'jobs.hired',
  declined: 'jobs.declined',
}

export async function tellSeeker(tx: Tx, deps: Pick<Deps, 'random'>, at: Date, row: ApplicationRow, post: JobPostRow, template: MessageTemplate, extra: Record<string, string | number> = {}): Promise<void> {
  await notify(tx, deps.random, at, { userId: row.seekerUserId, template, params: { postTitle: post.title, ...extra }, link: pageLink('myApplications') })
}

/** The day, with its application, if the day belongs to one the check admits. */
export async function dayIn(q: Query, id: string, admits: (q: Query, applicationId: string) => Promise<ApplicationRow | undefined>): Promise<{ day: AttendanceRow; row: ApplicationRow } | undefined> {
  const day = await attendanceById(q, id)
  if (!day) return undefined
  const row = await admits(q, day.applicationId)
  return row ? { day, row } : undefined
}
