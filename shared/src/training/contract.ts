import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { MyTraining, Voucher } from './schemas'

const tags = ['training'] as const

/*
 * Training vouchers as their holder sees them (decision 060): targeted vouchers pushed to her,
 * general ones claimed while they last, all under "My training". The officer's operations are in
 * programmes-contract.ts.
 */

const holder = { kind: 'session', roles: ['citizen'], realName: true } as const
const id = z.strictObject({ id: z.string().min(1).max(64) })

export const getMyTraining = defineOperation({
  id: 'training.getMine',
  method: 'get',
  path: '/training/me',
  summary: 'My training vouchers, newest first, and the general programmes I may still claim a voucher of',
  tags,
  access: holder,
  response: MyTraining,
})

export const claimVoucher = defineOperation({
  id: 'training.claimVoucher',
  method: 'post',
  path: '/training/programmes/:id/claim',
  summary: 'Claim a voucher of a general programme I qualify for, while any are left: one per person and programme, a retry returns the same voucher',
  tags,
  access: holder,
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  params: id,
  response: Voucher,
})

export const acceptVoucher = defineOperation({
  id: 'training.acceptVoucher',
  method: 'post',
  path: '/training/vouchers/:id/accept',
  summary: 'Accept a voucher pushed to me (one tap from the inbox): it is mine to spend until it expires',
  tags,
  access: holder,
  params: id,
  response: Voucher,
})
