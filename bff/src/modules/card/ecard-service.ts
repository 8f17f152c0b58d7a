import { toBase64url } from '@renshe/shared/card/base64url'
import { EcardClaims, ecardTokenSeconds } from '@renshe/shared/card/ecard-token'
import type { CardStatus, EcardCode, EcardKeys } from '@renshe/shared/card/schemas'
import { maskName } from '@renshe/shared/identity/masking'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { fail, ok, type Result } from '../../platform/problem'
import { categoriesOf, holderFacts } from './holder-facts'
import { noCard } from './refusals'
import { cardOfHolder, holderOf } from './repo'
import { shownStatusOf } from './views'

/*
 * The e-card's code (decisions 064, 066): a token naming her card by its opaque id, her masked
 * name, her categories as the rules find them now and her home county, good for one minute. The
 * holder asks for a fresh one each minute; a venue checks it offline with the published keys.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'audit' | 'ecardSigner'>

/** Bytes of a token's nonce: 96 bits, 16 characters of base64url. */
const nonceBytes = 12

/** A code for her screen; refused while her card is stopped, since a venue would only refuse it. The code shown is a read of her card, recorded. */
export async function getEcardCode(deps: ServiceDeps, actor: Actor, holderUserId: string): Promise<Result<EcardCode>> {
  const found = await deps.db.read(async (q) => {
    const card = await cardOfHolder(q, holderUserId)
    const holder = card ? await holderOf(q, holderUserId) : undefined
    return card && holder ? { card, holder } : null
  })
  if (!found) return noCard
  const now = deps.clock.now()
  const shown = shownStatusOf(found.card, now)
  if (shown.status !== 'normal') return fail('conflict', { detail: stoppedDetail[shown.status] })
  const { card, holder } = found
  const issued = Math.floor(now.getTime() / 1000)
  const claims = EcardClaims.safeParse({
    c: card.id,
    // At most the claim's length: a very long name shows its first characters.
    m: maskName(deps.sealer.open(holder.nameEnc)).slice(0, 20),
    b: categoriesOf(holderFacts(deps.sealer, holder.idNumberEnc, card.disabilityCertified, now)),
    r: card.regionCode,
    i: issued,
    e: issued + ecardTokenSeconds,
    n: toBase64url(deps.random.bytes(nonceBytes)),
  })
  // Card ids are opaque and random; one the token cannot carry is a fault, not a refusal.
  if (!claims.success) throw new Error('the card cannot be named in an e-card token')
  const token = deps.ecardSigner.sign(claims.data)
  await recordAudit(deps, now, actor, { action: 'card.getEcardCode', kind: 'read', objectType: 'card', objectId: card.id })
  return ok({
    token,
    kid: deps.ecardSigner.kid,
    issuedAt: new Date(claims.data.i * 1000).toISOString(),
    expiresAt: new Date(claims.data.e * 1000).toISOString(),
    development: deps.ecardSigner.development,
  })
}

/** Why no code is shown, by the status she sees. */
const stoppedDetail: Record<Exclude<CardStatus, 'normal'>, string> = {
  temporarily_lost: 'The card is reported lost for now: take the report back to show its e-card again',
  lost: 'The card is reported lost at a counter: its e-card works again with the replacement',
  being_replaced: 'A replacement of the card is being made: its e-card works again with the replacement',
  cancelled: 'The card is cancelled: it has no e-card',
}

/** Every published key, the signing one first, each the raw 32 bytes in base64url: what a venue checks codes with. */
export function getEcardKeys(deps: Pick<Deps, 'ecardSigner'>): Result<EcardKeys> {
  return ok({
    keys: deps.ecardSigner.publicKeys().map(({ kid, publicKey }) => ({ kid, publicKey: toBase64url(publicKey) })),
    development: deps.ecardSigner.development,
  })
}
