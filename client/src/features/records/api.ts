import { getYearRecords, verifyCertificate } from '@renshe/shared/records/contract'
import type { InsuranceType } from '@renshe/shared/records/schemas'
import { call } from '../../lib/api'

export const yearRecords = (year: number, type: InsuranceType | null) =>
  call(getYearRecords, { params: { year }, query: type ? { type } : {} })

export const verifyCode = (code: string) => call(verifyCertificate, { params: { code } })
