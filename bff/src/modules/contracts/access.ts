import type { ContractSigner } from '@renshe/shared/contracts/schemas'
import type { Query } from '../../db/database'
import type { Actor } from '../../platform/audit'
import type { Principal } from '../../platform/principal'
import { contractById, contractOfWorker, employersOfUser, realNameOf, type ContractRow } from './repo'

/**
 * Who the caller is on a contract, or null when it is none of their business (then it does not
 * exist for them: 404, never 403). The employer: an account speaking for the organisation that
 * drafted it. The worker: the account whose bound real name has the contract's ID number, once
 * the employer has signed (`contractOfWorker`). A contract is signed by the person herself: no one
 * acts for another here (the operations take no grant; this refuses one all the same).
 */
export async function contractForCaller(q: Query, principal: Principal, id: string): Promise<{ row: ContractRow; role: ContractSigner } | null> {
  if (principal.actingFor !== null) return null
  const { user } = principal
  if (user.roles.includes('employer')) {
    const row = await contractById(q, id)
    if (row && (await employersOfUser(q, user.id)).some((organisation) => organisation.id === row.employerId)) return { row, role: 'employer' }
  }
  if (user.roles.includes('citizen')) {
    const bound = await realNameOf(q, user.id)
    const row = bound && (await contractOfWorker(q, id, bound.idNumberIndex))
    if (row) return { row, role: 'worker' }
  }
  return null
}

/** The organisations and ID number the caller's lists are made of: her own contracts, or the employer's. */
export async function listerOf(q: Query, principal: Principal): Promise<{ employerIds: string[]; workerIdNumberIndex: string | null }> {
  if (principal.actingFor !== null) return { employerIds: [], workerIdNumberIndex: null }
  const { user } = principal
  const employerIds = user.roles.includes('employer') ? (await employersOfUser(q, user.id)).map((organisation) => organisation.id) : []
  const workerIdNumberIndex = user.roles.includes('citizen') ? ((await realNameOf(q, user.id))?.idNumberIndex ?? null) : null
  return { employerIds, workerIdNumberIndex }
}

/** Once she has signed, what is done with a contract is about its worker: it shows in her access log. */
export function aboutTheWorker(actor: Actor, row: Pick<ContractRow, 'workerUserId'>): Actor {
  return row.workerUserId === null ? actor : { ...actor, subjectUserId: row.workerUserId }
}
