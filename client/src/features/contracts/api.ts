import { listMyContracts } from '@renshe/shared/contracts/contract'
import { call } from '../../lib/api'

// A contract is read with useOperation and acted on with useSubmission: each act keeps its
// Idempotency-Key for one submission, so a retry after a lost answer is the same act.

/** A page of the caller's contracts, newest first. */
export const contractsPage = (cursor: string | undefined) => call(listMyContracts, { query: { limit: 30, ...(cursor ? { cursor } : {}) } })
