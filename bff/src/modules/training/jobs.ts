import { chinaDate } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import { newId } from '../../platform/random'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { insertFlagsOnce } from './attendance-repo'
import { lastFullMonth, qualifies, trainingFactsOf } from './eligibility'
import { peopleWithoutVoucher } from './people-repo'
import { pushableProgrammes, type ProgrammeRow } from './programmes-repo'
import { retrySubsidyPayments } from './subsidy-payments'
import { shortEnrolments } from './supervision-repo'
import { issueFrom } from './vouchers-service'
import { expireVouchers, lapsedVoucherIds } from './vouchers-repo'

/** Names the job in `job_runs` and in logs. */
export const trainingJob = 'training'

export interface TrainingJobSummary {
  /** Targeted vouchers pushed to the people they reach. */
  readonly pushed: number
  /** Unspent vouchers ended past their last day. */
  readonly expired: number
  /** Trainees of ended courses flagged for attending below their programme's threshold. */
  readonly flagged: number
  /** Subsidy payments on their way that ended (paid or failed) when asked after. */
  readonly paymentsEnded: number
}

/** People read per page of a region's walk, and vouchers ended per statement. */
const pageSize = 200

const systemActor = (subjectUserId: string, requestId: string): Actor => ({ requestId, actorUserId: null, subjectUserId, viaGrantId: null })

/**
 * The periodic work of the module: (a) each open targeted programme with vouchers left is pushed
 * to the people of its region it reaches and who hold none of it, one voucher and its inbox
 * message per transaction; (b) unspent vouchers past their last day are ended, as the machine's
 * `expire` does; (c) each confirmed trainee of a course that has ended, whose attendance fell
 * below her programme's threshold, is flagged for the region's officers, once; (d) subsidy
 * payments still on their way, at most 100 a run, are asked of their channel by their number and
 * sent again under it when the channel never received them (decision 063). Each step leaves behind what guards it (the voucher, its status), so a run
 * killed part-way and run again, here or on another instance, pushes to nobody twice and leaves
 * no voucher without its message; the unique index on programme and holder holds even if two
 * runs raced.
 */
export async function runTrainingJobs(deps: Deps): Promise<TrainingJobSummary> {
  const pushed = await pushTargetedVouchers(deps)
  const expired = await expireLapsedVouchers(deps)
  const flagged = await flagShortAttendance(deps)
  const paymentsEnded = await retrySubsidyPayments(deps, `${trainingJob}-pay`)
  return { pushed, expired, flagged, paymentsEnded }
}

export async function pushTargetedVouchers(deps: Deps): Promise<number> {
  const today = chinaDate(deps.clock.now())
  const programmes = await deps.db.read((q) => pushableProgrammes(q, today))
  let pushed = 0
  for (const programme of programmes) pushed += await pushProgramme(deps, programme)
  return pushed
}

/** Walks the programme's region a page at a time until everyone it reaches holds a voucher or none is left. */
async function pushProgramme(deps: Deps, programme: ProgrammeRow): Promise<number> {
  let pushed = 0
  let after = ''
  for (;;) {
    const today = chinaDate(deps.clock.now())
    const people = await deps.db.read((q) => peopleWithoutVoucher(q, programme, lastFullMonth(today), after, pageSize))
    for (const person of people) {
      if (!qualifies(programme, trainingFactsOf(deps, person, today))) continue
      const outcome = await pushTo(deps, programme, person.userId)
      if (outcome === 'none_left') return pushed
      if (outcome === 'pushed') pushed += 1
    }
    const last = people.at(-1)
    if (last === undefined || people.length < pageSize) return pushed
    after = last.userId
  }
}

async function pushTo(deps: Deps, programme: ProgrammeRow, holderUserId: string): Promise<'pushed' | 'held' | 'none_left'> {
  const now = deps.clock.now()
  try {
    return await deps.db.transaction(async (tx) => {
      const voucher = await issueFrom(tx, deps, programme, holderUserId, now)
      if (!voucher) return 'none_left'
      await notify(tx, deps.random, now, {
        userId: holderUserId,
        template: 'training.voucherOffered',
        params: { programmeName: programme.name, validUntil: voucher.validUntil },
        link: pageLink('myTraining'),
        action: { kind: 'accept_voucher', targetId: voucher.id },
      })
      await appendAudit(tx, now, systemActor(holderUserId, `${trainingJob}-push`), { action: 'training.pushVoucher', kind: 'write', objectType: 'training_voucher', objectId: voucher.id })
      return 'pushed'
    })
  } catch (error) {
    // Another run pushed her one of this programme meanwhile: hers stands, nothing was taken twice.
    if (isUniqueViolation(error)) return 'held'
    throw error
  }
}

/** Ends unspent vouchers past their last day, a page per transaction, each recorded. */
export async function expireLapsedVouchers(deps: Deps): Promise<number> {
  let expired = 0
  let after = ''
  for (;;) {
    const now = deps.clock.now()
    const today = chinaDate(now)
    const ids = (await deps.db.read((q) => lapsedVoucherIds(q, today, after, pageSize))).map((row) => row.id)
    if (ids.length === 0) return expired
    const ended = await deps.db.transaction(async (tx) => {
      const rows = await expireVouchers(tx, ids, today)
      for (const row of rows) {
        await appendAudit(tx, now, systemActor(row.holderUserId, `${trainingJob}-expire`), { action: 'training.expireVoucher', kind: 'write', objectType: 'training_voucher', objectId: row.id })
      }
      return rows.length
    })
    expired += ended
    const last = ids.at(-1)
    if (last === undefined || ids.length < pageSize) return expired
    after = last
  }
}

/**
 * Flags, once each (the partial unique index holds against a second run), the confirmed
 * enrolments of courses whose last session was before today with attendance below their
 * programme's threshold: a page per transaction, each flag recorded.
 */
export async function flagShortAttendance(deps: Deps): Promise<number> {
  let flagged = 0
  let after = ''
  for (;;) {
    const now = deps.clock.now()
    const short = await deps.db.read((q) => shortEnrolments(q, chinaDate(now), after, pageSize))
    if (short.length === 0) return flagged
    const raisedAt = now.toISOString()
    flagged += await deps.db.transaction(async (tx) => {
      const rows = short.map((row) => ({ id: newId(deps.random, now.getTime()), kind: 'below_threshold' as const, sessionId: null, raisedAt, ...row }))
      const written = await insertFlagsOnce(tx, rows)
      for (const flag of written) {
        await appendAudit(tx, now, systemActor(flag.holderUserId, `${trainingJob}-flag`), { action: 'training.raiseFlag', kind: 'write', objectType: 'training_flag', objectId: flag.id })
      }
      return written.length
    })
    const last = short.at(-1)
    if (last === undefined || short.length < pageSize) return flagged
    after = last.enrolmentId
  }
}
