import type { z } from 'zod'
import type { CycleView } from '@renshe/shared/retiree/cycle'
import { ageOn } from '@renshe/shared/identity/id-number'
import type { CertificationState, VisitListItem, VisitPhoto, VisitPhotoContent, VisitReport, VisitTask } from '@renshe/shared/retiree/schemas'
import { pages } from '@renshe/shared/platform/pages'
import type { Query } from '../../db/database'
import { recordAudit, type Actor } from '../../platform/audit'
import { sha256 } from '../../platform/crypto'
import type { Deps } from '../../platform/deps'
import { checkEvidenceFile } from '../../platform/files'
import { notify } from '../../platform/notify'
import type { Principal, SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import type { UploadedFile } from '../../platform/upload'
import { officialCovers } from '../../platform/policy'
import { auditLast } from './audit-trail'
import { certify, cycleRulesOf, pensionerState, todayOf } from './certification'
import { pensionerById, pensionerForUpdate, pensionerOfUser, portalUserOfPensioner } from './pensioners-repo'
import {
  assistGrantsOf,
  countPhotosOfTask,
  grantStillCovers,
  insertPhoto,
  insertTask,
  latestPhotoOfTask,
  photoById,
  photoMetaById,
  photoOfTaskWithDigest,
  staffByIds,
  taskById,
  taskForUpdate,
  taskToDoOf,
  tasksToDoOf,
  toDoStatuses,
  updateTaskFrom,
  type PensionerRow,
  type VisitTaskRow,
} from './visits-repo'
import { officialsCovering } from '../../platform/officials'

/** A visit's photo is a photo a phone's camera takes: JPEG or PNG, nothing else. */
const visitPhotoMimes = ['image/jpeg', 'image/png'] as const
/** Room for a retake or two; more than this is not a visit but a photo album. */
export const maxPhotosPerTask = 5

/** States in which a pensioner who granted a helper shows in the helper's list without a task. */
const needsVisit: readonly CertificationState[] = ['due', 'overdue', 'suspended']

const reviewsLink = pages.visitReviews
export const pensionStoppedDetail = 'This pension has stopped: there is nothing to certify'

export function cycleOf(deps: Pick<Deps, 'config'>, pensioner: Pick<PensionerRow, 'cycleStart' | 'diedOn' | 'status'>, today: string): CycleView {
  return pensionerState(pensioner, today, cycleRulesOf(deps))
}

/**
 * The act as the pensioner's audit trail records it: about the pensioner's portal user when
 * they have one (it shows in their access log), about no account when they have none.
 */
export async function aboutPensioner(q: Query, actor: Actor, pensioner: PensionerRow): Promise<Actor> {
  return { ...actor, subjectUserId: await portalUserOfPensioner(q, pensioner) }
}

/**
 * One task with its pensioner in full: the grid staff member must find the person, so name,
 * age and address are not masked. Every caller audits the read or the write it comes with.
 */
export async function toVisitTask(q: Query, deps: Pick<Deps, 'sealer' | 'config'>, task: VisitTaskRow, pensioner: PensionerRow, today: string): Promise<VisitTask> {
  const cycle = cycleOf(deps, pensioner, today)
  const staff = task.staffUserId ? (await staffByIds(q, [task.staffUserId])).get(task.staffUserId) : undefined
  return {
    id: task.id,
    pensionerId: pensioner.id,
    name: deps.sealer.open(pensioner.nameEnc),
    age: ageOn(pensioner.birthDate, today),
    address: deps.sealer.open(pensioner.addressEnc),
    state: cycle.state,
    dueDate: cycle.dueDate,
    daysLeft: cycle.daysLeft,
    reason: task.reason,
    status: task.status,
    staffCode: staff?.staffCode ?? null,
    photoId: task.photoId,
    place: task.placeEnc === null ? null : deps.sealer.open(task.placeEnc),
    visitedAt: task.visitedAt,
    reviewNote: task.reviewNote,
  }
}

/**
 * Who may see a task: the grid staff member it is assigned to, or an officer or supervisor
 * whose region covers it. Anyone else finds nothing, exactly as for a task that does not exist.
 */
export async function mayReadTask(q: Query, deps: Pick<Deps, 'clock'>, user: SessionUser, task: VisitTaskRow): Promise<boolean> {
  if (task.staffUserId === user.id) return holdsTask(q, deps, user.id, task)
  const official = user.roles.includes('officer') || user.roles.includes('supervisor')
  return official && officialCovers(user, task.regionCode)
}

/**
 * A task opened under a proxy grant lasts as long as the grant: once the pensioner revokes it
 * (or it expires), the task is gone from the worker's list and cannot be read or worked on.
 * Tasks an officer assigned, or the pensioner asked for, do not depend on a grant.
 */
async function holdsTask(q: Query, deps: Pick<Deps, 'clock'>, staffUserId: string, task: VisitTaskRow): Promise<boolean> {
  if (task.staffUserId !== staffUserId) return false
  if (task.reason !== 'proxy' || task.grantId === null) return true
  return grantStillCovers(q, task.grantId, staffUserId, deps.clock.now().toISOString())
}

async function withPensioner(q: Query, task: VisitTaskRow | undefined): Promise<{ task: VisitTaskRow; pensioner: PensionerRow } | null> {
  if (!task) return null
  const pensioner = await pensionerById(q, task.pensionerId)
  return pensioner ? { task, pensioner } : null
}

/** A task assigned to the caller, still to do: what uploading and submitting need. */
async function ownTaskToDo(q: Query, deps: Deps, user: SessionUser, id: string): Promise<Result<{ task: VisitTaskRow; pensioner: PensionerRow }>> {
  const found = await withPensioner(q, await taskById(q, id))
  if (!found || !(await holdsTask(q, deps, user.id, found.task))) return fail('not_found')
  if (!toDoStatuses.includes(found.task.status)) return fail('illegal_transition', { detail: `This visit is ${found.task.status}` })
  return ok(found)
}

export interface VisitsToDo {
  readonly tasks: { task: VisitTaskRow; pensioner: PensionerRow }[]
  /** Pensioners who granted the staff member help, need certifying, and have no task of theirs. */
  readonly grantees: { grantId: string; pensioner: PensionerRow }[]
}

/** What a grid staff member has to do, before any name is opened: the pending count needs only this. */
export async function visitsToDo(q: Query, deps: Deps, staffUserId: string, today: string): Promise<VisitsToDo> {
  const tasks: { task: VisitTaskRow; pensioner: PensionerRow }[] = []
  for (const found of await tasksToDoOf(q, staffUserId)) {
    if (await holdsTask(q, deps, staffUserId, found.task)) tasks.push(found)
  }
  const covered = new Set(tasks.map(({ pensioner }) => pensioner.id))
  const grantees: { grantId: string; pensioner: PensionerRow }[] = []
  for (const { grantId, pensioner } of await assistGrantsOf(q, staffUserId, deps.clock.now().toISOString())) {
    if (covered.has(pensioner.id) || pensioner.diedOn !== null) continue
    if (!needsVisit.includes(cycleOf(deps, pensioner, today).state)) continue
    covered.add(pensioner.id)
    grantees.push({ grantId, pensioner })
  }
  return { tasks, grantees }
}

function listItem(deps: Deps, pensioner: PensionerRow, today: string, fields: Pick<VisitListItem, 'taskId' | 'grantId' | 'reason' | 'status'>): VisitListItem {
  const cycle = cycleOf(deps, pensioner, today)
  return {
    ...fields,
    name: deps.sealer.open(pensioner.nameEnc),
    age: ageOn(pensioner.birthDate, today),
    address: deps.sealer.open(pensioner.addressEnc),
    state: cycle.state,
    dueDate: cycle.dueDate,
    daysLeft: cycle.daysLeft,
  }
}

/**
 * The grid staff member's visits: tasks assigned to them and not yet done, and the pensioners
 * who granted them `retiree.assist` and now need certifying, nearest due date first. A
 * pensioner of their grid with neither a task nor a grant is none of their business.
 */
export async function listVisits(deps: Deps, actor: Actor, user: SessionUser): Promise<Result<{ items: VisitListItem[] }>> {
  const today = todayOf(deps)
  const listed = await deps.db.read(async (q) => {
    const { tasks, grantees } = await visitsToDo(q, deps, user.id, today)
    const rows = [
      ...tasks.map(({ task, pensioner }) => ({ pensioner, item: listItem(deps, pensioner, today, { taskId: task.id, grantId: task.grantId, reason: task.reason, status: task.status }) })),
      ...grantees.map(({ grantId, pensioner }) => ({ pensioner, item: listItem(deps, pensioner, today, { taskId: null, grantId, reason: 'proxy', status: 'open' }) })),
    ].sort((a, b) => a.item.dueDate.localeCompare(b.item.dueDate) || a.pensioner.id.localeCompare(b.pensioner.id))
    const withReader: { pensioner: PensionerRow; item: VisitListItem; reader: Actor }[] = []
    for (const row of rows) withReader.push({ ...row, reader: await aboutPensioner(q, actor, row.pensioner) })
    return withReader
  })
  // Names and addresses in full are personal data: each person's trail records the read, the
  // reads of one list committed together, in the order of the list.
  const now = deps.clock.now()
  await Promise.all(
    listed.map(({ pensioner, reader }) => recordAudit(deps, now, reader, { action: 'retiree.listVisits', kind: 'read', objectType: 'pensioner', objectId: pensioner.id })),
  )
  return ok({ items: listed.map(({ item }) => item) })
}

/**
 * Grid staff acting for a pensioner start a home visit: the open task for them assigned to
 * this staff member, or a new one under the grant. Never without a grant: a pensioner cannot
 * certify themself at home.
 */
export async function openProxyVisit(deps: Deps, actor: Actor, principal: Principal): Promise<Result<VisitTask>> {
  const { actingFor, user } = principal
  if (!actingFor) return fail('forbidden', { detail: 'A home visit is opened by grid staff acting for the pensioner' })
  const found = await deps.db.read((q) => pensionerOfUser(q, actingFor.subjectUserId))
  if (!found) return fail('not_found')
  if (found.diedOn !== null) return fail('conflict', { detail: pensionStoppedDetail })
  const now = deps.clock.now()
  const today = todayOf(deps)

  const opened = await deps.db.transaction((tx) =>
    auditLast(tx, async (audit): Promise<Result<{ task: VisitTaskRow; pensioner: PensionerRow }>> => {
      // The pensioner locked, then looked for a task in the transaction that inserts: two taps
      // at once (on two instances) make one task.
      const pensioner = await pensionerForUpdate(tx, found.id)
      if (!pensioner) return fail('not_found')
      if (pensioner.diedOn !== null) return fail('conflict', { detail: pensionStoppedDetail })
      const audited = await aboutPensioner(tx, actor, pensioner)
      const existing = await taskToDoOf(tx, pensioner.id, user.id)
      if (existing && existing.reason === 'proxy' && existing.grantId !== actingFor.grantId) {
        // Opened under an earlier grant, since revoked: it carries on under the one in force now.
        await updateTaskFrom(tx, existing.id, existing.status, { grantId: actingFor.grantId })
        audit.add(now, audited, { action: 'retiree.openProxyVisit', kind: 'write', objectType: 'visit_task', objectId: existing.id })
        return ok({ task: { ...existing, grantId: actingFor.grantId }, pensioner })
      }
      if (existing) {
        audit.add(now, audited, { action: 'retiree.openProxyVisit', kind: 'read', objectType: 'visit_task', objectId: existing.id })
        return ok({ task: existing, pensioner })
      }
      const fresh = newTaskRow(deps, pensioner, { staffUserId: user.id, reason: 'proxy', createdByUserId: user.id, grantId: actingFor.grantId })
      await insertTask(tx, fresh)
      audit.add(now, audited, { action: 'retiree.openProxyVisit', kind: 'write', objectType: 'visit_task', objectId: fresh.id })
      return ok({ task: fresh, pensioner })
    }),
  )
  if (!opened.ok) return opened
  return ok(await deps.db.read((q) => toVisitTask(q, deps, opened.value.task, opened.value.pensioner, today)))
}

/** A new task, open, nothing done on it yet. */
export function newTaskRow(
  deps: Pick<Deps, 'random' | 'clock'>,
  pensioner: PensionerRow,
  fields: Pick<VisitTaskRow, 'staffUserId' | 'reason' | 'createdByUserId' | 'grantId'>,
): VisitTaskRow {
  return {
    id: newId(deps.random),
    pensionerId: pensioner.id,
    regionCode: pensioner.regionCode,
    ...fields,
    status: 'open',
    createdAt: deps.clock.now().toISOString(),
    checklist: null,
    photoId: null,
    placeEnc: null,
    visitedAt: null,
    certificationId: null,
    reviewedByUserId: null,
    reviewedAt: null,
    reviewNote: null,
  }
}

export async function getVisit(deps: Deps, actor: Actor, user: SessionUser, id: string): Promise<Result<VisitTask>> {
  const today = todayOf(deps)
  const found = await deps.db.read(async (q) => {
    const visit = await withPensioner(q, await taskById(q, id))
    if (!visit || !(await mayReadTask(q, deps, user, visit.task))) return null
    return { pensioner: visit.pensioner, about: await aboutPensioner(q, actor, visit.pensioner), view: await toVisitTask(q, deps, visit.task, visit.pensioner, today) }
  })
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), found.about, { action: 'retiree.getVisit', kind: 'read', objectType: 'visit_task', objectId: id })
  return ok(found.view)
}

const fileError = (key: string) => fail('validation_failed', { errors: [{ path: 'file', key }] })

/**
 * Keeps the photo taken at the door, sealed, once its bytes say it is a JPEG or a PNG. The
 * same bytes sent again for the same task (a retry on a weak network) give the same photo.
 */
export async function uploadVisitPhoto(deps: Deps, actor: Actor, user: SessionUser, id: string, file: UploadedFile): Promise<Result<VisitPhoto>> {
  const found = await deps.db.read((q) => ownTaskToDo(q, deps, user, id))
  if (!found.ok) return found
  const checked = await checkEvidenceFile(file.bytes)
  if (!checked.ok) return fileError(checked.reason === 'empty' ? 'field.required' : 'visit.photoType')
  const mime = checked.mime
  if (!visitPhotoMimes.some((allowed) => allowed === mime)) return fileError('visit.photoType')
  const digest = sha256(file.bytes)
  const now = deps.clock.now()
  const { task, pensioner } = found.value
  return deps.db.transaction((tx) =>
    auditLast(tx, async (audit): Promise<Result<VisitPhoto>> => {
      // The task locked: uploads at once (a retry racing the first send, on two instances)
      // are checked and counted one at a time, so they cannot pass the limit together.
      const current = await taskForUpdate(tx, task.id)
      // Sent meanwhile: the visit is closed to new photos.
      if (!current || !toDoStatuses.includes(current.status)) return fail('illegal_transition', { detail: `This visit is ${current?.status ?? 'gone'}` })
      const same = await photoOfTaskWithDigest(tx, task.id, digest)
      if (same) return ok({ id: same.id, sizeBytes: same.size })
      if ((await countPhotosOfTask(tx, task.id)) >= maxPhotosPerTask) return fail('conflict', { detail: `At most ${maxPhotosPerTask} photos per visit` })
      const photoId = newId(deps.random)
      await insertPhoto(tx, {
        id: photoId,
        taskId: task.id,
        uploadedByUserId: user.id,
        mime,
        size: file.size,
        sha256: digest,
        contentEnc: deps.sealer.sealBytes(file.bytes),
        createdAt: now.toISOString(),
      })
      audit.add(now, await aboutPensioner(tx, actor, pensioner), { action: 'retiree.uploadVisitPhoto', kind: 'write', objectType: 'visit_photo', objectId: photoId })
      return ok({ id: photoId, sizeBytes: file.size })
    }),
  )
}

/** The photo of a visit: the one sent with the report, or before that the latest taken. */
export async function getVisitPhoto(deps: Deps, actor: Actor, user: SessionUser, id: string): Promise<Result<z.infer<typeof VisitPhotoContent>>> {
  const found = await deps.db.read(async (q) => {
    const visit = await withPensioner(q, await taskById(q, id))
    if (!visit || !(await mayReadTask(q, deps, user, visit.task))) return null
    const meta = visit.task.photoId ? await photoMetaById(q, visit.task.photoId) : await latestPhotoOfTask(q, id)
    const photo = meta ? await photoById(q, meta.id) : undefined
    if (!photo || photo.taskId !== id) return null
    return { photo, about: await aboutPensioner(q, actor, visit.pensioner) }
  })
  if (!found) return fail('not_found')
  const { photo } = found
  const content = deps.sealer.openBytes(photo.contentEnc)
  await recordAudit(deps, deps.clock.now(), found.about, { action: 'retiree.getVisitPhoto', kind: 'read', objectType: 'visit_photo', objectId: photo.id })
  return ok({ id: photo.id, mediaType: photo.mime, dataUrl: `data:${photo.mime};base64,${content.toString('base64')}` })
}

/** A photo's size, for whoever may see its visit: read as opening the photo is. */
export async function describeVisitPhoto(deps: Deps, actor: Actor, user: SessionUser, photoId: string): Promise<Result<VisitPhoto>> {
  const found = await deps.db.read(async (q) => {
    const meta = await photoMetaById(q, photoId)
    const visit = meta ? await withPensioner(q, await taskById(q, meta.taskId)) : null
    if (!meta || !visit || !(await mayReadTask(q, deps, user, visit.task))) return null
    return { meta, about: await aboutPensioner(q, actor, visit.pensioner) }
  })
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), found.about, { action: 'retiree.getVisitPhoto', kind: 'read', objectType: 'visit_photo', objectId: photoId })
  return ok({ id: found.meta.id, sizeBytes: found.meta.size })
}

/**
 * The grid staff member certifies at the door: checklist, photo, place; the time is the
 * server's. The certification counts at once, pending an officer's review; the officers of
 * the region are told there is a visit to review.
 */
export async function submitVisit(deps: Deps, actor: Actor, user: SessionUser, id: string, report: VisitReport): Promise<Result<VisitTask>> {
  const checked = await deps.db.read(async (q) => {
    const found = await ownTaskToDo(q, deps, user, id)
    return found.ok ? { found, photo: await photoMetaById(q, report.photoId) } : { found, photo: undefined }
  })
  if (!checked.found.ok) return checked.found
  const { task, pensioner } = checked.found.value
  if (pensioner.diedOn !== null) return fail('conflict', { detail: pensionStoppedDetail })
  const { photo } = checked
  if (!photo || photo.taskId !== task.id) return fail('validation_failed', { errors: [{ path: 'body.photoId', key: 'visit.photoRequired' }] })

  const now = deps.clock.now()
  const today = todayOf(deps)
  const submitted = await deps.db.transaction((tx) =>
    auditLast(tx, async (audit): Promise<Result<null>> => {
      // The pensioner first, as every write about them does: a death recorded meanwhile is seen here.
      const current = await pensionerForUpdate(tx, pensioner.id)
      if (!current || current.diedOn !== null) return fail('conflict', { detail: pensionStoppedDetail })
      const claimed = await updateTaskFrom(tx, task.id, task.status, {
        status: 'submitted',
        checklist: report.checklist,
        photoId: photo.id,
        placeEnc: deps.sealer.seal(report.place),
        visitedAt: now.toISOString(),
        reviewedByUserId: null,
        reviewedAt: null,
        reviewNote: null,
      })
      // Another submission of the same task got there first.
      if (!claimed) return fail('illegal_transition', { detail: 'This visit has already been submitted' })
      const audited = await aboutPensioner(tx, actor, current)
      const { certificationId } = await certify(tx, audit, deps, audited, {
        pensionerId: pensioner.id,
        certifiedOn: today,
        method: 'home_visit',
        source: null,
        signalId: null,
        taskId: task.id,
        review: 'pending',
      })
      await updateTaskFrom(tx, task.id, 'submitted', { certificationId })
      for (const officerId of await officialsCovering(tx, task.regionCode, 'officer')) {
        await notify(tx, deps.random, now, { userId: officerId, template: 'retiree.visitToReview', link: reviewsLink, action: { kind: 'review_visit', targetId: task.id } })
      }
      audit.add(now, audited, { action: 'retiree.submitVisit', kind: 'write', objectType: 'visit_task', objectId: task.id })
      return ok(null)
    }),
  )
  if (!submitted.ok) return submitted
  const view = await deps.db.read(async (q) => {
    const row = await taskById(q, task.id)
    const after = await pensionerById(q, pensioner.id)
    return row && after ? toVisitTask(q, deps, row, after, today) : null
  })
  return view ? ok(view) : fail('not_found')
}
