import type { CardApplication, MyApplicationAnswer, NewCardApplication } from '@renshe/shared/card/applications'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { fail, ok, type ProblemInit, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { toCardApplication } from './application-views'
import { applicationOfHolder, currentApplicationOf, insertApplication, liveApplicationOf, markBeingReplaced, type ApplicationRow } from './applications-repo'
import { tellStep } from './notices'
import { outletById, type OutletWithBank } from './outlets-repo'
import { cardOfHolder, insertCardEvent, liftRunOutLoss, type CardRow } from './repo'

/*
 * Applying for a card (decision 067): a first card, or a replacement of hers, to collect at the
 * outlet she chooses; the bank that serves it makes the card. No id of anyone's application is
 * in a holder's path: each call acts on the applications of the person it is about (the caller,
 * or the citizen grid staff act for under `card.assist`). One live application a person — the
 * partial unique index decides when two come at once.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'audit'>

const objectType = 'card_application'

const underWay = fail('conflict', { detail: 'An application for a card is already under way: follow it, or collect the card first' })

/** Cards a replacement can be made of: those she holds, working or stopped, not already being replaced. */
const replaceable: ReadonlySet<CardRow['status']> = new Set(['normal', 'temporarily_lost', 'lost'])

function refusalOfInput(input: NewCardApplication): { ok: false; problem: ProblemInit } | null {
  if (input.kind === 'replacement' && input.reason === undefined) {
    return fail('validation_failed', { errors: [{ path: 'body.reason', key: 'field.required' }], detail: 'Say why the card is replaced' })
  }
  if (input.kind === 'first' && input.reason !== undefined) {
    return fail('validation_failed', { errors: [{ path: 'body.reason', key: 'field.invalid' }], detail: 'A first card replaces nothing: send no reason' })
  }
  return null
}

/** The outlet she chose, if it can give her the card: open, and handing cards over (`collect`), as the list she chose from was asked for. */
function refusalOfOutlet(outlet: OutletWithBank): { ok: false; problem: ProblemInit } | null {
  if (!outlet.outlet.open) return fail('conflict', { detail: 'The outlet is closed: choose another' })
  if (!outlet.outlet.services.includes('collect')) {
    return fail('conflict', { detail: 'The outlet does not hand over cards: choose another' })
  }
  return null
}

/** Why she cannot apply for this kind with the card she holds; null when she can. */
function refusalOfCard(kind: NewCardApplication['kind'], card: CardRow | undefined): { ok: false; problem: ProblemInit } | null {
  const live = card && card.status !== 'cancelled' ? card : undefined
  if (kind === 'first') return live ? fail('conflict', { detail: 'You hold a card already: apply for a replacement of it' }) : null
  if (!live) return fail('conflict', { detail: 'You hold no card to replace: apply for a first card' })
  if (!replaceable.has(live.status)) return underWay
  return null
}

/**
 * Applies for a first card or a replacement. A replacement stops the old card at once (normal,
 * temporarily lost or lost → being replaced): a temporary report it supersedes can no longer be
 * taken back. The application, the stop, the card's event, her message and the audit row are one
 * transaction. Recorded, with the grant when a helper applied.
 */
export async function applyForCard(deps: ServiceDeps, actor: Actor, holderUserId: string, input: NewCardApplication): Promise<Result<CardApplication>> {
  const badInput = refusalOfInput(input)
  if (badInput) return badInput
  const found = await deps.db.read(async (q) => ({
    card: await cardOfHolder(q, holderUserId),
    outlet: await outletById(q, input.outletId),
    live: await liveApplicationOf(q, holderUserId),
  }))
  if (found.live) return underWay
  const { outlet } = found
  if (!outlet) return fail('not_found', { detail: 'There is no such outlet' })
  const refused = refusalOfOutlet(outlet) ?? refusalOfCard(input.kind, found.card)
  if (refused) return refused
  const old = input.kind === 'replacement' ? found.card : undefined

  const now = deps.clock.now()
  const at = now.toISOString()
  const row: ApplicationRow = {
    id: newId(deps.random),
    holderUserId,
    kind: input.kind,
    reason: input.reason ?? null,
    outletId: outlet.outlet.id,
    partnerId: outlet.outlet.partnerId,
    oldCardId: old?.id ?? null,
    newCardNumberEnc: null,
    newCardNumberIndex: null,
    newCardNumberMasked: null,
    newCardValidUntil: null,
    newCardId: null,
    status: 'applied',
    appliedAt: at,
    producedAt: null,
    atOutletAt: null,
    collectedAt: null,
    withdrawnAt: null,
    byUserId: actor.actorUserId,
    viaGrantId: actor.viaGrantId,
    updatedAt: at,
  }
  const event = (cardId: string, kind: 'temporary_loss_lifted' | 'replacement_applied', eventAt: string, by: Actor | null) => ({
    id: newId(deps.random, now.getTime()),
    cardId,
    kind,
    at: eventAt,
    byUserId: by?.actorUserId ?? null,
    viaGrantId: by?.viaGrantId ?? null,
  })
  try {
    const applied = await deps.db.transaction(async (tx) => {
      if (old) {
        // A report whose days ran but which the job has not lifted yet: lifted first, as the job would have recorded it.
        if (await liftRunOutLoss(tx, old.id, at)) await insertCardEvent(tx, event(old.id, 'temporary_loss_lifted', old.temporaryLossUntil ?? at, null))
        if (!(await markBeingReplaced(tx, old.id, at))) return false
      }
      await insertApplication(tx, row)
      if (old) await insertCardEvent(tx, event(old.id, 'replacement_applied', at, actor))
      await tellStep(tx, deps, now, holderUserId, 'card.applicationReceived', { outletName: outlet.outlet.name })
      await appendAudit(tx, now, actor, { action: 'card.applyForCard', kind: 'write', objectType, objectId: row.id })
      return true
    })
    // The old card changed meanwhile (another application stopped it, the counter cancelled it): say why, as things stand now.
    if (!applied) return refusalNow(deps, holderUserId, input.kind)
  } catch (error) {
    // Two applications at once: the unique index lets one in.
    if (isUniqueViolation(error)) return underWay
    throw error
  }
  return ok(toCardApplication(row, outlet))
}

async function refusalNow(deps: ServiceDeps, holderUserId: string, kind: NewCardApplication['kind']): Promise<{ ok: false; problem: ProblemInit }> {
  const { card, live } = await deps.db.read(async (q) => ({ card: await cardOfHolder(q, holderUserId), live: await liveApplicationOf(q, holderUserId) }))
  if (live) return underWay
  return refusalOfCard(kind, card) ?? fail('conflict')
}

/** Her live application, else her latest, step by step; null when she has made none. The read is recorded about her. */
export async function getMyApplication(deps: ServiceDeps, actor: Actor, holderUserId: string): Promise<Result<MyApplicationAnswer>> {
  const found = await deps.db.read(async (q) => {
    const row = await currentApplicationOf(q, holderUserId)
    const outlet = row ? await outletById(q, row.outletId) : undefined
    return row && outlet ? toCardApplication(row, outlet) : null
  })
  await recordAudit(deps, deps.clock.now(), actor, { action: 'card.getMyApplication', kind: 'read', objectType, ...(found ? { objectId: found.id } : {}) })
  return ok({ application: found })
}

/** The application a retry of the same Idempotency-Key made, as it is now: hers, else not found. Recorded as a read. */
export async function replayApplication(deps: ServiceDeps, actor: Actor, holderUserId: string, id: string): Promise<Result<CardApplication>> {
  const found = await deps.db.read(async (q) => {
    const row = await applicationOfHolder(q, holderUserId, id)
    const outlet = row ? await outletById(q, row.outletId) : undefined
    return row && outlet ? toCardApplication(row, outlet) : null
  })
  if (!found) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), actor, { action: 'card.getMyApplication', kind: 'read', objectType, objectId: id })
  return ok(found)
}
