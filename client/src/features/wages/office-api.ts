import { getEvidence, getPayrollTemplate, listQueue } from '@renshe/shared/wages/contract'
import type { CaseStatus } from '@renshe/shared/wages/schemas'
import { call } from '../../lib/api'

/** What the officer's queue shows: every open case, or one status (open or final), overdue only or not. */
export interface QueueFilter {
  readonly status: CaseStatus | 'open'
  readonly overdueOnly: boolean
}

const pageSize = 20

export const queuePage = (filter: QueueFilter) => (cursor: string | undefined) =>
  call(listQueue, {
    query: {
      limit: pageSize,
      // A status of its own may be a final one, which the default `open` scope leaves out.
      ...(filter.status === 'open' ? { scope: 'open' as const } : { status: filter.status, scope: 'all' as const }),
      ...(filter.overdueOnly ? { overdue: 'true' as const } : {}),
      ...(cursor ? { cursor } : {}),
    },
  })

export const evidenceContent = (id: string) => call(getEvidence, { params: { id } })

export const payrollTemplate = () => call(getPayrollTemplate, {})
