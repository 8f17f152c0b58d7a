import type { PendingItem } from '@renshe/shared/inbox/schemas'
import type { Query } from '../../db/database'
import { awaitingAnswerOfEmployers } from './cases-repo'
import { employersOfUser, projectsOfEmployers } from './employers-repo'
import { payrollMonthCounts } from './payroll-repo'
import { overdueSpan, unsettledCount } from './payroll-watch'

/**
 * What waits for an employer account, over the organisations it speaks for only: complaints to
 * answer (as the desk and the answer page decide) and payroll months missing (as the projects
 * and payroll pages count them). Counted in SQL; nothing personal is read.
 */
export async function employerPending(q: Query, employerUserId: string, lastOverdue: string): Promise<PendingItem[]> {
  const employerIds = (await employersOfUser(q, employerUserId)).map((employer) => employer.id)
  if (employerIds.length === 0) return []
  const items: PendingItem[] = []

  const toAnswer = await awaitingAnswerOfEmployers(q, employerIds)
  if (toAnswer.count > 0) items.push({ kind: 'wages_to_answer', count: toAnswer.count, caseId: toAnswer.onlyId })

  const watched = (await projectsOfEmployers(q, employerIds)).filter((project) => project.startMonth <= lastOverdue)
  const settled = await payrollMonthCounts(q, watched.map((project) => ({ projectId: project.id, ...overdueSpan(project, lastOverdue) })))
  const missing = watched
    .map((project) => ({ projectId: project.id, months: unsettledCount(project, settled.get(project.id) ?? 0, lastOverdue) }))
    .filter((project) => project.months > 0)
  const months = missing.reduce((sum, project) => sum + project.months, 0)
  if (months > 0) items.push({ kind: 'payroll_missing', count: months, projectId: missing.length === 1 ? (missing[0]?.projectId ?? null) : null })
  return items
}
