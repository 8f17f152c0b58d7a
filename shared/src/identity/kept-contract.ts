import { defineOperation } from '../platform/operation'
import { KeptConfirmation, KeptPerson, KeptPersonInput, KeptProfileAnswer } from './kept'

const tags = ['identity'] as const

/*
 * A resident with no account, registered in person by a grid staff member of her region, and
 * what she finds of it when she first binds her real name (decision 055).
 */

export const registerKeptPerson = defineOperation({
  id: 'identity.registerKeptPerson',
  method: 'post',
  path: '/assist/kept-people',
  summary: 'Register a resident who has no account, with her present and agreeing on a signed paper form; I keep her job wishes under a jobs.assist grant',
  tags,
  access: { kind: 'session', roles: ['grid_staff'] },
  idempotent: true,
  rateLimit: 'realName',
  body: KeptPersonInput,
  response: KeptPerson,
})

export const getKeptProfile = defineOperation({
  id: 'identity.getKeptProfile',
  method: 'get',
  path: '/me/kept-profile',
  summary: 'What a grid staff member kept for me before I had an account, or null',
  tags,
  access: { kind: 'session', roles: ['citizen'] },
  response: KeptProfileAnswer,
})

export const confirmKeptProfile = defineOperation({
  id: 'identity.confirmKeptProfile',
  method: 'post',
  path: '/me/kept-profile/confirm',
  summary: 'Confirm what a grid staff member kept for me: the account is mine; the grant stays or ends as I say',
  tags,
  access: { kind: 'session', roles: ['citizen'] },
  body: KeptConfirmation,
  response: KeptProfileAnswer,
})

export const refuseKeptProfile = defineOperation({
  id: 'identity.refuseKeptProfile',
  method: 'post',
  path: '/me/kept-profile/refuse',
  summary: 'Refuse what a grid staff member kept for me: the kept job profile is removed at once, the applications the staff member sent for me that no employer has acted on are withdrawn, and the grant ends',
  tags,
  access: { kind: 'session', roles: ['citizen'] },
  response: KeptProfileAnswer,
})
