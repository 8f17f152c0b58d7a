import { randomBytes } from 'node:crypto'
import { ecardTokenSeconds, verifyEcardToken, type EcardClaims } from '@renshe/shared/card/ecard-token'
import { nobleVerify } from '@renshe/shared/card/ecard-verify'
import { maskCardNumber } from '@renshe/shared/card/schemas'
import { cardBenefitOpenings, cards, cardVenues, realNames, users } from '../src/db/schema'
import { recordEcardUse } from '../src/modules/card/venue-service'
import type { Deps } from '../src/platform/deps'
import { createEcardSigner, nodeVerify } from '../src/platform/ecard-signing'
import { newId } from '../src/platform/random'
import { onTemporarySqlite } from './temporary-sqlite'

/*
 * The e-card's figures (decisions 064, 066), in this process, no server. Offline: how many tokens a
 * second the portal signs, and how many a second a verifier checks with the published key — with
 * noble (the library a venue's phone runs) and with node:crypto (a gate's Node). Each check is the
 * whole offline verification: parsing, claims, key lookup, signature, minute.
 */

export interface EcardFigure {
  readonly signed: number
  readonly checkedNoble: number
  readonly checkedNode: number
}

function perSecond(count: number, run: (index: number) => void): number {
  const started = process.hrtime.bigint()
  for (let index = 0; index < count; index += 1) run(index)
  return count / (Number(process.hrtime.bigint() - started) / 1e9)
}

export function measureEcard(count: number): EcardFigure {
  const signer = createEcardSigner([{ kid: 'bench', seed: randomBytes(32) }])
  const now = Math.floor(Date.now() / 1000)
  const claims = (index: number): EcardClaims => ({ c: `card-${String(index).padStart(8, '0')}`, m: '王*', b: ['senior70'], r: '330302', i: now, e: now + ecardTokenSeconds, n: `nonce-${String(index).padStart(8, '0')}` })
  const tokens: string[] = []
  const signed = perSecond(count, (index) => tokens.push(signer.sign(claims(index))))
  const keys = signer.publicKeys()
  const check = (verify: typeof nobleVerify) => (index: number) => {
    if (!verifyEcardToken(tokens[index] ?? '', keys, now, verify).ok) throw new Error('an e-card token the bench signed was refused')
  }
  return { signed, checkedNoble: perSecond(count, check(nobleVerify)), checkedNode: perSecond(count, check(nodeVerify)) }
}

/**
 * The online figure: a venue's checks recorded through the portal's own service, in this process,
 * on a temporary SQLite file — each a fresh code of one holder (72, of Lucheng) at Ouhai's park:
 * the signature checked with node:crypto, her card and facts read, her tier decided, the use
 * inserted under its unique nonce and its audit row chained. One check at a time, as one gate sends them.
 */
export async function measureEcardOnline(count: number): Promise<number> {
  // The codes are made for this moment and checked at it: the figure is the check's, not the clock's.
  const at = new Date()
  return onTemporarySqlite('ecard', at, async (deps) => {
    const { cardId, venueId } = await seedOneVenueAndHolder(deps, at)
    const issued = Math.floor(at.getTime() / 1000)
    const tokens = Array.from({ length: count }, (_, index) =>
      deps.ecardSigner.sign({ c: cardId, m: '王*', b: ['senior70'], r: '330302', i: issued, e: issued + ecardTokenSeconds, n: `bench-${String(index).padStart(10, '0')}` }),
    )
    const actor = { requestId: 'bench-ecard', actorUserId: venueId, subjectUserId: venueId, viaGrantId: null }
    const started = process.hrtime.bigint()
    for (const token of tokens) {
      const verdict = await recordEcardUse(deps, actor, venueId, { token })
      if (!verdict.ok || !verdict.value.admitted) throw new Error(`an e-card code the bench made was not admitted: ${JSON.stringify(verdict)}`)
    }
    return count / (Number(process.hrtime.bigint() - started) / 1e9)
  })
}

async function seedOneVenueAndHolder(deps: Deps, at: Date): Promise<{ cardId: string; venueId: string }> {
  const holderId = newId(deps.random)
  const venueId = newId(deps.random)
  const cardId = newId(deps.random)
  const created = at.toISOString()
  const idNumber = '330302195405060015'
  await deps.db.transaction(async (tx) => {
    await tx.insert(users).values([
      { id: holderId, roles: ['citizen'], createdAt: created },
      { id: venueId, roles: ['venue'], staffNameEnc: deps.sealer.seal('三垟湿地公园'), regionCode: '330304', createdAt: created },
    ])
    await tx.insert(realNames).values({ userId: holderId, nameEnc: deps.sealer.seal('王建平'), idNumberEnc: deps.sealer.seal(idNumber), idNumberIndex: deps.blindIndex('id_number', idNumber), regionCode: '330302', birthYear: 1954, boundAt: created })
    await tx.insert(cards).values({
      id: cardId,
      holderUserId: holderId,
      cardNumberEnc: deps.sealer.seal('A30200001'),
      cardNumberIndex: deps.blindIndex('card_number', 'A30200001'),
      cardNumberMasked: maskCardNumber('A30200001'),
      regionCode: '330302',
      issuingBank: '温州银行',
      issuedOn: '2020-01-01',
      validUntil: '2030-01-01',
      status: 'normal',
      createdAt: created,
      updatedAt: created,
    })
    await tx.insert(cardVenues).values({ userId: venueId, name: '三垟湿地公园', regionCode: '330304', kind: 'park', createdAt: created })
    await tx.insert(cardBenefitOpenings).values({ regionCode: '330304', kind: 'park', openToCity: true, updatedAt: created, updatedBy: null })
  })
  return { cardId, venueId }
}
