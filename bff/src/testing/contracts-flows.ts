import { z } from 'zod'
import { Contract, ContractList, NewContract, SigningSession, VerificationResult } from '@renshe/shared/contracts/schemas'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { upload } from './uploads'

/** Steps of the contract tests, each through the API as the phones take them. */

export interface As {
  readonly token: string
  readonly idempotencyKey?: string
  readonly headers?: Record<string, string>
}

type ContractInput = z.input<typeof NewContract>

/** worker-zhao as the seed binds him: the worker the demo employer names. */
export const zhao = { name: '赵强', idNumber: '511321198803124572' } as const

/** The employer's authorised person who signs for 温州瓯江建设有限公司. */
export const signatory = { name: '陈国平', idNumber: '330302197805061239' } as const

/** A year's fixed-term contract for worker-zhao at employer-demo's site, in Lucheng, with `overrides` of the terms. */
export function zhaoContract(terms: Partial<ContractInput['terms']> = {}, overrides: Partial<ContractInput> = {}): ContractInput {
  return {
    kind: 'fixed_term',
    worker: zhao,
    regionCode: '330302',
    terms: {
      position: '钢筋工',
      workPlace: '鹿城区江滨西路 88 号瓯江府二期工地',
      startsOn: '2026-12-01',
      endsOn: '2027-11-30',
      task: '',
      probationMonths: 1,
      wageBasis: 'monthly',
      wageFen: 780_000,
      payDay: 15,
      hoursSystem: 'standard',
      socialInsurance: true,
      otherTerms: '',
      ...terms,
    },
    ...overrides,
  }
}

export function create(t: TestContext, as: As, body: unknown): Promise<Response> {
  return t.call('POST', '/api/contracts', { ...as, body })
}

export async function created(t: TestContext, as: As, body: ContractInput = zhaoContract()): Promise<Contract> {
  return expectOk(await create(t, as, body), Contract, 201)
}

export function update(t: TestContext, as: As, id: string, body: unknown): Promise<Response> {
  return t.call('PUT', `/api/contracts/${id}`, { ...as, body })
}

export function readContract(t: TestContext, as: As, id: string): Promise<Response> {
  return t.call('GET', `/api/contracts/${id}`, as)
}

export async function contractAs(t: TestContext, as: As, id: string): Promise<Contract> {
  return expectOk(await readContract(t, as, id), Contract)
}

export async function myContracts(t: TestContext, as: As, query = ''): Promise<ContractList> {
  return expectOk(await t.call('GET', `/api/contracts${query}`, as), ContractList)
}

export function recordReading(t: TestContext, as: As, id: string, device = ''): Promise<Response> {
  return t.call('POST', `/api/contracts/${id}/readings`, { ...as, body: { device } })
}

export async function read(t: TestContext, as: As, id: string, device = 'Redmi 12C · Android 13'): Promise<Contract> {
  return expectOk(await recordReading(t, as, id, device), Contract)
}

export function startSigning(t: TestContext, as: As, id: string, body: unknown = {}): Promise<Response> {
  return t.call('POST', `/api/contracts/${id}/signing`, { ...as, body })
}

export async function started(t: TestContext, as: As, id: string, body: unknown = {}): Promise<SigningSession> {
  return expectOk(await startSigning(t, as, id, body), SigningSession)
}

export function sign(t: TestContext, as: As, id: string, body: unknown): Promise<Response> {
  return t.call('POST', `/api/contracts/${id}/signatures`, { ...as, body })
}

/** A signature after a check the development verifier passes (or fails, with `outcome`). */
export function signWith(t: TestContext, as: As, id: string, session: SigningSession, outcome: 'pass' | 'fail' = 'pass', device = ''): Promise<Response> {
  return sign(t, as, id, { attemptId: session.attemptId, verifyId: session.verifyId, simulated: outcome, device })
}

/** The employer's authorised person checks and signs the draft: it goes to the worker. */
export async function signedByEmployer(t: TestContext, employer: string, id: string): Promise<Contract> {
  const session = await started(t, { token: employer }, id, { signatory, device: 'iPhone 15 · iOS 18' })
  return expectOk(await signWith(t, { token: employer }, id, session, 'pass', 'iPhone 15 · iOS 18'), Contract)
}

/** The worker reads the whole text, checks her face and signs: the contract is signed, its file made. */
export async function signedByWorker(t: TestContext, worker: string, id: string): Promise<Contract> {
  await read(t, { token: worker }, id)
  const session = await started(t, { token: worker }, id, { device: 'Redmi 12C · Android 13' })
  return expectOk(await signWith(t, { token: worker }, id, session, 'pass', 'Redmi 12C · Android 13'), Contract)
}

/** A contract drafted by employer-demo for worker-zhao and signed by both. */
export async function signedContract(t: TestContext, body: ContractInput = zhaoContract()): Promise<{ contract: Contract; employer: string; worker: string }> {
  const employer = await t.login('employer-demo')
  const worker = await t.login('worker-zhao')
  const draft = await created(t, { token: employer }, body)
  await signedByEmployer(t, employer, draft.id)
  return { contract: await signedByWorker(t, worker, draft.id), employer, worker }
}

export function decline(t: TestContext, as: As, id: string, reason = ''): Promise<Response> {
  return t.call('POST', `/api/contracts/${id}/decline`, { ...as, body: { reason } })
}

export function withdraw(t: TestContext, as: As, id: string): Promise<Response> {
  return t.call('POST', `/api/contracts/${id}/withdraw`, as)
}

export const ContractFile = z.object({ fileName: z.string(), sha256: z.string(), dataUrl: z.string() })

export function download(t: TestContext, as: As, id: string): Promise<Response> {
  return t.call('GET', `/api/contracts/${id}/document`, as)
}

/** The signed file's bytes, as a party downloads them. */
export async function downloaded(t: TestContext, as: As, id: string): Promise<{ fileName: string; sha256: string; bytes: Uint8Array }> {
  const file = await expectOk(await download(t, as, id), ContractFile)
  const [, base64 = ''] = file.dataUrl.split(';base64,')
  return { fileName: file.fileName, sha256: file.sha256, bytes: new Uint8Array(Buffer.from(base64, 'base64')) }
}

export function verifyHash(t: TestContext, sha256: string, headers: Record<string, string> = {}): Promise<Response> {
  return t.call('GET', `/api/verify/contracts/${sha256}`, { headers })
}

export function verifyFile(t: TestContext, bytes: Uint8Array, name = '劳动合同.pdf'): Promise<Response> {
  return upload(t, '/api/verify/contracts', { file: { name, bytes, type: 'application/pdf' } })
}

export async function verified(response: Response): Promise<VerificationResult> {
  return expectOk(response, VerificationResult)
}

/** The employer ends a signed contract (default: by mutual agreement it proposed, on `lastDay`). */
export function end(t: TestContext, as: As, id: string, body: unknown): Promise<Response> {
  return t.call('POST', `/api/contracts/${id}/ending`, { ...as, body })
}

export async function ended(t: TestContext, as: As, id: string, body: unknown): Promise<Contract> {
  return expectOk(await end(t, as, id, body), Contract)
}

export function downloadCertificate(t: TestContext, as: As, id: string): Promise<Response> {
  return t.call('GET', `/api/contracts/${id}/certificate`, as)
}

/** The certificate of ending's bytes, as a party downloads them. */
export async function downloadedCertificate(t: TestContext, as: As, id: string): Promise<{ fileName: string; sha256: string; bytes: Uint8Array }> {
  const file = await expectOk(await downloadCertificate(t, as, id), ContractFile)
  const [, base64 = ''] = file.dataUrl.split(';base64,')
  return { fileName: file.fileName, sha256: file.sha256, bytes: new Uint8Array(Buffer.from(base64, 'base64')) }
}
