import { z } from 'zod'
import { IsoDate, Timestamp } from '../platform/primitives'

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
