import type { BenefitKind } from '@renshe/shared/card/benefits'
import { maskCardNumber } from '@renshe/shared/card/schemas'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { newId } from '../../platform/random'
import type { Tx } from '../database'
import { cardBenefitOpenings, cards, cardVenues, users } from '../schema'
import { demoAccounts } from './demo-accounts'
import { register } from './register'
import type { SeedDeps } from './seed'

/**
 * The face of each demo citizen's card: its number (a letter and eight digits, made up), the
 * bank that issued it, and how many days before the seed's day it was issued (so it is always
 * issued in the past and valid for years yet).
 */
export const demoCardFaces: Readonly<Record<string, { readonly number: string; readonly bank: string; readonly issuedDaysAgo: number; readonly disabilityCertified?: boolean }>> = {
  'citizen-zhang': { number: 'A30231234', bank: '中国工商银行温州分行', issuedDaysAgo: 2380 },
  'elder-wang': { number: 'A30201877', bank: '温州银行', issuedDaysAgo: 3350 },
  // A disability certified by the disabled persons' federation: rides Lucheng's buses free.
  'worker-zhao': { number: 'A30288415', bank: '中国农业银行温州分行', issuedDaysAgo: 1720, disabilityCertified: true },
  'retiree-sun': { number: 'A30217346', bank: '中国工商银行温州分行', issuedDaysAgo: 3105 },
  'retiree-wu': { number: 'A30209512', bank: '温州银行', issuedDaysAgo: 2870 },
  'staff-chen': { number: 'A30264028', bank: '中国农业银行温州分行', issuedDaysAgo: 1960 },
}

/** Years a card is valid from its issue. */
const validYears = 10

/** The same day `years` on; 29 February becomes 28 February in a year without it. */
function yearsOn(date: string, years: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  const next = new Date(Date.UTC(year + years, month - 1, day))
  // 29 February of a year without it rolled over into March: back to the last day of February.
  if (next.getUTCMonth() !== month - 1) next.setUTCDate(0)
  return next.toISOString().slice(0, 10)
}

/**
 * One card, normal, for every demo citizen with a real name, in the region where she is insured
 * (else the one of her ID number). The number is sealed, found by its blind index, and kept
 * masked beside it. Then the demo venues and what the counties opened to the city (decision 066).
 * Seeded last: sealing draws on the random stream, and what the seed makes before keeps the
 * values it always had.
 */
export async function seedCards(tx: Tx, deps: SeedDeps, ids: ReadonlyMap<string, string>): Promise<void> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = chinaDate(now)
  for (const demo of demoAccounts) {
    const holderUserId = ids.get(demo.account)
    const face = demoCardFaces[demo.account]
    if (!holderUserId || !face || !demo.idNumber || !demo.roles.includes('citizen')) continue
    const issuedOn = addCalendarDays(today, -face.issuedDaysAgo)
    await tx.insert(cards).values({
      id: newId(deps.random, now.getTime()),
      holderUserId,
      cardNumberEnc: deps.sealer.seal(face.number),
      cardNumberIndex: deps.blindIndex('card_number', face.number),
      cardNumberMasked: maskCardNumber(face.number),
      regionCode: register.find((person) => person.idNumber === demo.idNumber)?.regionCode ?? demo.idNumber.slice(0, 6),
      issuingBank: face.bank,
      issuedOn,
      validUntil: yearsOn(issuedOn, validYears),
      status: 'normal',
      temporaryLossAt: null,
      temporaryLossUntil: null,
      disabilityCertified: face.disabilityCertified ?? false,
      createdAt: at,
      updatedAt: at,
    })
  }
  await seedVenues(tx, deps, at)
  await seedBenefitOpenings(tx, ids, at)
}

/** The kind of venue each demo venue account checks codes for; its county is the account's region. */
export const demoVenueKinds: Readonly<Record<string, BenefitKind>> = {
  'venue-park': 'park',
  'venue-bus': 'bus',
}

/** The demo venues' accounts (development login), each with its venue. Appended last: sealing their names draws on the random stream. */
async function seedVenues(tx: Tx, deps: SeedDeps, at: string): Promise<void> {
  for (const demo of demoAccounts) {
    const kind = demoVenueKinds[demo.account]
    if (!kind || !demo.regionCode || !demo.roles.includes('venue')) continue
    const id = newId(deps.random)
    await tx.insert(users).values({
      id,
      devAccount: demo.account,
      wechatOpenidIndex: null,
      wechatOpenidEnc: null,
      roles: [...demo.roles],
      staffNameEnc: deps.sealer.seal(demo.name),
      regionCode: demo.regionCode,
      staffCode: null,
      organization: demo.organization ?? null,
      createdAt: at,
    })
    await tx.insert(cardVenues).values({ userId: id, name: demo.name, regionCode: demo.regionCode, kind, createdAt: at })
  }
}

/**
 * What the pilot counties' officers have opened to the whole city: Ouhai its parks, Lucheng its
 * buses and museums. Longwan (330303) keeps its buses for its own holders.
 */
export const demoBenefitOpenings: readonly { readonly regionCode: string; readonly kind: BenefitKind; readonly by: string }[] = [
  { regionCode: '330304', kind: 'park', by: 'officer-huang' },
  { regionCode: '330302', kind: 'bus', by: 'officer-liu' },
  { regionCode: '330302', kind: 'museum', by: 'officer-liu' },
]

async function seedBenefitOpenings(tx: Tx, ids: ReadonlyMap<string, string>, at: string): Promise<void> {
  for (const opening of demoBenefitOpenings) {
    await tx.insert(cardBenefitOpenings).values({ regionCode: opening.regionCode, kind: opening.kind, openToCity: true, updatedAt: at, updatedBy: ids.get(opening.by) ?? null })
  }
}
