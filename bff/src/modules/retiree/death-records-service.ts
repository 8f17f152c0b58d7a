import { maskName } from '@renshe/shared/identity/masking'
import { arrearsOf, overpaidAfterDeath } from '@renshe/shared/retiree/payments'
import type { DeathConfirmation, DeathRecord, DeathRecordForReview, DeathRecordReversal, DeathRecordStatus, PensionStatus } from '@renshe/shared/retiree/schemas'
import type { Query, Tx } from '../../db/database'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { completeInboxAction, inboxTaskDone, notify } from '../../platform/notify'
import type { PartnerCaller } from '../../platform/partner-access'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { auditLast, type AuditTrail } from './audit-trail'
import { todayOf } from './certification'
import {
  certifiedSinceDeath,
  deathRecordForUpdate,
  deathRecordOfRegion,
  deathRecordsOfRegion,
  heldFenByPensioner,
  insertDeathRecord,
  uncancelAfter,
  updateDeathRecord,
  withdrawOverpayment,
  type DeathRecordRow,
  type DeathRecordWithPeople,
} from './death-records-repo'
import { ageOn } from '@renshe/shared/identity/id-number'
import { retireeLinks, tellPensioner } from './notices'
import { insertOverpayment } from './partners-repo'
import {
  cancelUnpaidAfter,
  endOutstandingTasks,
  heldPayments,
  payHeldMonths,
  paymentsOf,
  pensionerForUpdate,
  portalUserOfPensioner,
  updatePensioner,
  type CertificationRow,
  type PensionerRow,
} from './pensioners-repo'
import { aboutPensioner } from './visits-service'
import { officialsCovering } from '../../platform/officials'

/**
 * What became of a partner's death record: it holds the pension (`held`: a new hold, or the same
 * partner again, or a second partner who does not agree), it confirms a hold another partner
 * started (`confirmed`), or the pension had stopped already (`stopped`).
 */
export type DeathRecordOutcome = 'held' | 'confirmed' | 'stopped'

/**
 * A death record from a partner about a pensioner the caller has locked. One partner's word
 * only holds the pension: from today every month is held, no reminder is sent, and the region's
 * officers are asked to check. A second partner (another department, not the same one again)
 * recording the same date of death confirms it and the pension stops, unless the pensioner was
 * certified on or after that date: then an officer decides. A second partner giving another
 * date is kept on the record for the officer to see.
 */
export async function receiveDeathRecord(
  tx: Tx,
  audit: AuditTrail,
  deps: Deps,
  actor: Actor,
  partner: PartnerCaller,
  pensioner: PensionerRow,
  record: DeathRecord,
  signalId: string,
): Promise<DeathRecordOutcome> {
  const now = deps.clock.now()
  if (pensioner.status === 'stopped') return 'stopped'
  if (pensioner.deathHoldId !== null) {
    const pending = await deathRecordForUpdate(tx, pensioner.deathHoldId)
    if (!pending) throw new Error(`Pensioner ${pensioner.id} is held for death record ${pensioner.deathHoldId}, which is missing`)
    if (pending.partnerId === partner.id) return 'held'
    if (pending.secondPartnerId === null) {
      await updateDeathRecord(tx, pending.id, { secondPartnerId: partner.id, secondDiedOn: record.diedOn })
      audit.add(now, actor, { action: 'retiree.corroborateDeathRecord', kind: 'write', objectType: 'death_record', objectId: pending.id })
    }
    const agrees = record.diedOn === pending.diedOn
    const certifiedSince = (await certifiedSinceDeath(tx, [pending])).has(pending.id)
    if (!agrees || certifiedSince) return 'held'
    await confirmDeath(tx, audit, deps, actor, pending, pensioner, { via: 'second_source', byUserId: null })
    return 'confirmed'
  }

  const id = newId(deps.random)
  await insertDeathRecord(tx, {
    id,
    pensionerId: pensioner.id,
    regionCode: pensioner.regionCode,
    diedOn: record.diedOn,
    partnerId: partner.id,
    signalId,
    receivedAt: now.toISOString(),
    statusBefore: pensioner.status,
    status: 'pending',
    secondPartnerId: null,
    secondDiedOn: null,
    confirmedVia: null,
    decidedByUserId: null,
    decidedAt: null,
    reversalNoteEnc: null,
  })
  await updatePensioner(tx, pensioner.id, { deathHoldId: id })
  audit.add(now, actor, { action: 'retiree.holdForDeathRecord', kind: 'write', objectType: 'death_record', objectId: id })
  // Whoever reads the pensioner's account (a family member, or the pensioner, if the record is
  // wrong) learns why payments stopped coming and what to do.
  await tellPensioner(tx, deps, now, await portalUserOfPensioner(tx, pensioner), 'retiree.deathRecordHeld', {})
  for (const userId of await officialsCovering(tx, pensioner.regionCode, 'officer')) {
    await notify(tx, deps.random, now, { userId, template: 'retiree.deathRecordToReview', params: {}, link: retireeLinks.deathRecord(id), action: { kind: 'review_death_record', targetId: id } })
  }
  return 'held'
}

interface Decision {
  readonly via: DeathConfirmation
  readonly byUserId: string | null
}

/** Decided, a record no longer waits for any officer of its region: their messages about it are done. */
async function reviewDone(tx: Tx, audit: AuditTrail, actor: Actor, recordId: string, now: Date): Promise<void> {
  if (await completeInboxAction(tx, { kind: 'review_death_record', targetId: recordId, at: now })) audit.add(now, actor, inboxTaskDone('review_death_record', recordId))
}

/**
 * Confirms a pending death record: the pension stops. The caller has locked the pensioner, then
 * the record, and checked that it is pending.
 */
async function confirmDeath(tx: Tx, audit: AuditTrail, deps: Deps, actor: Actor, record: DeathRecordRow, pensioner: PensionerRow, decision: Decision): Promise<void> {
  const now = deps.clock.now()
  // The status the pension had just before it stopped (a certification during the hold may
  // have lifted a suspension): what a later reversal restores.
  await updateDeathRecord(tx, record.id, {
    status: 'confirmed',
    confirmedVia: decision.via,
    decidedByUserId: decision.byUserId,
    decidedAt: now.toISOString(),
    statusBefore: pensioner.status,
  })
  audit.add(now, actor, { action: 'retiree.confirmDeathRecord', kind: 'write', objectType: 'death_record', objectId: record.id })
  await stopPension(tx, audit, deps, actor, pensioner, record)
  await reviewDone(tx, audit, actor, record.id, now)
}

/**
 * Stops the pension of someone who died: nothing is paid from the month after the death, rows
 * not yet paid for those months are cancelled, what was paid for them is recorded as an
 * overpayment to recover and sent to the officers of the region, outstanding visits end, and no
 * reminder is ever sent again (the jobs pass stopped pensions by). Offers stay as they were.
 */
async function stopPension(tx: Tx, audit: AuditTrail, deps: Deps, actor: Actor, pensioner: PensionerRow, record: DeathRecordRow): Promise<void> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const { diedOn } = record
  await updatePensioner(tx, pensioner.id, { status: 'stopped', diedOn, deathHoldId: null })
  await cancelUnpaidAfter(tx, pensioner.id, diedOn.slice(0, 7))
  await endOutstandingTasks(tx, pensioner.id, null, null, at)
  audit.add(now, actor, { action: 'retiree.stopPension', kind: 'write', objectType: 'pensioner', objectId: pensioner.id })
  const overpaid = overpaidAfterDeath(diedOn, await paymentsOf(tx, pensioner.id))
  if (overpaid.amountFen === 0) return
  const id = newId(deps.random)
  await insertOverpayment(tx, {
    id,
    pensionerId: pensioner.id,
    regionCode: pensioner.regionCode,
    diedOn,
    months: overpaid.months,
    amountFen: overpaid.amountFen,
    status: 'open',
    partnerId: record.partnerId,
    recordedAt: at,
  })
  audit.add(now, actor, { action: 'retiree.recordOverpayment', kind: 'write', objectType: 'overpayment', objectId: id })
  for (const userId of await officialsCovering(tx, pensioner.regionCode, 'officer')) {
    await notify(tx, deps.random, now, {
      userId,
      template: 'retiree.overpayment',
      params: { months: overpaid.months.length, amountFen: overpaid.amountFen },
      link: retireeLinks.overpayments,
    })
  }
}

/**
 * Restores a pension a wrong death record held or stopped: the date of death goes, months
 * cancelled after it are owed again, an overpayment is withdrawn, and the pension is as it was
 * when the record came. Unless it was suspended then (the pensioner has still to certify), every
 * held month is paid today as arrears. The caller has locked the pensioner, then the record.
 */
async function restorePension(tx: Tx, audit: AuditTrail, deps: Deps, actor: Actor, pensioner: PensionerRow, record: DeathRecordRow): Promise<number> {
  const now = deps.clock.now()
  const today = todayOf(deps)
  let status: PensionStatus = pensioner.status
  if (record.status === 'confirmed') {
    status = record.statusBefore
    await uncancelAfter(tx, pensioner.id, record.diedOn.slice(0, 7))
    const withdrawn = await withdrawOverpayment(tx, pensioner.id)
    if (withdrawn) audit.add(now, actor, { action: 'retiree.withdrawOverpayment', kind: 'write', objectType: 'overpayment', objectId: withdrawn })
  }
  await updatePensioner(tx, pensioner.id, { status, diedOn: null, deathHoldId: null })
  audit.add(now, actor, { action: 'retiree.restorePension', kind: 'write', objectType: 'pensioner', objectId: pensioner.id })
  if (status === 'suspended') return 0
  const released = arrearsOf(await heldPayments(tx, pensioner.id), null)
  await payHeldMonths(tx, pensioner.id, released.months, today)
  const userId = await portalUserOfPensioner(tx, pensioner)
  await tellPensioner(tx, deps, now, userId, 'retiree.pensionRestored', { months: released.months.length, amountFen: released.amountFen })
  return released.amountFen
}

// ——— the officer's side ———

function toView(deps: Deps, found: DeathRecordWithPeople, certified: Map<string, Pick<CertificationRow, 'certifiedOn' | 'method'>>, held: Map<string, number>): DeathRecordForReview {
  const { record, pensioner } = found
  const since = certified.get(record.id)
  return {
    id: record.id,
    pensionerMaskedName: maskName(deps.sealer.open(pensioner.nameEnc)),
    age: ageOn(pensioner.birthDate, todayOf(deps)),
    gridCode: pensioner.gridCode,
    diedOn: record.diedOn,
    partnerName: found.partnerName,
    receivedAt: record.receivedAt,
    status: record.status,
    secondPartnerName: found.secondPartnerName,
    secondDiedOn: record.secondDiedOn,
    certifiedSince: since ? { on: since.certifiedOn, method: since.method } : null,
    heldFen: held.get(pensioner.id) ?? 0,
    confirmedVia: record.confirmedVia,
    decidedAt: record.decidedAt,
    reversalNote: record.reversalNoteEnc === null ? null : deps.sealer.open(record.reversalNoteEnc),
  }
}

async function viewsOf(q: Query, deps: Deps, found: readonly DeathRecordWithPeople[]): Promise<DeathRecordForReview[]> {
  const certified = await certifiedSinceDeath(
    q,
    found.map(({ record }) => record),
  )
  const held = await heldFenByPensioner(
    q,
    found.map(({ pensioner }) => pensioner.id),
  )
  return found.map((one) => toView(deps, one, certified, held))
}

/** The region's death records in one status. Names are masked; the list read is recorded about the region. */
export async function listDeathRecords(deps: Deps, actor: Actor, official: SessionUser, status: DeathRecordStatus): Promise<Result<{ items: DeathRecordForReview[] }>> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const items = await deps.db.read(async (q) => viewsOf(q, deps, await deathRecordsOfRegion(q, region, status)))
  await recordAudit(deps, deps.clock.now(), actor, { action: 'retiree.listDeathRecords', kind: 'read', objectType: 'region', objectId: region })
  return ok({ items })
}

/** One record of the officer's region; the read is recorded about the pensioner. */
export async function getDeathRecord(deps: Deps, actor: Actor, official: SessionUser, id: string): Promise<Result<DeathRecordForReview>> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const found = await deps.db.read(async (q) => {
    const one = await deathRecordOfRegion(q, region, id)
    if (!one) return null
    const [view] = await viewsOf(q, deps, [one])
    return view ? { view, about: await aboutPensioner(q, actor, one.pensioner) } : null
  })
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), found.about, { action: 'retiree.getDeathRecord', kind: 'read', objectType: 'death_record', objectId: id })
  return ok(found.view)
}

type Decide = (tx: Tx, audit: AuditTrail, about: Actor, record: DeathRecordRow, pensioner: PensionerRow) => Promise<Result<null>>

/**
 * A decision on one record of the officer's region, in one transaction: the pensioner locked,
 * then the record, as every write about them does; the record's status is read under the lock,
 * so two officers pressing at once decide once.
 */
async function decide(deps: Deps, actor: Actor, official: SessionUser, id: string, act: Decide): Promise<Result<DeathRecordForReview>> {
  const region = official.regionCode
  if (!region) return fail('forbidden')
  const found = await deps.db.read((q) => deathRecordOfRegion(q, region, id))
  if (!found) return fail('not_found')
  const decided = await deps.db.transaction((tx) =>
    auditLast(tx, async (audit): Promise<Result<null>> => {
      const pensioner = await pensionerForUpdate(tx, found.pensioner.id)
      const record = await deathRecordForUpdate(tx, id)
      if (!pensioner || !record) return fail('not_found')
      return act(tx, audit, await aboutPensioner(tx, actor, pensioner), record, pensioner)
    }),
  )
  if (!decided.ok) return decided
  const view = await deps.db.read(async (q) => {
    const after = await deathRecordOfRegion(q, region, id)
    return after ? (await viewsOf(q, deps, [after]))[0] : undefined
  })
  return view ? ok(view) : fail('not_found')
}

const decidedDetail = (record: DeathRecordRow) => `This death record is ${record.status} already`

/** The officer confirms a pending record: the pension stops. */
export function confirmDeathRecord(deps: Deps, actor: Actor, official: SessionUser, id: string): Promise<Result<DeathRecordForReview>> {
  return decide(deps, actor, official, id, async (tx, audit, about, record, pensioner) => {
    if (record.status !== 'pending') return fail('illegal_transition', { detail: decidedDetail(record) })
    await confirmDeath(tx, audit, deps, about, record, pensioner, { via: 'officer', byUserId: official.id })
    return ok(null)
  })
}

/**
 * The officer finds a record wrong, pending or confirmed, and says why: the pension is restored
 * and what was held is paid. The reason is sealed like every free text about a person.
 */
export function reverseDeathRecord(deps: Deps, actor: Actor, official: SessionUser, id: string, reversal: DeathRecordReversal): Promise<Result<DeathRecordForReview>> {
  return decide(deps, actor, official, id, async (tx, audit, about, record, pensioner) => {
    if (record.status === 'reversed') return fail('illegal_transition', { detail: decidedDetail(record) })
    // A later record of the same person may be the one in force: only that one can be reversed.
    if (record.status === 'pending' ? pensioner.deathHoldId !== record.id : pensioner.status !== 'stopped' || pensioner.diedOn !== record.diedOn) {
      return fail('illegal_transition', { detail: 'A later death record of this pensioner is the one in force' })
    }
    const now = deps.clock.now()
    await restorePension(tx, audit, deps, about, pensioner, record)
    await updateDeathRecord(tx, record.id, {
      status: 'reversed',
      decidedByUserId: official.id,
      decidedAt: now.toISOString(),
      reversalNoteEnc: deps.sealer.seal(reversal.note),
    })
    audit.add(now, about, { action: 'retiree.reverseDeathRecord', kind: 'write', objectType: 'death_record', objectId: record.id })
    await reviewDone(tx, audit, about, record.id, now)
    return ok(null)
  })
}
