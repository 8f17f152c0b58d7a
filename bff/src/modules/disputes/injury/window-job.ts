import { mayStillApply } from '@renshe/shared/disputes/injury'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { appendAudit, type Actor } from '../../../platform/audit'
import type { Deps } from '../../../platform/deps'
import { loadWorkCalendar } from '../../../platform/work-calendar'
import { tellWindowOpen } from './notices'
import { markWindowTold, untoldWindowReportsAfter } from './repo'

type JobDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer'>

/** Reports read per page; each is then told in a transaction of its own. */
const pageSize = 200

const systemActor = (workerUserId: string): Actor => ({ requestId: 'disputes-injury-window', actorUserId: null, subjectUserId: workerUserId, viaGrantId: null })

/**
 * Tells each worker, once, that the employer's 30 days after her accident have passed with no
 * application: she may now apply herself, until the end of her year (decision 071). Reports whose
 * year has run out too are left alone: there is nothing left to tell her she may do. Paged by id;
 * each report is marked told by a conditional update in the transaction that puts the message in
 * her inbox, so runs killed part-way, run again, or on several instances at once tell each once.
 * Returns how many were told.
 */
export async function tellInjuryWindowsOpen(deps: JobDeps): Promise<number> {
  let told = 0
  let after = ''
  for (;;) {
    const now = deps.clock.now()
    const today = chinaDate(now)
    const { reports, calendar } = await deps.db.read(async (q) => ({ reports: await untoldWindowReportsAfter(q, today, after, pageSize), calendar: await loadWorkCalendar(q) }))
    for (const report of reports) {
      const window = mayStillApply(calendar, report.accidentOn, 'worker', today)
      if (window.state !== 'open') continue
      const marked = await deps.db.transaction(async (tx) => {
        if (!(await markWindowTold(tx, report.id, now.toISOString()))) return false
        await tellWindowOpen(tx, deps, now, report, window.by)
        // Her report's window is about her: it shows in her access log.
        await appendAudit(tx, now, systemActor(report.workerUserId), { action: 'disputes.tellInjuryWindowOpen', kind: 'write', objectType: 'injury_report', objectId: report.id })
        return true
      })
      if (marked) told += 1
    }
    const last = reports.at(-1)
    if (last === undefined || reports.length < pageSize) return told
    after = last.id
  }
}
