import { checkIdNumber } from '@renshe/shared/identity/id-number'
import { chinaDate } from '@renshe/shared/platform/china-time'
import type { DeathRecord, LifeSignal, PartnerKind, PartnerReceipt, PartnerRegistration, RegisteredPartner } from '@renshe/shared/retiree/schemas'
import type { Query, Tx } from '../../db/database'
import type { Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { newPartnerKey, partnerActorId, type PartnerCaller } from '../../platform/partner-access'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { auditLast, type AuditTrail } from './audit-trail'
import { certify, cycleRulesOf, pensionerState, todayOf } from './certification'
import { receiveDeathRecord } from './death-records-service'
import { insertSignalOnce } from '../../platform/partner-signals'
import { insertPartner, insertPartnerKey, setSignalOutcome, signalByReference, type PartnerSignalRow } from './partners-repo'
import { pensionerById, pensionerByIdNumberIndex, pensionerForUpdate, portalUserOfPensioner, type PensionerRow } from './pensioners-repo'

/**
 * Partners act for no one: audit rows name the partner as actor and, when the person has a
 * portal account, that account as subject, so the pensioner sees the call in their access log.
 */
async function partnerActor(q: Query, requestId: string, partner: PartnerCaller, pensionerId: string | null): Promise<Actor> {
  const pensioner = pensionerId ? await pensionerById(q, pensionerId) : undefined
  return {
    requestId,
    actorUserId: partnerActorId(partner.id),
    subjectUserId: pensioner ? await portalUserOfPensioner(q, pensioner) : null,
    viaGrantId: null,
  }
}

const receipt = (reference: string, replayed: boolean): PartnerReceipt => ({ received: true, reference, replayed })

type Checked = { ok: true; idNumberIndex: string } | { ok: false; problem: ReturnType<typeof fail>['problem'] }

function checkedIdNumber(deps: Deps, idNumber: string, now: Date): Checked {
  const check = checkIdNumber(idNumber, now)
  if (!check.ok) return fail('validation_failed', { errors: [{ path: 'body.idNumber', key: check.error }] })
  return { ok: true, idNumberIndex: deps.blindIndex('id_number', check.value.normalized) }
}

/**
 * The same reference from the same partner a second time: the first receipt again, marked as a
 * replay, and nothing changed. Still audited, as every accepted call is.
 */
async function replay(
  tx: Tx,
  audit: AuditTrail,
  deps: Deps,
  requestId: string,
  partner: PartnerCaller,
  existing: PartnerSignalRow,
  action: string,
): Promise<Result<PartnerReceipt>> {
  audit.add(deps.clock.now(), await partnerActor(tx, requestId, partner, existing.pensionerId), {
    action,
    kind: 'write',
    objectType: 'partner_signal',
    objectId: existing.id,
  })
  return ok(receipt(existing.reference, true))
}

type SignalOutcome = PartnerSignalRow['outcome']

/**
 * A sign of life counts when it is not in the future and not before the cycle that runs now,
 * and once the cycle needs one: from the reminder window on (due, overdue, suspended). Earlier
 * in the cycle the pensioner is certified already; a weekly bank visit must not restart the
 * cycle and send a message every week.
 */
function lifeSignalOutcome(deps: Deps, pensioner: PensionerRow | undefined, observedOn: string, today: string): SignalOutcome {
  if (!pensioner) return 'no_pension'
  if (pensioner.status === 'stopped') return 'stopped'
  if (observedOn > today || observedOn < pensioner.cycleStart) return 'outside_cycle'
  // The cycle's first day is already counted: by the certification it starts from, or as the first pension day.
  if (observedOn === pensioner.cycleStart) return 'already_certified'
  if (pensionerState(pensioner, today, cycleRulesOf(deps)).state === 'certified') return 'already_certified'
  return 'certified'
}

/**
 * A sign of life from a partner. A qualifying one certifies the pensioner on the day it was
 * seen (China time) and tells them. The receipt is the same whether or not the person draws a
 * pension, and whatever came of it: a partner learns nothing about who does.
 */
export async function sendLifeSignal(deps: Deps, requestId: string, partner: PartnerCaller, signal: LifeSignal): Promise<Result<PartnerReceipt>> {
  const now = deps.clock.now()
  const checked = checkedIdNumber(deps, signal.idNumber, now)
  if (!checked.ok) return checked
  const observedOn = chinaDate(new Date(signal.observedAt))
  return deps.db.transaction((tx) =>
    auditLast(tx, async (audit): Promise<Result<PartnerReceipt>> => {
      const existing = await signalByReference(tx, partner.id, signal.signalId)
      if (existing) return replay(tx, audit, deps, requestId, partner, existing, 'partner.sendLifeSignal')
      const pensioner = await lockedPensionerOf(tx, checked.idNumberIndex)
      const outcome = lifeSignalOutcome(deps, pensioner, observedOn, todayOf(deps))
      const id = newId(deps.random)
      const recorded = await insertSignalOnce(tx, {
        id,
        partnerId: partner.id,
        reference: signal.signalId,
        kind: signal.kind,
        pensionerId: pensioner?.id ?? null,
        occurredAt: signal.observedAt,
        outcome,
        receivedAt: now.toISOString(),
      })
      if (!recorded) return replayOfRace(tx, audit, deps, requestId, partner, signal.signalId, 'partner.sendLifeSignal')
      const actor = await partnerActor(tx, requestId, partner, pensioner?.id ?? null)
      audit.add(now, actor, { action: 'partner.sendLifeSignal', kind: 'write', objectType: 'partner_signal', objectId: id })
      if (pensioner && outcome === 'certified') {
        await certify(tx, audit, deps, actor, { pensionerId: pensioner.id, certifiedOn: observedOn, method: 'partner_signal', source: partner.kind, signalId: id, taskId: null, review: 'none' })
      }
      return ok(receipt(signal.signalId, false))
    }),
  )
}

/**
 * The pensioner an ID number belongs to, locked before anything is decided from their state:
 * a certification or a death recorded meanwhile (by another partner, on another instance) is seen.
 */
async function lockedPensionerOf(tx: Tx, idNumberIndex: string): Promise<PensionerRow | undefined> {
  const indexed = await pensionerByIdNumberIndex(tx, idNumberIndex)
  return indexed ? pensionerForUpdate(tx, indexed.id) : undefined
}

/**
 * The same reference sent twice at once: the unique index let the first in and made this one
 * wait for it to commit, so it is a replay after all, of what the first recorded.
 */
async function replayOfRace(
  tx: Tx,
  audit: AuditTrail,
  deps: Deps,
  requestId: string,
  partner: PartnerCaller,
  reference: string,
  action: string,
): Promise<Result<PartnerReceipt>> {
  const first = await signalByReference(tx, partner.id, reference)
  if (!first) throw new Error(`Partner ${partner.id}'s reference was taken, yet no signal has it`)
  return replay(tx, audit, deps, requestId, partner, first, action)
}

/** The partners whose records of a death count: civil affairs, and hospitals (a death certificate). */
const deathRecorders: ReadonlySet<PartnerKind> = new Set(['civil_affairs', 'hospital'])

/**
 * A death record from civil affairs (data level 2, checked before this runs). It holds the
 * pension until an officer or a second partner confirms it (see death-records-service.ts).
 */
export async function sendDeathRecord(deps: Deps, requestId: string, partner: PartnerCaller, record: DeathRecord): Promise<Result<PartnerReceipt>> {
  // The data level lets a bank act at its card counter; only the registries of deaths record one.
  if (!deathRecorders.has(partner.kind)) return fail('forbidden', { detail: 'Death records come from civil affairs or a hospital' })
  const now = deps.clock.now()
  const checked = checkedIdNumber(deps, record.idNumber, now)
  if (!checked.ok) return checked
  if (record.diedOn > todayOf(deps)) return fail('validation_failed', { errors: [{ path: 'body.diedOn', key: 'field.invalid' }] })
  return deps.db.transaction((tx) =>
    auditLast(tx, async (audit): Promise<Result<PartnerReceipt>> => {
      const existing = await signalByReference(tx, partner.id, record.recordId)
      if (existing) return replay(tx, audit, deps, requestId, partner, existing, 'partner.sendDeathRecord')
      // Locked: two records of one death at once (two references, two instances) stop the pension once.
      const pensioner = await lockedPensionerOf(tx, checked.idNumberIndex)
      const id = newId(deps.random)
      const row: PartnerSignalRow = {
        id,
        partnerId: partner.id,
        reference: record.recordId,
        kind: 'death',
        pensionerId: pensioner?.id ?? null,
        occurredAt: record.diedOn,
        outcome: 'no_pension',
        receivedAt: now.toISOString(),
      }
      // The signal first, so a replay racing this call waits on its reference; its outcome once known.
      if (!(await insertSignalOnce(tx, row))) return replayOfRace(tx, audit, deps, requestId, partner, record.recordId, 'partner.sendDeathRecord')
      const actor = await partnerActor(tx, requestId, partner, pensioner?.id ?? null)
      audit.add(now, actor, { action: 'partner.sendDeathRecord', kind: 'write', objectType: 'partner_signal', objectId: id })
      if (pensioner) await setSignalOutcome(tx, id, await receiveDeathRecord(tx, audit, deps, actor, partner, pensioner, record, id))
      return ok(receipt(record.recordId, false))
    }),
  )
}

/** Registers a partner department. Its key is shown once, here; only its SHA-256 is kept. */
export async function registerPartner(deps: Deps, actor: Actor, registration: PartnerRegistration): Promise<RegisteredPartner> {
  const now = deps.clock.now()
  const id = newId(deps.random)
  const { key, keyHash } = newPartnerKey(deps.random)
  const keyId = newId(deps.random)
  const createdAt = now.toISOString()
  await deps.db.transaction((tx) =>
    auditLast(tx, async (audit) => {
      await insertPartner(tx, { id, name: registration.name, kind: registration.kind, dataLevel: registration.dataLevel, createdAt })
      await insertPartnerKey(tx, { id: keyId, partnerId: id, keyHash, createdAt, lastUsedAt: null, expiresAt: null, revokedAt: null })
      audit.add(now, actor, { action: 'retiree.registerPartner', kind: 'write', objectType: 'partner', objectId: id })
      audit.add(now, actor, { action: 'retiree.issuePartnerKey', kind: 'write', objectType: 'partner_key', objectId: keyId })
    }),
  )
  return { id, name: registration.name, kind: registration.kind, dataLevel: registration.dataLevel, key, keyId, createdAt }
}
