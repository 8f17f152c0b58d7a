import { z } from 'zod'
import { Cursor } from '../platform/primitives'
import { defineOperation } from '../platform/operation'
import { EndContractInput } from './ending'
import { Contract, ContractList, maxContractFileBytes, NewContract, SignatureInput, SigningSession, SigningStart, VerificationResult } from './schemas'

/*
 * Electronic labour contracts (issue 15, part 1; decision 073). The employer drafts, edits and
 * signs through its authorised person, then the worker reads and signs; both download the PDF at
 * any time; anyone holding the file checks it on the public page.
 */

const tags = ['contracts'] as const
const id = z.strictObject({ id: z.string().min(1).max(64) })
const employer = { kind: 'session', roles: ['employer'] } as const
const parties = { kind: 'session', roles: ['citizen', 'employer'] } as const
/** A contract is signed by the person herself: no grid staff, no grant. */
const signer = { kind: 'session', roles: ['citizen', 'employer'] } as const

export const createContract = defineOperation({
  id: 'contracts.createContract',
  method: 'post',
  path: '/contracts',
  summary: 'Draft a labour contract from a template for a worker named by her real name and ID number; refused terms (probation, end day, a wage below the local minimum) come back field by field',
  tags,
  access: employer,
  idempotent: true,
  successStatus: 201,
  body: NewContract,
  response: Contract,
})

export const updateContract = defineOperation({
  id: 'contracts.updateContract',
  method: 'put',
  path: '/contracts/:id',
  summary: 'Change a draft before the employer signs it',
  tags,
  access: employer,
  params: id,
  body: NewContract,
  response: Contract,
})

export const listMyContracts = defineOperation({
  id: 'contracts.listMyContracts',
  method: 'get',
  path: '/contracts',
  summary: 'My labour contracts: the worker’s (from the employer’s signature on), or the employer’s, newest first',
  tags,
  access: parties,
  query: Cursor.strict(),
  response: ContractList,
})

export const getContract = defineOperation({
  id: 'contracts.getContract',
  method: 'get',
  path: '/contracts/:id',
  summary: 'One contract, to its two parties: the whole text, the signatures, the document’s hash and timestamp, the evidence chain, and what the caller may do now',
  tags,
  access: parties,
  params: id,
  response: Contract,
})

export const recordReading = defineOperation({
  id: 'contracts.recordReading',
  method: 'post',
  path: '/contracts/:id/readings',
  summary: 'The worker has read the whole text (the page says so when its end was reached): recorded in the evidence chain, and signing is offered',
  tags,
  access: signer,
  params: id,
  body: z.strictObject({ device: z.string().trim().max(200).default('') }),
  response: Contract,
})

export const startSigning = defineOperation({
  id: 'contracts.startSigning',
  method: 'post',
  path: '/contracts/:id/signing',
  summary: 'Begin a signature with an identity check of the signer (the worker; the employer’s authorised person): the check’s session is the signer’s alone',
  tags,
  access: signer,
  rateLimit: 'verification',
  params: id,
  body: SigningStart,
  response: SigningSession,
})

export const signContract = defineOperation({
  id: 'contracts.signContract',
  method: 'post',
  path: '/contracts/:id/signatures',
  summary: 'Sign once the identity check has passed, in order (the employer, then the worker); the last signature makes the PDF, records its SHA-256 and timestamps it',
  tags,
  access: signer,
  idempotent: true,
  params: id,
  body: SignatureInput,
  response: Contract,
})

export const declineContract = defineOperation({
  id: 'contracts.declineContract',
  method: 'post',
  path: '/contracts/:id/decline',
  summary: 'The worker declines to sign, with her reason if she gives one',
  tags,
  access: signer,
  params: id,
  body: z.strictObject({ reason: z.string().trim().max(300, { message: 'field.tooLong' }).default('') }),
  response: Contract,
})

export const withdrawContract = defineOperation({
  id: 'contracts.withdrawContract',
  method: 'post',
  path: '/contracts/:id/withdraw',
  summary: 'The employer withdraws a contract the worker has not signed',
  tags,
  access: employer,
  params: id,
  response: Contract,
})

export const endContract = defineOperation({
  id: 'contracts.endContract',
  method: 'post',
  path: '/contracts/:id/ending',
  summary: 'The employer records the ending of a signed contract on a lawful ground (arts. 36–44) with the last working day, and issues the certificate of ending (art. 50) as a timestamped PDF; the worker is told',
  tags,
  access: employer,
  idempotent: true,
  params: id,
  body: EndContractInput,
  response: Contract,
})

export const downloadCertificate = defineOperation({
  id: 'contracts.downloadCertificate',
  method: 'get',
  path: '/contracts/:id/certificate',
  summary: 'The certificate of ending (art. 50) as a PDF, free, to either party while the contract is kept',
  tags,
  access: parties,
  params: id,
  response: z.object({ fileName: z.string(), sha256: z.string(), dataUrl: z.string() }),
})

export const downloadContract = defineOperation({
  id: 'contracts.downloadContract',
  method: 'get',
  path: '/contracts/:id/document',
  summary: 'The signed PDF, free, to either party at any time while it is kept',
  tags,
  access: parties,
  params: id,
  response: z.object({ fileName: z.string(), sha256: z.string(), dataUrl: z.string() }),
})

export const verifyContractFile = defineOperation({
  id: 'contracts.verifyContractFile',
  method: 'post',
  path: '/verify/contracts',
  summary: 'Public check of a contract PDF (no login; rate limited): valid, altered or unknown; never the worker’s name or ID number',
  tags,
  access: { kind: 'public' },
  rateLimit: 'verification',
  upload: { field: 'file', maxBytes: maxContractFileBytes },
  response: VerificationResult,
})

export const verifyContractHash = defineOperation({
  id: 'contracts.verifyContractHash',
  method: 'get',
  path: '/verify/contracts/:sha256',
  summary: 'Public check of a contract by the SHA-256 of its PDF (no login; rate limited): valid or unknown',
  tags,
  access: { kind: 'public' },
  rateLimit: 'verification',
  params: z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'contracts.hashFormat' }) }),
  response: VerificationResult,
})
