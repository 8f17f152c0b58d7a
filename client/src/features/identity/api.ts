import {
  findStaff,
  giveConsent,
  listAccessLog,
  revokeProxyGrant,
  withdrawConsent,
} from '@renshe/shared/identity/contract'
import type { ConsentPurpose } from '@renshe/shared/identity/schemas'
import { call } from '../../lib/api'

export const agreeTo = (purpose: ConsentPurpose, version: string) => call(giveConsent, { body: { purpose, version } })

export const withdraw = (purpose: ConsentPurpose) => call(withdrawConsent, { params: { purpose } })

export const lookUpStaff = (staffCode: string) => call(findStaff, { params: { staffCode } })

export const revokeGrant = (id: string) => call(revokeProxyGrant, { params: { id } })

export const accessLogPage = (cursor: string | undefined) =>
  call(listAccessLog, { query: cursor ? { cursor, limit: 30 } : { limit: 30 } })
