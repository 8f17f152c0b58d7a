import { pageLink, type PageName } from '@renshe/shared/platform/pages'
import type { Tx } from '../../db/database'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import type { CardRow } from './repo'

type CardTemplate = 'card.temporaryLossReported' | 'card.temporaryLossCancelled' | 'card.temporaryLossLifted' | 'card.reportedLostAtCounter'

/**
 * The holder's inbox message of a change of her card, in the transaction of the change: the card
 * by its masked number (never the whole one), with the way to it.
 */
export async function tell(tx: Tx, deps: Pick<Deps, 'random'>, now: Date, card: CardRow, template: CardTemplate, params: Readonly<Record<string, string>> = {}): Promise<void> {
  await notify(tx, deps.random, now, { userId: card.holderUserId, template, params: { cardNumberMasked: card.cardNumberMasked, ...params }, link: pageLink('myCard') })
}

type ApplicationTemplate = 'card.applicationReceived' | 'card.cardProduced' | 'card.cardAtOutlet' | 'card.cardCollected'

/** Where each step's message takes her: her application while it runs, her card once collected. */
const pageOf: Record<ApplicationTemplate, PageName> = {
  'card.applicationReceived': 'cardApplication',
  'card.cardProduced': 'cardApplication',
  'card.cardAtOutlet': 'cardApplication',
  'card.cardCollected': 'myCard',
}

/** A step of her application, in the transaction of the step: the new card by its masked number only. */
export async function tellStep(tx: Tx, deps: Pick<Deps, 'random'>, now: Date, holderUserId: string, template: ApplicationTemplate, params: Readonly<Record<string, string>>): Promise<void> {
  await notify(tx, deps.random, now, { userId: holderUserId, template, params, link: pageLink(pageOf[template]) })
}
