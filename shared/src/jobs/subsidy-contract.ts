import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { MySubsidy, MySubsidyApplication, SubsidyApplication, SubsidyApplicationInput, SubsidyDecision, SubsidyReviewItem, SubsidyReviewPage, SubsidyReviewQuery } from './subsidy'

const tags = ['jobs'] as const

/*
 * The flexible worker's social-insurance subsidy (decision 054): the worker applies with one tap
 * (from the inbox offer or the subsidy page) and sees where it stands; an officer of the
 * worker's region confirms the facts and decides; the money goes out through the payment channel,
 * or onto her citizen card when she chose it (decision 068).
 */

const worker = { kind: 'session', roles: ['citizen'], realName: true } as const
const workerOrHelper = { kind: 'session', roles: ['citizen'], proxyScope: 'jobs.assist', realName: true } as const
const reviewer = { kind: 'session', roles: ['officer'] } as const
const id = z.strictObject({ id: z.string().min(1).max(64) })

export const getMySubsidy = defineOperation({
  id: 'jobs.getMySubsidy',
  method: 'get',
  path: '/jobs/subsidy',
  summary: 'My flexible-worker subsidy: the paid months I may apply for, and my applications with their decisions and payouts',
  tags,
  access: workerOrHelper,
  response: MySubsidy,
})

export const applySubsidy = defineOperation({
  id: 'jobs.applySubsidy',
  method: 'post',
  path: '/jobs/subsidy/applications',
  summary: 'Apply for the subsidy of my paid months not yet applied for, to be paid to my WeChat balance or onto my citizen card: one tap, one application at a time, a retry returns the same one',
  tags,
  access: worker,
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  body: SubsidyApplicationInput,
  response: SubsidyApplication,
})

export const checkSubsidyPayout = defineOperation({
  id: 'jobs.checkSubsidyPayout',
  method: 'post',
  path: '/jobs/subsidy/applications/:id/payout-check',
  summary: 'Ask the payment channel again where the payout of my approved application stands (after I confirmed the receipt in WeChat): only while it is on its way',
  tags,
  access: worker,
  rateLimit: 'submission',
  params: id,
  response: MySubsidyApplication,
})

export const listSubsidyApplications = defineOperation({
  id: 'jobs.listSubsidyApplications',
  method: 'get',
  path: '/jobs/subsidy/applications',
  summary: 'Subsidy applications of my region, oldest first, by status',
  tags,
  access: reviewer,
  query: SubsidyReviewQuery,
  response: SubsidyReviewPage,
})

export const decideSubsidy = defineOperation({
  id: 'jobs.decideSubsidy',
  method: 'post',
  path: '/jobs/subsidy/applications/:id/decision',
  summary: 'Approve a subsidy application of my region with the facts I confirmed (the rules set the amount, paid out at once), or decline it with a reason',
  tags,
  access: reviewer,
  params: id,
  body: SubsidyDecision,
  response: SubsidyReviewItem,
})
