import { chinaDate } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import type { MyTraining, Voucher } from '@renshe/shared/training/schemas'
import { actOnVoucher, issueVoucher, statusOn, type VoucherState } from '@renshe/shared/training/voucher-machine'
import type { Tx } from '../../db/database'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { completeInboxAction, inboxTaskDone, notify } from '../../platform/notify'
import { regionsCovering } from '../../platform/policy'
import { fail, ok, type Result } from '../../platform/problem'
import { newCode, newId } from '../../platform/random'
import { lastFullMonth, qualifies, trainingFactsOf } from './eligibility'
import { shownEnrolmentsOf } from './enrolments-repo'
import { personFactsOf } from './people-repo'
import { claimableProgrammes, institutionsByIds, programmeById, takeVoucher, type ProgrammeRow } from './programmes-repo'
import { refuse } from './refusals'
import { toClaimable, toVoucher } from './views'
import { insertVoucher, moveVoucher, voucherById, voucherOfProgrammeAndHolder, vouchersOfHolder, type HeldVoucher, type VoucherRow } from './vouchers-repo'

/*
 * A holder's training vouchers (decision 060): "My training", a voucher claimed from a general
 * programme while any are left, and a voucher pushed to her accepted with one tap. Every change
 * of a voucher goes through the shared machine (`actOnVoucher`); every voucher is taken from its
 * programme by one conditional update in the transaction that writes it (`takeVoucher`).
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'audit'>

/** How many claimable programmes "My training" lists. */
const claimableShown = 50

/** Characters of a voucher's face number: Crockford base32, 60 random bits, read out at a desk without confusion. */
const numberLength = 12

/** What the shared machine knows of a voucher. */
export const stateOf = (voucher: VoucherRow): VoucherState => ({ status: voucher.status, validFrom: voucher.validFrom, validUntil: voucher.validUntil, payment: voucher.payment, passed: voucher.passed })

/**
 * Takes one voucher from the programme and writes it for `holderUserId`, in the caller's
 * transaction, in the state `state` gives a freshly issued one (the machine's). Null when the
 * programme has none left, is closed or is past its last day: nothing is written then.
 */
export async function issueFrom(
  tx: Tx,
  deps: Pick<Deps, 'random'>,
  programme: ProgrammeRow,
  holderUserId: string,
  now: Date,
  state: (issued: VoucherState) => VoucherState = (issued) => issued,
): Promise<VoucherRow | null> {
  if (!(await takeVoucher(tx, programme.id, chinaDate(now)))) return null
  const voucher = state(issueVoucher({ validFrom: programme.validFrom, validUntil: programme.validUntil, payment: programme.payment }))
  const at = now.toISOString()
  const row: VoucherRow = {
    id: newId(deps.random, now.getTime()),
    number: newCode(deps.random, numberLength),
    programmeId: programme.id,
    holderUserId,
    status: voucher.status,
    passed: voucher.passed,
    issuedAt: at,
    claimedAt: voucher.status === 'claimed' ? at : null,
    validFrom: voucher.validFrom,
    validUntil: voucher.validUntil,
    payment: voucher.payment,
  }
  await insertVoucher(tx, row)
  return row
}

/** Her voucher as she sees it today, with the names of the institutions it can be spent at and its enrolment. */
export async function voucherView(deps: Pick<Deps, 'db' | 'clock'>, held: HeldVoucher): Promise<Voucher> {
  const [names, shown] = await deps.db.read((q) => Promise.all([institutionsByIds(q, held.programme.institutionIds), shownEnrolmentsOf(q, [held.voucher.id])]))
  return toVoucher(held, chinaDate(deps.clock.now()), names, shown.get(held.voucher.id))
}

/** The message that a voucher is hers to spend: its face number and last day, with the way to "My training". */
async function tellClaimed(tx: Tx, deps: Pick<Deps, 'random'>, now: Date, programme: ProgrammeRow, voucher: VoucherRow): Promise<void> {
  await notify(tx, deps.random, now, {
    userId: voucher.holderUserId,
    template: 'training.voucherClaimed',
    params: { programmeName: programme.name, number: voucher.number, validUntil: voucher.validUntil },
    link: pageLink('myTraining'),
  })
}

/**
 * "My training": her vouchers, newest first, each with the status she should see today, and the
 * general programmes of her region she qualifies for and holds no voucher of, while any are
 * left. The read of her vouchers is recorded.
 */
export async function getMyTraining(deps: ServiceDeps, actor: Actor, holderUserId: string): Promise<Result<MyTraining>> {
  const now = deps.clock.now()
  const today = chinaDate(now)
  const found = await deps.db.read(async (q) => {
    const [vouchers, factsRow] = await Promise.all([vouchersOfHolder(q, holderUserId), personFactsOf(q, holderUserId, lastFullMonth(today))])
    const facts = factsRow ? trainingFactsOf(deps, factsRow, today) : null
    const open = facts ? await claimableProgrammes(q, regionsCovering(facts.regionCode), holderUserId, today, claimableShown) : []
    const [names, enrolments] = await Promise.all([
      institutionsByIds(
        q,
        vouchers.flatMap((held) => held.programme.institutionIds),
      ),
      shownEnrolmentsOf(
        q,
        vouchers.map((held) => held.voucher.id),
      ),
    ])
    return { vouchers, names, enrolments, claimable: open.filter((programme) => qualifies(programme, facts)) }
  })
  await recordAudit(deps, now, actor, { action: 'training.getMine', kind: 'read', objectType: 'training_vouchers', objectId: holderUserId })
  return ok({ vouchers: found.vouchers.map((held) => toVoucher(held, today, found.names, found.enrolments.get(held.voucher.id))), claimable: found.claimable.map(toClaimable) })
}

/**
 * Claims a voucher of a general programme for the holder: claimed by her at once, hers to spend
 * from the programme's first valid day. One per person and programme: a second claim (another
 * tap, another key, or two at once, which the unique index decides) answers with the voucher she
 * holds. Refused, with the reason, when the programme is targeted, closed or past its last day,
 * when she does not qualify, and when none is left.
 */
export async function claimVoucher(deps: ServiceDeps, actor: Actor, holderUserId: string, programmeId: string): Promise<Result<Voucher>> {
  const now = deps.clock.now()
  const today = chinaDate(now)
  const found = await deps.db.read(async (q) => {
    const [programme, held, factsRow] = await Promise.all([
      programmeById(q, programmeId),
      voucherOfProgrammeAndHolder(q, programmeId, holderUserId),
      personFactsOf(q, holderUserId, lastFullMonth(today)),
    ])
    return { programme, held, facts: factsRow ? trainingFactsOf(deps, factsRow, today) : null }
  })
  const { programme, held, facts } = found
  if (!programme) return fail('not_found')
  if (held) return ok(await voucherView(deps, held))
  if (programme.reach === 'targeted') return refuse('training.targeted', 'Vouchers of a targeted programme are sent to the people it is for')
  if (programme.status !== 'open' || programme.validUntil < today) return refuse('training.programmeClosed', 'This programme no longer issues vouchers')
  if (!qualifies(programme, facts)) return refuse('training.notEligible', 'The holder does not meet the conditions of this programme')
  if (programme.issued >= programme.quantity) return refuse('training.noneLeft', 'All vouchers of this programme have been taken')
  try {
    const issued = await deps.db.transaction(async (tx) => {
      const voucher = await issueFrom(tx, deps, programme, holderUserId, now, (state) => {
        const claimed = actOnVoucher(state, { act: 'claim', by: 'holder', today })
        return claimed.ok ? claimed.state : state
      })
      if (!voucher) return null
      await tellClaimed(tx, deps, now, programme, voucher)
      await appendAudit(tx, now, actor, { action: 'training.claimVoucher', kind: 'write', objectType: 'training_voucher', objectId: voucher.id })
      return voucher
    })
    if (issued) return ok(await voucherView(deps, { voucher: issued, programme }))
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
  }
  // Taken by a claim of hers at the same moment (the unique index refused this one), or none was left.
  const [mine, after] = await deps.db.read((q) => Promise.all([voucherOfProgrammeAndHolder(q, programmeId, holderUserId), programmeById(q, programmeId)]))
  if (mine) return ok(await voucherView(deps, mine))
  if (after && after.status !== 'open') return refuse('training.programmeClosed', 'This programme no longer issues vouchers')
  return refuse('training.noneLeft', 'All vouchers of this programme have been taken')
}

/** Her voucher, read again for a retry of the claim's Idempotency-Key; anyone else's does not exist. */
export async function replayClaimedVoucher(deps: ServiceDeps, actor: Actor, holderUserId: string, voucherId: string): Promise<Result<Voucher>> {
  const held = await deps.db.read((q) => voucherById(q, voucherId))
  if (!held || held.voucher.holderUserId !== holderUserId) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.getVoucher', kind: 'read', objectType: 'training_voucher', objectId: voucherId })
  return ok(await voucherView(deps, held))
}

/**
 * Accepts a voucher pushed to her (issued → claimed, by the machine): from the inbox with one tap
 * or from "My training". Someone else's voucher does not exist for her. A second tap answers
 * with the voucher as it is; the first marks the inbox button done and says so in a message.
 */
export async function acceptVoucher(deps: ServiceDeps, actor: Actor, holderUserId: string, voucherId: string): Promise<Result<Voucher>> {
  const now = deps.clock.now()
  const today = chinaDate(now)
  const held = await deps.db.read((q) => voucherById(q, voucherId))
  if (!held || held.voucher.holderUserId !== holderUserId) return fail('not_found')
  const refusal = refusalOfAccept(held, today)
  if (refusal) return refusal
  if (held.voucher.status !== 'issued') return ok(await voucherView(deps, held))
  const at = now.toISOString()
  const moved = await deps.db.transaction(async (tx) => {
    const claimed = actOnVoucher(stateOf(held.voucher), { act: 'claim', by: 'holder', today })
    if (!claimed.ok) return undefined
    // Accepted once, by whichever tap gets there first: the update from `issued` is the check.
    const row = await moveVoucher(tx, voucherId, 'issued', { status: claimed.state.status, claimedAt: at })
    if (!row) return undefined
    const marked = await completeInboxAction(tx, { userId: holderUserId, kind: 'accept_voucher', targetId: voucherId, at })
    await tellClaimed(tx, deps, now, held.programme, row)
    await appendAudit(tx, now, actor, { action: 'training.acceptVoucher', kind: 'write', objectType: 'training_voucher', objectId: voucherId })
    if (marked > 0) await appendAudit(tx, now, actor, inboxTaskDone('accept_voucher', voucherId))
    return row
  })
  if (moved) return ok(await voucherView(deps, { voucher: moved, programme: held.programme }))
  const again = await deps.db.read((q) => voucherById(q, voucherId))
  return again ? (refusalOfAccept(again, today) ?? ok(await voucherView(deps, again))) : fail('not_found')
}

/** Why a voucher cannot be accepted today, if it cannot: it lapsed, or an officer withdrew it. */
function refusalOfAccept(held: HeldVoucher, today: string) {
  const status = statusOn(held.voucher, today)
  if (status === 'expired') return refuse('training.expired', 'This voucher has expired')
  if (status === 'withdrawn') return refuse('training.withdrawn', 'This voucher was withdrawn')
  return null
}
