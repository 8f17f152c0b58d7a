import { fillPath, type Operation } from '@renshe/shared/platform/operation'
import { cardSamples } from './card-samples'
import { contractsSamples } from './contracts-samples'
import { disputesSamples } from './disputes-samples'
import type { CallOptions, TestContext } from './harness'
import { injurySamples } from './injury-samples'
import { jobsApplicationSamples } from './jobs-application-samples'
import { jobsInsuranceSamples } from './jobs-insurance-samples'
import { jobsSubsidySamples } from './jobs-subsidy-samples'
import { jobsSamples } from './jobs-samples'
import { keptResident } from './kept-flows'
import { payrollSamples } from './payroll-samples'
import { retireeSamples } from './retiree-samples'
import { retireeVisitSamples } from './retiree-visit-samples'
import { trainingSamples } from './training-samples'
import { upload, type UploadFile } from './uploads'
import { wagesSamples } from './wages-samples'

export interface Sample {
  readonly params?: Record<string, string>
  readonly query?: Record<string, string>
  readonly body?: unknown
  /** The file of an upload operation, sent as multipart/form-data in the operation's field. */
  readonly file?: UploadFile
}

/** Well-formed but unknown: passes validation, names nothing that exists. */
export const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

/**
 * One well-formed request per operation, for the tests that walk every route. An operation
 * added to the contract without a sample here makes the walk fail, so no route goes untested.
 */
export const samples: Readonly<Record<string, Sample>> = {
  'identity.loginProviders': {},
  'identity.listDemoAccounts': {},
  'identity.devLogin': { body: { account: 'citizen-zhang' } },
  'identity.wechatLogin': { body: { code: 'wx-login-code' } },
  'identity.logout': {},
  'identity.getMe': {},
  'identity.bindRealName': { body: { name: '李娜', idNumber: '330304198807214523' } },
  'identity.listConsentDocuments': {},
  'identity.listConsents': {},
  'identity.giveConsent': { body: { purpose: 'proxy.sharing', version: '2026-11' } },
  'identity.withdrawConsent': { params: { purpose: 'proxy.sharing' } },
  'identity.findStaff': { params: { staffCode: 'WG330302001' } },
  'identity.createProxyGrant': { body: { staffCode: 'WG330302002', scopes: ['records.read'], days: 30 } },
  'identity.listProxyGrants': {},
  'identity.revokeProxyGrant': { params: { id: unknownId } },
  'identity.listProxyClients': {},
  'identity.listAccessLog': { query: { limit: '10' } },
  'identity.registerKeptPerson': { body: keptResident },
  'identity.getKeptProfile': {},
  'identity.confirmKeptProfile': { body: { keepGrant: true } },
  'identity.refuseKeptProfile': {},
  'inbox.listMessages': { query: { limit: '10' } },
  'inbox.markRead': { params: { id: unknownId } },
  'inbox.listPending': {},
  'records.getSummary': {},
  'records.getYear': { params: { year: '2024' }, query: { type: 'pension' } },
  'records.issueCertificate': { body: { purpose: 'school_enrollment', types: ['pension'] } },
  'records.listCertificates': {},
  'records.getCertificate': { params: { id: unknownId } },
  'records.listRegionCertificates': { query: { limit: '10' } },
  'records.verifyCertificate': { params: { code: '7KQ2-M9XD-4TPA' } },
  ...wagesSamples,
  ...payrollSamples,
  ...retireeSamples,
  ...retireeVisitSamples,
  ...jobsSamples,
  ...jobsApplicationSamples,
  ...jobsInsuranceSamples,
  ...jobsSubsidySamples,
  ...trainingSamples,
  ...cardSamples,
  ...disputesSamples,
  ...injurySamples,
  ...contractsSamples,
}

export interface SampleRequest {
  readonly method: string
  readonly path: string
  readonly body?: unknown
  readonly file?: UploadFile
}

export function sampleRequest(operation: Operation): SampleRequest {
  const sample = samples[operation.id]
  if (!sample) throw new Error(`No sample request for ${operation.id}: add one to testing/operation-samples.ts`)
  const query = sample.query ? `?${new URLSearchParams(sample.query).toString()}` : ''
  const path = `/api${fillPath(operation.path, sample.params)}${query}`
  const method = operation.method.toUpperCase()
  return {
    method,
    path,
    ...(sample.body !== undefined ? { body: sample.body } : {}),
    ...(sample.file !== undefined ? { file: sample.file } : {}),
  }
}

/** Sends an operation's sample request; `options` add a token, a grant, headers or another body. */
export function callSample(t: TestContext, operation: Operation, options: CallOptions = {}): Promise<Response> {
  const request = sampleRequest(operation)
  const file = samples[operation.id]?.file
  if (file) return upload(t, request.path, { ...options, method: request.method, file, field: operation.upload?.field ?? 'file' })
  return t.call(request.method, request.path, {
    ...(request.body !== undefined ? { body: request.body } : {}),
    ...options,
  })
}

/** `METHOD /path`, to name the operation in an assertion message. */
export function describeOperation(operation: Operation): string {
  return `${operation.id} (${operation.method.toUpperCase()} ${operation.path})`
}
