import type { Deps } from '../../platform/deps'
import { dispatchOutbound, type DispatchSummary } from '../../platform/outbox'
import { markOverdue } from './overdue'
import { raisePayrollAlerts } from './payroll-service'

export interface WagesJobSummary {
  readonly overdue: number
  readonly alerts: number
  readonly outbound: DispatchSummary
}

/**
 * The periodic work of the module: flag missed deadlines, raise alerts for payroll not uploaded,
 * and send the subscribe messages queued by both and by every act on a case. Every step commits
 * case by case (project by project, message by message) under its own guard, so a run killed
 * part-way and run again from the start by another instance does nothing twice.
 */
export async function runWagesJobs(deps: Deps): Promise<WagesJobSummary> {
  const overdue = await markOverdue(deps, null)
  const alerts = await raisePayrollAlerts(deps)
  const outbound = await dispatchOutbound(deps)
  return { overdue, alerts, outbound }
}
