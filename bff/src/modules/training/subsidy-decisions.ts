import { chinaDate } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import type { SubsidyApplication, SubsidyApplicationPage, SubsidyApprovalBatch, SubsidyApprovalResult, SubsidyDecline, SubsidyQuery } from '@renshe/shared/training/subsidy'
import { actOnVoucher, type VoucherAct } from '@renshe/shared/training/voucher-machine'
import type { Tx } from '../../db/database'
import { lockKey } from '../../db/locks'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { pageOf, timeCursor } from '../../platform/paging'
import { officialCovers } from '../../platform/policy'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { programmeById, spentOrCommittedFenOf } from './programmes-repo'
import { decideSubsidyRow, regionSubsidies, subsidyById, subsidyViewById, subsidyViewsByIds, type SubsidyRow, type SubsidyViewRow } from './subsidy-repo'
import { recordReads, toApplication } from './subsidy-views'
import { stateOf } from './vouchers-service'
import { moveVoucher, voucherById } from './vouchers-repo'

/*
 * The officer's decisions on subsidy applications of her region (decision 062): approved in
 * batches, each application on its own unit of work, or declined one by one with a reason. The
 * application is decided by one conditional update from `applied`, so a batch sent twice, or two
 * officers at once, approve nothing twice; the voucher moves with it through the machine
 * (approve: subsidy_applied → approved; decline: back to assessed). Another region's application
 * does not exist for her. The applicant (the payee) hears of either in the inbox.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'audit'>

type Skip = SubsidyApprovalResult['skipped'][number]['reason']

const decided = () => fail('conflict', { detail: 'This application was already decided' })

/** The application if the officer's region covers it; undefined for any other, which she must not learn of. */
async function subsidyOfRegion(deps: Pick<Deps, 'db'>, officer: SessionUser, id: string): Promise<SubsidyRow | undefined> {
  const row = await deps.db.read((q) => subsidyById(q, id))
  return row && officialCovers(officer, row.regionCode) ? row : undefined
}

/** The applications of her region of one status, oldest first; each trainee finds the reading of hers in her log. */
export async function listSubsidyApplications(deps: ServiceDeps, actor: Actor, officer: SessionUser, query: SubsidyQuery): Promise<Result<SubsidyApplicationPage>> {
  const region = officer.regionCode
  if (!region) return fail('forbidden')
  const { rows, nextCursor } = pageOf(
    await deps.db.read((q) => regionSubsidies(q, region, query.status, timeCursor(query.cursor), query.limit)),
    query.limit,
    (last) => `${last.subsidy.appliedAt}|${last.subsidy.id}`,
  )
  await recordReads(deps, actor, 'training.listSubsidyApplications', region, rows)
  return ok({ items: rows.map((row) => toApplication(deps, row)), nextCursor })
}

/** The voucher's move with the decision, by the machine: the application and its voucher never disagree. */
async function moveWithDecision(tx: Tx, voucherId: string, act: Extract<VoucherAct, 'approve' | 'decline'>, today: string): Promise<void> {
  const held = await voucherById(tx, voucherId)
  const moved = held ? actOnVoucher(stateOf(held.voucher), { act, by: 'officer', today }) : undefined
  if (!moved?.ok || !(await moveVoucher(tx, voucherId, 'subsidy_applied', { status: moved.state.status }))) {
    throw new Error(`voucher ${voucherId} of an applied subsidy refused to ${act}`)
  }
}

/** The payee hears of the decision: the holder on "My training", the institution on its list of applications. */
async function tellPayee(tx: Tx, deps: Pick<Deps, 'random'>, now: Date, row: SubsidyRow, named: SubsidyViewRow): Promise<void> {
  const common = { courseName: named.courseName, voucherNumber: named.voucherNumber }
  await notify(tx, deps.random, now, {
    userId: row.payee === 'holder' ? row.holderUserId : row.institutionUserId,
    ...(row.status === 'approved'
      ? { template: 'training.subsidyApproved', params: { ...common, paidFen: row.amountFen } }
      : { template: 'training.subsidyDeclined', params: { ...common, reason: row.declineReason ?? '' } }),
    link: pageLink(row.payee === 'holder' ? 'myTraining' : 'institutionSubsidies'),
  })
}

/**
 * Whether approving this application would take what its programme has approved and paid over
 * its budget (decision 063). Read under the programme's budget lock, held to the end of the
 * approval's unit of work, so two batches at once count one after the other and never overshoot.
 */
async function overBudget(tx: Tx, row: SubsidyRow): Promise<boolean> {
  await lockKey(tx, `training-programme-budget:${row.programmeId}`)
  const programme = await programmeById(tx, row.programmeId)
  if (!programme) throw new Error(`programme ${row.programmeId} of subsidy ${row.id} is not there`)
  return (await spentOrCommittedFenOf(tx, row.programmeId)) + row.amountFen > programme.budgetFen
}

/**
 * Decides one application still `applied`, in one unit of work: the row, the voucher's move, the
 * message and the audit. Undefined when it was decided meanwhile, `over_budget` when approving it
 * would overspend its programme: nothing is written then.
 */
async function decide(deps: ServiceDeps, actor: Actor, officer: SessionUser, row: SubsidyRow, declineReason: string | null): Promise<SubsidyRow | 'over_budget' | undefined> {
  const now = deps.clock.now()
  const named = await deps.db.read((q) => subsidyViewById(q, row.id))
  if (!named) return undefined
  const forHolder = { ...actor, subjectUserId: row.holderUserId }
  return deps.db.transaction(async (tx) => {
    if (declineReason === null && (await overBudget(tx, row))) return 'over_budget' as const
    const change = { decidedAt: now.toISOString(), decidedByUserId: officer.id }
    const written = await decideSubsidyRow(tx, row.id, declineReason === null ? { ...change, status: 'approved' } : { ...change, status: 'declined', declineReason })
    if (!written) return undefined
    await moveWithDecision(tx, row.voucherId, declineReason === null ? 'approve' : 'decline', chinaDate(now))
    await tellPayee(tx, deps, now, written, named)
    const [action, voucherAction] = declineReason === null ? ['training.approveSubsidies', 'training.approveVoucher'] : ['training.declineSubsidy', 'training.returnVoucher']
    await appendAudit(tx, now, forHolder, { action, kind: 'write', objectType: 'training_subsidy', objectId: row.id })
    await appendAudit(tx, now, forHolder, { action: voucherAction, kind: 'write', objectType: 'training_voucher', objectId: row.voucherId })
    return written
  })
}

/** Approves one application of the batch, or says why it was left. */
async function approveOne(deps: ServiceDeps, actor: Actor, officer: SessionUser, id: string): Promise<true | Skip> {
  const row = await subsidyOfRegion(deps, officer, id)
  if (!row) return 'not_found'
  if (row.status !== 'applied') return 'already_decided'
  const decision = await decide(deps, actor, officer, row, null)
  return decision === 'over_budget' ? decision : decision ? true : 'already_decided'
}

/** The batch's answer: the approved applications as they are now, in the batch's order, and the rest with why. */
async function answerOf(deps: ServiceDeps, ids: readonly string[], outcomes: ReadonlyMap<string, true | Skip>): Promise<SubsidyApprovalResult> {
  const approvedIds = ids.filter((id) => outcomes.get(id) === true)
  const views = new Map((await deps.db.read((q) => subsidyViewsByIds(q, approvedIds))).map((row) => [row.subsidy.id, row]))
  const approved: SubsidyApplication[] = []
  const skipped: SubsidyApprovalResult['skipped'] = []
  for (const id of ids) {
    const outcome = outcomes.get(id)
    const view = views.get(id)
    if (outcome === true && view) approved.push(toApplication(deps, view))
    else skipped.push({ id, reason: outcome === true || outcome === undefined ? 'not_found' : outcome })
  }
  return { approved, skipped }
}

/**
 * Approves a batch of her region's applications, each on its own: one decided already, not of
 * her region (or not there at all), or beyond its programme's budget, is skipped with why. The same batch again approves nothing
 * twice: what it approved the first time is decided already.
 */
export async function approveSubsidies(deps: ServiceDeps, actor: Actor, officer: SessionUser, batch: SubsidyApprovalBatch): Promise<Result<SubsidyApprovalResult>> {
  if (!officer.regionCode) return fail('forbidden')
  const ids = [...new Set(batch.applicationIds)]
  const outcomes = new Map<string, true | Skip>()
  for (const id of ids) outcomes.set(id, await approveOne(deps, actor, officer, id))
  return ok(await answerOf(deps, ids, outcomes))
}

/** What the first call of a batch's Idempotency-Key approved: the ids, never personal data. */
export const approvedReference = (result: SubsidyApprovalResult): string => result.approved.map((application) => application.id).join(' ')

/**
 * A retry of a batch's Idempotency-Key: the first call's answer, read again as she may read it
 * now. The key's store kept which ids that call approved; the batch is the same (the request's
 * fingerprint says so), so the others are left for the reason they have now.
 */
export async function replayApproval(deps: ServiceDeps, actor: Actor, officer: SessionUser, reference: string, batch: SubsidyApprovalBatch): Promise<Result<SubsidyApprovalResult>> {
  if (!officer.regionCode) return fail('forbidden')
  const approvedFirst = new Set(reference.split(' ').filter((id) => id !== ''))
  const ids = [...new Set(batch.applicationIds)]
  const outcomes = new Map<string, true | Skip>()
  for (const id of ids) {
    const row = await subsidyOfRegion(deps, officer, id)
    // What the first call left still waiting, in her region, it left for the budget.
    outcomes.set(id, !row ? 'not_found' : approvedFirst.has(id) ? true : row.status === 'applied' ? 'over_budget' : 'already_decided')
  }
  const answer = await answerOf(deps, ids, outcomes)
  const views = await deps.db.read((q) => subsidyViewsByIds(q, answer.approved.map((application) => application.id)))
  await recordReads(deps, actor, 'training.listSubsidyApplications', officer.regionCode, views)
  return ok(answer)
}

/**
 * Declines one application of her region with a reason: her voucher returns to its result, so a
 * corrected application can be made again. Declining what is decided already is refused.
 */
export async function declineSubsidy(deps: ServiceDeps, actor: Actor, officer: SessionUser, id: string, input: SubsidyDecline): Promise<Result<SubsidyApplication>> {
  const row = await subsidyOfRegion(deps, officer, id)
  if (!row) return fail('not_found')
  if (row.status !== 'applied' || (await decide(deps, actor, officer, row, input.reason)) === undefined) return decided()
  const view = await deps.db.read((q) => subsidyViewById(q, id))
  if (!view) throw new Error(`subsidy application ${id} was declined and is not there`)
  return ok(toApplication(deps, view))
}
