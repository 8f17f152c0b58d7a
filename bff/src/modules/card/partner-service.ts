import type { z } from 'zod'
import type { ApplicationCollection, ApplicationStatus, ApplicationStep, FormalLossReport, PartnerApplication, PartnerApplicationsQuery } from '@renshe/shared/card/applications'
import { maskCardNumber } from '@renshe/shared/card/schemas'
import { checkIdNumber } from '@renshe/shared/identity/id-number'
import { maskName } from '@renshe/shared/identity/masking'
import { chinaDate } from '@renshe/shared/platform/china-time'
import type { PartnerReceipt } from '@renshe/shared/retiree/schemas'
import type { Tx } from '../../db/database'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, recordAudit, type Actor, type AuditEntry } from '../../platform/audit'
import { releaseHeldCardPayments } from '../../platform/card-money'
import type { Deps } from '../../platform/deps'
import { partnerActor, type PartnerCaller } from '../../platform/partner-access'
import { fail, ok, type ProblemInit, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { collectByOf } from './application-views'
import {
  advanceApplication,
  applicationsOfPartner,
  cancelReplacedCard,
  cardByNumberForUpdate,
  cardNumberInUse,
  idNumberIndexOf,
  insertCard,
  markLostAtCounter,
  partnerApplicationForUpdate,
  type ApplicationRow,
} from './applications-repo'
import { cardById, personOf } from './benefits-repo'
import { tell, tellStep } from './notices'
import { outletById } from './outlets-repo'
import { insertSignalOnce } from '../../platform/partner-signals'
import { signalOf, type CardSignalKind } from './partner-repo'
import { insertCardEvent, type CardEventRow, type CardRow } from './repo'

/*
 * The bank's side of an application (decision 067), through the partner API with the keys the
 * retiree partners use (hashed, rotated, rate-limited, levelled; the platform checks the level).
 * A bank acts on the applications sent to the outlets it serves and on the cards it issued, and
 * on nothing else: another bank's application or card is answered exactly as an unknown one, so
 * a key learns nothing of other banks' customers. Each act is kept under the bank's reference in
 * `partner_signals`: the same reference twice counts once.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'blindIndex' | 'audit'>

/** One answer for an id or card that is unknown, another bank's, or not the person's shown at the counter. */
const notFound = fail('not_found')

/** Oldest first: the queue is worked from its head, a page at a time as cards are made. */
const queueShown = 200

const notABank = fail('forbidden', { detail: 'Only a bank that serves card outlets makes, hands over and reports cards' })

const receipt = (reference: string, replayed: boolean): PartnerReceipt => ({ received: true, reference, replayed })

/** A partner acting about a holder: the audit rows name her, so the bank's act is in her access log. */
function actorFor(partner: PartnerCaller, requestId: string, holderUserId: string): Actor {
  return { ...partnerActor(partner, requestId), subjectUserId: holderUserId }
}

type Refusal = { ok: false; problem: ProblemInit }
type Audit = (at: Date, actor: Actor, entry: AuditEntry) => void

/**
 * What the bank already sent under this reference: the first receipt again, marked as a replay
 * (audited, nothing changed); a refusal when the reference was used for another kind of act; or
 * null for a reference not seen yet.
 */
async function alreadySent(tx: Tx, deps: ServiceDeps, audit: Audit, requestId: string, partner: PartnerCaller, reference: string, kind: CardSignalKind, action: string): Promise<Result<PartnerReceipt> | null> {
  const existing = await signalOf(tx, partner.id, reference)
  if (!existing) return null
  if (existing.kind !== kind) return fail('conflict', { detail: 'This reference was already used for another report: send each report under a reference of its own' })
  audit(deps.clock.now(), partnerActor(partner, requestId), { action, kind: 'write', objectType: 'partner_signal', objectId: existing.id })
  return ok(receipt(reference, true))
}

/**
 * A unit of work of the bank's, its audit rows appended last (appending holds the head of the
 * audit chain, which every writer waits for, until the commit).
 */
async function inBankWork<T>(deps: ServiceDeps, work: (tx: Tx, audit: Audit) => Promise<T>): Promise<T> {
  return deps.db.transaction(async (tx) => {
    const noted: Parameters<Audit>[] = []
    const result = await work(tx, (...entry) => noted.push(entry))
    for (const [at, actor, entry] of noted) await appendAudit(tx, at, actor, entry)
    return result
  })
}

/** Records the act under its reference; false when a send of the same reference at once came first (the caller replays it). */
function recordSignal(tx: Tx, deps: ServiceDeps, partner: PartnerCaller, reference: string, kind: CardSignalKind, at: string): Promise<boolean> {
  return insertSignalOnce(tx, { id: newId(deps.random), partnerId: partner.id, reference, kind, pensionerId: null, occurredAt: at, outcome: 'recorded', receivedAt: at })
}

/** The same reference sent twice at once: the unique index let the first in and made this one wait for it, so it is a replay. */
async function replayOfRace(tx: Tx, deps: ServiceDeps, audit: Audit, requestId: string, partner: PartnerCaller, reference: string, kind: CardSignalKind, action: string): Promise<Result<PartnerReceipt>> {
  const replayed = await alreadySent(tx, deps, audit, requestId, partner, reference, kind, action)
  if (!replayed) throw new Error(`Partner ${partner.id}'s reference was taken, yet no signal has it`)
  return replayed
}

type CheckedId = { ok: true; index: string } | Refusal

/** The ID number shown at the counter, as its blind index: compared with the holder's, never opened. */
function checkedIdNumber(deps: ServiceDeps, idNumber: string): CheckedId {
  const check = checkIdNumber(idNumber, deps.clock.now())
  if (!check.ok) return fail('validation_failed', { errors: [{ path: 'body.idNumber', key: check.error }] })
  return { ok: true, index: deps.blindIndex('id_number', check.value.normalized) }
}

function event(deps: ServiceDeps, now: Date, cardId: string, kind: CardEventRow['kind']): CardEventRow {
  // A bank is no portal user: the event names no one, the audit row names the bank.
  return { id: newId(deps.random, now.getTime()), cardId, kind, at: now.toISOString(), byUserId: null, viaGrantId: null }
}

/** The step an act moves an application from, and why another is refused. */
function outOfOrder(row: ApplicationRow, expected: ApplicationStatus, act: string): Refusal {
  return fail('conflict', { detail: `The application is at step ${row.status}: ${act} follows ${expected} only` })
}

/** The bank's production queue at a step: masked names only. The read is recorded under the bank. */
export async function partnerListApplications(deps: ServiceDeps, requestId: string, partner: PartnerCaller, query: z.output<typeof PartnerApplicationsQuery>): Promise<Result<{ items: PartnerApplication[] }>> {
  if (partner.kind !== 'bank') return notABank
  const rows = await deps.db.read((q) => applicationsOfPartner(q, partner.id, query.status, queueShown))
  await recordAudit(deps, deps.clock.now(), partnerActor(partner, requestId), { action: 'card.partnerListApplications', kind: 'read', objectType: 'partner', objectId: partner.id })
  return ok({
    items: rows.map(({ application, nameEnc }) => ({
      id: application.id,
      kind: application.kind,
      reason: application.reason,
      status: application.status,
      holderMaskedName: maskName(deps.sealer.open(nameEnc)),
      outletId: application.outletId,
      appliedAt: application.appliedAt,
    })),
  })
}

/**
 * A production step of one of the bank's applications: `produced` from applied, with the new
 * card's number — sealed on the application, with its blind index and mask; it becomes a card
 * only when collected, since a person holds one live card and the old one is still hers — then
 * `at_outlet` from produced. Each is told to the holder and recorded about her.
 */
export async function partnerReportApplicationStep(deps: ServiceDeps, requestId: string, partner: PartnerCaller, id: string, step: ApplicationStep): Promise<Result<PartnerReceipt>> {
  if (partner.kind !== 'bank') return notABank
  const now = deps.clock.now()
  const at = now.toISOString()
  if (step.step === 'produced' && step.validUntil <= chinaDate(now)) {
    return fail('validation_failed', { errors: [{ path: 'body.validUntil', key: 'field.invalid' }], detail: 'A new card is valid for years from today' })
  }
  const action = 'card.partnerReportApplicationStep'
  const kind: CardSignalKind = step.step === 'produced' ? 'card_produced' : 'card_at_outlet'
  const from: ApplicationStatus = step.step === 'produced' ? 'applied' : 'produced'
  return inBankWork(deps, async (tx, audit): Promise<Result<PartnerReceipt>> => {
    const early = await alreadySent(tx, deps, audit, requestId, partner, step.reference, kind, action)
    if (early) return early
    const row = await partnerApplicationForUpdate(tx, id, partner.id)
    if (!row) return notFound
    // Looked at again under the lock: a send of the same reference that held it has committed by now.
    const sent = await alreadySent(tx, deps, audit, requestId, partner, step.reference, kind, action)
    if (sent) return sent
    if (row.status !== from) return outOfOrder(row, from, step.step)
    const numberIndex = step.step === 'produced' ? deps.blindIndex('card_number', step.newCardNumber) : null
    if (numberIndex !== null && (await cardNumberInUse(tx, numberIndex))) return fail('conflict', { detail: 'The card number is already on another card' })
    if (!(await recordSignal(tx, deps, partner, step.reference, kind, at))) return replayOfRace(tx, deps, audit, requestId, partner, step.reference, kind, action)

    if (step.step === 'produced' && numberIndex !== null) {
      const masked = maskCardNumber(step.newCardNumber)
      await advance(tx, row, from, {
        status: 'produced',
        producedAt: at,
        newCardNumberEnc: deps.sealer.seal(step.newCardNumber),
        newCardNumberIndex: numberIndex,
        newCardNumberMasked: masked,
        newCardValidUntil: step.validUntil,
        updatedAt: at,
      })
      await tellStep(tx, deps, now, row.holderUserId, 'card.cardProduced', { newCardNumberMasked: masked })
    } else {
      await advance(tx, row, from, { status: 'at_outlet', atOutletAt: at, updatedAt: at })
      const outlet = await outletById(tx, row.outletId)
      if (!outlet) throw new Error(`Application ${row.id} names outlet ${row.outletId}, which is gone`)
      const { name, address, hours } = outlet.outlet
      await tellStep(tx, deps, now, row.holderUserId, 'card.cardAtOutlet', { outletName: name, address, hours, collectBy: collectByOf(at) })
    }
    audit(now, actorFor(partner, requestId, row.holderUserId), { action, kind: 'write', objectType: 'card_application', objectId: row.id })
    return ok(receipt(step.reference, false))
  })
}

/** Moves a locked application on: it cannot have moved meanwhile. */
async function advance(tx: Tx, row: ApplicationRow, from: ApplicationStatus, changes: Parameters<typeof advanceApplication>[3]): Promise<ApplicationRow> {
  const moved = await advanceApplication(tx, row.id, from, changes)
  if (!moved) throw new Error(`Application ${row.id} left ${from} while locked`)
  return moved
}

/**
 * The holder collected her card at the bank's counter, her ID checked there: the ID number shown
 * must be the applicant's (a mismatch is refused without saying whose it is, and nothing
 * changes). In one transaction the new card becomes a normal card issued by this bank, the old
 * one is cancelled, and the application is collected; told to her and recorded about her.
 */
export async function partnerRecordCollection(deps: ServiceDeps, requestId: string, partner: PartnerCaller, id: string, collection: ApplicationCollection): Promise<Result<PartnerReceipt>> {
  if (partner.kind !== 'bank') return notABank
  const shown = checkedIdNumber(deps, collection.idNumber)
  if (!shown.ok) return shown
  const now = deps.clock.now()
  const at = now.toISOString()
  const action = 'card.partnerRecordCollection'
  const kind = 'card_collected'
  try {
    return await inBankWork(deps, async (tx, audit): Promise<Result<PartnerReceipt>> => {
      const early = await alreadySent(tx, deps, audit, requestId, partner, collection.reference, kind, action)
      if (early) return early
      const row = await partnerApplicationForUpdate(tx, id, partner.id)
      if (!row) return notFound
      const sent = await alreadySent(tx, deps, audit, requestId, partner, collection.reference, kind, action)
      if (sent) return sent
      if (row.status !== 'at_outlet') return outOfOrder(row, 'at_outlet', 'collection')
      if ((await idNumberIndexOf(tx, row.holderUserId)) !== shown.index) {
        return fail('conflict', { detail: 'The ID number shown is not the applicant’s: the card is handed to the applicant only' })
      }
      const old = row.oldCardId ? await cardById(tx, row.oldCardId) : undefined
      if (old && old.status !== 'being_replaced') return fail('conflict', { detail: 'The card being replaced is no longer stopped for the replacement' })
      if (!(await recordSignal(tx, deps, partner, collection.reference, kind, at))) return replayOfRace(tx, deps, audit, requestId, partner, collection.reference, kind, action)

      const card = newCardOf(newId(deps.random), row, old, partner, now, (await personOf(tx, row.holderUserId))?.regionCode)
      // The old card first: a person holds one card that is not cancelled.
      if (old) {
        if (!(await cancelReplacedCard(tx, old.id, at))) throw new Error(`Card ${old.id} left being_replaced while its replacement was locked`)
        await insertCardEvent(tx, event(deps, now, old.id, 'cancelled'))
      }
      await insertCard(tx, card)
      await insertCardEvent(tx, event(deps, now, card.id, 'collected'))
      await advance(tx, row, 'at_outlet', { status: 'collected', collectedAt: at, newCardId: card.id, updatedAt: at })
      await tellStep(tx, deps, now, row.holderUserId, 'card.cardCollected', { newCardNumberMasked: card.cardNumberMasked })
      audit(now, actorFor(partner, requestId, row.holderUserId), { action, kind: 'write', objectType: 'card_application', objectId: row.id })
      // What was held for her while she had no working card goes to this bank now.
      await releaseHeldCardPayments(tx, deps, now, row.holderUserId, { actor: partnerActor(partner, requestId), audit: { add: audit } })
      return ok(receipt(collection.reference, false))
    })
  } catch (error) {
    // The number reached a card meanwhile by some other way: the card index refused a second.
    if (isUniqueViolation(error)) return fail('conflict', { detail: 'The card number is already on another card' })
    throw error
  }
}

/** The card the holder collects: the number the bank made, issued today by this bank, in her card's county (her first card: where she is insured). */
function newCardOf(id: string, row: ApplicationRow, old: CardRow | undefined, partner: PartnerCaller, now: Date, insuredIn: string | undefined): CardRow {
  const { newCardNumberEnc, newCardNumberIndex, newCardNumberMasked, newCardValidUntil } = row
  const regionCode = old?.regionCode ?? insuredIn
  if (!newCardNumberEnc || !newCardNumberIndex || !newCardNumberMasked || !newCardValidUntil || !regionCode) {
    throw new Error(`Application ${row.id} reached the outlet without its new card or its holder's region`)
  }
  const at = now.toISOString()
  return {
    id,
    holderUserId: row.holderUserId,
    cardNumberEnc: newCardNumberEnc,
    cardNumberIndex: newCardNumberIndex,
    cardNumberMasked: newCardNumberMasked,
    regionCode,
    issuingBank: partner.name,
    issuedOn: chinaDate(now),
    validUntil: newCardValidUntil,
    status: 'normal',
    temporaryLossAt: null,
    temporaryLossUntil: null,
    disabilityCertified: old?.disabilityCertified ?? false,
    issuerPartnerId: partner.id,
    createdAt: at,
    updatedAt: at,
  }
}

/**
 * A formal loss report at the counter of the bank that issued the card: normal or temporarily
 * lost → lost. A card that is unknown, cancelled, issued by another bank, or not the person's
 * whose ID number is shown is answered exactly alike: not found. Told to her and recorded about her.
 */
export async function partnerReportCardLost(deps: ServiceDeps, requestId: string, partner: PartnerCaller, report: FormalLossReport): Promise<Result<PartnerReceipt>> {
  if (partner.kind !== 'bank') return notABank
  const shown = checkedIdNumber(deps, report.idNumber)
  if (!shown.ok) return shown
  const now = deps.clock.now()
  const at = now.toISOString()
  const action = 'card.partnerReportCardLost'
  const kind = 'card_lost'
  const numberIndex = deps.blindIndex('card_number', report.cardNumber)
  return inBankWork(deps, async (tx, audit): Promise<Result<PartnerReceipt>> => {
    const early = await alreadySent(tx, deps, audit, requestId, partner, report.reference, kind, action)
    if (early) return early
    const card = await cardByNumberForUpdate(tx, numberIndex)
    if (!card || card.status === 'cancelled' || card.issuerPartnerId !== partner.id) return notFound
    if ((await idNumberIndexOf(tx, card.holderUserId)) !== shown.index) return notFound
    const sent = await alreadySent(tx, deps, audit, requestId, partner, report.reference, kind, action)
    if (sent) return sent
    if (card.status === 'lost') return fail('conflict', { detail: 'The card is already reported lost' })
    if (card.status === 'being_replaced') return fail('conflict', { detail: 'A replacement of the card is under way: the card is stopped already' })
    if (!(await recordSignal(tx, deps, partner, report.reference, kind, at))) return replayOfRace(tx, deps, audit, requestId, partner, report.reference, kind, action)
    const lost = await markLostAtCounter(tx, card.id, at)
    if (!lost) throw new Error(`Card ${card.id} changed while locked`)
    await insertCardEvent(tx, event(deps, now, card.id, 'reported_lost'))
    await tell(tx, deps, now, lost, 'card.reportedLostAtCounter')
    audit(now, actorFor(partner, requestId, card.holderUserId), { action, kind: 'write', objectType: 'card', objectId: card.id })
    return ok(receipt(report.reference, false))
  })
}
