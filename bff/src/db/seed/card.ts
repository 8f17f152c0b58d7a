import type { OutletInput } from '@renshe/shared/card/applications'
import type { BenefitKind } from '@renshe/shared/card/benefits'
import { maskCardNumber } from '@renshe/shared/card/schemas'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { partnerKeyHash } from '../../platform/partner-access'
import { newId } from '../../platform/random'
import type { Tx } from '../database'
import { cardBenefitOpenings, cardOutlets, cards, cardVenues, partnerKeys, partners, users } from '../schema'
import { demoAccounts } from './demo-accounts'
import { register } from './register'
import { devPartnerKeys, seededRetireeIds } from './retiree'
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
  await seedCardBank(tx, at)
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
      issuerPartnerId: issuerPartnerOf[face.bank] ?? null,
      createdAt: at,
      updatedAt: at,
    })
  }
  await seedVenues(tx, deps, at)
  await seedBenefitOpenings(tx, ids, at)
  await seedOutlets(tx, ids, at)
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

/* ---- Outlets and the banks that serve them (decision 067) ---- */

/** Seeded ids tests and demos can name. */
export const seededCardIds = {
  partners: {
    /** 中国工商银行温州分行: a bank partner of level 2, so its counters hand over cards and take formal loss reports. */
    icbc: 'partner-bank-icbc',
  },
  outlets: {
    /** A community counter in Lucheng, served by 温州银行: applications and collection. */
    wuma: 'outlet-wuma',
    icbcLucheng: 'outlet-icbc-lucheng',
    wzbankLucheng: 'outlet-wzbank-lucheng',
    icbcOuhai: 'outlet-icbc-ouhai',
    /** Closed: kept, no longer offered. */
    icbcLongwan: 'outlet-icbc-longwan',
  },
} as const

/**
 * The banks of the demo cards that are registered partners: their counters report the cards they
 * issued lost formally. 温州银行 is the retiree seed's bank partner (level 2, for its card counter:
 * handing over and formal loss need it); 中国工商银行温州分行 is added here.
 */
const issuerPartnerOf: Readonly<Record<string, string>> = {
  温州银行: seededRetireeIds.partners.bank,
  中国工商银行温州分行: seededCardIds.partners.icbc,
}

/** The second bank partner, with its development key: before the cards, which name it. Draws nothing on the random stream. */
async function seedCardBank(tx: Tx, at: string): Promise<void> {
  const id = seededCardIds.partners.icbc
  await tx.insert(partners).values({ id, name: '中国工商银行温州分行', kind: 'bank', dataLevel: 2, createdAt: at })
  await tx.insert(partnerKeys).values({ id: `${id}-key`, partnerId: id, keyHash: partnerKeyHash(devPartnerKeys.icbc), createdAt: at, lastUsedAt: null, expiresAt: null, revokedAt: null })
}

const weekdaysAndSaturdayMorning = '周一至周五 9:00–17:00，周六 9:00–12:00'

/** Wenzhou's demo outlets, with the officer who keeps each (Longwan has no demo officer). Made-up addresses on real streets. */
export const demoOutlets: readonly (OutletInput & { readonly id: string; readonly keptBy: string | null })[] = [
  {
    id: seededCardIds.outlets.wuma,
    name: '五马街道社区服务中心',
    kind: 'community',
    partnerId: seededRetireeIds.partners.bank,
    regionCode: '330302',
    address: '温州市鹿城区解放街 128 号',
    lat: 28.0226,
    lng: 120.6528,
    services: ['apply', 'collect'],
    hours: weekdaysAndSaturdayMorning,
    open: true,
    keptBy: 'officer-liu',
  },
  {
    id: seededCardIds.outlets.icbcLucheng,
    name: '中国工商银行温州分行营业部',
    kind: 'bank',
    partnerId: seededCardIds.partners.icbc,
    regionCode: '330302',
    address: '温州市鹿城区车站大道 479 号',
    lat: 28.0124,
    lng: 120.6697,
    services: ['apply', 'collect', 'formal_loss', 'cancel'],
    hours: weekdaysAndSaturdayMorning,
    open: true,
    keptBy: 'officer-liu',
  },
  {
    id: seededCardIds.outlets.wzbankLucheng,
    name: '温州银行鹿城支行',
    kind: 'bank',
    partnerId: seededRetireeIds.partners.bank,
    regionCode: '330302',
    address: '温州市鹿城区人民西路 288 号',
    lat: 28.0187,
    lng: 120.6462,
    services: ['apply', 'collect', 'formal_loss', 'cancel'],
    hours: '周一至周五 8:30–17:00',
    open: true,
    keptBy: 'officer-liu',
  },
  {
    id: seededCardIds.outlets.icbcOuhai,
    name: '中国工商银行温州瓯海支行',
    kind: 'bank',
    partnerId: seededCardIds.partners.icbc,
    regionCode: '330304',
    address: '温州市瓯海区娄桥街道瓯海大道 1123 号',
    lat: 27.9663,
    lng: 120.6352,
    services: ['apply', 'collect', 'formal_loss'],
    hours: weekdaysAndSaturdayMorning,
    open: true,
    keptBy: 'officer-huang',
  },
  {
    id: seededCardIds.outlets.icbcLongwan,
    name: '中国工商银行温州龙湾支行',
    kind: 'bank',
    partnerId: seededCardIds.partners.icbc,
    regionCode: '330303',
    address: '温州市龙湾区永中街道永宁西路 567 号',
    lat: 27.9347,
    lng: 120.8102,
    services: ['apply', 'collect', 'formal_loss', 'cancel'],
    hours: '周一至周五 9:00–16:30',
    open: false,
    keptBy: null,
  },
]

/** Appended last of all: fixed ids, nothing drawn on the random stream. */
async function seedOutlets(tx: Tx, ids: ReadonlyMap<string, string>, at: string): Promise<void> {
  for (const { keptBy, lat, lng, ...outlet } of demoOutlets) {
    await tx.insert(cardOutlets).values({
      ...outlet,
      services: [...outlet.services],
      latMicrodegrees: Math.round(lat * 1_000_000),
      lngMicrodegrees: Math.round(lng * 1_000_000),
      updatedAt: at,
      updatedBy: keptBy ? (ids.get(keptBy) ?? null) : null,
    })
  }
}
