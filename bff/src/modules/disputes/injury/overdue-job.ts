import { overdueSteps, type InjuryDeadline } from '@renshe/shared/disputes/injury-machine'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { appendAudit, type Actor } from '../../../platform/audit'
import type { Deps } from '../../../platform/deps'
import { forEachIdPage } from '../../../platform/paging'
import { tellInjuryOverdue, workerAccountOf } from './notices'
import { lockedInjuryCaseById, overdueInjuryIdsAfter, updateInjuryOverdueToldFrom, type InjuryCaseRow } from './repo'

type JobDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer'>

/** Cases read per page; each is then told in a transaction of its own. */
const pageSize = 200

const systemActor = (workerUserId: string | null): Actor => ({ requestId: 'disputes-injury-overdue', actorUserId: null, subjectUserId: workerUserId, viaGrantId: null })

/**
 * What `overdue_told` keeps of a late step: the step with the day it was due. A clock started
 * again (acceptance, once the missing documents arrive) is a new step: late too, it is told again.
 */
function toldKey(step: InjuryDeadline['step'], row: InjuryCaseRow): string {
  const due = { acceptance: row.state.acceptBy, decision: row.state.decideBy, assessment: row.state.assessBy, review: row.state.reviewBy }[step]
  return `${step}@${due ?? ''}`
}

/**
 * Tells, once per step, every work-injury case's lateness: a step of the office or the committee
 * (acceptance, the decision, the assessment) past its legal day goes to the worker and to the
 * county's supervisors (decision 071). Paged by id; each case in a transaction of its own, locked,
 * its told steps changed only if still as read, so runs killed part-way, run again, or on several
 * instances at once tell each step once. Returns how many cases were told.
 */
export async function tellOverdueInjuries(deps: JobDeps): Promise<number> {
  let told = 0
  await forEachIdPage(
    pageSize,
    (after) => deps.db.read((q) => overdueInjuryIdsAfter(q, chinaDate(deps.clock.now()), after, pageSize)),
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
    const row = await lockedInjuryCaseById(tx, id)
    if (!row) return false
    const late = overdueSteps(row.state, today).filter((step) => !row.overdueTold.includes(toldKey(step, row)))
    if (late.length === 0) return false
    if (!(await updateInjuryOverdueToldFrom(tx, row, [...row.overdueTold, ...late.map((step) => toldKey(step, row))]))) return false
    await tellInjuryOverdue(tx, deps, now, row, late)
    // The lateness of her case is about its worker: it shows in her access log when she has an account.
    await appendAudit(tx, now, systemActor(await workerAccountOf(tx, row)), { action: 'disputes.tellInjuryOverdue', kind: 'write', objectType: 'injury_case', objectId: row.id })
    return true
  })
}
