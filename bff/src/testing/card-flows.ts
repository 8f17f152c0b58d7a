import { asc, eq } from 'drizzle-orm'
import { fromBase64url, toBase64url } from '@renshe/shared/card/base64url'
import type { BenefitKind } from '@renshe/shared/card/benefits'
import { EcardClaims, type EcardPublicKey } from '@renshe/shared/card/ecard-token'
import { EcardCode, EcardKeys, EcardUseVerdict, maskCardNumber, MyCard, MyCardAnswer, type BenefitOpening, type CardStatus } from '@renshe/shared/card/schemas'
import { InboxMessage } from '@renshe/shared/inbox/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { cardEvents, cards, cardUses, cardVenues, users } from '../db/schema'
import { runCardJobs } from '../modules/card/jobs'
import { newId } from '../platform/random'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { userIdOf } from './wages-flows'

/** Steps of the card tests, each through the API as the client takes them. */

export interface As {
  readonly token: string
  readonly actingFor?: string
}

const options = (as: As, idempotencyKey?: string) => ({ token: as.token, ...(as.actingFor ? { actingFor: as.actingFor } : {}), ...(idempotencyKey ? { idempotencyKey } : {}) })

export function getCard(t: TestContext, as: As): Promise<Response> {
  return t.call('GET', '/api/card/me', options(as))
}

/** The card as the caller sees it; null when none is issued. */
export async function myCard(t: TestContext, as: As): Promise<MyCard | null> {
  return (await expectOk(await getCard(t, as), MyCardAnswer)).card
}

export function reveal(t: TestContext, token: string): Promise<Response> {
  return t.call('GET', '/api/card/me/revealed', { token })
}

export function reportLoss(t: TestContext, as: As, idempotencyKey?: string): Promise<Response> {
  return t.call('POST', '/api/card/me/temporary-loss', options(as, idempotencyKey))
}

export async function reported(t: TestContext, as: As, idempotencyKey?: string): Promise<MyCard> {
  return expectOk(await reportLoss(t, as, idempotencyKey), MyCard)
}

export function cancelLoss(t: TestContext, as: As, idempotencyKey?: string): Promise<Response> {
  return t.call('POST', '/api/card/me/temporary-loss/cancel', options(as, idempotencyKey))
}

/** One run of the module's scheduled work, as the job runner would start it. */
export function runCard(t: TestContext) {
  return runCardJobs(t.deps)
}

export async function cardInboxOf(t: TestContext, token: string): Promise<InboxMessage[]> {
  const page = await expectOk(await t.call('GET', '/api/inbox/messages?limit=50', { token }), Page(InboxMessage))
  return page.items.filter((message) => message.template.startsWith('card.'))
}

/** The person's card row, straight from the table. */
export async function cardRowOf(t: TestContext, holderUserId: string) {
  const [row] = await t.deps.db.read((q) => q.select().from(cards).where(eq(cards.holderUserId, holderUserId)))
  if (!row) throw new Error(`no card of ${holderUserId}`)
  return row
}

export async function cardRowOfAccount(t: TestContext, account: string) {
  return cardRowOf(t, await userIdOf(t, account))
}

export function cardEventsOf(t: TestContext, cardId: string) {
  return t.deps.db.read((q) => q.select().from(cardEvents).where(eq(cardEvents.cardId, cardId)).orderBy(asc(cardEvents.at), asc(cardEvents.id)))
}

/** Puts the person's card in a status only the counter gives (lost, being replaced, cancelled). */
export async function setCardStatus(t: TestContext, holderUserId: string, status: CardStatus): Promise<void> {
  await t.deps.db.transaction((tx) => tx.update(cards).set({ status }).where(eq(cards.holderUserId, holderUserId)))
}

/** Issues a normal card to a test citizen (as a bank's counter would), in the region given. */
export async function issueCard(t: TestContext, holderUserId: string, card: { readonly number: string; readonly regionCode: string }): Promise<void> {
  const at = t.clock.now().toISOString()
  await t.deps.db.transaction((tx) =>
    tx.insert(cards).values({
      id: newId(t.deps.random),
      holderUserId,
      cardNumberEnc: t.deps.sealer.seal(card.number),
      cardNumberIndex: t.deps.blindIndex('card_number', card.number),
      cardNumberMasked: maskCardNumber(card.number),
      regionCode: card.regionCode,
      issuingBank: '温州银行瓯海支行',
      issuedOn: '2022-03-01',
      validUntil: '2032-03-01',
      status: 'normal',
      temporaryLossAt: null,
      temporaryLossUntil: null,
      createdAt: at,
      updatedAt: at,
    }),
  )
}

/* ---- The e-card at venues (decision 066) ---- */

export function getEcardCode(t: TestContext, token: string): Promise<Response> {
  return t.call('GET', '/api/card/me/ecard', { token })
}

/** A fresh code of the caller's card. */
export async function ecardCodeOf(t: TestContext, token: string): Promise<EcardCode> {
  return expectOk(await getEcardCode(t, token), EcardCode)
}

/** A venue's online check of a code. */
/** A venue's check of a code; `checkedAt` when its phone admitted the code offline earlier. */
export function recordUse(t: TestContext, venueToken: string, code: string, idempotencyKey?: string, checkedAt?: string): Promise<Response> {
  const body = checkedAt ? { token: code, checkedAt } : { token: code }
  return t.call('POST', '/api/card/venue/uses', { token: venueToken, body, ...(idempotencyKey ? { idempotencyKey } : {}) })
}

export async function verdictOf(t: TestContext, venueToken: string, code: string, idempotencyKey?: string, checkedAt?: string): Promise<EcardUseVerdict> {
  return expectOk(await recordUse(t, venueToken, code, idempotencyKey, checkedAt), EcardUseVerdict)
}

export function setOpening(t: TestContext, officerToken: string, body: BenefitOpening, idempotencyKey?: string): Promise<Response> {
  return t.call('POST', '/api/card/county-benefits/opening', { token: officerToken, body, ...(idempotencyKey ? { idempotencyKey } : {}) })
}

/** A venue account with its venue, written beneath the API (the demo seed has a park and a bus line): log in as `id`. */
export async function addVenue(t: TestContext, id: string, venue: { readonly name: string; readonly regionCode: string; readonly kind: BenefitKind }): Promise<string> {
  const at = t.clock.now().toISOString()
  await t.deps.db.transaction(async (tx) => {
    await tx.insert(users).values({ id, devAccount: id, roles: ['venue'], staffNameEnc: t.deps.sealer.seal(venue.name), regionCode: venue.regionCode, organization: venue.name, createdAt: at })
    await tx.insert(cardVenues).values({ userId: id, ...venue, createdAt: at })
  })
  return id
}

export function cardUseRows(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(cardUses).orderBy(asc(cardUses.usedAt), asc(cardUses.id)))
}

/** Records (or withdraws) the federation's certificate of a disability on the person's card. */
export async function setDisabilityCertified(t: TestContext, holderUserId: string, certified: boolean): Promise<void> {
  await t.deps.db.transaction((tx) => tx.update(cards).set({ disabilityCertified: certified }).where(eq(cards.holderUserId, holderUserId)))
}

/** The claims a token carries, read without checking anything: what anyone holding it can read. */
export function claimsOf(token: string): EcardClaims {
  const [, , body = ''] = token.split('.')
  return EcardClaims.parse(JSON.parse(new TextDecoder().decode(fromBase64url(body) ?? new Uint8Array())))
}

/** The same token with its claims changed and its signature kept: a forgery a venue's check must refuse. */
export function withClaims(token: string, change: Partial<EcardClaims>): string {
  const [prefix, kid, , signature] = token.split('.')
  const body = toBase64url(new TextEncoder().encode(JSON.stringify({ ...claimsOf(token), ...change })))
  return [prefix, kid, body, signature].join('.')
}

/** The published keys as a venue's page fetches them, decoded for the offline check. */
export async function publishedKeys(t: TestContext): Promise<{ keys: EcardPublicKey[]; development: boolean }> {
  const published = await expectOk(await t.call('GET', '/api/card/ecard/keys'), EcardKeys)
  return { keys: published.keys.map(({ kid, publicKey }) => ({ kid, publicKey: fromBase64url(publicKey) ?? new Uint8Array() })), development: published.development }
}
