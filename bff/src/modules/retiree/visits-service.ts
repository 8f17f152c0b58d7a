import type { z } from 'zod'
import { regionCovers } from '@renshe/shared/identity/regions'
import type { CycleView } from '@renshe/shared/retiree/cycle'
import { ageOn } from '@renshe/shared/retiree/eligibility'
import type { CertificationState, VisitListItem, VisitPhoto, VisitPhotoContent, VisitReport, VisitTask } from '@renshe/shared/retiree/schemas'
import { appendAudit, type Actor, type AuditEntry } from '../../platform/audit'
import { sha256 } from '../../platform/crypto'
import type { Deps } from '../../platform/deps'
import { checkEvidenceFile } from '../../platform/files'
import { notify } from '../../platform/notify'
import type { Principal, SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import type { UploadedFile } from '../../platform/upload'
import { certify, cycleRulesOf, pensionerState, todayOf } from './certification'
import { officersCovering, pensionerById, pensionerOfUser, portalUserOfPensioner } from './pensioners-repo'
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
  taskToDoOf,
  tasksToDoOf,
  toDoStatuses,
  updateTaskFrom,
  type PensionerRow,
  type VisitTaskRow,
} from './visits-repo'

/** A visit's photo is a photo a phone's camera takes: JPEG or PNG, nothing else. */
const visitPhotoMimes = ['image/jpeg', 'image/png'] as const
/** Room for a retake or two; more than this is not a visit but a photo album. */
export const maxPhotosPerTask = 5

/** States in which a pensioner who granted a helper shows in the helper's list without a task. */
const needsVisit: readonly CertificationState[] = ['due', 'overdue', 'suspended']

const reviewsLink = '/features/retiree/pages/reviews/index'
export const pensionStoppedDetail = 'This pension has stopped: there is nothing to certify'

export function cycleOf(deps: Pick<Deps, 'config'>, pensioner: Pick<PensionerRow, 'cycleStart' | 'diedOn' | 'status'>, today: string): CycleView {
  return pensionerState(pensioner, today, cycleRulesOf(deps))
}

/**
 * The act as the pensioner's audit trail records it: about the pensioner's portal user when
 * they have one (it shows in their access log), about no account when they have none.
 */
export function aboutPensioner(deps: Pick<Deps, 'db'>, actor: Actor, pensioner: PensionerRow): Actor {
  return { ...actor, subjectUserId: portalUserOfPensioner(deps.db, pensioner) }
}

/**
 * One task with its pensioner in full: the grid staff member must find the person, so name,
 * age and address are not masked. Every caller audits the read or the write it comes with.
 */
export function toVisitTask(deps: Pick<Deps, 'db' | 'sealer' | 'config'>, task: VisitTaskRow, pensioner: PensionerRow, today: string): VisitTask {
  const cycle = cycleOf(deps, pensioner, today)
  const staff = task.staffUserId ? staffByIds(deps.db, [task.staffUserId]).get(task.staffUserId) : undefined
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
export function mayReadTask(deps: Pick<Deps, 'db' | 'clock'>, user: SessionUser, task: VisitTaskRow): boolean {
  if (task.staffUserId === user.id) return holdsTask(deps, user.id, task)
  const official = user.roles.includes('officer') || user.roles.includes('supervisor')
  return official && user.regionCode !== null && regionCovers(user.regionCode, task.regionCode)
}

/**
 * A task opened under a proxy grant lasts as long as the grant: once the pensioner revokes it
 * (or it expires), the task is gone from the worker's list and cannot be read or worked on.
 * Tasks an officer assigned, or the pensioner asked for, do not depend on a grant.
 */
function holdsTask(deps: Pick<Deps, 'db' | 'clock'>, staffUserId: string, task: VisitTaskRow): boolean {
  if (task.staffUserId !== staffUserId) return false
  if (task.reason !== 'proxy' || task.grantId === null) return true
  return grantStillCovers(deps.db, task.grantId, staffUserId, deps.clock.now().toISOString())
}

function withPensioner(deps: Pick<Deps, 'db'>, task: VisitTaskRow | undefined): { task: VisitTaskRow; pensioner: PensionerRow } | null {
  if (!task) return null
  const pensioner = pensionerById(deps.db, task.pensionerId)
  return pensioner ? { task, pensioner } : null
}

/** A task assigned to the caller, still to do: what uploading and submitting need. */
function ownTaskToDo(deps: Deps, user: SessionUser, id: string): Result<{ task: VisitTaskRow; pensioner: PensionerRow }> {
  const found = withPensioner(deps, taskById(deps.db, id))
  if (!found || !holdsTask(deps, user.id, found.task)) return fail('not_found')
  if (!toDoStatuses.includes(found.task.status)) return fail('illegal_transition', { detail: `This visit is ${found.task.status}` })
  return ok(found)
}

export interface VisitsToDo {
  readonly tasks: { task: VisitTaskRow; pensioner: PensionerRow }[]
  /** Pensioners who granted the staff member help, need certifying, and have no task of theirs. */
  readonly grantees: { grantId: string; pensioner: PensionerRow }[]
}

/** What a grid staff member has to do, before any name is opened: the pending count needs only this. */
export function visitsToDo(deps: Deps, staffUserId: string, today: string): VisitsToDo {
  const tasks = tasksToDoOf(deps.db, staffUserId).filter(({ task }) => holdsTask(deps, staffUserId, task))
  const covered = new Set(tasks.map(({ pensioner }) => pensioner.id))
  const grantees: { grantId: string; pensioner: PensionerRow }[] = []
  for (const { grantId, pensioner } of assistGrantsOf(deps.db, staffUserId, deps.clock.now().toISOString())) {
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
export function listVisits(deps: Deps, actor: Actor, user: SessionUser): Result<{ items: VisitListItem[] }> {
  const today = todayOf(deps)
  const { tasks, grantees } = visitsToDo(deps, user.id, today)
  const listed = [
    ...tasks.map(({ task, pensioner }) => ({ pensioner, item: listItem(deps, pensioner, today, { taskId: task.id, grantId: task.grantId, reason: task.reason, status: task.status }) })),
    ...grantees.map(({ grantId, pensioner }) => ({ pensioner, item: listItem(deps, pensioner, today, { taskId: null, grantId, reason: 'proxy', status: 'open' }) })),
  ].sort((a, b) => a.item.dueDate.localeCompare(b.item.dueDate) || a.pensioner.id.localeCompare(b.pensioner.id))
  if (listed.length > 0) {
    const now = deps.clock.now()
    // Names and addresses in full are personal data: each person's trail records the read.
    deps.db.transaction((tx) => {
      for (const { pensioner } of listed) {
        appendAudit(tx, now, aboutPensioner(deps, actor, pensioner), { action: 'retiree.listVisits', kind: 'read', objectType: 'pensioner', objectId: pensioner.id })
      }
    })
  }
  return ok({ items: listed.map(({ item }) => item) })
}

/**
 * Grid staff acting for a pensioner start a home visit: the open task for them assigned to
 * this staff member, or a new one under the grant. Never without a grant: a pensioner cannot
 * certify themself at home.
 */
export function openProxyVisit(deps: Deps, actor: Actor, principal: Principal): Result<VisitTask> {
  const { actingFor, user } = principal
  if (!actingFor) return fail('forbidden', { detail: 'A home visit is opened by grid staff acting for the pensioner' })
  const pensioner = pensionerOfUser(deps.db, actingFor.subjectUserId)
  if (!pensioner) return fail('not_found')
  if (pensioner.diedOn !== null) return fail('conflict', { detail: pensionStoppedDetail })
  const now = deps.clock.now()
  const today = todayOf(deps)
  const audited = aboutPensioner(deps, actor, pensioner)

  const fresh = newTaskRow(deps, pensioner, { staffUserId: user.id, reason: 'proxy', createdByUserId: user.id, grantId: actingFor.grantId })
  const task = deps.db.transaction(
    (tx) => {
      // Looked for in the transaction that inserts, so two taps at once make one task.
      const existing = taskToDoOf(tx, pensioner.id, user.id)
      if (existing && existing.reason === 'proxy' && existing.grantId !== actingFor.grantId) {
        // Opened under an earlier grant, since revoked: it carries on under the one in force now.
        updateTaskFrom(tx, existing.id, existing.status, { grantId: actingFor.grantId })
        appendAudit(tx, now, audited, { action: 'retiree.openProxyVisit', kind: 'write', objectType: 'visit_task', objectId: existing.id })
        return { ...existing, grantId: actingFor.grantId }
      }
      if (existing) {
        appendAudit(tx, now, audited, { action: 'retiree.openProxyVisit', kind: 'read', objectType: 'visit_task', objectId: existing.id })
        return existing
      }
      insertTask(tx, fresh)
      appendAudit(tx, now, audited, { action: 'retiree.openProxyVisit', kind: 'write', objectType: 'visit_task', objectId: fresh.id })
      return fresh
    },
    { behavior: 'immediate' },
  )
  return ok(toVisitTask(deps, task, pensioner, today))
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

function readAudited(deps: Deps, actor: Actor, pensioner: PensionerRow, entry: AuditEntry): void {
  const now = deps.clock.now()
  deps.db.transaction((tx) => appendAudit(tx, now, aboutPensioner(deps, actor, pensioner), entry))
}

export function getVisit(deps: Deps, actor: Actor, user: SessionUser, id: string): Result<VisitTask> {
  const found = withPensioner(deps, taskById(deps.db, id))
  if (!found || !mayReadTask(deps, user, found.task)) return fail('not_found')
  readAudited(deps, actor, found.pensioner, { action: 'retiree.getVisit', kind: 'read', objectType: 'visit_task', objectId: id })
  return ok(toVisitTask(deps, found.task, found.pensioner, todayOf(deps)))
}

const fileError = (key: string) => fail('validation_failed', { errors: [{ path: 'file', key }] })

/**
 * Keeps the photo taken at the door, sealed, once its bytes say it is a JPEG or a PNG. The
 * same bytes sent again for the same task (a retry on a weak network) give the same photo.
 */
export async function uploadVisitPhoto(deps: Deps, actor: Actor, user: SessionUser, id: string, file: UploadedFile): Promise<Result<VisitPhoto>> {
  const found = ownTaskToDo(deps, user, id)
  if (!found.ok) return found
  const checked = await checkEvidenceFile(file.bytes)
  if (!checked.ok) return fileError(checked.reason === 'empty' ? 'field.required' : 'visit.photoType')
  const mime = checked.mime
  if (!visitPhotoMimes.some((allowed) => allowed === mime)) return fileError('visit.photoType')
  const digest = sha256(file.bytes)
  const now = deps.clock.now()
  const { task, pensioner } = found.value
  return deps.db.transaction(
    (tx): Result<VisitPhoto> => {
      // Sent meanwhile: the visit is closed to new photos.
      const current = taskById(tx, task.id)
      if (!current || !toDoStatuses.includes(current.status)) return fail('illegal_transition', { detail: `This visit is ${current?.status ?? 'gone'}` })
      const same = photoOfTaskWithDigest(tx, task.id, digest)
      if (same) return ok({ id: same.id, sizeBytes: same.size })
      // Counted in the transaction that inserts, so parallel uploads cannot pass the limit together.
      if (countPhotosOfTask(tx, task.id) >= maxPhotosPerTask) return fail('conflict', { detail: `At most ${maxPhotosPerTask} photos per visit` })
      const photoId = newId(deps.random)
      insertPhoto(tx, {
        id: photoId,
        taskId: task.id,
        uploadedByUserId: user.id,
        mime,
        size: file.size,
        sha256: digest,
        contentEnc: deps.sealer.sealBytes(file.bytes),
        createdAt: now.toISOString(),
      })
      appendAudit(tx, now, aboutPensioner(deps, actor, pensioner), { action: 'retiree.uploadVisitPhoto', kind: 'write', objectType: 'visit_photo', objectId: photoId })
      return ok({ id: photoId, sizeBytes: file.size })
    },
    { behavior: 'immediate' },
  )
}

/** The photo of a visit: the one sent with the report, or before that the latest taken. */
export function getVisitPhoto(deps: Deps, actor: Actor, user: SessionUser, id: string): Result<z.infer<typeof VisitPhotoContent>> {
  const found = withPensioner(deps, taskById(deps.db, id))
  if (!found || !mayReadTask(deps, user, found.task)) return fail('not_found')
  const meta = found.task.photoId ? photoMetaById(deps.db, found.task.photoId) : latestPhotoOfTask(deps.db, id)
  const photo = meta ? photoById(deps.db, meta.id) : undefined
  if (!photo || photo.taskId !== id) return fail('not_found')
  const content = deps.sealer.openBytes(photo.contentEnc)
  readAudited(deps, actor, found.pensioner, { action: 'retiree.getVisitPhoto', kind: 'read', objectType: 'visit_photo', objectId: photo.id })
  return ok({ id: photo.id, mediaType: photo.mime, dataUrl: `data:${photo.mime};base64,${content.toString('base64')}` })
}

/**
 * The grid staff member certifies at the door: checklist, photo, place; the time is the
 * server's. The certification counts at once, pending an officer's review; the officers of
 * the region are told there is a visit to review.
 */
export function submitVisit(deps: Deps, actor: Actor, user: SessionUser, id: string, report: VisitReport): Result<VisitTask> {
  const found = ownTaskToDo(deps, user, id)
  if (!found.ok) return found
  const { task, pensioner } = found.value
  if (pensioner.diedOn !== null) return fail('conflict', { detail: pensionStoppedDetail })
  const photo = photoMetaById(deps.db, report.photoId)
  if (!photo || photo.taskId !== task.id) return fail('validation_failed', { errors: [{ path: 'body.photoId', key: 'visit.photoRequired' }] })

  const now = deps.clock.now()
  const today = todayOf(deps)
  const audited = aboutPensioner(deps, actor, pensioner)
  const submitted = deps.db.transaction(
    (tx) => {
      const claimed = updateTaskFrom(tx, task.id, task.status, {
        status: 'submitted',
        checklist: report.checklist,
        photoId: photo.id,
        placeEnc: deps.sealer.seal(report.place),
        visitedAt: now.toISOString(),
        reviewedByUserId: null,
        reviewedAt: null,
        reviewNote: null,
      })
      if (!claimed) return false
      const { certificationId } = certify(tx, deps, audited, {
        pensionerId: pensioner.id,
        certifiedOn: today,
        method: 'home_visit',
        source: null,
        signalId: null,
        taskId: task.id,
        review: 'pending',
      })
      updateTaskFrom(tx, task.id, 'submitted', { certificationId })
      for (const officerId of officersCovering(tx, task.regionCode)) {
        notify(tx, deps.random, now, { userId: officerId, template: 'retiree.visitToReview', link: reviewsLink })
      }
      appendAudit(tx, now, audited, { action: 'retiree.submitVisit', kind: 'write', objectType: 'visit_task', objectId: task.id })
      return true
    },
    { behavior: 'immediate' },
  )
  // Another submission of the same task got there first.
  if (!submitted) return fail('illegal_transition', { detail: 'This visit has already been submitted' })
  const row = taskById(deps.db, task.id)
  const after = pensionerById(deps.db, pensioner.id)
  return row && after ? ok(toVisitTask(deps, row, after, today)) : fail('not_found')
}
