import { pageLink } from '@renshe/shared/platform/pages'
import type { Tx } from '../../db/database'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import type { CardRow } from './repo'

type CardTemplate = 'card.temporaryLossReported' | 'card.temporaryLossCancelled' | 'card.temporaryLossLifted'

/**
 * The holder's inbox message of a change of her card, in the transaction of the change: the card
 * by its masked number (never the whole one), with the way to it.
 */
export async function tell(tx: Tx, deps: Pick<Deps, 'random'>, now: Date, card: CardRow, template: CardTemplate, params: Readonly<Record<string, string>> = {}): Promise<void> {
  await notify(tx, deps.random, now, { userId: card.holderUserId, template, params: { cardNumberMasked: card.cardNumberMasked, ...params }, link: pageLink('myCard') })
}
