import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { PartnerReceipt } from '../retiree/schemas'
import { ApplicationCollection, ApplicationStep, CardApplication, FormalLossReport, MyApplicationAnswer, NewCardApplication, Outlet, OutletInput, OutletList, OutletsQuery, PartnerApplicationList, PartnerApplicationsQuery, RegionOutlets } from './applications'
import { CardReconciliation, CardReconciliationQuery, CreditConfirmationResult, CreditConfirmations, maxCreditFileBytes, MyCardPayments, MyCardPaymentsQuery, PartnerCreditList, PartnerCreditsQuery } from './money'
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

/*
 * Applying for a card and collecting it, and the outlets (decision 067). The holder (or grid
 * staff under `card.assist`) applies and follows the steps; officers keep their region's outlets;
 * the bank that serves the chosen outlet reports production through the partner API, and its
 * counter — at the higher data level — hands over the card and takes formal loss reports of the
 * cards it issued.
 */

const bankPartner = (dataLevel: 1 | 2) => ({ kind: 'partner', dataLevel }) as const
const partnerTags = ['partner'] as const

export const listOutlets = defineOperation({
  id: 'card.listOutlets',
  method: 'get',
  path: '/card/outlets',
  summary: 'Open outlets that handle card business, nearest first when a point is given, else those of my county first',
  tags,
  access: holderOrHelper,
  query: OutletsQuery,
  response: OutletList,
})

export const applyForCard = defineOperation({
  id: 'card.applyForCard',
  method: 'post',
  path: '/card/me/applications',
  summary: 'Apply for my first card or a replacement, to collect at the outlet I choose; a replacement stops the old card',
  tags,
  access: holderOrHelper,
  idempotent: true,
  successStatus: 201,
  body: NewCardApplication,
  response: CardApplication,
})

export const getMyApplication = defineOperation({
  id: 'card.getMyApplication',
  method: 'get',
  path: '/card/me/application',
  summary: 'My card application, live or latest, step by step',
  tags,
  access: holderOrHelper,
  response: MyApplicationAnswer,
})

export const listRegionOutlets = defineOperation({
  id: 'card.listRegionOutlets',
  method: 'get',
  path: '/card/region-outlets',
  summary: "My region's outlets, open and closed, with the bank partners that may serve them",
  tags,
  access: officer,
  response: RegionOutlets,
})

export const createOutlet = defineOperation({
  id: 'card.createOutlet',
  method: 'post',
  path: '/card/region-outlets',
  summary: 'Add an outlet in my region',
  tags,
  access: officer,
  idempotent: true,
  successStatus: 201,
  body: OutletInput,
  response: Outlet,
})

export const updateOutlet = defineOperation({
  id: 'card.updateOutlet',
  method: 'put',
  path: '/card/region-outlets/:id',
  summary: 'Change an outlet of my region: its services, hours, place, or close it',
  tags,
  access: officer,
  params: z.strictObject({ id: z.string().min(1).max(64) }),
  body: OutletInput,
  response: Outlet,
})

export const partnerListApplications = defineOperation({
  id: 'card.partnerListApplications',
  method: 'get',
  path: '/partner/card-applications',
  summary: "The bank's production queue: applications to collect at the outlets it serves, by status",
  tags: partnerTags,
  access: bankPartner(1),
  rateLimit: 'partner',
  query: PartnerApplicationsQuery,
  response: PartnerApplicationList,
})

export const partnerReportApplicationStep = defineOperation({
  id: 'card.partnerReportApplicationStep',
  method: 'post',
  path: '/partner/card-applications/:id/steps',
  summary: 'A production step of an application at an outlet this bank serves: produced (with the new number), then at the outlet; the same reference twice counts once',
  tags: partnerTags,
  access: bankPartner(1),
  rateLimit: 'partner',
  params: z.strictObject({ id: z.string().min(1).max(64) }),
  body: ApplicationStep,
  response: PartnerReceipt,
})

export const partnerRecordCollection = defineOperation({
  id: 'card.partnerRecordCollection',
  method: 'post',
  path: '/partner/card-applications/:id/collection',
  summary: 'The holder collected her card at the counter (her ID checked there): the new card works, the old one is cancelled',
  tags: partnerTags,
  access: bankPartner(2),
  rateLimit: 'partner',
  params: z.strictObject({ id: z.string().min(1).max(64) }),
  body: ApplicationCollection,
  response: PartnerReceipt,
})

export const partnerReportCardLost = defineOperation({
  id: 'card.partnerReportCardLost',
  method: 'post',
  path: '/partner/cards/lost',
  summary: 'A formal loss report taken at the counter of the bank that issued the card; answers the same whoever the card is',
  tags: partnerTags,
  access: bankPartner(2),
  rateLimit: 'partner',
  body: FormalLossReport,
  response: PartnerReceipt,
})

/*
 * Money paid onto the card (decision 068). The holder (or grid staff under `card.assist`) sees
 * what was paid onto her card and what waits; the bank that issued the card lists what it is to
 * credit and confirms it by API or by a file, each payment moving once whatever is sent again;
 * officers read their region's reconciliation of a day.
 */

export const getMyCardPayments = defineOperation({
  id: 'card.getMyCardPayments',
  method: 'get',
  path: '/card/me/payments',
  summary: 'Payments onto my card, newest first: credited, on their way, or held for a card that works',
  tags,
  access: holderOrHelper,
  query: MyCardPaymentsQuery,
  response: MyCardPayments,
})

export const getCardReconciliation = defineOperation({
  id: 'card.getCardReconciliation',
  method: 'get',
  path: '/card/reconciliation',
  summary: "A day's reconciliation of payments onto the cards of my region, bank by bank, with what does not match (yesterday unless asked)",
  tags,
  access: officer,
  query: CardReconciliationQuery,
  response: CardReconciliation,
})

export const partnerListCredits = defineOperation({
  id: 'card.partnerListCredits',
  method: 'get',
  path: '/partner/card-credits',
  summary: 'Payments this bank is to credit onto cards it issued, oldest first',
  tags: partnerTags,
  access: bankPartner(2),
  rateLimit: 'partner',
  query: PartnerCreditsQuery,
  response: PartnerCreditList,
})

export const partnerConfirmCredits = defineOperation({
  id: 'card.partnerConfirmCredits',
  method: 'post',
  path: '/partner/card-credits/confirmations',
  summary: 'Credited or failed, payment by payment: each moves once, whatever is sent again',
  tags: partnerTags,
  access: bankPartner(2),
  rateLimit: 'partner',
  body: CreditConfirmations,
  response: CreditConfirmationResult,
})

export const partnerUploadCreditFile = defineOperation({
  id: 'card.partnerUploadCreditFile',
  method: 'post',
  path: '/partner/card-credits/files',
  summary: "The bank's confirmation file (CSV, UTF-8 or GBK): the same file again moves nothing and answers its first result",
  tags: partnerTags,
  access: bankPartner(2),
  rateLimit: 'partner',
  upload: { field: 'file', maxBytes: maxCreditFileBytes },
  response: CreditConfirmationResult,
})
