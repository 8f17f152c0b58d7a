import { maskName } from '@renshe/shared/identity/masking'
import { ageOn } from '@renshe/shared/identity/id-number'
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
import type { Query } from '../../db/database'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { completeInboxAction, inboxTaskDone, notify } from '../../platform/notify'
import { pageOf } from '../../platform/paging'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { auditLast } from './audit-trail'
import { pendingDeathRecordsOfRegion } from './death-records-repo'
import { cycleRulesOf, revokeCertification, todayOf } from './certification'
import { retireeLinks } from './notices'
import {
  certifiedByMethodOfRegion,
  heldFenOf,
  heldFenOfRegion,
  inState,
  openOverpaymentTotals,
  overpaymentsOfRegion,
  pensionerOfRegion,
  pensionersInStateOfRegion,
  stateCountsOfRegion,
  taskCountsOfRegion,
  taskOfRegion,
  tasksToReviewOfRegion,
  withTaskToDo,
} from './office-repo'
import { gridStaffOf, outstandingTaskOf, pensionerById, pensionerForUpdate, setCertificationReview } from './pensioners-repo'
import { stateBoundsOn } from './state-bounds'
import { insertTask, staffByIds, taskById, updateTaskFrom, type PensionerRow, type StaffMember, type VisitTaskRow } from './visits-repo'
import { aboutPensioner, cycleOf, newTaskRow, pensionStoppedDetail, toVisitTask } from './visits-service'

function countsOf<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>
}

/**
 * How far the region's pensioners are certified: by state as of today, by how the certified
 * ones were certified this cycle, money held, overpayments to recover and home visits. Each
 * figure is counted in SQL: the state of a pensioner is worked out from the cycle rules in
 * force today, so the rules become bounds on the cycle start (see state-bounds.ts).
 */
export async function getCoverage(deps: Deps, official: SessionUser): Promise<Result<Coverage>> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const bounds = stateBoundsOn(todayOf(deps), cycleRulesOf(deps))
  return ok(
    await deps.db.read(async (q): Promise<Coverage> => {
      const { all, ...states } = await stateCountsOfRegion(q, region, bounds)
      const byState = { ...countsOf(CertificationState.options), ...states }
      const byMethod = countsOf(CertificationMethod.options)
      for (const [method, n] of await certifiedByMethodOfRegion(q, region, bounds)) byMethod[method] = n
      const tasks = await taskCountsOfRegion(q, region)
      const overpaid = await openOverpaymentTotals(q, region)
      return {
        regionCode: region,
        pensioners: all,
        byState,
        byMethod,
        suspendedHeldFen: await heldFenOfRegion(q, region),
        overpaymentsOpen: overpaid.count,
        overpaymentsOpenFen: overpaid.amountFen,
        deathRecordsPending: await pendingDeathRecordsOfRegion(q, region),
        visitsToReview: tasks.get('submitted') ?? 0,
        visitsOpen: (tasks.get('open') ?? 0) + (tasks.get('rejected') ?? 0),
      }
    }),
  )
}

export interface PensionersQuery {
  readonly state: CertificationState
  readonly cursor?: string | undefined
  readonly limit: number
}

/** `cycleStart|id`: where the next page starts. Anything else starts from the first page. */
function parseCursor(cursor: string | undefined): { cycleStart: string; id: string } | null {
  const [cycleStart, id] = cursor?.split('|') ?? []
  return cycleStart && id ? { cycleStart, id } : null
}

/**
 * The region's pensioners in one state, nearest due date first, names masked. The state is
 * worked out as of today from the cycle rules in force, so it is not stored: the rules become
 * bounds on the cycle start, and the state is picked and paged in SQL in cycle-start order,
 * which is the order of the due dates (two starts a month-end apart may share a due date: they
 * follow each other, the earlier start first).
 */
export async function listPensioners(
  deps: Deps,
  actor: Actor,
  official: SessionUser,
  query: PensionersQuery,
): Promise<Result<{ items: PensionerSummary[]; nextCursor: string | null }>> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const today = todayOf(deps)
  const condition = inState(query.state, stateBoundsOn(today, cycleRulesOf(deps)))
  const page = await deps.db.read(async (q) => {
    const fetched = await pensionersInStateOfRegion(q, region, condition, parseCursor(query.cursor), query.limit + 1)
    const { rows, nextCursor } = pageOf(fetched, query.limit, (last) => `${last.cycleStart}|${last.id}`)
    const ids = rows.map((row) => row.id)
    return { rows, nextCursor, held: await heldFenOf(q, ids), withTask: await withTaskToDo(q, ids) }
  })
  const items = page.rows.map((pensioner): PensionerSummary => {
    const cycle = cycleOf(deps, pensioner, today)
    return {
      id: pensioner.id,
      maskedName: maskName(deps.sealer.open(pensioner.nameEnc)),
      age: ageOn(pensioner.birthDate, today),
      gridCode: pensioner.gridCode,
      state: cycle.state,
      dueDate: cycle.dueDate,
      daysLeft: cycle.daysLeft,
      heldFen: page.held.get(pensioner.id) ?? 0,
      openTask: page.withTask.has(pensioner.id),
    }
  })
  await recordAudit(deps, deps.clock.now(), actor, { action: 'retiree.listPensioners', kind: 'read', objectType: 'region', objectId: region })
  return ok({ items, nextCursor: page.nextCursor })
}

/**
 * The officer asks the grid staff member of the pensioner's grid to certify them at home. A
 * task still to do for that pensioner is the answer if there is one: never two at once.
 */
export async function assignVisit(deps: Deps, actor: Actor, official: SessionUser, pensionerId: string): Promise<Result<VisitTask>> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const found = await deps.db.read((q) => pensionerOfRegion(q, region, pensionerId))
  if (!found) return fail('not_found')
  if (found.diedOn !== null) return fail('conflict', { detail: pensionStoppedDetail })
  const now = deps.clock.now()
  const today = todayOf(deps)

  const assigned = await deps.db.transaction((tx) =>
    auditLast(tx, async (audit): Promise<Result<{ task: VisitTaskRow; pensioner: PensionerRow }>> => {
      // The pensioner locked, then looked for a task in the transaction that inserts: never two
      // tasks for one pensioner at once, however many officers (and instances) ask.
      const pensioner = await pensionerForUpdate(tx, found.id)
      if (!pensioner) return fail('not_found')
      if (pensioner.diedOn !== null) return fail('conflict', { detail: pensionStoppedDetail })
      const audited = await aboutPensioner(tx, actor, pensioner)
      const existing = await outstandingTaskOf(tx, pensioner.id)
      if (existing) {
        audit.add(now, audited, { action: 'retiree.assignVisit', kind: 'read', objectType: 'visit_task', objectId: existing.id })
        return ok({ task: existing, pensioner })
      }
      const staffUserId = await gridStaffOf(tx, pensioner.gridCode)
      if (staffUserId === null) {
        return fail('conflict', {
          detail: pensioner.gridCode === null ? 'This pensioner lives in no grid: no grid staff member can be asked' : `No grid staff member serves grid ${pensioner.gridCode}`,
        })
      }
      const task = newTaskRow(deps, pensioner, { staffUserId, reason: 'officer_assigned', createdByUserId: official.id, grantId: null })
      await insertTask(tx, task)
      await notify(tx, deps.random, now, { userId: staffUserId, template: 'retiree.visitAssigned', params: { reason: task.reason }, link: retireeLinks.visit(task.id), action: { kind: 'home_visit', targetId: pensioner.id } })
      audit.add(now, audited, { action: 'retiree.assignVisit', kind: 'write', objectType: 'visit_task', objectId: task.id })
      return ok({ task, pensioner })
    }),
  )
  if (!assigned.ok) return assigned
  return ok(await deps.db.read((q) => toVisitTask(q, deps, assigned.value.task, assigned.value.pensioner, today)))
}

/** A sent visit as the officer reviews it: the pensioner's name masked, what the worker saw in full. */
function toVisitForReview(deps: Deps, staff: Map<string, StaffMember>, task: VisitTaskRow, pensioner: PensionerRow, today: string): VisitForReview | null {
  if (task.checklist === null || task.photoId === null || task.visitedAt === null) return null
  const worker = task.staffUserId ? staff.get(task.staffUserId) : undefined
  return {
    taskId: task.id,
    pensionerMaskedName: maskName(deps.sealer.open(pensioner.nameEnc)),
    age: ageOn(pensioner.birthDate, today),
    staffCode: worker?.staffCode ?? null,
    staffMaskedName: worker?.staffNameEnc ? maskName(deps.sealer.open(worker.staffNameEnc)) : '',
    place: task.placeEnc === null ? '' : deps.sealer.open(task.placeEnc),
    visitedAt: task.visitedAt,
    checklist: task.checklist,
    photoId: task.photoId,
    status: task.status,
  }
}

/** The workers who made these visits, read at once. */
function staffOf(q: Query, tasks: readonly VisitTaskRow[]): Promise<Map<string, StaffMember>> {
  return staffByIds(q, tasks.flatMap((task) => (task.staffUserId ? [task.staffUserId] : [])))
}

export async function listVisitsToReview(deps: Deps, actor: Actor, official: SessionUser): Promise<Result<{ items: VisitForReview[] }>> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const today = todayOf(deps)
  const { waiting, staff } = await deps.db.read(async (q) => {
    const rows = await tasksToReviewOfRegion(q, region)
    return { waiting: rows, staff: await staffOf(q, rows.map(({ task }) => task)) }
  })
  const items = waiting.flatMap(({ task, pensioner }) => toVisitForReview(deps, staff, task, pensioner, today) ?? [])
  await recordAudit(deps, deps.clock.now(), actor, { action: 'retiree.listVisitsToReview', kind: 'read', objectType: 'region', objectId: region })
  return ok({ items })
}

/** One sent visit of the officer's region, as the review list shows it; the read is recorded about the pensioner. */
export async function getVisitForReview(deps: Deps, actor: Actor, official: SessionUser, id: string): Promise<Result<VisitForReview>> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const found = await deps.db.read(async (q) => {
    const task = await taskOfRegion(q, region, id)
    const pensioner = task ? await pensionerById(q, task.pensionerId) : undefined
    if (!task || !pensioner) return null
    const view = toVisitForReview(deps, await staffOf(q, [task]), task, pensioner, todayOf(deps))
    return view ? { view, about: await aboutPensioner(q, actor, pensioner) } : null
  })
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), found.about, { action: 'retiree.getVisit', kind: 'read', objectType: 'visit_task', objectId: id })
  return ok(found.view)
}

/**
 * The officer confirms a home visit, or rejects it with a reason: then the certification no
 * longer counts, and the task goes back to the same grid staff member with the reason.
 */
export async function reviewVisit(deps: Deps, actor: Actor, official: SessionUser, id: string, review: VisitReview): Promise<Result<VisitForReview>> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const found = await deps.db.read(async (q) => {
    const task = await taskOfRegion(q, region, id)
    const pensioner = task ? await pensionerById(q, task.pensionerId) : undefined
    return task && pensioner ? { task, pensioner } : null
  })
  if (!found) return fail('not_found')
  const { task, pensioner } = found
  if (task.status !== 'submitted') return fail('illegal_transition', { detail: `This visit is ${task.status}` })

  const now = deps.clock.now()
  const reviewed = await deps.db.transaction((tx) =>
    auditLast(tx, async (audit) => {
      // The pensioner first, as every write about them does (a rejection moves their cycle back).
      await pensionerForUpdate(tx, pensioner.id)
      const decided = {
        status: review.decision === 'approve' ? ('approved' as const) : ('rejected' as const),
        reviewedByUserId: official.id,
        reviewedAt: now.toISOString(),
        reviewNote: review.decision === 'reject' ? review.note : null,
      }
      // Another officer's review, committed meanwhile, leaves it no longer submitted: nothing changes.
      if (!(await updateTaskFrom(tx, task.id, 'submitted', decided))) return false
      const audited = await aboutPensioner(tx, actor, pensioner)
      if (review.decision === 'approve') {
        if (task.certificationId) await setCertificationReview(tx, task.certificationId, 'approved')
      } else {
        if (task.certificationId) await revokeCertification(tx, audit, deps, audited, task.certificationId)
        if (task.staffUserId) await notify(tx, deps.random, now, { userId: task.staffUserId, template: 'retiree.visitRejected', link: retireeLinks.visit(task.id), action: { kind: 'home_visit', targetId: pensioner.id } })
      }
      audit.add(now, audited, { action: 'retiree.reviewVisit', kind: 'write', objectType: 'visit_task', objectId: task.id })
      // Reviewed, the visit no longer waits for any officer of the region.
      if (await completeInboxAction(tx, { kind: 'review_visit', targetId: task.id, at: now })) audit.add(now, audited, inboxTaskDone('review_visit', task.id))
      return true
    }),
  )
  // Another officer reviewed it in the meantime.
  if (!reviewed) return fail('illegal_transition', { detail: 'This visit has already been reviewed' })
  const view = await deps.db.read(async (q) => {
    const after = await taskById(q, task.id)
    return after ? toVisitForReview(deps, await staffOf(q, [after]), after, pensioner, todayOf(deps)) : null
  })
  return view ? ok(view) : fail('not_found')
}

/** Pension paid after a death, to recover: those still open first. */
export async function listOverpayments(deps: Deps, actor: Actor, official: SessionUser): Promise<Result<{ items: Overpayment[] }>> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const rows = await deps.db.read((q) => overpaymentsOfRegion(q, region))
  const items = rows.map(
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
  await recordAudit(deps, deps.clock.now(), actor, { action: 'retiree.listOverpayments', kind: 'read', objectType: 'region', objectId: region })
  return ok({ items })
}
