import { countyBenefitOf, entitlementOf, type Entitlement } from '@renshe/shared/card/benefits'
import { verifyEcardToken } from '@renshe/shared/card/ecard-token'
import { EcardUseRefusal, ecardUploadWithinHours, type EcardUseRequest, type EcardUseVerdict, type MyVenue } from '@renshe/shared/card/schemas'
import { maskName } from '@renshe/shared/identity/masking'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import { hours } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { nodeVerify } from '../../platform/ecard-signing'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { openedBenefit } from './benefit-views'
import { cardById, insertUse, openedBenefits, openingKey, useOfVenue, venueOf, type CardUseRow } from './benefits-repo'
import { categoriesOf, holderFacts } from './holder-facts'
import { holderOf, type CardRow } from './repo'
import { shownStatusOf } from './views'

/*
 * A venue's side of the e-card (decision 066): the benefit it honours, and the online check that
 * records a use. The check believes nothing the venue sends but the token, and of the token only
 * what its signature covers: the card it names and its nonce. What the holder gets is decided
 * again from her facts as they are now. A refusal is an answer, not an error: at a gate "already
 * used" is an outcome to say clearly. Only admitted uses are kept; every check is recorded.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'audit' | 'ecardSigner'>

const noVenue = fail('not_found', { detail: 'This account checks codes for no venue' })

/** The venue this account checks codes for, with its county's benefit of its kind (null: none, every holder pays in full). */
export async function getMyVenue(deps: Pick<Deps, 'db'>, venueUserId: string): Promise<Result<MyVenue>> {
  const found = await deps.db.read(async (q) => {
    const venue = await venueOf(q, venueUserId)
    return venue ? { venue, opened: await openedBenefits(q, [venue.regionCode]) } : null
  })
  if (!found) return noVenue
  const { venue, opened } = found
  const benefit = countyBenefitOf(venue.regionCode, venue.kind)
  return ok({ name: venue.name, regionCode: venue.regionCode, kind: venue.kind, benefit: benefit ? openedBenefit(benefit, opened) : null })
}

/** The card a genuine code named, and her masked name: all a venue is told of her. */
interface Holder {
  readonly card: CardRow
  readonly maskedName: string
}

/**
 * Checks a code online and, when the holder is admitted, records its use at this venue. Refused,
 * in this order: a token that is not the portal's or not in its minute; a card stopped since
 * (reported lost, cancelled, or no longer on record); a holder the venue's benefit is not for
 * (her county keeps it, or no tier is hers); a code already used here — decided by the unique
 * venue and nonce, so of two checks at once one is admitted.
 */
export async function recordEcardUse(deps: ServiceDeps, actor: Actor, venueUserId: string, request: EcardUseRequest): Promise<Result<EcardUseVerdict>> {
  const venue = await deps.db.read((q) => venueOf(q, venueUserId))
  if (!venue) return noVenue
  const now = deps.clock.now()
  const at = checkTimeOf(request, now)
  if (!at) return refuse(deps, actor, now, 'expired', null)
  const checked = verifyEcardToken(request.token, deps.ecardSigner.publicKeys(), Math.floor(at.getTime() / 1000), nodeVerify)
  if (!checked.ok) return refuse(deps, actor, now, checked.reason, null)

  const found = await deps.db.read(async (q) => {
    const card = await cardById(q, checked.claims.c)
    const holder = card ? await holderOf(q, card.holderUserId) : undefined
    return { card, holder, opened: await openedBenefits(q, [venue.regionCode]) }
  })
  if (!found.card || !found.holder) return refuse(deps, actor, now, 'card_stopped', null)
  const { card, holder: person } = found
  const holder: Holder = { card, maskedName: maskName(deps.sealer.open(person.nameEnc)) }
  if (shownStatusOf(card, now).status !== 'normal') return refuse(deps, actor, now, 'card_stopped', holder)

  // Her categories on the day of the check: a use uploaded after midnight counts as it was at the gate.
  const categories = categoriesOf(holderFacts(deps.sealer, person.idNumberEnc, card.disabilityCertified, at))
  const benefit = countyBenefitOf(venue.regionCode, venue.kind)
  const entitlement: Entitlement = benefit
    ? entitlementOf(benefit, { categories, homeRegionCode: card.regionCode }, found.opened.has(openingKey(venue.regionCode, venue.kind)))
    : { entitled: false, reason: 'no_tier' }
  if (!entitlement.entitled) return refuse(deps, actor, now, entitlement.reason, holder)

  const use: CardUseRow = {
    id: newId(deps.random, now.getTime()),
    venueUserId,
    cardId: card.id,
    nonce: checked.claims.n,
    regionCode: venue.regionCode,
    kind: venue.kind,
    homeRegionCode: card.regionCode,
    because: entitlement.because,
    payPercent: entitlement.payPercent,
    usedAt: at.toISOString(),
  }
  const recorded = await deps.db.transaction(async (tx) => {
    const inserted = await insertUse(tx, use)
    // The venue's use of her card: in her access log.
    if (inserted) await appendAudit(tx, now, { ...actor, subjectUserId: card.holderUserId }, { action: 'card.recordEcardUse', kind: 'write', objectType: 'card_use', objectId: inserted.id })
    return inserted
  })
  if (!recorded) return refuse(deps, actor, now, 'already_used', holder)
  return ok(admitted(recorded, holder.maskedName))
}

/**
 * When the code was checked: now, or the time the venue's phone admitted it offline (a use
 * uploaded when the network came back), never later than now and at most a day before. Null:
 * too old to record. The code is checked as of then — its minute, the holder's age — and its
 * nonce still keeps it to one use at this venue.
 */
function checkTimeOf(request: EcardUseRequest, now: Date): Date | null {
  if (request.checkedAt === undefined) return now
  const checkedAt = new Date(request.checkedAt)
  if (checkedAt.getTime() > now.getTime()) return now
  return now.getTime() - checkedAt.getTime() > hours(ecardUploadWithinHours) ? null : checkedAt
}

function admitted(use: CardUseRow, holderMaskedName: string): EcardUseVerdict {
  return { admitted: true, useId: use.id, holderMaskedName, homeRegionCode: use.homeRegionCode, payPercent: use.payPercent, because: use.because, usedAt: use.usedAt }
}

const refusedAction = 'card.recordEcardUse.refused'

/**
 * A refused check, recorded: about the holder when the code was genuine and named her card (she
 * sees in her access log that a venue refused it), else about the venue's own account. Neither
 * the token nor anything of her is written beyond her card's id.
 */
async function refuse(deps: ServiceDeps, actor: Actor, now: Date, reason: EcardUseRefusal, holder: Holder | null): Promise<Result<EcardUseVerdict>> {
  const about = holder ? { ...actor, subjectUserId: holder.card.holderUserId } : actor
  await recordAudit(deps, now, about, { action: refusedAction, kind: 'write', ...(holder ? { objectType: 'card', objectId: holder.card.id } : {}) })
  return ok({ admitted: false, reason, holderMaskedName: holder?.maskedName ?? null })
}

/** What a retry's replay finds again: the use recorded, or the refusal (the card it named is not kept). */
export function referenceOfVerdict(verdict: EcardUseVerdict): string {
  return verdict.admitted ? verdict.useId : `refused:${verdict.reason}`
}

/**
 * The answer to a retry of the same Idempotency-Key, read again: an admitted use is the same
 * admitted verdict (never "already used": it is the same check), read as a use of her card and
 * recorded about her; a refusal is the same refusal, without her name, which was not kept.
 */
export async function replayEcardUse(deps: ServiceDeps, actor: Actor, venueUserId: string, reference: string): Promise<Result<EcardUseVerdict>> {
  if (reference.startsWith('refused:')) {
    const reason = EcardUseRefusal.safeParse(reference.slice('refused:'.length))
    return reason.success ? ok({ admitted: false, reason: reason.data, holderMaskedName: null }) : fail('not_found')
  }
  const use = await deps.db.read((q) => useOfVenue(q, venueUserId, reference))
  const holder = use ? await holderOfCard(deps, use.cardId) : null
  if (!use || !holder) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), { ...actor, subjectUserId: holder.card.holderUserId }, { action: 'card.recordEcardUse', kind: 'read', objectType: 'card_use', objectId: use.id })
  return ok(admitted(use, holder.maskedName))
}

async function holderOfCard(deps: ServiceDeps, cardId: string): Promise<Holder | null> {
  const found = await deps.db.read(async (q) => {
    const card = await cardById(q, cardId)
    const holder = card ? await holderOf(q, card.holderUserId) : undefined
    return card && holder ? { card, holder } : null
  })
  return found ? { card: found.card, maskedName: maskName(deps.sealer.open(found.holder.nameEnc)) } : null
}
