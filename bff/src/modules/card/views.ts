import { maskIdNumber, maskName } from '@renshe/shared/identity/masking'
import { temporaryLossDaysOf, type CardStatus, type MyCard } from '@renshe/shared/card/schemas'
import type { Sealer } from '../../platform/crypto'
import type { CardRow, HolderRow } from './repo'

/** The card's status as its holder sees it now, with when a temporary loss report lifts (null without one). */
export interface ShownStatus {
  readonly status: CardStatus
  readonly temporaryLossUntil: string | null
}

/**
 * A temporary loss report whose days have run is over at once, whatever the job has written yet:
 * the card shows normal from that moment (decision 065).
 */
export function shownStatusOf(card: Pick<CardRow, 'status' | 'temporaryLossUntil'>, now: Date): ShownStatus {
  if (card.status !== 'temporarily_lost') return { status: card.status, temporaryLossUntil: null }
  if (card.temporaryLossUntil === null || card.temporaryLossUntil <= now.toISOString()) return { status: 'normal', temporaryLossUntil: null }
  return { status: 'temporarily_lost', temporaryLossUntil: card.temporaryLossUntil }
}

/** The card masked: the number by its letter and last four digits, the holder's name and ID number masked. */
export function toMyCard(sealer: Pick<Sealer, 'open'>, card: CardRow, holder: HolderRow, now: Date): MyCard {
  return {
    id: card.id,
    cardNumberMasked: card.cardNumberMasked,
    holderMaskedName: maskName(sealer.open(holder.nameEnc)),
    socialSecurityNumberMasked: maskIdNumber(sealer.open(holder.idNumberEnc)),
    issuingBank: card.issuingBank,
    issuedOn: card.issuedOn,
    validUntil: card.validUntil,
    ...shownStatusOf(card, now),
    temporaryLossDays: temporaryLossDaysOf(card.regionCode),
  }
}
