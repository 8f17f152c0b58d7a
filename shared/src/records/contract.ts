import { z } from 'zod'
import { Cursor, Page } from '../platform/primitives'
import { defineOperation } from '../platform/operation'
import {
  Certificate,
  CertificateListItem,
  CertificatePurpose,
  CertificateVerification,
  InsuranceType,
  Period,
  RecordsSummary,
  RegionCertificate,
  VerificationCode,
  YearRecords,
} from './schemas'

const tags = ['records'] as const

export const getRecordsSummary = defineOperation({
  id: 'records.getSummary',
  method: 'get',
  path: '/records/summary',
  summary: 'Contribution summary by insurance type, with gaps',
  tags,
  access: { kind: 'session', roles: ['citizen'], proxyScope: 'records.read', realName: true },
  response: RecordsSummary,
})

export const getYearRecords = defineOperation({
  id: 'records.getYear',
  method: 'get',
  path: '/records/years/:year',
  summary: 'Monthly contributions of one year, optionally of one insurance type',
  tags,
  access: { kind: 'session', roles: ['citizen'], proxyScope: 'records.read', realName: true },
  params: z.strictObject({ year: z.coerce.number({ message: 'year.range' }).int({ message: 'year.range' }).min(1990, { message: 'year.range' }).max(2100, { message: 'year.range' }) }),
  query: z.strictObject({ type: InsuranceType.optional() }),
  response: YearRecords,
})

export const issueCertificate = defineOperation({
  id: 'records.issueCertificate',
  method: 'post',
  path: '/records/certificates',
  summary: 'Issue a participation certificate (参保证明) with a verification code and QR code',
  tags,
  access: { kind: 'session', roles: ['citizen'], proxyScope: 'records.certificate', realName: true },
  idempotent: true,
  successStatus: 201,
  body: z.strictObject({
    purpose: CertificatePurpose,
    types: z.array(InsuranceType).min(1, { message: 'field.choose' }).max(InsuranceType.options.length),
    period: Period.optional(),
  }),
  response: Certificate,
})

export const listCertificates = defineOperation({
  id: 'records.listCertificates',
  method: 'get',
  path: '/records/certificates',
  summary: 'Certificates I have been issued',
  tags,
  access: { kind: 'session', roles: ['citizen'], proxyScope: 'records.read', realName: true },
  response: z.object({ certificates: z.array(CertificateListItem) }),
})

export const getCertificate = defineOperation({
  id: 'records.getCertificate',
  method: 'get',
  path: '/records/certificates/:id',
  summary: 'One certificate: its holder, or an officer of the holder region',
  tags,
  access: { kind: 'session', roles: ['citizen', 'officer'], proxyScope: 'records.read' },
  params: z.strictObject({ id: z.string().min(1).max(64) }),
  response: Certificate,
})

export const listRegionCertificates = defineOperation({
  id: 'records.listRegionCertificates',
  method: 'get',
  path: '/records/region/certificates',
  summary: "Certificates issued to people of the officer's region",
  tags,
  access: { kind: 'session', roles: ['officer'] },
  query: Cursor,
  response: Page(RegionCertificate),
})

export const verifyCertificate = defineOperation({
  id: 'records.verifyCertificate',
  method: 'get',
  path: '/verify/certificates/:code',
  summary: 'Public check of a certificate by its verification code (no login; rate limited)',
  tags,
  access: { kind: 'public' },
  rateLimit: 'verification',
  params: z.strictObject({ code: VerificationCode }),
  response: CertificateVerification,
})
