import { maskName } from '@renshe/shared/identity/masking'
import { ageOn } from '@renshe/shared/retiree/eligibility'
import {
  CertificationMethod,
  CertificationState,
  type Coverage,
  type Overpayment,
  type PensionerSummary,
  type VisitForReview,
  type VisitReview,
  type VisitTask,
} from '@renshe/shared/retiree/schemas'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { pageOf } from '../../platform/paging'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { revokeCertification, todayOf } from './certification'
import { retireeLinks } from './notices'
import {
  heldFenOf,
  heldFenOfRegion,
  lastCountingCertifications,
  openOverpaymentTotals,
  overpaymentsOfRegion,
  pensionerCyclesOfRegion,
  pensionerOfRegion,
  taskCountsOfRegion,
  taskOfRegion,
  tasksToReviewOfRegion,
  withTaskToDo,
} from './office-repo'
import { gridStaffOf, outstandingTaskIn, pensionerById, setCertificationReview } from './pensioners-repo'
import { insertTask, pensionersByIds, staffByIds, taskById, updateTaskFrom, type PensionerRow, type VisitTaskRow } from './visits-repo'
import { aboutPensioner, cycleOf, newTaskRow, pensionStoppedDetail, toVisitTask } from './visits-service'

function countsOf<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>
}

/**
 * How far the region's pensioners are certified: by state as of today, by how the certified
 * ones were certified this cycle, money held, overpayments to recover and home visits.
 */
export function getCoverage(deps: Deps, official: SessionUser): Result<Coverage> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const today = todayOf(deps)
  const byState = countsOf(CertificationState.options)
  const byMethod = countsOf(CertificationMethod.options)
  const lastCertifications = lastCountingCertifications(deps.db, region)
  const cycles = pensionerCyclesOfRegion(deps.db, region)
  for (const pensioner of cycles) {
    const { state } = cycleOf(deps, pensioner, today)
    byState[state] += 1
    const last = lastCertifications.get(pensioner.id)
    if (state === 'certified' && last) byMethod[last.method] += 1
  }
  const tasks = taskCountsOfRegion(deps.db, region)
  const overpaid = openOverpaymentTotals(deps.db, region)
  return ok({
    regionCode: region,
    pensioners: cycles.length,
    byState,
    byMethod,
    suspendedHeldFen: heldFenOfRegion(deps.db, region),
    overpaymentsOpen: overpaid.count,
    overpaymentsOpenFen: overpaid.amountFen,
    visitsToReview: tasks.get('submitted') ?? 0,
    visitsOpen: (tasks.get('open') ?? 0) + (tasks.get('rejected') ?? 0),
  })
}

export interface PensionersQuery {
  readonly state: CertificationState
  readonly cursor?: string | undefined
  readonly limit: number
}

/** `dueDate|id`: where the next page starts. Anything else starts from the first page. */
function parseCursor(cursor: string | undefined): { dueDate: string; id: string } | null {
  const [dueDate, id] = cursor?.split('|') ?? []
  return dueDate && id ? { dueDate, id } : null
}

/**
 * The region's pensioners in one state, nearest due date first, names masked. The state is
 * worked out as of today from the cycle rules in force, so it is computed here, not stored.
 */
export function listPensioners(deps: Deps, actor: Actor, official: SessionUser, query: PensionersQuery): Result<{ items: PensionerSummary[]; nextCursor: string | null }> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const today = todayOf(deps)
  const after = parseCursor(query.cursor)
  const inState = pensionerCyclesOfRegion(deps.db, region)
    .map((pensioner) => ({ id: pensioner.id, cycle: cycleOf(deps, pensioner, today) }))
    .filter(({ cycle }) => cycle.state === query.state)
    .sort((a, b) => a.cycle.dueDate.localeCompare(b.cycle.dueDate) || a.id.localeCompare(b.id))
    .filter(({ id, cycle }) => after === null || cycle.dueDate > after.dueDate || (cycle.dueDate === after.dueDate && id > after.id))
  const { rows, nextCursor } = pageOf(inState.slice(0, query.limit + 1), query.limit, (last) => `${last.cycle.dueDate}|${last.id}`)
  const ids = rows.map((row) => row.id)
  const byId = new Map(pensionersByIds(deps.db, ids).map((pensioner) => [pensioner.id, pensioner]))
  const held = heldFenOf(deps.db, ids)
  const withTask = withTaskToDo(deps.db, ids)
  const items = rows.flatMap(({ id, cycle }): PensionerSummary[] => {
    const pensioner = byId.get(id)
    if (!pensioner) return []
    return [
      {
        id,
        maskedName: maskName(deps.sealer.open(pensioner.nameEnc)),
        age: ageOn(pensioner.birthDate, today),
        gridCode: pensioner.gridCode,
        state: cycle.state,
        dueDate: cycle.dueDate,
        daysLeft: cycle.daysLeft,
        heldFen: held.get(id) ?? 0,
        openTask: withTask.has(id),
      },
    ]
  })
  recordAudit(deps.db, deps.clock.now(), actor, { action: 'retiree.listPensioners', kind: 'read', objectType: 'region', objectId: region })
  return ok({ items, nextCursor })
}

/**
 * The officer asks the grid staff member of the pensioner's grid to certify them at home. A
 * task still to do for that pensioner is the answer if there is one: never two at once.
 */
export function assignVisit(deps: Deps, actor: Actor, official: SessionUser, pensionerId: string): Result<VisitTask> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const pensioner = pensionerOfRegion(deps.db, region, pensionerId)
  if (!pensioner) return fail('not_found')
  if (pensioner.diedOn !== null) return fail('conflict', { detail: pensionStoppedDetail })
  const now = deps.clock.now()
  const today = todayOf(deps)
  const audited = aboutPensioner(deps, actor, pensioner)

  const staffUserId = gridStaffOf(deps.db, pensioner.gridCode)
  const assigned = deps.db.transaction(
    (tx): VisitTaskRow | null => {
      // Looked for in the transaction that inserts: never two tasks for one pensioner at once.
      const existing = outstandingTaskIn(tx, pensioner.id)
      if (existing) {
        appendAudit(tx, now, audited, { action: 'retiree.assignVisit', kind: 'read', objectType: 'visit_task', objectId: existing.id })
        return existing
      }
      if (staffUserId === null) return null
      const task = newTaskRow(deps, pensioner, { staffUserId, reason: 'officer_assigned', createdByUserId: official.id, grantId: null })
      insertTask(tx, task)
      notify(tx, deps.random, now, { userId: staffUserId, template: 'retiree.visitAssigned', params: { reason: task.reason }, link: retireeLinks.visit(task.id) })
      appendAudit(tx, now, audited, { action: 'retiree.assignVisit', kind: 'write', objectType: 'visit_task', objectId: task.id })
      return task
    },
    { behavior: 'immediate' },
  )
  if (!assigned) {
    return fail('conflict', {
      detail: pensioner.gridCode === null ? 'This pensioner lives in no grid: no grid staff member can be asked' : `No grid staff member serves grid ${pensioner.gridCode}`,
    })
  }
  return ok(toVisitTask(deps, assigned, pensioner, today))
}

/** A sent visit as the officer reviews it: the pensioner's name masked, what the worker saw in full. */
function toVisitForReview(deps: Deps, task: VisitTaskRow, pensioner: PensionerRow, today: string): VisitForReview | null {
  if (task.checklist === null || task.photoId === null || task.visitedAt === null) return null
  const staff = task.staffUserId ? staffByIds(deps.db, [task.staffUserId]).get(task.staffUserId) : undefined
  return {
    taskId: task.id,
    pensionerMaskedName: maskName(deps.sealer.open(pensioner.nameEnc)),
    age: ageOn(pensioner.birthDate, today),
    staffCode: staff?.staffCode ?? null,
    staffMaskedName: staff?.staffNameEnc ? maskName(deps.sealer.open(staff.staffNameEnc)) : '',
    place: task.placeEnc === null ? '' : deps.sealer.open(task.placeEnc),
    visitedAt: task.visitedAt,
    checklist: task.checklist,
    photoId: task.photoId,
    status: task.status,
  }
}

export function listVisitsToReview(deps: Deps, actor: Actor, official: SessionUser): Result<{ items: VisitForReview[] }> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const today = todayOf(deps)
  const items = tasksToReviewOfRegion(deps.db, region).flatMap(({ task, pensioner }) => toVisitForReview(deps, task, pensioner, today) ?? [])
  recordAudit(deps.db, deps.clock.now(), actor, { action: 'retiree.listVisitsToReview', kind: 'read', objectType: 'region', objectId: region })
  return ok({ items })
}

/**
 * The officer confirms a home visit, or rejects it with a reason: then the certification no
 * longer counts, and the task goes back to the same grid staff member with the reason.
 */
export function reviewVisit(deps: Deps, actor: Actor, official: SessionUser, id: string, review: VisitReview): Result<VisitForReview> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const task = taskOfRegion(deps.db, region, id)
  const pensioner = task ? pensionerById(deps.db, task.pensionerId) : undefined
  if (!task || !pensioner) return fail('not_found')
  if (task.status !== 'submitted') return fail('illegal_transition', { detail: `This visit is ${task.status}` })

  const now = deps.clock.now()
  const audited = aboutPensioner(deps, actor, pensioner)
  const reviewed = deps.db.transaction(
    (tx) => {
      const decided = {
        status: review.decision === 'approve' ? ('approved' as const) : ('rejected' as const),
        reviewedByUserId: official.id,
        reviewedAt: now.toISOString(),
        reviewNote: review.decision === 'reject' ? review.note : null,
      }
      if (!updateTaskFrom(tx, task.id, 'submitted', decided)) return false
      if (review.decision === 'approve') {
        if (task.certificationId) setCertificationReview(tx, task.certificationId, 'approved')
      } else {
        if (task.certificationId) revokeCertification(tx, deps, audited, task.certificationId)
        if (task.staffUserId) notify(tx, deps.random, now, { userId: task.staffUserId, template: 'retiree.visitRejected', link: retireeLinks.visit(task.id) })
      }
      appendAudit(tx, now, audited, { action: 'retiree.reviewVisit', kind: 'write', objectType: 'visit_task', objectId: task.id })
      return true
    },
    { behavior: 'immediate' },
  )
  // Another officer reviewed it in the meantime.
  if (!reviewed) return fail('illegal_transition', { detail: 'This visit has already been reviewed' })
  const after = taskById(deps.db, task.id)
  const view = after ? toVisitForReview(deps, after, pensioner, todayOf(deps)) : null
  return view ? ok(view) : fail('not_found')
}

/** Pension paid after a death, to recover: those still open first. */
export function listOverpayments(deps: Deps, actor: Actor, official: SessionUser): Result<{ items: Overpayment[] }> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const items = overpaymentsOfRegion(deps.db, region).map(
    ({ overpayment, nameEnc, partnerName }): Overpayment => ({
      id: overpayment.id,
      pensionerMaskedName: maskName(deps.sealer.open(nameEnc)),
      diedOn: overpayment.diedOn,
      months: overpayment.months,
      amountFen: overpayment.amountFen,
      status: overpayment.status,
      recordedAt: overpayment.recordedAt,
      partnerName,
    }),
  )
  recordAudit(deps.db, deps.clock.now(), actor, { action: 'retiree.listOverpayments', kind: 'read', objectType: 'region', objectId: region })
  return ok({ items })
}
