import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { SubsidyApplication, SubsidyApplicationPage, SubsidyApprovalBatch, SubsidyApprovalResult, SubsidyDecline, SubsidyQuery } from './subsidy'

const tags = ['training'] as const

/*
 * Training subsidies (decision 062): applied for after a pass by the institution (face value) or
 * the holder (offset), approved by the region's officers in batches.
 */

const holder = { kind: 'session', roles: ['citizen'], realName: true } as const
const institution = { kind: 'session', roles: ['institution'] } as const
const officer = { kind: 'session', roles: ['officer'] } as const
const id = z.strictObject({ id: z.string().min(1).max(64) })
const page = z.strictObject({ cursor: z.string().max(80).optional(), limit: z.coerce.number().int().min(1).max(50).default(20) })

export const applyForTraineeSubsidy = defineOperation({
  id: 'training.applyForTraineeSubsidy',
  method: 'post',
  path: '/training/institution/enrolments/:id/subsidy',
  summary: "Apply for the subsidy of a trainee's face-value voucher, after her pass, for my institution: once per voucher, within Zhejiang's rules",
  tags,
  access: institution,
  idempotent: true,
  successStatus: 201,
  params: id,
  response: SubsidyApplication,
})

export const listInstitutionSubsidies = defineOperation({
  id: 'training.listInstitutionSubsidies',
  method: 'get',
  path: '/training/institution/subsidies',
  summary: "My institution's subsidy applications, newest first",
  tags,
  access: institution,
  query: page,
  response: SubsidyApplicationPage,
})

export const applyForMySubsidy = defineOperation({
  id: 'training.applyForMySubsidy',
  method: 'post',
  path: '/training/vouchers/:id/subsidy',
  summary: "Apply for the subsidy of my offset voucher after my pass, paid to me: once per voucher, within Zhejiang's rules",
  tags,
  access: holder,
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  params: id,
  response: SubsidyApplication,
})

export const getMySubsidy = defineOperation({
  id: 'training.getMySubsidy',
  method: 'get',
  path: '/training/vouchers/:id/subsidy',
  summary: 'The subsidy application of my voucher, if there is one (null when none)',
  tags,
  access: holder,
  params: id,
  response: z.object({ application: SubsidyApplication.nullable() }),
})

export const listSubsidyApplications = defineOperation({
  id: 'training.listSubsidyApplications',
  method: 'get',
  path: '/training/subsidies',
  summary: 'Subsidy applications of my region of one status, the oldest first (the order they are decided in)',
  tags,
  access: officer,
  query: SubsidyQuery,
  response: SubsidyApplicationPage,
})

export const approveSubsidies = defineOperation({
  id: 'training.approveSubsidies',
  method: 'post',
  path: '/training/subsidies/approvals',
  summary: 'Approve a batch of applications of my region; each is approved once, and the same batch sent again approves nothing twice',
  tags,
  access: officer,
  idempotent: true,
  body: SubsidyApprovalBatch,
  response: SubsidyApprovalResult,
})

export const declineSubsidy = defineOperation({
  id: 'training.declineSubsidy',
  method: 'post',
  path: '/training/subsidies/:id/decline',
  summary: 'Decline an application of my region with a reason: the voucher returns to its result, and a corrected application can be made again',
  tags,
  access: officer,
  params: id,
  body: SubsidyDecline,
  response: SubsidyApplication,
})
