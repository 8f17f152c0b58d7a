import { listArbitrationQueue } from '@renshe/shared/disputes/contract'
import { call } from '../../lib/api'

// Cases are read with useOperation and acted on with useSubmission, under the acting grant when
// grid staff file and follow for the worker (`disputes.file`); each act keeps its Idempotency-Key
// for one submission, so a retry after a lost answer is the same act, never a second.

export type QueueFilter = 'all' | 'overdue'

/** A page of the county commission's queue: the overdue first, then by the next step's day. */
export const queuePage = (filter: QueueFilter) => (cursor: string | undefined) =>
  call(listArbitrationQueue, { query: { limit: 30, ...(filter === 'overdue' ? { overdue: 'true' as const } : {}), ...(cursor ? { cursor } : {}) } })
