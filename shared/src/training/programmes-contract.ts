import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { NewProgramme } from './new-programme'
import { InstitutionApproval, Programme, ProgrammePage, ProgrammeQuery, TrainingInstitutions } from './schemas'

const tags = ['training'] as const

/*
 * Training voucher programmes (decision 060): an officer opens one for her region, sees its
 * ledger and stops it issuing. Apart from the holder's operations, whose packages need neither
 * this form nor the occupation table it checks against.
 */

const officer = { kind: 'session', roles: ['officer'] } as const
const id = z.strictObject({ id: z.string().min(1).max(64) })

export const createProgramme = defineOperation({
  id: 'training.createProgramme',
  method: 'post',
  path: '/training/programmes',
  summary: 'Open a training voucher programme for my region: who it reaches, what it covers and pays per level, until when and how many',
  tags,
  access: officer,
  idempotent: true,
  successStatus: 201,
  body: NewProgramme,
  response: Programme,
})

export const listProgrammes = defineOperation({
  id: 'training.listProgrammes',
  method: 'get',
  path: '/training/programmes',
  summary: 'The programmes of my region, newest first, each with its ledger of vouchers',
  tags,
  access: officer,
  query: ProgrammeQuery,
  response: ProgrammePage,
})

export const getProgramme = defineOperation({
  id: 'training.getProgramme',
  method: 'get',
  path: '/training/programmes/:id',
  summary: 'One programme of my region, with its ledger of vouchers',
  tags,
  access: officer,
  params: id,
  response: Programme,
})

export const closeProgramme = defineOperation({
  id: 'training.closeProgramme',
  method: 'post',
  path: '/training/programmes/:id/close',
  summary: 'Stop a programme of my region issuing vouchers: no more are pushed or claimed, those already out stay valid',
  tags,
  access: officer,
  params: id,
  response: Programme,
})

export const approveInstitutions = defineOperation({
  id: 'training.approveInstitutions',
  method: 'post',
  path: '/training/programmes/:id/institutions',
  summary: 'Approve more training institutions of my region for a programme of my region: its vouchers can then be spent on their courses; those approved already stay',
  tags,
  access: officer,
  params: id,
  body: InstitutionApproval,
  response: Programme,
})

export const listInstitutions = defineOperation({
  id: 'training.listInstitutions',
  method: 'get',
  path: '/training/institutions',
  summary: 'The training institutions of my region, to approve for a programme',
  tags,
  access: officer,
  response: TrainingInstitutions,
})
