import { findUserByDevAccount } from '../../../bff/src/modules/identity/repo'
import { casesOfWorker, type CaseRow } from '../../../bff/src/modules/wages/cases-repo'
import type { Portal } from './portal'

/**
 * A complaint the demo seed filed for `account` at `siteName`. Its number and deadlines are
 * placed from the clock when the portal starts, so a journey reads them rather than guessing.
 */
export async function seededCase(portal: Portal, account: string, siteName: string): Promise<CaseRow> {
  const found = await portal.deps.db.read(async (q) => {
    const worker = await findUserByDevAccount(q, account)
    return worker ? (await casesOfWorker(q, worker.id)).find((row) => row.siteName === siteName) : undefined
  })
  if (!found) throw new Error(`The seed has no case of ${account} at ${siteName}`)
  return found
}
