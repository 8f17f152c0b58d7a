import type { Actor } from '../../platform/audit'
import { appendAudit } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { newId } from '../../platform/random'
import { tellHandlers, tellSupervisors } from './case-notices'
import { todayOf } from './case-view'
import { flagOverdue, insertEvent, unflaggedOverdueCases } from './cases-repo'

type OverdueDeps = Pick<Deps, 'db' | 'clock' | 'random'>

/**
 * Flags every open case whose current deadline has passed, once per deadline: the timeline
 * says so, the handler (or, before anyone took the case, every officer of the region) is told
 * to act, and every supervisor of the region hears that it was escalated. Runs from the job
 * and before the reads that show deadlines, so a case never looks on time after it is not.
 * Returns how many cases it flagged.
 */
export function markOverdue(deps: OverdueDeps, regionCode: string | null, requestId = 'wages-job'): number {
  const now = deps.clock.now()
  const at = now.toISOString()
  let flagged = 0
  for (const candidate of unflaggedOverdueCases(deps.db, regionCode, todayOf(deps))) {
    const deadline = candidate.stageDeadline
    if (deadline === null) continue
    const system: Actor = { requestId, actorUserId: null, subjectUserId: candidate.workerUserId, viaGrantId: null }
    const done = deps.db.transaction(
      (tx) => {
        // Guarded: a case acted on meanwhile, or flagged by another run, is left alone.
        if (!flagOverdue(tx, candidate.id, deadline)) return false
        for (const kind of ['overdue', 'escalated'] as const) {
          insertEvent(deps.db, { id: newId(deps.random), caseId: candidate.id, at, kind, by: 'system', actorUserId: null, noteEnc: null, amountFen: null })
        }
        appendAudit(tx, now, system, { action: 'wages.markOverdue', kind: 'write', objectType: 'wage_case', objectId: candidate.id })
        const params = { caseNumber: candidate.caseNumber, stageDeadline: deadline }
        tellHandlers(tx, deps, now, candidate, 'wages.overdue', params)
        tellSupervisors(tx, deps, now, candidate, 'wages.escalated', params)
        return true
      },
      { behavior: 'immediate' },
    )
    if (done) flagged += 1
  }
  return flagged
}
