import type { PendingItem } from '@renshe/shared/inbox/schemas'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { todayOf } from './case-view'
import { casesToRate, draftOf, overdueCountOfRegion } from './cases-repo'
import { employerPending } from './employer-pending'
import { countOpenAlerts } from './payroll-repo'
import { lastOverdueMonthAt } from './payroll-watch'

/**
 * An unsent complaint and cases to rate for the worker; overdue cases and payroll alerts for
 * officers; complaints to answer and payroll months missing for an employer.
 */
export async function wagesPending(deps: Deps, principal: Principal, _actor: Actor): Promise<PendingItem[]> {
  const items: PendingItem[] = []
  const { actingFor, user } = principal
  await deps.db.read(async (q) => {
    if (actingFor ? actingFor.scopes.includes('wages.file') : user.roles.includes('citizen')) {
      const subject = subjectOf(principal)
      const draft = await draftOf(q, subject)
      if (draft) items.push({ kind: 'wages_draft', updatedAt: draft.updatedAt })
      for (const row of await casesToRate(q, subject)) items.push({ kind: 'wages_to_rate', caseId: row.id, caseNumber: row.caseNumber })
    }
    if (!actingFor && user.regionCode !== null && (user.roles.includes('officer') || user.roles.includes('supervisor'))) {
      const overdue = await overdueCountOfRegion(q, user.regionCode, todayOf(deps))
      if (overdue > 0) items.push({ kind: 'wages_overdue', count: overdue })
      const alerts = await countOpenAlerts(q, user.regionCode)
      if (alerts > 0) items.push({ kind: 'payroll_alerts', count: alerts })
    }
    if (!actingFor && user.roles.includes('employer')) items.push(...(await employerPending(q, user.id, lastOverdueMonthAt(deps.clock.now()))))
  })
  return items
}
