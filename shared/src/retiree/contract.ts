import { z } from 'zod'
import { Cursor, Page } from '../platform/primitives'
import { defineOperation } from '../platform/operation'
import {
  AssistanceOffer,
  CertificationState,
  Coverage,
  DeathRecord,
  DeathRecordForReview,
  DeathRecordReversal,
  DeathRecordStatus,
  FaceOutcome,
  FaceStart,
  LifeSignal,
  maxVisitPhotoBytes,
  Overpayment,
  PartnerKey,
  PartnerReceipt,
  PartnerRegistration,
  PensionAccount,
  PensionerSummary,
  RegisteredPartner,
  RotatedPartnerKey,
  VisitForReview,
  VisitListItem,
  VisitPhoto,
  VisitPhotoContent,
  VisitReport,
  VisitReview,
  VisitTask,
} from './schemas'

const tags = ['retiree'] as const
const partnerTags = ['partner'] as const
/** The pensioner, or grid staff acting for them under a `retiree.assist` grant. */
const pensioner = { kind: 'session', roles: ['citizen'], proxyScope: 'retiree.assist', realName: true } as const
const gridStaff = { kind: 'session', roles: ['grid_staff'] } as const
const officer = { kind: 'session', roles: ['officer', 'supervisor'] } as const
const admin = { kind: 'session', roles: ['admin'] } as const
const id = z.strictObject({ id: z.string().min(1).max(64) })

export const getPensionAccount = defineOperation({
  id: 'retiree.getAccount',
  method: 'get',
  path: '/retiree/account',
  summary: 'My pension: status, monthly amount, survival certification and payment history',
  tags,
  access: pensioner,
  response: PensionAccount,
})

export const startFaceCertification = defineOperation({
  id: 'retiree.startFace',
  method: 'post',
  path: '/retiree/face',
  summary: 'Begin a face check for this cycle (the pensioner only, never by proxy)',
  tags,
  access: { kind: 'session', roles: ['citizen'], realName: true },
  rateLimit: 'submission',
  successStatus: 201,
  response: FaceStart,
})

export const finishFaceCertification = defineOperation({
  id: 'retiree.finishFace',
  method: 'post',
  path: '/retiree/face/:id/result',
  summary: 'Say the face check has run in its session; the server asks the provider whether it passed',
  tags,
  access: { kind: 'session', roles: ['citizen'], realName: true },
  rateLimit: 'submission',
  params: id,
  body: z.strictObject({
    /** The session the check ran in, as the start handed it out. */
    verifyId: z.string().min(1).max(256),
    /** Read by the development provider only (its labelled panel); WeChat's answer is WeChat's. */
    simulated: z.enum(['pass', 'fail']).optional(),
  }),
  response: FaceOutcome,
})

export const requestHomeVisit = defineOperation({
  id: 'retiree.requestHomeVisit',
  method: 'post',
  path: '/retiree/home-visit',
  summary: 'Ask a grid staff member to come and certify at home (once the face check failed three times)',
  tags,
  access: pensioner,
  idempotent: true,
  response: PensionAccount,
})

export const listAssistance = defineOperation({
  id: 'retiree.listAssistance',
  method: 'get',
  path: '/retiree/assistance',
  summary: 'Assistance the rules found I qualify for',
  tags,
  access: pensioner,
  response: z.object({ offers: z.array(AssistanceOffer) }),
})

export const confirmAssistance = defineOperation({
  id: 'retiree.confirmAssistance',
  method: 'post',
  path: '/retiree/assistance/:id/confirm',
  summary: 'Take up an offered benefit with one tap (confirming twice changes nothing)',
  tags,
  access: pensioner,
  params: id,
  response: AssistanceOffer,
})

export const listVisits = defineOperation({
  id: 'retiree.listVisits',
  method: 'get',
  path: '/retiree/visits',
  summary: 'Pensioners for me to certify at home: my tasks and those who granted me, nearest deadline first',
  tags,
  access: gridStaff,
  response: z.object({ items: z.array(VisitListItem) }),
})

export const openProxyVisit = defineOperation({
  id: 'retiree.openProxyVisit',
  method: 'post',
  path: '/retiree/visits/proxy',
  summary: 'Start a home visit for the pensioner I act for (returns the open one if there is one)',
  tags,
  access: { kind: 'session', roles: ['citizen'], proxyScope: 'retiree.assist', realName: true },
  idempotent: true,
  successStatus: 201,
  response: VisitTask,
})

export const getVisit = defineOperation({
  id: 'retiree.getVisit',
  method: 'get',
  path: '/retiree/visits/:id',
  summary: 'One home-visit task: its grid staff member, or an officer of its region',
  tags,
  access: { kind: 'session', roles: ['grid_staff', 'officer', 'supervisor'] },
  params: id,
  response: VisitTask,
})

export const uploadVisitPhoto = defineOperation({
  id: 'retiree.uploadVisitPhoto',
  method: 'post',
  path: '/retiree/visits/:id/photo',
  summary: 'The photo taken at the visit (a JPEG or PNG, checked by its content)',
  tags,
  access: gridStaff,
  params: id,
  upload: { field: 'file', maxBytes: maxVisitPhotoBytes },
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  response: VisitPhoto,
})

export const getVisitPhoto = defineOperation({
  id: 'retiree.getVisitPhoto',
  method: 'get',
  path: '/retiree/visits/:id/photo',
  summary: "A visit's photo: its grid staff member, or an officer of its region",
  tags,
  access: { kind: 'session', roles: ['grid_staff', 'officer', 'supervisor'] },
  params: id,
  response: VisitPhotoContent,
})

export const submitVisit = defineOperation({
  id: 'retiree.submitVisit',
  method: 'post',
  path: '/retiree/visits/:id/report',
  summary: 'Certify at home: checklist, photo and place; the time is the server’s; an officer reviews it',
  tags,
  access: gridStaff,
  idempotent: true,
  params: id,
  body: VisitReport,
  response: VisitTask,
})

export const getCoverage = defineOperation({
  id: 'retiree.getCoverage',
  method: 'get',
  path: '/retiree/office/coverage',
  summary: "Certification coverage of the officer's region, by state and method",
  tags,
  access: officer,
  response: Coverage,
})

export const listPensioners = defineOperation({
  id: 'retiree.listPensioners',
  method: 'get',
  path: '/retiree/office/pensioners',
  summary: "Pensioners of the officer's region in one state, nearest deadline first",
  tags,
  access: officer,
  query: Cursor.extend({ state: CertificationState.default('overdue') }).strict(),
  response: Page(PensionerSummary),
})

export const assignVisit = defineOperation({
  id: 'retiree.assignVisit',
  method: 'post',
  path: '/retiree/office/pensioners/:id/visit',
  summary: "Ask the grid staff of the pensioner's grid to certify them at home",
  tags,
  access: officer,
  idempotent: true,
  params: id,
  successStatus: 201,
  response: VisitTask,
})

export const listVisitsToReview = defineOperation({
  id: 'retiree.listVisitsToReview',
  method: 'get',
  path: '/retiree/office/visits',
  summary: "Home visits of the officer's region waiting for review, oldest first",
  tags,
  access: officer,
  response: z.object({ items: z.array(VisitForReview) }),
})

export const reviewVisit = defineOperation({
  id: 'retiree.reviewVisit',
  method: 'post',
  path: '/retiree/office/visits/:id/review',
  summary: 'Confirm a home visit, or reject it with a reason (the certification then does not count)',
  tags,
  access: officer,
  idempotent: true,
  params: id,
  body: VisitReview,
  response: VisitForReview,
})

export const listOverpayments = defineOperation({
  id: 'retiree.listOverpayments',
  method: 'get',
  path: '/retiree/office/overpayments',
  summary: "Pension paid after death, to recover, in the officer's region",
  tags,
  access: officer,
  response: z.object({ items: z.array(Overpayment) }),
})

export const listDeathRecords = defineOperation({
  id: 'retiree.listDeathRecords',
  method: 'get',
  path: '/retiree/office/deaths',
  summary: "Partners' death records in the officer's region, by status: all pending ones, oldest first; the 100 newest confirmed or reversed",
  tags,
  access: officer,
  query: z.strictObject({ status: DeathRecordStatus.default('pending') }),
  response: z.object({ items: z.array(DeathRecordForReview) }),
})

export const getDeathRecord = defineOperation({
  id: 'retiree.getDeathRecord',
  method: 'get',
  path: '/retiree/office/deaths/:id',
  summary: "One death record of the officer's region",
  tags,
  access: officer,
  params: id,
  response: DeathRecordForReview,
})

export const confirmDeathRecord = defineOperation({
  id: 'retiree.confirmDeathRecord',
  method: 'post',
  path: '/retiree/office/deaths/:id/confirm',
  summary: 'Confirm a pending death record: the pension stops, and pension paid after the death is to be recovered',
  tags,
  access: officer,
  idempotent: true,
  params: id,
  response: DeathRecordForReview,
})

export const reverseDeathRecord = defineOperation({
  id: 'retiree.reverseDeathRecord',
  method: 'post',
  path: '/retiree/office/deaths/:id/reverse',
  summary: 'Find a death record wrong, with the reason: the pension is restored and what was held is paid',
  tags,
  access: officer,
  idempotent: true,
  params: id,
  body: DeathRecordReversal,
  response: DeathRecordForReview,
})

export const registerPartner = defineOperation({
  id: 'retiree.registerPartner',
  method: 'post',
  path: '/retiree/partners',
  summary: 'Register a partner department and issue its key (shown once)',
  tags,
  access: admin,
  successStatus: 201,
  body: PartnerRegistration,
  response: RegisteredPartner,
})

export const listPartnerKeys = defineOperation({
  id: 'retiree.listPartnerKeys',
  method: 'get',
  path: '/retiree/partner-keys',
  summary: "Partner departments' keys: whose, which data level, made and last used when, and whether they work (never the keys)",
  tags,
  access: admin,
  response: z.object({ items: z.array(PartnerKey) }),
})

export const rotatePartnerKey = defineOperation({
  id: 'retiree.rotatePartnerKey',
  method: 'post',
  path: '/retiree/partner-keys/:id/rotate',
  summary: 'Issue a new key in place of a working one (shown once); the old key works on for the grace period, then stops',
  tags,
  access: admin,
  params: id,
  successStatus: 201,
  response: RotatedPartnerKey,
})

export const revokePartnerKey = defineOperation({
  id: 'retiree.revokePartnerKey',
  method: 'post',
  path: '/retiree/partner-keys/:id/revoke',
  summary: 'Revoke a partner key: refused from its very next call, on every instance',
  tags,
  access: admin,
  params: id,
  response: PartnerKey,
})

export const sendLifeSignal = defineOperation({
  id: 'partner.sendLifeSignal',
  method: 'post',
  path: '/partner/life-signals',
  summary: 'A sign of life of a person (hospital visit, bank counter, transit ride); the same signalId twice counts once',
  tags: partnerTags,
  access: { kind: 'partner', dataLevel: 1 },
  rateLimit: 'partner',
  successStatus: 201,
  body: LifeSignal,
  response: PartnerReceipt,
})

export const sendDeathRecord = defineOperation({
  id: 'partner.sendDeathRecord',
  method: 'post',
  path: '/partner/death-records',
  summary: 'A death record from civil affairs (data level 2): stops the pension from the next month',
  tags: partnerTags,
  access: { kind: 'partner', dataLevel: 2 },
  rateLimit: 'partner',
  successStatus: 201,
  body: DeathRecord,
  response: PartnerReceipt,
})
