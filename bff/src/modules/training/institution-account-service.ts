import { maskAccountNo, type InstitutionAccount, type InstitutionAccountInput } from '@renshe/shared/training/subsidy'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { institutionAccountOf, organizationOf, putInstitutionAccount, type InstitutionAccountRow } from './institution-account-repo'

/*
 * An institution's settlement account (decision 063): where its face-value subsidies are paid.
 * Only the institution itself reads or keeps it; the name on it is its registered name, never
 * typed, since a bank refuses a transfer whose name does not match the account. The number is
 * sealed at rest and shown by its last four digits only. A suspended institution still keeps it:
 * what it earned before the suspension is still paid to it.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'sealer' | 'audit'>

const objectType = 'training_institution_account'

function toAccount(row: InstitutionAccountRow): InstitutionAccount {
  return { accountName: row.accountName, bankName: row.bankName, accountNoMasked: maskAccountNo(row.accountNoLast4), updatedAt: row.updatedAt }
}

/** The caller's own account, masked; null when it keeps none. */
export async function getInstitutionAccount(deps: ServiceDeps, actor: Actor, institution: SessionUser): Promise<Result<{ account: InstitutionAccount | null }>> {
  const row = await deps.db.read((q) => institutionAccountOf(q, institution.id))
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.getInstitutionAccount', kind: 'read', objectType, objectId: institution.id })
  return ok({ account: row ? toAccount(row) : null })
}

/** The account a retry of the same Idempotency-Key kept, read again as it is now. */
export async function replayInstitutionAccount(deps: ServiceDeps, actor: Actor, institution: SessionUser): Promise<Result<InstitutionAccount>> {
  const read = await getInstitutionAccount(deps, actor, institution)
  if (!read.ok) return read
  return read.value.account ? ok(read.value.account) : fail('not_found')
}

/** Keeps or replaces the caller's account in its registered name; payments not yet sent go to it. */
export async function setInstitutionAccount(deps: ServiceDeps, actor: Actor, institution: SessionUser, input: InstitutionAccountInput): Promise<Result<InstitutionAccount>> {
  const accountName = await deps.db.read((q) => organizationOf(q, institution.id))
  if (!accountName) return fail('conflict', { detail: 'The institution has no registered name to keep an account in' })
  const now = deps.clock.now()
  const row: InstitutionAccountRow = {
    institutionUserId: institution.id,
    accountName,
    bankName: input.bankName,
    accountNoEnc: deps.sealer.seal(input.accountNo),
    accountNoLast4: input.accountNo.slice(-4),
    updatedAt: now.toISOString(),
  }
  const written = await deps.db.transaction(async (tx) => {
    const kept = await putInstitutionAccount(tx, row)
    await appendAudit(tx, now, actor, { action: 'training.setInstitutionAccount', kind: 'write', objectType, objectId: institution.id })
    return kept
  })
  return ok(toAccount(written))
}
