import { temporaryLossDaysOf, type MyCard, type MyCardAnswer, type RevealedCard } from '@renshe/shared/card/schemas'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import { releaseHeldCardPayments } from '../../platform/card-money'
import { days } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { fail, ok, type ProblemInit, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { tell } from './notices'
import { noCard, refusalToCancel, refusalToReport } from './refusals'
import { cardOfHolder, clearTemporaryLoss, holderOf, insertCardEvent, liftRunOutLoss, markTemporarilyLost, type CardEventRow, type CardRow, type HolderRow } from './repo'
import { shownStatusOf, toMyCard } from './views'

/*
 * The holder's own card (decision 065): read masked, shown whole to her alone (each time a read
 * in her access log), reported lost for a while and the report taken back. There is no card id
 * in any path: each call acts on the card of the person it is about (the caller, or the citizen
 * a grid staff member acts for under a `card.assist` grant), so no one reaches another's card.
 * Every change is a conditional update on the status, so two at once change the card once.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'audit'>

const objectType = 'card'

interface Found {
  readonly card: CardRow
  readonly holder: HolderRow
}

async function findCard(deps: Pick<Deps, 'db'>, holderUserId: string): Promise<Found | null> {
  return deps.db.read(async (q) => {
    const card = await cardOfHolder(q, holderUserId)
    const holder = card ? await holderOf(q, holderUserId) : undefined
    return card && holder ? { card, holder } : null
  })
}

function event(deps: Pick<Deps, 'random'>, now: Date, cardId: string, kind: CardEventRow['kind'], actor: Actor | null, at = now.toISOString()): CardEventRow {
  return { id: newId(deps.random, now.getTime()), cardId, kind, at, byUserId: actor?.actorUserId ?? null, viaGrantId: actor?.viaGrantId ?? null }
}

/** Her card masked, with the status she should see now; null when none is issued. The read is recorded. */
export async function getMyCard(deps: ServiceDeps, actor: Actor, holderUserId: string): Promise<Result<MyCardAnswer>> {
  const found = await findCard(deps, holderUserId)
  const now = deps.clock.now()
  await recordAudit(deps, now, actor, { action: 'card.getMyCard', kind: 'read', objectType, ...(found ? { objectId: found.card.id } : {}) })
  return ok({ card: found ? toMyCard(deps.sealer, found.card, found.holder, now) : null })
}

/** The card a retry of the same Idempotency-Key acted on, read again as it is now. */
export async function replayMyCard(deps: ServiceDeps, actor: Actor, holderUserId: string, cardId: string): Promise<Result<MyCard>> {
  const read = await getMyCard(deps, actor, holderUserId)
  if (!read.ok) return read
  return read.value.card?.id === cardId ? ok(read.value.card) : fail('not_found')
}

/** Her card's number, name and ID number whole, for her alone: a read of personal data, recorded about her. */
export async function revealMyCard(deps: ServiceDeps, actor: Actor, holderUserId: string): Promise<Result<RevealedCard>> {
  const found = await findCard(deps, holderUserId)
  if (!found) return noCard
  await recordAudit(deps, deps.clock.now(), actor, { action: 'card.revealMyCard', kind: 'read', objectType, objectId: found.card.id })
  return ok({
    cardNumber: deps.sealer.open(found.card.cardNumberEnc),
    holderName: deps.sealer.open(found.holder.nameEnc),
    socialSecurityNumber: deps.sealer.open(found.holder.idNumberEnc),
  })
}

/**
 * Stops a normal card at once, until the days of its region have run: then the report lifts by
 * itself. A report whose days ran but which the job has not lifted yet is lifted here first, so
 * the card's history stays whole. Recorded, with the grant when a helper made it, and told to
 * the holder in her inbox.
 */
export async function reportCardLostTemporarily(deps: ServiceDeps, actor: Actor, holderUserId: string): Promise<Result<MyCard>> {
  const found = await findCard(deps, holderUserId)
  if (!found) return noCard
  const now = deps.clock.now()
  const refused = refusalToReport(shownStatusOf(found.card, now))
  if (refused) return refused
  const at = now.toISOString()
  const until = new Date(now.getTime() + days(temporaryLossDaysOf(found.card.regionCode))).toISOString()
  const reported = await deps.db.transaction(async (tx) => {
    // Lifted by no one when its days ran, as the job would have recorded it.
    if (await liftRunOutLoss(tx, found.card.id, at)) await insertCardEvent(tx, event(deps, now, found.card.id, 'temporary_loss_lifted', null, found.card.temporaryLossUntil ?? at))
    const card = await markTemporarilyLost(tx, found.card.id, at, until)
    if (!card) return null
    await insertCardEvent(tx, event(deps, now, card.id, 'temporary_loss_reported', actor))
    await tell(tx, deps, now, card, 'card.temporaryLossReported', { until })
    await appendAudit(tx, now, actor, { action: 'card.reportCardLostTemporarily', kind: 'write', objectType, objectId: card.id })
    return card
  })
  // Another report (or a change at the counter) came first: say why, as the card stands now.
  if (!reported) return refusalNow(deps, holderUserId, 'report')
  return ok(toMyCard(deps.sealer, reported, found.holder, now))
}

/** Takes back a temporary loss report that stands (the card was found): the card works again at once. */
export async function cancelTemporaryLoss(deps: ServiceDeps, actor: Actor, holderUserId: string): Promise<Result<MyCard>> {
  const found = await findCard(deps, holderUserId)
  if (!found) return noCard
  const now = deps.clock.now()
  const refused = refusalToCancel(found.card.status, shownStatusOf(found.card, now))
  if (refused) return refused
  const restored = await deps.db.transaction(async (tx) => {
    const card = await clearTemporaryLoss(tx, found.card.id, now.toISOString())
    if (!card) return null
    await insertCardEvent(tx, event(deps, now, card.id, 'temporary_loss_cancelled', actor))
    await tell(tx, deps, now, card, 'card.temporaryLossCancelled')
    // What was held while the card was stopped goes to its bank now, as her act.
    await releaseHeldCardPayments(tx, deps, now, card.holderUserId, { actor })
    await appendAudit(tx, now, actor, { action: 'card.cancelTemporaryLoss', kind: 'write', objectType, objectId: card.id })
    return card
  })
  if (!restored) return refusalNow(deps, holderUserId, 'cancel')
  return ok(toMyCard(deps.sealer, restored, found.holder, now))
}

/** The refusal for the card as it is now, after a conditional update found it changed meanwhile. */
async function refusalNow(deps: ServiceDeps, holderUserId: string, change: 'report' | 'cancel'): Promise<{ ok: false; problem: ProblemInit }> {
  const found = await findCard(deps, holderUserId)
  if (!found) return noCard
  const shown = shownStatusOf(found.card, deps.clock.now())
  return (change === 'report' ? refusalToReport(shown) : refusalToCancel(found.card.status, shown)) ?? fail('conflict')
}
