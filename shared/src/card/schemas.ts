import { z } from 'zod'
import { RegionCode } from '../identity/roles'
import { IsoDate, Timestamp } from '../platform/primitives'
import { BenefitCategory, BenefitKind, CountyBenefit, TierFor } from './benefits'

/*
 * The citizen card (社会保障卡 / 市民卡) as its holder sees it (decision 065). The social-security
 * number is the ID number (社会保险法 art. 58); the number on the card's face is a letter and
 * eight digits. Shown masked; the holder may show it whole, and each time is recorded.
 */

/**
 * `normal`; `temporarily_lost`: reported lost online, lifts by itself after the region's days;
 * `lost`: reported lost at the counter (formal); `being_replaced`: a replacement is being made;
 * `cancelled`.
 */
export const CardStatus = z.enum(['normal', 'temporarily_lost', 'lost', 'being_replaced', 'cancelled'])
export type CardStatus = z.infer<typeof CardStatus>

/** The number on the card's face: one capital letter and eight digits. */
export const CardNumber = z.string().regex(/^[A-Z]\d{8}$/)

export const MyCard = z.object({
  id: z.string(),
  /** `A****5678`: the letter and the last four digits. */
  cardNumberMasked: z.string(),
  holderMaskedName: z.string(),
  /** The ID number, masked (`330302********1234`). */
  socialSecurityNumberMasked: z.string(),
  issuingBank: z.string(),
  issuedOn: IsoDate,
  validUntil: IsoDate,
  status: CardStatus,
  /** When a temporary loss report lifts by itself; null when there is none. */
  temporaryLossUntil: Timestamp.nullable(),
  /** The card's region's number of days a temporary loss report lasts (7 or 10 in use). */
  temporaryLossDays: z.number().int(),
})
export type MyCard = z.infer<typeof MyCard>

/** Null: no card issued yet. */
export const MyCardAnswer = z.object({ card: MyCard.nullable() })
export type MyCardAnswer = z.infer<typeof MyCardAnswer>

/** The card's details shown whole, at the holder's own request (recorded in her access log). */
export const RevealedCard = z.object({
  cardNumber: CardNumber,
  holderName: z.string(),
  socialSecurityNumber: z.string(),
})
export type RevealedCard = z.infer<typeof RevealedCard>

/**
 * Days a temporary loss report lasts before it lifts by itself, by region (county code); a county
 * not listed uses its city's, then `defaultTemporaryLossDays`. Local data, not a national rule:
 * 7 and 10 are both in use.
 */
export const temporaryLossDaysByRegion: Readonly<Record<string, number>> = {
  '330300': 7,
  '330304': 10,
}
export const defaultTemporaryLossDays = 7

export function temporaryLossDaysOf(regionCode: string): number {
  return temporaryLossDaysByRegion[regionCode] ?? temporaryLossDaysByRegion[`${regionCode.slice(0, 4)}00`] ?? defaultTemporaryLossDays
}

/** `A****5678` */
export function maskCardNumber(cardNumber: string): string {
  return `${cardNumber.slice(0, 1)}****${cardNumber.slice(-4)}`
}

/* ---- The e-card and benefits across counties (decision 066) ---- */

/** A rotating e-card code for the holder's screen: the token for the QR code and its minute. */
export const EcardCode = z.object({
  token: z.string(),
  kid: z.string(),
  issuedAt: Timestamp,
  expiresAt: Timestamp,
  /** Signed by the development key (no keys configured): the page says so. */
  development: z.boolean(),
})
export type EcardCode = z.infer<typeof EcardCode>

/** The keys a verifier holds to check tokens offline, the signing one first; each the raw 32-byte Ed25519 key in base64url. */
export const EcardKeys = z.object({
  keys: z.array(z.object({ kid: z.string(), publicKey: z.string() })),
  development: z.boolean(),
})
export type EcardKeys = z.infer<typeof EcardKeys>

/** One county benefit as a holder or a venue sees it, with whether the county opened it to the whole city. */
export const OpenedBenefit = CountyBenefit.extend({ openToCity: z.boolean() })
export type OpenedBenefit = z.infer<typeof OpenedBenefit>

export const EntitlementView = z.discriminatedUnion('entitled', [
  z.object({ entitled: z.literal(true), payPercent: z.number().int(), because: TierFor }),
  z.object({ entitled: z.literal(false), reason: z.enum(['not_open', 'no_tier']) }),
])

/** "My benefits": her categories (with the rule's reason), and every county benefit of her city with what she gets there. */
export const MyBenefits = z.object({
  homeRegionCode: z.string(),
  categories: z.array(BenefitCategory),
  /** Her age in whole years today: "年满 70 周岁". */
  age: z.number().int(),
  benefits: z.array(OpenedBenefit.extend({ entitlement: EntitlementView })),
  /** Null when she holds no card: the benefits are listed, none is hers until one is issued. */
  cardStatus: CardStatus.nullable(),
})
export type MyBenefits = z.infer<typeof MyBenefits>

/** The venue a `venue` account checks codes for: its county's benefit of its kind. */
export const MyVenue = z.object({
  name: z.string(),
  regionCode: z.string(),
  kind: BenefitKind,
  /** Null when its county has no benefit of this kind: every holder pays full price. */
  benefit: OpenedBenefit.nullable(),
})
export type MyVenue = z.infer<typeof MyVenue>

/**
 * A code to check and record. `checkedAt`: when the venue's phone admitted it offline, for a use
 * uploaded later (the network was down): the portal checks the code as of then, within a day, and
 * records the use at that time.
 */
export const EcardUseRequest = z.strictObject({ token: z.string().min(1).max(600), checkedAt: Timestamp.optional() })

/** How late a use admitted offline may still be uploaded. */
export const ecardUploadWithinHours = 24
export type EcardUseRequest = z.infer<typeof EcardUseRequest>

/**
 * Why a venue's online check refused a code: the token's own refusals (decision 064), a code
 * already used at this venue, a card stopped since (reported lost, cancelled), a holder this
 * venue's benefit is not for.
 */
export const EcardUseRefusal = z.enum(['malformed', 'unknown_key', 'bad_signature', 'expired', 'not_yet_valid', 'already_used', 'card_stopped', 'not_open', 'no_tier'])
export type EcardUseRefusal = z.infer<typeof EcardUseRefusal>

/** The online check's verdict: admitted (the use recorded) or refused, with the holder's masked name when the code was genuine. */
export const EcardUseVerdict = z.discriminatedUnion('admitted', [
  z.object({
    admitted: z.literal(true),
    useId: z.string(),
    holderMaskedName: z.string(),
    homeRegionCode: z.string(),
    payPercent: z.number().int(),
    because: TierFor,
    usedAt: Timestamp,
  }),
  z.object({ admitted: z.literal(false), reason: EcardUseRefusal, holderMaskedName: z.string().nullable() }),
])
export type EcardUseVerdict = z.infer<typeof EcardUseVerdict>

/** One line of a county's usage: uses of one benefit by one tier, from its own holders and from the rest of the city. */
export const BenefitUsageLine = z.object({
  kind: BenefitKind,
  because: TierFor,
  fromHomeCounty: z.number().int(),
  fromOtherCounties: z.number().int(),
})

/** An officer's county: its benefits, opened or not, and their uses over a period (China dates, both included). */
export const CountyBenefits = z.object({
  regionCode: z.string(),
  from: IsoDate,
  to: IsoDate,
  benefits: z.array(OpenedBenefit),
  usage: z.array(BenefitUsageLine),
})
export type CountyBenefits = z.infer<typeof CountyBenefits>

/** `regionCode`: the county a city or provincial officer asks about (within their region); a county officer's own otherwise. */
export const CountyBenefitsQuery = z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional(), regionCode: RegionCode.optional() })

export const BenefitOpening = z.strictObject({ kind: BenefitKind, openToCity: z.boolean() })
export type BenefitOpening = z.infer<typeof BenefitOpening>
