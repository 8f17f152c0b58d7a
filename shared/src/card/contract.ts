import { defineOperation } from '../platform/operation'
import { MyCard, MyCardAnswer, RevealedCard } from './schemas'

const tags = ['card'] as const

/*
 * The holder's own card (decision 065): read it masked, show it whole (recorded), and report it
 * lost for a while online — at night, when no counter is open — or take the report back. A grid
 * staff member with the `card.assist` scope of her grant may read it masked and report it for her;
 * only the holder shows it whole.
 */

const holderOrHelper = { kind: 'session', roles: ['citizen'], proxyScope: 'card.assist', realName: true } as const
const holder = { kind: 'session', roles: ['citizen'], realName: true } as const

export const getMyCard = defineOperation({
  id: 'card.getMyCard',
  method: 'get',
  path: '/card/me',
  summary: 'My citizen card, masked, with its status (null when none is issued)',
  tags,
  access: holderOrHelper,
  response: MyCardAnswer,
})

export const revealMyCard = defineOperation({
  id: 'card.revealMyCard',
  method: 'get',
  path: '/card/me/revealed',
  summary: "My card's number, name and social-security number shown whole; each time is recorded in my access log",
  tags,
  access: holder,
  response: RevealedCard,
})

export const reportCardLostTemporarily = defineOperation({
  id: 'card.reportCardLostTemporarily',
  method: 'post',
  path: '/card/me/temporary-loss',
  summary: "Report my card lost for now: it is stopped at once, and the report lifts by itself after my region's days",
  tags,
  access: holderOrHelper,
  idempotent: true,
  response: MyCard,
})

export const cancelTemporaryLoss = defineOperation({
  id: 'card.cancelTemporaryLoss',
  method: 'post',
  path: '/card/me/temporary-loss/cancel',
  summary: 'Take back my temporary loss report (the card was found): the card works again at once',
  tags,
  access: holderOrHelper,
  idempotent: true,
  response: MyCard,
})
