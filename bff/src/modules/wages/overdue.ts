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
 * Each case is flagged in a transaction of its own, by a guarded update: a run killed part-way,
 * or runs on several instances at once, flag every case once. Returns how many cases it flagged.
 */
export async function markOverdue(deps: OverdueDeps, regionCode: string | null, requestId = 'wages-job'): Promise<number> {
  const now = deps.clock.now()
  const at = now.toISOString()
  let flagged = 0
  const candidates = await deps.db.read((q) => unflaggedOverdueCases(q, regionCode, todayOf(deps)))
  for (const candidate of candidates) {
    const deadline = candidate.stageDeadline
    if (deadline === null) continue
    const system: Actor = { requestId, actorUserId: null, subjectUserId: candidate.workerUserId, viaGrantId: null }
    const done = await deps.db.transaction(async (tx) => {
      // Guarded: a case acted on meanwhile, or flagged by another run, is left alone; the notices
      // go by the case as the flag found it.
      const row = await flagOverdue(tx, candidate.id, deadline)
      if (!row) return false
      for (const kind of ['overdue', 'escalated'] as const) {
        await insertEvent(tx, { id: newId(deps.random), caseId: row.id, at, kind, by: 'system', actorUserId: null, noteEnc: null, amountFen: null })
      }
      const params = { caseNumber: row.caseNumber, stageDeadline: deadline }
      await tellHandlers(tx, deps, now, row, 'wages.overdue', params)
      await tellSupervisors(tx, deps, now, row, 'wages.escalated', params)
      await appendAudit(tx, now, system, { action: 'wages.markOverdue', kind: 'write', objectType: 'wage_case', objectId: row.id })
      return true
    })
    if (done) flagged += 1
  }
  return flagged
}
