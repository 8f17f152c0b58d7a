import { mayGoToCourt, overdueSteps } from '@renshe/shared/disputes/arbitration-machine'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { forEachIdPage } from '../../platform/paging'
import { tellOverdueInjuries } from './injury/overdue-job'
import { tellInjuryWindowsOpen } from './injury/window-job'
import { tellOverdue } from './notices'
import { lockedArbitrationById, overdueArbitrationIdsAfter, updateOverdueToldFrom } from './repo'

/** Names the job in `job_runs` and in logs. */
export const disputesJob = 'disputes'

export interface DisputesJobSummary {
  /** Arbitrations whose late steps were told this run. */
  readonly overdueTold: number
  /** Accident reports whose worker was told this run that she may now apply herself. */
  readonly injuryWindowsTold: number
  /** Work-injury cases whose late steps were told this run. */
  readonly injuryOverdueTold: number
}

type JobDeps = Pick<Deps, 'db' | 'clock' | 'random'>

/** Cases read per page; each is then told in a transaction of its own. */
const pageSize = 200

const systemActor = (applicantUserId: string): Actor => ({ requestId: `${disputesJob}-overdue`, actorUserId: null, subjectUserId: applicantUserId, viaGrantId: null })

/** The periodic work of the module: the commission's and the injury office's steps past their legal day, and workers' windows to apply for injury recognition, told. */
export async function runDisputesJobs(deps: Deps): Promise<DisputesJobSummary> {
  return { overdueTold: await tellOverdueArbitrations(deps), injuryWindowsTold: await tellInjuryWindowsOpen(deps), injuryOverdueTold: await tellOverdueInjuries(deps) }
}

/**
 * Tells, once per step, every arbitration's lateness: a step of the commission (acceptance,
 * service, the tribunal, the award) past its day goes to the applicant and to the chair of the
 * county, with whether she may now go to court. Paged by id; each case in a transaction of its
 * own, the case locked and its told steps changed only if still as read, so a run killed part-way
 * and run again, or runs on several instances at once, tell each step once. Returns how many
 * cases were told.
 */
export async function tellOverdueArbitrations(deps: JobDeps): Promise<number> {
  let told = 0
  await forEachIdPage(
    pageSize,
    (after) => deps.db.read((q) => overdueArbitrationIdsAfter(q, chinaDate(deps.clock.now()), after, pageSize)),
    async (ids) => {
      for (const id of ids) if (await tellOverdueCase(deps, id)) told += 1
    },
  )
  return told
}

async function tellOverdueCase(deps: JobDeps, id: string): Promise<boolean> {
  const now = deps.clock.now()
  const today = chinaDate(now)
  return deps.db.transaction(async (tx) => {
    // Read again, locked: an act on the case since the page was read is seen, not overwritten.
    const row = await lockedArbitrationById(tx, id)
    if (!row) return false
    const late = overdueSteps(row.state, today).filter((step) => !row.overdueTold.includes(step))
    if (late.length === 0) return false
    if (!(await updateOverdueToldFrom(tx, row, [...row.overdueTold, ...late]))) return false
    const court = mayGoToCourt(row.state, today)
    await tellOverdue(tx, deps, now, row, late, court === 'acceptance_overdue' || court === 'award_overdue')
    // The lateness of her case is about its applicant: it shows in her access log.
    await appendAudit(tx, now, systemActor(row.applicantUserId), { action: 'disputes.tellArbitrationOverdue', kind: 'write', objectType: 'arbitration', objectId: row.id })
    return true
  })
}
