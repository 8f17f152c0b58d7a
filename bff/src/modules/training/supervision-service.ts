import { maskName } from '@renshe/shared/identity/masking'
import type { InstitutionFlags, SupervisedInstitution, SupervisionOverview, Suspension } from '@renshe/shared/training/attendance'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { pageOf, timeCursor } from '../../platform/paging'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { isInstitutionOf } from './institutions'
import { accountsByIds, regionAccounts } from './programmes-repo'
import { flagCountsOf, institutionFlags, putInstitutionStatus, statusesOf, type FlagCounts, type InstitutionStatusRow } from './supervision-repo'

/*
 * Supervision of training institutions (decision 061), by the officers of their region: each
 * institution with its standing and what was flagged about it, the flags one by one (the trainee
 * masked), and suspension and reinstatement. Another region's institution does not exist for
 * her: every read and write finds it through `isInstitutionOf`, and says not_found.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'sealer' | 'audit'>

interface Account {
  readonly id: string
  readonly regionCode: string
  readonly organization: string | null
}

const noFlags: FlagCounts = { shared_device: 0, out_of_window: 0, below_threshold: 0 }

function toSupervised(account: Account, status: InstitutionStatusRow | undefined, flags: FlagCounts | undefined): SupervisedInstitution {
  const suspended = status?.status === 'suspended'
  return {
    id: account.id,
    name: account.organization ?? '',
    regionCode: account.regionCode,
    status: suspended ? 'suspended' : 'active',
    suspendedReason: suspended ? status.reason : null,
    suspendedAt: suspended ? status.changedAt : null,
    flags: { ...noFlags, ...flags },
  }
}

/** The institution if it is one of the officer's region, with its name; undefined for any other. */
async function institutionOfRegion(deps: ServiceDeps, officer: SessionUser, id: string): Promise<Account | undefined> {
  const [account] = await deps.db.read((q) => accountsByIds(q, [id]))
  if (!account || account.regionCode === null || !isInstitutionOf(officer, account)) return undefined
  return { id, regionCode: account.regionCode, organization: account.organization }
}

async function supervised(deps: ServiceDeps, account: Account): Promise<SupervisedInstitution> {
  const [statuses, counts] = await deps.db.read((q) => Promise.all([statusesOf(q, [account.id]), flagCountsOf(q, [account.id])]))
  return toSupervised(account, statuses.get(account.id), counts.get(account.id))
}

/** The institutions of the officer's region, by name, each with its standing and its flags by kind. */
export async function getSupervision(deps: ServiceDeps, actor: Actor, officer: SessionUser): Promise<Result<SupervisionOverview>> {
  if (!officer.regionCode) return fail('forbidden')
  const region = officer.regionCode
  const items = await deps.db.read(async (q) => {
    const institutions = (await regionAccounts(q, region)).flatMap((account) =>
      account.regionCode !== null && isInstitutionOf(officer, account) ? [{ id: account.id, regionCode: account.regionCode, organization: account.organization }] : [],
    )
    const ids = institutions.map((account) => account.id)
    const [statuses, counts] = await Promise.all([statusesOf(q, ids), flagCountsOf(q, ids)])
    return institutions.map((account) => toSupervised(account, statuses.get(account.id), counts.get(account.id)))
  })
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.getSupervision', kind: 'read', objectType: 'region', objectId: region })
  return ok({ items })
}

/**
 * The flags of an institution of her region, newest first, a page at a time, each trainee's name
 * masked. Recorded for the institution, and for each trainee as a read of her data.
 */
export async function listInstitutionFlags(deps: ServiceDeps, actor: Actor, officer: SessionUser, id: string, query: { cursor?: string | undefined; limit: number }): Promise<Result<InstitutionFlags>> {
  const account = await institutionOfRegion(deps, officer, id)
  if (!account) return fail('not_found')
  const rows = await deps.db.read((q) => institutionFlags(q, id, timeCursor(query.cursor), query.limit))
  const page = pageOf(rows, query.limit, (last) => `${last.flag.raisedAt}|${last.flag.id}`)
  const now = deps.clock.now()
  await recordAudit(deps, now, actor, { action: 'training.listInstitutionFlags', kind: 'read', objectType: 'training_institution', objectId: id })
  for (const row of page.rows) {
    await recordAudit(deps, now, { ...actor, subjectUserId: row.flag.holderUserId }, { action: 'training.readFlag', kind: 'read', objectType: 'training_flag', objectId: row.flag.id })
  }
  return ok({
    institution: await supervised(deps, account),
    items: page.rows.map((row) => ({
      id: row.flag.id,
      kind: row.flag.kind,
      courseId: row.flag.courseId,
      courseName: row.courseName,
      sessionDate: row.sessionDate,
      traineeMaskedName: row.nameEnc === null ? '' : maskName(deps.sealer.open(row.nameEnc)),
      raisedAt: row.flag.raisedAt,
    })),
    nextCursor: page.nextCursor,
  })
}

async function setStanding(deps: ServiceDeps, actor: Actor, officer: SessionUser, id: string, standing: Pick<InstitutionStatusRow, 'status' | 'reason'>, action: string): Promise<Result<SupervisedInstitution>> {
  const account = await institutionOfRegion(deps, officer, id)
  if (!account) return fail('not_found')
  const now = deps.clock.now()
  await deps.db.transaction(async (tx) => {
    await putInstitutionStatus(tx, { institutionUserId: id, ...standing, changedAt: now.toISOString(), changedByUserId: officer.id })
    await appendAudit(tx, now, actor, { action, kind: 'write', objectType: 'training_institution', objectId: id })
  })
  return ok(await supervised(deps, account))
}

/** Suspends an institution of her region, with the reason; suspending again records the new reason. */
export function suspendInstitution(deps: ServiceDeps, actor: Actor, officer: SessionUser, id: string, input: Suspension): Promise<Result<SupervisedInstitution>> {
  return setStanding(deps, actor, officer, id, { status: 'suspended', reason: input.reason }, 'training.suspendInstitution')
}

/** Lifts the suspension of an institution of her region (an active one stays active). */
export function reinstateInstitution(deps: ServiceDeps, actor: Actor, officer: SessionUser, id: string): Promise<Result<SupervisedInstitution>> {
  return setStanding(deps, actor, officer, id, { status: 'active', reason: null }, 'training.reinstateInstitution')
}
