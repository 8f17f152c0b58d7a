import type { Contract, ContractList } from '@renshe/shared/contracts/schemas'
import type { Locale } from '@renshe/shared/platform/locale'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { pageOf, timeCursor } from '../../platform/paging'
import type { Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { aboutTheWorker, contractForCaller, listerOf } from './access'
import { contractsOf } from './repo'
import { contractThrough, toSummary } from './view'

/** One contract for either party; for anyone else it does not exist. Every read is recorded. */
export async function getContract(deps: Deps, actor: Actor, principal: Principal, locale: Locale, id: string): Promise<Result<Contract>> {
  const found = await deps.db.read((q) => contractForCaller(q, principal, id))
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), aboutTheWorker(actor, found.row), { action: 'contracts.getContract', kind: 'read', objectType: 'labour_contract', objectId: id })
  return ok(await deps.db.read((q) => contractThrough(q, deps, found.row, found.role, locale)))
}

/**
 * The caller's contracts, newest change first: the worker's own once each employer has signed,
 * the employer's every one it drafted. Paged in the database.
 */
export async function listMyContracts(deps: Deps, actor: Actor, principal: Principal, query: { cursor?: string | undefined; limit: number }): Promise<ContractList> {
  const rows = await deps.db.read(async (q) => contractsOf(q, await listerOf(q, principal), timeCursor(query.cursor), query.limit + 1))
  const { rows: page, nextCursor } = pageOf(rows, query.limit, (last) => `${last.updatedAt}|${last.id}`)
  await recordAudit(deps, deps.clock.now(), actor, { action: 'contracts.listMyContracts', kind: 'read', objectType: 'labour_contracts', objectId: principal.user.id })
  return { items: page.map((row) => toSummary(deps, row)), nextCursor }
}
