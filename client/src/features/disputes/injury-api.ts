import { listInjuryQueue } from '@renshe/shared/disputes/injury-contract'
import { call } from '../../lib/api'

// Reports and cases are read with useOperation and sent with useSubmission, under the acting
// grant when grid staff report and follow for the worker (`disputes.file`); each act keeps its
// Idempotency-Key for one submission, so a retry after a lost answer is the same act, never a second.

export type InjuryQueueFilter = 'all' | 'overdue'

/** A page of the county office's work-injury cases: the overdue first, then by the next step's day. */
export const injuryQueuePage = (filter: InjuryQueueFilter) => (cursor: string | undefined) =>
  call(listInjuryQueue, { query: { limit: 30, ...(filter === 'overdue' ? { overdue: 'true' as const } : {}), ...(cursor ? { cursor } : {}) } })
