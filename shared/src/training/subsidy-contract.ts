import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import {
  InstitutionAccount,
  InstitutionAccountInput,
  MySubsidyAnswer,
  MySubsidyApplication,
  MySubsidyInput,
  SubsidyApplication,
  SubsidyApplicationPage,
  SubsidyApprovalBatch,
  SubsidyApprovalResult,
  SubsidyDecline,
  SubsidyPaymentRun,
  SubsidyPaymentRunResult,
  SubsidyQuery,
} from './subsidy'

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
  summary: "Apply for the subsidy of my offset voucher after my pass, paid to me (my WeChat balance, or my citizen card if I hold one): once per voucher, within Zhejiang's rules",
  tags,
  access: holder,
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  params: id,
  body: MySubsidyInput,
  response: SubsidyApplication,
})

export const getMySubsidy = defineOperation({
  id: 'training.getMySubsidy',
  method: 'get',
  path: '/training/vouchers/:id/subsidy',
  summary: 'The subsidy application of my voucher, if there is one (null when none), with what confirming the receipt in WeChat needs while its payout waits for me, and my citizen card it can be paid onto (masked)',
  tags,
  access: holder,
  params: id,
  response: MySubsidyAnswer,
})

export const checkMySubsidyPayment = defineOperation({
  id: 'training.checkMySubsidyPayment',
  method: 'post',
  path: '/training/vouchers/:id/subsidy/payment-check',
  summary: 'After confirming the receipt in WeChat: ask the channel where the payout of my voucher’s subsidy stands, and record it',
  tags,
  access: holder,
  rateLimit: 'submission',
  params: id,
  response: z.object({ application: MySubsidyApplication }),
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

export const paySubsidies = defineOperation({
  id: 'training.paySubsidies',
  method: 'post',
  path: '/training/subsidies/payments',
  summary: 'Pay a run of approved applications of my region, each to its payee; the same run sent again pays nothing twice',
  tags,
  access: officer,
  idempotent: true,
  body: SubsidyPaymentRun,
  response: SubsidyPaymentRunResult,
})

export const getInstitutionAccount = defineOperation({
  id: 'training.getInstitutionAccount',
  method: 'get',
  path: '/training/institution/account',
  summary: "My institution's settlement account, masked (null when none is kept)",
  tags,
  access: institution,
  response: z.object({ account: InstitutionAccount.nullable() }),
})

export const setInstitutionAccount = defineOperation({
  id: 'training.setInstitutionAccount',
  method: 'put',
  path: '/training/institution/account',
  summary: "Keep or change my institution's settlement account, in the institution's registered name; payments not yet sent go to it",
  tags,
  access: institution,
  idempotent: true,
  body: InstitutionAccountInput,
  response: InstitutionAccount,
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
