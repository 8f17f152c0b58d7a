import QRCode from 'qrcode'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { checkInPayload, type Attendance, type FlagKind, type MyEnrolment, type NewCheckIn, type SessionCode } from '@renshe/shared/training/attendance'
import { actOnVoucher } from '@renshe/shared/training/voucher-machine'
import type { Tx } from '../../db/database'
import { isUniqueViolation, lockKey } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import {
  attendanceOf,
  attendanceOfEnrolment,
  checkedInCount,
  confirmedEnrolmentOf,
  insertAttendance,
  insertFlag,
  otherOnDevice,
  sessionById,
  type AttendanceRow,
} from './attendance-repo'
import { toCourse, toEnrolment } from './course-views'
import { courseById, sessionsOf, type NamedCourse, type SessionRow } from './courses-repo'
import { enrolmentById, type EnrolmentRow } from './enrolments-repo'
import { refuse } from './refusals'
import { sessionCodeAt, sessionCodeMatches } from './session-code'
import { checkInWindow, codeShownWindow, within } from './session-window'
import { suspensionOf } from './suspension'
import { stateOf } from './vouchers-service'
import { moveVoucher, voucherById } from './vouchers-repo'

/*
 * Attendance (decision 061): the institution's screen shows a session's rotating code; the
 * trainee checks in with it from her own phone inside the session's window. A good code outside
 * the window, or a phone that already checked in another trainee of the session, is refused and
 * flagged for the region's officers. Her first check-in moves her voucher enrolled → attending,
 * by the machine, in the same unit of work. Only a keyed hash of the device's id is kept.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'audit' | 'blindIndex'>

const outOfWindow = () => refuse('training.outOfWindow', 'Check-in for this session is not open now')

const codeWrong = () => fail('validation_failed', { errors: [{ path: 'body.code', key: 'training.codeWrong' }] })

/** A session with the course it belongs to. */
async function sessionWithCourse(deps: Pick<Deps, 'db'>, sessionId: string): Promise<{ session: SessionRow; named: NamedCourse } | undefined> {
  return deps.db.read(async (q) => {
    const session = await sessionById(q, sessionId)
    const named = session ? await courseById(q, session.courseId) : undefined
    return session && named ? { session, named } : undefined
  })
}

const toCourseSession = (session: SessionRow) => ({ id: session.id, date: session.date, from: session.timeFrom, to: session.timeTo, place: session.place })

/**
 * The code of a session of one of the institution's courses, shown on its own screen from an
 * hour before the start to an hour after the end; another institution's session does not exist
 * for it. With it, how many of the roster checked in so far.
 */
export async function getSessionCode(deps: ServiceDeps, institution: SessionUser, sessionId: string): Promise<Result<SessionCode>> {
  const found = await sessionWithCourse(deps, sessionId)
  if (!found || found.named.course.institutionUserId !== institution.id) return fail('not_found')
  const { session, named } = found
  const suspended = await suspensionOf(deps, institution.id)
  if (suspended) return suspended
  const now = deps.clock.now()
  const shown = codeShownWindow(session)
  if (!within(now, shown.from, shown.until)) return outOfWindow()
  const { code, validUntil } = sessionCodeAt(deps, session.id, now)
  const checkedIn = await deps.db.read((q) => checkedInCount(q, session.id))
  return ok({
    sessionId: session.id,
    courseId: named.course.id,
    courseName: named.course.name,
    session: toCourseSession(session),
    code,
    qrDataUrl: await QRCode.toDataURL(checkInPayload(session.id, code), { errorCorrectionLevel: 'M', margin: 2, width: 264 }),
    validUntil,
    checkedIn,
    rosterSize: named.course.enrolled,
  })
}

const toAttendance = (row: AttendanceRow): Attendance => ({ sessionId: row.sessionId, enrolmentId: row.enrolmentId, checkedInAt: row.checkedInAt })

interface CheckInCase {
  readonly session: SessionRow
  readonly named: NamedCourse
  readonly enrolment: EnrolmentRow
  readonly deviceHash: string
}

/** Raises a flag about a refused check-in, recorded as a write about the trainee. */
async function raiseFlag(tx: Tx, deps: Pick<Deps, 'random'>, now: Date, actor: Actor, kind: FlagKind, at: CheckInCase): Promise<void> {
  const id = newId(deps.random, now.getTime())
  await insertFlag(tx, {
    id,
    kind,
    institutionUserId: at.named.course.institutionUserId,
    regionCode: at.named.course.regionCode,
    courseId: at.named.course.id,
    sessionId: at.session.id,
    enrolmentId: at.enrolment.id,
    holderUserId: at.enrolment.holderUserId,
    raisedAt: now.toISOString(),
  })
  await appendAudit(tx, now, actor, { action: 'training.raiseFlag', kind: 'write', objectType: 'training_flag', objectId: id })
}

/** A refusal that is written down: the flag commits with the unit of work, the caller hears no. */
async function refusedAndFlagged(deps: ServiceDeps, now: Date, actor: Actor, kind: FlagKind, at: CheckInCase, refusal: () => Result<Attendance>): Promise<Result<Attendance>> {
  await deps.db.transaction((tx) => raiseFlag(tx, deps, now, actor, kind, at))
  return refusal()
}

/**
 * Writes the check-in under the session-and-device key, so that two trainees checking in from
 * one phone at the same moment cannot both pass; her first one moves her voucher to attending.
 */
async function writeCheckIn(deps: ServiceDeps, now: Date, actor: Actor, at: CheckInCase): Promise<Result<Attendance>> {
  return deps.db.transaction(async (tx): Promise<Result<Attendance>> => {
    await lockKey(tx, `training-device:${at.session.id}:${at.deviceHash}`)
    const before = await attendanceOf(tx, at.session.id, at.enrolment.id)
    if (before) return ok(toAttendance(before))
    if (await otherOnDevice(tx, at.session.id, at.deviceHash, at.enrolment.id)) {
      await raiseFlag(tx, deps, now, actor, 'shared_device', at)
      return refuse('training.sharedDevice', 'This device has already checked in another trainee of this session', 'body.deviceId')
    }
    const row: AttendanceRow = { id: newId(deps.random, now.getTime()), sessionId: at.session.id, enrolmentId: at.enrolment.id, holderUserId: at.enrolment.holderUserId, deviceHash: at.deviceHash, checkedInAt: now.toISOString() }
    await insertAttendance(tx, row)
    await appendAudit(tx, now, actor, { action: 'training.checkIn', kind: 'write', objectType: 'training_attendance', objectId: row.id })
    await startAttending(tx, now, actor, at.enrolment.voucherId)
    return ok(toAttendance(row))
  })
}

/**
 * The first check-in spends the voucher on the course (enrolled → attending, by the machine);
 * once attending, or past it (assessed while sessions remain), a check-in leaves it as it is.
 */
async function startAttending(tx: Tx, now: Date, actor: Actor, voucherId: string): Promise<void> {
  const held = await voucherById(tx, voucherId)
  if (held?.voucher.status !== 'enrolled') return
  const moved = actOnVoucher(stateOf(held.voucher), { act: 'checkIn', by: 'holder', today: chinaDate(now) })
  if (!moved.ok) throw new Error(`voucher ${voucherId} refused a check-in: ${moved.reason}`)
  // Moved meanwhile by her own check-in to another session: it is attending either way.
  if (await moveVoucher(tx, voucherId, 'enrolled', { status: moved.state.status })) {
    await appendAudit(tx, now, actor, { action: 'training.startAttending', kind: 'write', objectType: 'training_voucher', objectId: voucherId })
  }
}

/**
 * She checks in to a session of a course she is confirmed on, with the code on the
 * institution's screen (this session's, of now or the step before), from her own device, inside
 * the session's window. A second check-in answers with the first, however many arrive at once.
 */
export async function checkIn(deps: ServiceDeps, actor: Actor, holderUserId: string, sessionId: string, input: NewCheckIn): Promise<Result<Attendance>> {
  const now = deps.clock.now()
  const found = await sessionWithCourse(deps, sessionId)
  if (!found) return fail('not_found')
  const { session, named } = found
  const enrolment = await deps.db.read((q) => confirmedEnrolmentOf(q, named.course.id, holderUserId))
  if (!enrolment) return refuse('training.notOnRoster', 'You are not on this course\u2019s roster')
  const suspended = await suspensionOf(deps, named.course.institutionUserId)
  if (suspended) return suspended
  if (!sessionCodeMatches(deps, session.id, now, input.code)) return codeWrong()
  const at: CheckInCase = { session, named, enrolment, deviceHash: deps.blindIndex('training_device', input.deviceId) }
  const window = checkInWindow(session)
  if (!within(now, window.opensAt, window.closesAt)) {
    const first = await deps.db.read((q) => attendanceOf(q, session.id, enrolment.id))
    return first ? ok(toAttendance(first)) : refusedAndFlagged(deps, now, actor, 'out_of_window', at, outOfWindow)
  }
  try {
    return await writeCheckIn(deps, now, actor, at)
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
  }
  // Another of her requests wrote the check-in at the same moment: the unique index let one through.
  const first = await deps.db.read((q) => attendanceOf(q, session.id, enrolment.id))
  if (!first) throw new Error(`check-in of enrolment ${enrolment.id} was refused twice and is not there`)
  return ok(toAttendance(first))
}

/**
 * One enrolment of hers with its course, each session's check-in window and her check-ins, and
 * the share of sessions her programme asks for; anyone else's does not exist for her.
 */
export async function getMyEnrolment(deps: ServiceDeps, actor: Actor, holderUserId: string, id: string): Promise<Result<MyEnrolment>> {
  const found = await deps.db.read(async (q) => {
    const enrolment = await enrolmentById(q, id)
    if (!enrolment || enrolment.holderUserId !== holderUserId) return undefined
    const [named, sessions, attended, held] = await Promise.all([courseById(q, enrolment.courseId), sessionsOf(q, [enrolment.courseId]), attendanceOfEnrolment(q, id), voucherById(q, enrolment.voucherId)])
    return named && held ? { enrolment, named, sessions: sessions.get(enrolment.courseId) ?? [], attended, held } : undefined
  })
  if (!found) return fail('not_found')
  const checkedIn = new Map(found.attended.map((row) => [row.sessionId, row.checkedInAt]))
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.getMyEnrolment', kind: 'read', objectType: 'training_enrolment', objectId: id })
  return ok({
    enrolment: toEnrolment(found.enrolment, found.named.course),
    course: toCourse(found.named, found.sessions),
    sessions: found.sessions.map((session) => {
      const window = checkInWindow(session)
      return { session: toCourseSession(session), opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString(), checkedInAt: checkedIn.get(session.id) ?? null }
    }),
    attended: checkedIn.size,
    thresholdPercent: found.held.programme.attendanceThresholdPercent,
  })
}
