import { chinaDate } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Enrolment, EnrolmentDecision, NewEnrolment, RosterEntry } from '@renshe/shared/training/courses'
import { actOnVoucher, type VoucherRefusal } from '@renshe/shared/training/voucher-machine'
import type { Tx } from '../../db/database'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type ProblemInit, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { toEnrolment, toRosterEntry, voucherCovers } from './course-views'
import { courseById, givePlaceBack, takePlace, type CourseRow, type NamedCourse } from './courses-repo'
import { enrolmentById, insertEnrolment, liveEnrolmentOfVoucher, lockEnrolment, moveEnrolment, rosterEntryOf, type EnrolmentRow } from './enrolments-repo'
import { refuse } from './refusals'
import { isSuspended } from './supervision-repo'
import { institutionSuspended, suspensionOf } from './suspension'
import { stateOf } from './vouchers-service'
import { moveVoucher, voucherById, type HeldVoucher } from './vouchers-repo'

/*
 * Enrolment with a voucher (decision 060): the holder asks, the institution confirms or
 * declines, the holder may withdraw before the first session. The voucher moves only through
 * the shared machine: claimed → enrolled when the institution confirms, back when a confirmed
 * enrolment is withdrawn. A place is taken by one conditional update of the course in the unit
 * of work that confirms (`takePlace`), so no course is filled past its capacity; a voucher serves
 * one live enrolment at a time, which the partial unique index holds against any race.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'audit'>

type Refusal = { ok: false; problem: ProblemInit }

/** Carries a refusal out of a unit of work that wrote before it found it, so that it rolls back. */
class RolledBack extends Error {
  constructor(readonly refusal: Refusal) {
    super('rolled back')
  }
}

async function undoneUnless<T>(work: Promise<T>): Promise<T | Refusal> {
  try {
    return await work
  } catch (error) {
    if (error instanceof RolledBack) return error.refusal
    throw error
  }
}

const notStarted = (course: NamedCourse, today: string) => today < course.course.startsOn

const courseStarted = () => refuse('training.courseStarted', 'The course has started')

const enrolmentClosed = () => refuse('training.enrolmentClosed', 'This enrolment was already decided or withdrawn')

/** Why the machine would not let the institution spend this voucher today, as the reader's key. */
function refusalOfSpending(held: HeldVoucher, reason: VoucherRefusal, path: string): Refusal {
  if (reason === 'expired') return refuse('training.expired', 'This voucher has expired', path)
  if (reason === 'not_yet_valid') return refuse('training.notYetValid', 'This voucher cannot be used yet', path)
  const status = held.voucher.status
  if (status === 'withdrawn') return refuse('training.withdrawn', 'This voucher was withdrawn', path)
  if (status === 'issued') return refuse('training.voucherNotAccepted', 'This voucher has not been accepted yet', path)
  return refuse('training.voucherInUse', 'This voucher is already spent or in use', path)
}

/**
 * Asks to enrol in a course with her voucher: hers, claimed and valid today (the machine's rule
 * for spending it), not held by another enrolment, covering the course; the course open, not
 * started and not full. The voucher stays claimed until the institution confirms. Asking again
 * for the same course with the same voucher answers with the enrolment she has.
 */
export async function enrol(deps: ServiceDeps, actor: Actor, holderUserId: string, courseId: string, input: NewEnrolment): Promise<Result<Enrolment>> {
  const now = deps.clock.now()
  const today = chinaDate(now)
  const voucherPath = 'body.voucherId'
  const [named, held, live] = await deps.db.read((q) => Promise.all([courseById(q, courseId), voucherById(q, input.voucherId), liveEnrolmentOfVoucher(q, input.voucherId)]))
  if (!held || held.voucher.holderUserId !== holderUserId) return fail('not_found')
  if (!named || named.course.status !== 'open') return fail('not_found')
  if (live) return live.courseId === courseId ? ok(toEnrolment(live, named.course)) : refuse('training.voucherInUse', 'This voucher is held by another enrolment', voucherPath)
  // Tried now as the institution's confirmation will do it, so that she hears at once what it would say.
  const spendable = actOnVoucher(stateOf(held.voucher), { act: 'enrol', by: 'institution', today })
  if (!spendable.ok) return refusalOfSpending(held, spendable.reason, voucherPath)
  if (!notStarted(named, today)) return courseStarted()
  if (!voucherCovers(held.programme, named.course)) return refuse('training.voucherNotForCourse', 'This voucher cannot be spent on this course', voucherPath)
  const suspended = await suspensionOf(deps, named.course.institutionUserId)
  if (suspended) return suspended
  if (named.course.enrolled >= named.course.capacity) return refuse('training.courseFull', 'This course is full')
  const row: EnrolmentRow = {
    id: newId(deps.random, now.getTime()),
    courseId,
    voucherId: held.voucher.id,
    holderUserId,
    status: 'requested',
    requestedAt: now.toISOString(),
    decidedAt: null,
    declineReason: null,
    cancelledAt: null,
  }
  try {
    await deps.db.transaction(async (tx) => {
      await insertEnrolment(tx, row)
      await appendAudit(tx, now, actor, { action: 'training.enrol', kind: 'write', objectType: 'training_enrolment', objectId: row.id })
    })
    return ok(toEnrolment(row, named.course))
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
  }
  // Another request with the voucher got there at the same moment: the index let one through.
  const winner = await deps.db.read((q) => liveEnrolmentOfVoucher(q, held.voucher.id))
  if (winner?.courseId === courseId) return ok(toEnrolment(winner, named.course))
  return refuse('training.voucherInUse', 'This voucher is held by another enrolment', voucherPath)
}

/** Her enrolment, read again for a retry of the request's Idempotency-Key; anyone else's does not exist. */
export async function replayEnrolment(deps: ServiceDeps, actor: Actor, holderUserId: string, id: string): Promise<Result<Enrolment>> {
  const found = await deps.db.read(async (q) => {
    const enrolment = await enrolmentById(q, id)
    return enrolment && enrolment.holderUserId === holderUserId ? { enrolment, course: await courseById(q, enrolment.courseId) } : undefined
  })
  if (!found?.course) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.getEnrolment', kind: 'read', objectType: 'training_enrolment', objectId: id })
  return ok(toEnrolment(found.enrolment, found.course.course))
}

async function rosterEntry(deps: ServiceDeps, id: string, course: Pick<CourseRow, 'name' | 'startsOn'>): Promise<RosterEntry> {
  const row = await deps.db.read((q) => rosterEntryOf(q, id))
  if (!row) throw new Error(`enrolment ${id} is not there`)
  return toRosterEntry(deps, row, course)
}

async function tellHolder(tx: Tx, deps: Pick<Deps, 'random'>, now: Date, enrolment: EnrolmentRow, named: NamedCourse, decision: EnrolmentDecision): Promise<void> {
  const common = { courseName: named.course.name, institutionName: named.institutionName ?? '' }
  await notify(tx, deps.random, now, {
    userId: enrolment.holderUserId,
    ...(decision.decision === 'confirm'
      ? { template: 'training.enrolmentConfirmed', params: { ...common, startsOn: named.course.startsOn } }
      : { template: 'training.enrolmentDeclined', params: { ...common, reason: decision.reason } }),
    link: pageLink('myTraining'),
  })
}

/**
 * The institution confirms an enrolment in one of its courses, or declines it with a reason;
 * another institution's enrolment does not exist for it. A confirmation, in one unit of work,
 * takes a place (never past the capacity), spends the voucher (claimed → enrolled, by the
 * machine: refused when it lapsed or is not valid yet) and marks the enrolment; either way the
 * holder is told. The same decision again answers with the enrolment as it is.
 */
export async function decideEnrolment(deps: ServiceDeps, actor: Actor, institution: SessionUser, id: string, decision: EnrolmentDecision): Promise<Result<RosterEntry>> {
  const now = deps.clock.now()
  const today = chinaDate(now)
  const at = now.toISOString()
  const found = await deps.db.read(async (q) => {
    const enrolment = await enrolmentById(q, id)
    if (!enrolment) return undefined
    const [named, held] = await Promise.all([courseById(q, enrolment.courseId), voucherById(q, enrolment.voucherId)])
    return named && held && named.course.institutionUserId === institution.id ? { enrolment, named, held } : undefined
  })
  if (!found) return fail('not_found')
  const { enrolment, named, held } = found
  const wanted = decision.decision === 'confirm' ? 'confirmed' : 'declined'
  if (enrolment.status === wanted) return ok(await rosterEntry(deps, id, named.course))
  if (enrolment.status !== 'requested') return enrolmentClosed()
  const written = await undoneUnless(
    deps.db.transaction(async (tx): Promise<Result<EnrolmentRow>> => {
      const locked = await lockEnrolment(tx, id)
      if (locked?.status !== 'requested') return enrolmentClosed()
      const voucherActor = { ...actor, subjectUserId: enrolment.holderUserId }
      if (decision.decision === 'decline') {
        const declined = await moveEnrolment(tx, id, 'requested', { status: 'declined', decidedAt: at, declineReason: decision.reason })
        if (!declined) return enrolmentClosed()
        await tellHolder(tx, deps, now, declined, named, decision)
        await appendAudit(tx, now, voucherActor, { action: 'training.decideEnrolment', kind: 'write', objectType: 'training_enrolment', objectId: id })
        return ok(declined)
      }
      // Read in the unit of work: a suspension that lands while she decides stops the confirmation.
      if (await isSuspended(tx, institution.id)) return institutionSuspended()
      const spent = actOnVoucher(stateOf(held.voucher), { act: 'enrol', by: 'institution', today })
      if (!spent.ok) return refusalOfSpending(held, spent.reason, 'params.id')
      if (!(await takePlace(tx, named.course.id))) return refuse('training.courseFull', 'This course is full', 'body.decision')
      // The voucher changed since it was read (the expiry job, an officer): give the place back by rolling back.
      if (!(await moveVoucher(tx, held.voucher.id, 'claimed', { status: spent.state.status }))) throw new RolledBack(refuse('training.voucherInUse', 'The voucher changed meanwhile'))
      const confirmed = await moveEnrolment(tx, id, 'requested', { status: 'confirmed', decidedAt: at })
      if (!confirmed) throw new RolledBack(enrolmentClosed())
      await tellHolder(tx, deps, now, confirmed, named, decision)
      await appendAudit(tx, now, voucherActor, { action: 'training.decideEnrolment', kind: 'write', objectType: 'training_enrolment', objectId: id })
      await appendAudit(tx, now, voucherActor, { action: 'training.spendVoucher', kind: 'write', objectType: 'training_voucher', objectId: held.voucher.id })
      return ok(confirmed)
    }),
  )
  if (!written.ok) return written
  return ok(await rosterEntry(deps, id, named.course))
}

/**
 * The holder withdraws her enrolment before the course starts; anyone else's does not exist for
 * her. A confirmed one gives its place back and her voucher is hers to spend again (enrolled →
 * claimed, by the machine), in the same unit of work. Withdrawing again answers with it as it is.
 */
export async function cancelEnrolment(deps: ServiceDeps, actor: Actor, holderUserId: string, id: string): Promise<Result<Enrolment>> {
  const now = deps.clock.now()
  const today = chinaDate(now)
  const at = now.toISOString()
  const found = await deps.db.read(async (q) => {
    const enrolment = await enrolmentById(q, id)
    if (!enrolment || enrolment.holderUserId !== holderUserId) return undefined
    const named = await courseById(q, enrolment.courseId)
    return named ? { enrolment, named } : undefined
  })
  if (!found) return fail('not_found')
  const { enrolment, named } = found
  if (enrolment.status === 'cancelled') return ok(toEnrolment(enrolment, named.course))
  if (enrolment.status === 'declined') return enrolmentClosed()
  if (!notStarted(named, today)) return courseStarted()
  const written = await undoneUnless(
    deps.db.transaction(async (tx): Promise<Result<EnrolmentRow>> => {
      const locked = await lockEnrolment(tx, id)
      if (!locked) return fail('not_found')
      if (locked.status === 'cancelled') return ok(locked)
      if (locked.status === 'declined') return enrolmentClosed()
      if (locked.status === 'confirmed') {
        const held = await voucherById(tx, locked.voucherId)
        if (!held) throw new Error(`enrolment ${id} names a voucher that is not there`)
        const back = actOnVoucher(stateOf(held.voucher), { act: 'cancelEnrolment', by: 'holder', today })
        if (!back.ok) return refusalOfSpending(held, back.reason, 'params.id')
        if (!(await moveVoucher(tx, held.voucher.id, 'enrolled', { status: back.state.status }))) return refuse('training.voucherInUse', 'The voucher changed meanwhile')
        await givePlaceBack(tx, locked.courseId)
        await appendAudit(tx, now, actor, { action: 'training.releaseVoucher', kind: 'write', objectType: 'training_voucher', objectId: held.voucher.id })
      }
      const cancelled = await moveEnrolment(tx, id, locked.status, { status: 'cancelled', cancelledAt: at })
      if (!cancelled) throw new RolledBack(enrolmentClosed())
      await appendAudit(tx, now, actor, { action: 'training.cancelEnrolment', kind: 'write', objectType: 'training_enrolment', objectId: id })
      return ok(cancelled)
    }),
  )
  if (!written.ok) return written
  return ok(toEnrolment(written.value, named.course))
}
