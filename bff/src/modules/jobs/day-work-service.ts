import { attendanceRules, dayPayFen, type Applicant, type AttendanceMethod, type MyApplication, type PayAnswer, type RatingInput } from '@renshe/shared/jobs/applications'
import { dayOfWeek } from '@renshe/shared/jobs/matching'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Tx } from '../../db/database'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import { notify } from '../../platform/notify'
import { subjectOf, type Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { checkInCodeFor, codeMatches } from './check-in-code'
import { answerPayRow, attendanceOfApplications, attendanceOn, checkOutRow, insertAttendance, insertRating, ratingsOfApplications, statePaidRow, type ApplicationRow, type AttendanceRow } from './applications-repo'
import { postById, type JobPostRow } from './posts-repo'
import { dayIn, refuse, wrongField, oneApplicant, oneMyApplication, ownApplication, employersApplication, employersPost, tellSeeker, type ServiceDeps } from './application-views'

/* A day job worked: check-in and check-out, the pay stated and answered, the ratings (decision 049). */

/** Whether the post has work on this China date: inside its dates and, when dated, one of its shifts. */
function worksOn(post: JobPostRow, date: string): boolean {
  if (date < post.startDate || (post.endDate !== null && date > post.endDate)) return false
  return post.shifts.kind === 'dated' ? post.shifts.times.some((shift) => shift.date === date) : post.shifts.times.some((shift) => shift.day === dayOfWeek(date))
}

/** The rules every check-in and check-out meets, whoever records it. */
function dayWorkRefusal(post: JobPostRow, row: ApplicationRow, today: string): Result<never> | null {
  if (post.kind !== 'day') return refuse('conflict', 'jobs.notDayJob', 'Only day jobs are checked in and out')
  if (row.status !== 'hired') return refuse('conflict', 'jobs.notHired', 'Only a hired worker checks in')
  if (!worksOn(post, today)) return refuse('conflict', 'jobs.notAWorkDay', 'This job has no work today')
  return null
}

const alreadyCheckedIn = () => refuse('conflict', 'jobs.alreadyCheckedIn', 'Already checked in today')
const alreadyRated = () => refuse('conflict', 'jobs.alreadyRated', 'Already rated')

async function checkInWith(tx: Tx, deps: ServiceDeps, now: Date, row: ApplicationRow, method: AttendanceMethod): Promise<Result<AttendanceRow>> {
  const today = chinaDate(now)
  if (await attendanceOn(tx, row.id, today)) return alreadyCheckedIn()
  const day: AttendanceRow = {
    id: newId(deps.random),
    applicationId: row.id,
    workDate: today,
    checkInAt: now.toISOString(),
    checkInBy: method,
    checkOutAt: null,
    checkOutBy: null,
    minutesWorked: null,
    payDueFen: null,
    payDeadline: null,
    paidFen: null,
    paidStatedAt: null,
    payAnswer: null,
    payAnsweredAt: null,
    complaintCaseId: null,
    complaintCaseNumber: null,
    updatedAt: now.toISOString(),
  }
  await insertAttendance(tx, day)
  return ok(day)
}

/** Checks out: the minutes since checking in, what they earn by the post's pay, and the deadline to say what was paid. */
async function checkOutWith(tx: Tx, now: Date, row: ApplicationRow, post: JobPostRow, method: AttendanceMethod): Promise<Result<AttendanceRow>> {
  const day = await attendanceOn(tx, row.id, chinaDate(now))
  if (!day) return refuse('conflict', 'jobs.notCheckedIn', 'Not checked in today')
  if (day.checkOutAt !== null) return refuse('conflict', 'jobs.alreadyCheckedOut', 'Already checked out today')
  const minutesWorked = Math.max(0, Math.floor((now.getTime() - new Date(day.checkInAt).getTime()) / 60_000))
  const out = await checkOutRow(tx, day.id, {
    checkOutAt: now.toISOString(),
    checkOutBy: method,
    minutesWorked,
    payDueFen: dayPayFen({ amountFen: post.payFen, unit: post.payUnit }, minutesWorked),
    payDeadline: new Date(now.getTime() + attendanceRules.payDeadlineHours * 3_600_000).toISOString(),
    updatedAt: now.toISOString(),
  })
  return out ? ok(out) : refuse('conflict', 'jobs.alreadyCheckedOut', 'Already checked out today')
}

/**
 * A unique index refused the row: another request made it first (two check-ins of the same day,
 * two ratings by the same side, sent at once). The answer is the refusal the check before the
 * insert would have given.
 */
async function unlessMadeMeanwhile<T>(refusal: () => Result<T>, work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work()
  } catch (error) {
    if (isUniqueViolation(error)) return refusal()
    throw error
  }
}

/**
 * The hired seeker checks in or out with the code the employer shows. The code is made for this
 * post, today, and the current window of minutes: one of another post, another day or an
 * earlier window is refused.
 */
export async function attendWithCode(deps: ServiceDeps, actor: Actor, subjectUserId: string, id: string, code: string, action: 'check_in' | 'check_out'): Promise<Result<MyApplication>> {
  const now = deps.clock.now()
  return unlessMadeMeanwhile(alreadyCheckedIn, () => deps.db.transaction(async (tx): Promise<Result<MyApplication>> => {
    const row = await ownApplication(tx, subjectUserId, id)
    if (!row) return fail('not_found')
    const post = await postById(tx, row.postId)
    if (!post) throw new Error(`application ${id} names a post that does not exist`)
    const refused = dayWorkRefusal(post, row, chinaDate(now))
    if (refused) return refused
    if (!codeMatches(deps, post.id, now, code)) return wrongField('body.code', 'jobs.codeWrong')
    const done = action === 'check_in' ? await checkInWith(tx, deps, now, row, 'code') : await checkOutWith(tx, now, row, post, 'code')
    if (!done.ok) return done
    const view = await oneMyApplication(tx, deps, row)
    await appendAudit(tx, now, actor, { action: action === 'check_in' ? 'jobs.checkIn' : 'jobs.checkOut', kind: 'write', objectType: 'job_attendance', objectId: done.value.id })
    return ok(view)
  }))
}

/** The employer records the check-in or check-out for a hired worker who cannot type the code. */
export async function confirmAttendance(deps: ServiceDeps, actor: Actor, employerUserId: string, id: string, action: 'check_in' | 'check_out'): Promise<Result<Applicant>> {
  const now = deps.clock.now()
  return unlessMadeMeanwhile(alreadyCheckedIn, () => deps.db.transaction(async (tx): Promise<Result<Applicant>> => {
    const row = await employersApplication(tx, employerUserId, id)
    if (!row) return fail('not_found')
    const post = await postById(tx, row.postId)
    if (!post) throw new Error(`application ${id} names a post that does not exist`)
    const refused = dayWorkRefusal(post, row, chinaDate(now))
    if (refused) return refused
    const done = action === 'check_in' ? await checkInWith(tx, deps, now, row, 'employer') : await checkOutWith(tx, now, row, post, 'employer')
    if (!done.ok) return done
    const view = await oneApplicant(tx, deps, row)
    await appendAudit(tx, now, actor, { action: 'jobs.confirmAttendance', kind: 'write', objectType: 'job_attendance', objectId: done.value.id })
    return ok(view)
  }))
}

/** Today's code of a day job of the employer's organisation, and until when it is shown. */
export async function getCheckInCode(deps: ServiceDeps, actor: Actor, employerUserId: string, postId: string): Promise<Result<{ postId: string; workDate: string; code: string; validUntil: string }>> {
  const now = deps.clock.now()
  const post = await deps.db.read((q) => employersPost(q, employerUserId, postId))
  if (!post) return fail('not_found')
  if (post.kind !== 'day') return refuse('conflict', 'jobs.notDayJob', 'Only day jobs are checked in and out')
  // A post closed to new applicants still has its hired workers' days.
  if ((post.status !== 'open' && post.status !== 'closed') || !worksOn(post, chinaDate(now))) return refuse('conflict', 'jobs.notAWorkDay', 'This job has no work today')
  await recordAudit(deps, now, actor, { action: 'jobs.getCheckInCode', kind: 'read', objectType: 'job_post', objectId: postId })
  return ok({ postId, ...checkInCodeFor(deps, postId, now) })
}

/** The employer says what it paid for a day worked, once; the seeker is told and may confirm or dispute. */
export async function statePay(deps: ServiceDeps, actor: Actor, employerUserId: string, attendanceId: string, paidFen: number): Promise<Result<Applicant>> {
  const now = deps.clock.now()
  return deps.db.transaction(async (tx): Promise<Result<Applicant>> => {
    const found = await dayIn(tx, attendanceId, (q, applicationId) => employersApplication(q, employerUserId, applicationId))
    if (!found) return fail('not_found')
    if (found.day.checkOutAt === null) return refuse('conflict', 'jobs.notWorkedYet', 'Pay is settled after checking out')
    const stated = await statePaidRow(tx, attendanceId, { paidFen, paidStatedAt: now.toISOString(), updatedAt: now.toISOString() })
    if (!stated) return refuse('conflict', 'jobs.payAlreadyStated', 'What was paid has already been stated')
    const post = await postById(tx, found.row.postId)
    if (!post) throw new Error('a day worked names a post that does not exist')
    await tellSeeker(tx, deps, now, found.row, post, 'jobs.payStated', { workDate: stated.workDate, paidFen })
    const view = await oneApplicant(tx, deps, found.row)
    await appendAudit(tx, now, actor, { action: 'jobs.statePay', kind: 'write', objectType: 'job_attendance', objectId: attendanceId })
    return ok(view)
  })
}

/** The seeker confirms or disputes what the employer says it paid, once. */
export async function answerPay(deps: ServiceDeps, actor: Actor, subjectUserId: string, attendanceId: string, answer: PayAnswer): Promise<Result<MyApplication>> {
  const now = deps.clock.now()
  return deps.db.transaction(async (tx): Promise<Result<MyApplication>> => {
    const found = await dayIn(tx, attendanceId, (q, applicationId) => ownApplication(q, subjectUserId, applicationId))
    if (!found) return fail('not_found')
    if (found.day.paidStatedAt === null) return refuse('conflict', 'jobs.payNotStated', 'The employer has not stated what it paid')
    const answered = await answerPayRow(tx, attendanceId, { payAnswer: answer, payAnsweredAt: now.toISOString(), updatedAt: now.toISOString() })
    if (!answered) return refuse('conflict', 'jobs.payAlreadyAnswered', 'This day’s pay has already been answered')
    if (answer === 'disputed') {
      // The one who posted hears of it at once, with the day's page to settle it on.
      const post = await postById(tx, found.row.postId)
      if (!post) throw new Error('a day worked names a post that does not exist')
      await notify(tx, deps.random, now, {
        userId: post.posterUserId,
        template: 'jobs.payDisputed',
        params: { postTitle: post.title, workDate: found.day.workDate },
        link: pageLink('dayWork', { id: post.id }),
      })
    }
    const view = await oneMyApplication(tx, deps, found.row)
    await appendAudit(tx, now, actor, { action: 'jobs.answerPay', kind: 'write', objectType: 'job_attendance', objectId: attendanceId })
    return ok(view)
  })
}

// ——— ratings ———

/** After the work: a day worked and checked out on a day job, else the job's end date passed. */
function workDone(post: JobPostRow, row: ApplicationRow, days: readonly AttendanceRow[], today: string): boolean {
  if (row.status !== 'hired') return false
  if (post.kind === 'day') return days.some((day) => day.checkOutAt !== null)
  return post.endDate !== null && post.endDate < today
}

async function rate(
  tx: Tx,
  deps: ServiceDeps,
  now: Date,
  row: ApplicationRow,
  rater: 'seeker' | 'employer',
  raterUserId: string,
  input: RatingInput,
): Promise<Result<null>> {
  const post = await postById(tx, row.postId)
  if (!post) throw new Error(`application ${row.id} names a post that does not exist`)
  if (!workDone(post, row, await attendanceOfApplications(tx, [row.id]), chinaDate(now))) return refuse('conflict', 'jobs.notWorkedForRating', 'Ratings are given after the work')
  if ((await ratingsOfApplications(tx, [row.id])).some((rating) => rating.rater === rater)) return alreadyRated()
  const comment = input.comment === undefined || input.comment === '' ? null : deps.sealer.seal(input.comment)
  await insertRating(tx, { applicationId: row.id, rater, raterUserId, stars: input.stars, commentEnc: comment, createdAt: now.toISOString() })
  return ok(null)
}

export async function rateEmployer(deps: ServiceDeps, actor: Actor, principal: Principal, id: string, input: RatingInput): Promise<Result<MyApplication>> {
  const now = deps.clock.now()
  return unlessMadeMeanwhile(alreadyRated, () =>
    deps.db.transaction(async (tx): Promise<Result<MyApplication>> => {
      const row = await ownApplication(tx, subjectOf(principal), id)
      if (!row) return fail('not_found')
      const rated = await rate(tx, deps, now, row, 'seeker', principal.user.id, input)
      if (!rated.ok) return rated
      const view = await oneMyApplication(tx, deps, row)
      await appendAudit(tx, now, actor, { action: 'jobs.rateEmployer', kind: 'write', objectType: 'job_application', objectId: id })
      return ok(view)
    }),
  )
}

export async function rateWorker(deps: ServiceDeps, actor: Actor, employerUserId: string, id: string, input: RatingInput): Promise<Result<Applicant>> {
  const now = deps.clock.now()
  return unlessMadeMeanwhile(alreadyRated, () =>
    deps.db.transaction(async (tx): Promise<Result<Applicant>> => {
      const row = await employersApplication(tx, employerUserId, id)
      if (!row) return fail('not_found')
      const rated = await rate(tx, deps, now, row, 'employer', employerUserId, input)
      if (!rated.ok) return rated
      const view = await oneApplicant(tx, deps, row)
      await appendAudit(tx, now, actor, { action: 'jobs.rateWorker', kind: 'write', objectType: 'job_application', objectId: id })
      return ok(view)
    }),
  )
}

