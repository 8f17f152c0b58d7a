import { chinaDate } from '@renshe/shared/platform/china-time'
import { eligibilityLogic } from '@renshe/shared/training/eligibility'
import type { InstitutionApproval, Programme, ProgrammePage, ProgrammeQuery, TrainingInstitutions } from '@renshe/shared/training/schemas'
import { defaultBudgetFen, type NewProgramme } from '@renshe/shared/training/new-programme'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { pageOf, timeCursor } from '../../platform/paging'
import { officialCovers } from '../../platform/policy'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import {
  accountsByIds,
  closeProgrammeRow,
  insertProgramme,
  institutionsByIds,
  lockProgramme,
  programmeById,
  regionAccounts,
  regionProgrammes,
  setProgrammeInstitutions,
  subsidyMoneyOf,
  voucherCountsOf,
  type ProgrammeRow,
} from './programmes-repo'
import { isInstitutionOf } from './institutions'
import { refuse } from './refusals'
import { toProgramme } from './views'

/*
 * Training voucher programmes (decision 060), as the officer of a region runs them: she opens one
 * for her region, reads it with its ledger, approves more institutions for it, and closes it.
 * Another region's programme does not exist for her: every read and write finds it through
 * `officialCovers`, and says not_found.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'audit'>

/** Each named id that is not an institution account of the officer's region, at its place in `body.institutionIds`. */
async function unknownInstitutions(deps: ServiceDeps, officer: SessionUser, ids: readonly string[]): Promise<{ path: string; key: string }[]> {
  const accounts = new Map((await deps.db.read((q) => accountsByIds(q, ids))).map((account) => [account.id, account]))
  return ids.flatMap((id, index) => {
    const account = accounts.get(id)
    return account && isInstitutionOf(officer, account) ? [] : [{ path: `body.institutionIds.${index}`, key: 'training.institutionUnknown' }]
  })
}

/** The programme if the officer's region covers it; undefined for any other, which she must not learn of. */
async function programmeOfRegion(deps: ServiceDeps, officer: SessionUser, id: string): Promise<ProgrammeRow | undefined> {
  const row = await deps.db.read((q) => programmeById(q, id))
  return row && officialCovers(officer, row.regionCode) ? row : undefined
}

async function withLedger(deps: ServiceDeps, row: ProgrammeRow): Promise<Programme> {
  const [counts, money, names] = await deps.db.read((q) =>
    Promise.all([voucherCountsOf(q, [row.id], chinaDate(deps.clock.now())), subsidyMoneyOf(q, [row.id]), institutionsByIds(q, row.institutionIds)]),
  )
  return toProgramme(row, names, counts.get(row.id), money.get(row.id))
}

/**
 * Opens a programme for the officer's region. Its choice of people becomes JSON Logic here, once,
 * by the shared rule the client shows; the institutions named must be institution accounts of
 * her region.
 */
export async function createProgramme(deps: ServiceDeps, actor: Actor, officer: SessionUser, input: NewProgramme): Promise<Result<Programme>> {
  if (!officer.regionCode) return fail('forbidden')
  const institutionIds = [...new Set(input.institutionIds)]
  const unknown = await unknownInstitutions(deps, officer, input.institutionIds)
  if (unknown.length > 0) return fail('validation_failed', { errors: unknown })
  const now = deps.clock.now()
  const row: ProgrammeRow = {
    id: newId(deps.random, now.getTime()),
    regionCode: officer.regionCode,
    name: input.name,
    kind: input.kind,
    payment: input.payment,
    reach: input.reach,
    eligibility: input.eligibility,
    eligibilityLogic: eligibilityLogic(input.eligibility),
    covered: input.covered,
    institutionIds,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    attendanceThresholdPercent: input.attendanceThresholdPercent,
    quantity: input.quantity,
    issued: 0,
    budgetFen: input.budgetFen ?? defaultBudgetFen(input),
    status: 'open',
    createdBy: officer.id,
    createdAt: now.toISOString(),
    closedAt: null,
  }
  await deps.db.transaction(async (tx) => {
    await insertProgramme(tx, row)
    await appendAudit(tx, now, actor, { action: 'training.createProgramme', kind: 'write', objectType: 'training_programme', objectId: row.id })
  })
  return ok(toProgramme(row, await deps.db.read((q) => institutionsByIds(q, institutionIds))))
}

/** The programmes of the officer's region of one status, newest first, each with its ledger. */
export async function listProgrammes(deps: ServiceDeps, actor: Actor, officer: SessionUser, query: ProgrammeQuery): Promise<Result<ProgrammePage>> {
  if (!officer.regionCode) return fail('forbidden')
  const region = officer.regionCode
  const today = chinaDate(deps.clock.now())
  const found = await deps.db.read(async (q) => {
    const page = pageOf(await regionProgrammes(q, region, query.status, timeCursor(query.cursor), query.limit), query.limit, (last) => `${last.createdAt}|${last.id}`)
    const ids = page.rows.map((row) => row.id)
    const [counts, money, names] = await Promise.all([
      voucherCountsOf(q, ids, today),
      subsidyMoneyOf(q, ids),
      institutionsByIds(
        q,
        page.rows.flatMap((row) => row.institutionIds),
      ),
    ])
    return { items: page.rows.map((row) => toProgramme(row, names, counts.get(row.id), money.get(row.id))), nextCursor: page.nextCursor }
  })
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.listProgrammes', kind: 'read', objectType: 'region', objectId: region })
  return ok(found)
}

export async function getProgramme(deps: ServiceDeps, actor: Actor, officer: SessionUser, id: string): Promise<Result<Programme>> {
  const row = await programmeOfRegion(deps, officer, id)
  if (!row) return fail('not_found')
  const programme = await withLedger(deps, row)
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.getProgramme', kind: 'read', objectType: 'training_programme', objectId: row.id })
  return ok(programme)
}

/** Stops a programme issuing vouchers, once; those already out stay valid to their last day. */
export async function closeProgramme(deps: ServiceDeps, actor: Actor, officer: SessionUser, id: string): Promise<Result<Programme>> {
  const row = await programmeOfRegion(deps, officer, id)
  if (!row) return fail('not_found')
  const closedAlready = refuse('training.programmeClosed', 'This programme is closed already')
  if (row.status === 'closed') return closedAlready
  const now = deps.clock.now()
  const closed = await deps.db.transaction(async (tx) => {
    const changed = await closeProgrammeRow(tx, id, now.toISOString())
    if (changed) await appendAudit(tx, now, actor, { action: 'training.closeProgramme', kind: 'write', objectType: 'training_programme', objectId: id })
    return changed
  })
  return closed ? ok(await withLedger(deps, closed)) : closedAlready
}

/**
 * Approves more institutions of her region for a programme of her region, closed or open (the
 * vouchers already out can then be spent there too). Those approved already are left where they
 * are, the new ones follow in the order named; naming only approved ones changes nothing. The
 * list is read and written under the programme's lock, so two approvals at once both count.
 */
export async function approveInstitutions(deps: ServiceDeps, actor: Actor, officer: SessionUser, id: string, input: InstitutionApproval): Promise<Result<Programme>> {
  const row = await programmeOfRegion(deps, officer, id)
  if (!row) return fail('not_found')
  const unknown = await unknownInstitutions(deps, officer, input.institutionIds)
  if (unknown.length > 0) return fail('validation_failed', { errors: unknown })
  const now = deps.clock.now()
  const approved = await deps.db.transaction(async (tx) => {
    const locked = await lockProgramme(tx, id)
    if (!locked) return undefined
    const added = [...new Set(input.institutionIds)].filter((institutionId) => !locked.institutionIds.includes(institutionId))
    if (added.length === 0) return locked
    const changed = await setProgrammeInstitutions(tx, id, [...locked.institutionIds, ...added])
    await appendAudit(tx, now, actor, { action: 'training.approveInstitutions', kind: 'write', objectType: 'training_programme', objectId: id })
    return changed
  })
  return approved ? ok(await withLedger(deps, approved)) : fail('not_found')
}

/** The institution accounts of the officer's region, by name. */
export async function listInstitutions(deps: ServiceDeps, actor: Actor, officer: SessionUser): Promise<Result<TrainingInstitutions>> {
  if (!officer.regionCode) return fail('forbidden')
  const region = officer.regionCode
  const accounts = await deps.db.read((q) => regionAccounts(q, region))
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.listInstitutions', kind: 'read', objectType: 'region', objectId: region })
  return ok({
    items: accounts.flatMap((account) =>
      account.regionCode !== null && isInstitutionOf(officer, account) ? [{ id: account.id, name: account.organization ?? '', regionCode: account.regionCode }] : [],
    ),
  })
}
