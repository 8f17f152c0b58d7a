import { defineOperation } from '../platform/operation'
import { BenefitOpening, CountyBenefits, CountyBenefitsQuery, EcardCode, EcardKeys, EcardUseRequest, EcardUseVerdict, MyBenefits, MyCard, MyCardAnswer, MyVenue, OpenedBenefit, RevealedCard } from './schemas'

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

/*
 * The e-card at venues and benefits across counties (decision 066). The holder's phone shows a
 * code that turns over every minute; a venue's phone checks it offline with the published keys
 * and its county's benefit, then records the use online, where a code already used at that venue
 * is refused. Officers open their county's benefits to the whole city and see their use.
 */

const venue = { kind: 'session', roles: ['venue'] } as const
const officer = { kind: 'session', roles: ['officer'] } as const

export const getEcardCode = defineOperation({
  id: 'card.getEcardCode',
  method: 'get',
  path: '/card/me/ecard',
  summary: 'A fresh e-card code for my screen, good for one minute; refused while the card is stopped',
  tags,
  access: holder,
  response: EcardCode,
})

export const getEcardKeys = defineOperation({
  id: 'card.getEcardKeys',
  method: 'get',
  path: '/card/ecard/keys',
  summary: "The portal's published e-card keys, the signing one first: what a verifier checks codes with offline",
  tags,
  access: { kind: 'public' },
  response: EcardKeys,
})

export const getMyBenefits = defineOperation({
  id: 'card.getMyBenefits',
  method: 'get',
  path: '/card/me/benefits',
  summary: "What my card gives me in each county of my city, and why (my categories by the county rules)",
  tags,
  access: holderOrHelper,
  response: MyBenefits,
})

export const getMyVenue = defineOperation({
  id: 'card.getMyVenue',
  method: 'get',
  path: '/card/venue',
  summary: "The venue this account checks codes for, with its county's benefit of its kind (for the offline check)",
  tags,
  access: venue,
  response: MyVenue,
})

export const recordEcardUse = defineOperation({
  id: 'card.recordEcardUse',
  method: 'post',
  path: '/card/venue/uses',
  summary: 'Check a code online and record its use at this venue: admitted with what the holder pays, or refused with why',
  tags,
  access: venue,
  idempotent: true,
  body: EcardUseRequest,
  response: EcardUseVerdict,
})

export const getCountyBenefits = defineOperation({
  id: 'card.getCountyBenefits',
  method: 'get',
  path: '/card/county-benefits',
  summary: "My county's card benefits, opened to the city or not, and their uses over a period (the last 30 days unless asked)",
  tags,
  access: officer,
  query: CountyBenefitsQuery,
  response: CountyBenefits,
})

export const setBenefitOpening = defineOperation({
  id: 'card.setBenefitOpening',
  method: 'post',
  path: '/card/county-benefits/opening',
  summary: "Open one of my county's benefits to holders from every county of the city, or keep it for the county's own",
  tags,
  access: officer,
  idempotent: true,
  body: BenefitOpening,
  response: OpenedBenefit,
})
