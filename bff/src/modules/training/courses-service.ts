import { chinaDate } from '@renshe/shared/platform/china-time'
import type { Course, CoursePage, CourseSearch, NewCourse, Roster } from '@renshe/shared/training/courses'
import { recordAudit, appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { pageOf, timeCursor } from '../../platform/paging'
import { officialCovers } from '../../platform/policy'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { toCourse, toRosterEntry } from './course-views'
import { courseById, insertCourse, institutionCourses, openCourses, sessionsOf, type CourseFilter, type CourseRow, type NamedCourse, type SessionRow } from './courses-repo'
import { rosterOf } from './enrolments-repo'
import { suspensionOf } from './suspension'
import { voucherById } from './vouchers-repo'

/*
 * Courses (decision 060): an institution account publishes its courses, lists them and reads a
 * course's roster; a voucher holder searches the open ones, with her voucher those it can be
 * spent on. Another institution's course does not exist for an institution (not_found).
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'audit'>

async function withSessions(deps: Pick<Deps, 'db'>, rows: readonly NamedCourse[]): Promise<Course[]> {
  const sessions = await deps.db.read((q) =>
    sessionsOf(
      q,
      rows.map((row) => row.course.id),
    ),
  )
  return rows.map((row) => toCourse(row, sessions.get(row.course.id) ?? []))
}

/** The course if it is one of the institution's; undefined for any other, which it must not learn of. */
export async function institutionsCourse(deps: Pick<Deps, 'db'>, institution: SessionUser, id: string): Promise<NamedCourse | undefined> {
  const row = await deps.db.read((q) => courseById(q, id))
  return row && row.course.institutionUserId === institution.id ? row : undefined
}

/**
 * Publishes a course of the institution, taught within its region (the one region rule), with
 * its sessions; it starts on the first session's date.
 */
export async function createCourse(deps: ServiceDeps, actor: Actor, institution: SessionUser, input: NewCourse): Promise<Result<Course>> {
  if (!institution.regionCode) return fail('forbidden')
  if (!officialCovers(institution, input.regionCode)) return fail('validation_failed', { errors: [{ path: 'body.regionCode', key: 'training.regionOutside' }] })
  const suspended = await suspensionOf(deps, institution.id)
  if (suspended) return suspended
  const now = deps.clock.now()
  const id = newId(deps.random, now.getTime())
  const ordered = [...input.sessions].sort((a, b) => (a.date === b.date ? a.from.localeCompare(b.from) : a.date.localeCompare(b.date)))
  const sessions: SessionRow[] = ordered.map((session) => ({ id: newId(deps.random, now.getTime()), courseId: id, date: session.date, timeFrom: session.from, timeTo: session.to, place: session.place }))
  const course: CourseRow = {
    id,
    institutionUserId: institution.id,
    name: input.name,
    occupationCode: input.occupationCode,
    level: input.level,
    hours: input.hours,
    capacity: input.capacity,
    enrolled: 0,
    priceFen: input.priceFen,
    regionCode: input.regionCode,
    startsOn: ordered[0]?.date ?? '',
    status: 'open',
    createdAt: now.toISOString(),
  }
  await deps.db.transaction(async (tx) => {
    await insertCourse(tx, course, sessions)
    await appendAudit(tx, now, actor, { action: 'training.createCourse', kind: 'write', objectType: 'training_course', objectId: id })
  })
  const named = await deps.db.read((q) => courseById(q, id))
  if (!named) throw new Error(`course ${id} was written and is not there`)
  return ok(toCourse(named, sessions))
}

/** One of the institution's courses, read again for a retry of its creation's Idempotency-Key. */
export async function getInstitutionCourse(deps: ServiceDeps, actor: Actor, institution: SessionUser, id: string): Promise<Result<Course>> {
  const row = await institutionsCourse(deps, institution, id)
  if (!row) return fail('not_found')
  const [course] = await withSessions(deps, [row])
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.getCourse', kind: 'read', objectType: 'training_course', objectId: id })
  return course ? ok(course) : fail('not_found')
}

/** The institution's own courses, the next to start first, a page at a time. */
export async function listInstitutionCourses(deps: ServiceDeps, actor: Actor, institution: SessionUser, query: { cursor?: string | undefined; limit: number }): Promise<Result<CoursePage>> {
  const rows = await deps.db.read((q) => institutionCourses(q, institution.id, timeCursor(query.cursor), query.limit))
  const page = pageOf(rows, query.limit, (last) => `${last.course.startsOn}|${last.course.id}`)
  const items = await withSessions(deps, page.rows)
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.listInstitutionCourses', kind: 'read', objectType: 'training_courses', objectId: institution.id })
  return ok({ items, nextCursor: page.nextCursor })
}

/**
 * One of the institution's courses with its requested and confirmed enrolments: each trainee's
 * name and ID number masked, her voucher's face number and how it pays. The read is recorded
 * for the course, and for each trainee as a read of her data, so that she sees it in her log.
 */
export async function getRoster(deps: ServiceDeps, actor: Actor, institution: SessionUser, id: string): Promise<Result<Roster>> {
  const row = await institutionsCourse(deps, institution, id)
  if (!row) return fail('not_found')
  const [[course], entries] = await Promise.all([withSessions(deps, [row]), deps.db.read((q) => rosterOf(q, id))])
  if (!course) return fail('not_found')
  const now = deps.clock.now()
  await recordAudit(deps, now, actor, { action: 'training.getRoster', kind: 'read', objectType: 'training_course', objectId: id })
  for (const entry of entries) {
    await recordAudit(deps, now, { ...actor, subjectUserId: entry.enrolment.holderUserId }, { action: 'training.readTrainee', kind: 'read', objectType: 'training_enrolment', objectId: entry.enrolment.id })
  }
  return ok({ course, items: entries.map((entry) => toRosterEntry(deps, entry, { name: course.name, startsOn: course.startsOn })) })
}

/**
 * The open courses a holder may look at: from `startsFrom` (today in China unless she says),
 * by occupation and region; with her voucher (anyone else's does not exist for her) only those
 * whose occupation and level its programme covers, at the institutions it approved.
 */
export async function searchCourses(deps: ServiceDeps, actor: Actor, holderUserId: string, query: CourseSearch): Promise<Result<CoursePage>> {
  const now = deps.clock.now()
  const filter: CourseFilter = { startsFrom: query.startsFrom ?? chinaDate(now), occupationCode: query.occupationCode, regionCode: query.regionCode }
  let scoped = filter
  if (query.voucherId !== undefined) {
    const voucherId = query.voucherId
    const held = await deps.db.read((q) => voucherById(q, voucherId))
    if (!held || held.voucher.holderUserId !== holderUserId) return fail('not_found')
    await recordAudit(deps, now, actor, { action: 'training.searchCourses', kind: 'read', objectType: 'training_voucher', objectId: voucherId })
    const { covered, institutionIds } = held.programme
    if (covered.length === 0 || institutionIds.length === 0) return ok({ items: [], nextCursor: null })
    scoped = { ...filter, scope: { levels: covered, institutionIds } }
  }
  const rows = await deps.db.read((q) => openCourses(q, scoped, timeCursor(query.cursor), query.limit))
  const page = pageOf(rows, query.limit, (last) => `${last.course.startsOn}|${last.course.id}`)
  return ok({ items: await withSessions(deps, page.rows), nextCursor: page.nextCursor })
}
