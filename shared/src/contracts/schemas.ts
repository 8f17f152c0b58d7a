import { z } from 'zod'
import { RegionCode } from '../identity/roles'
import { IdNumber, PersonName } from '../identity/schemas'
import { IsoDate, Timestamp } from '../platform/primitives'
import { Fen } from '../records/schemas'
import { ContractEnding } from './ending'

/*
 * Electronic labour contracts (issue 15, part 1; decision 073; 人社厅发〔2021〕54号). The employer
 * drafts from one of the portal's templates and signs through its authorised person; the worker
 * reads the whole text, then signs; each signature follows an identity check. The signed contract
 * is a PDF whose SHA-256 the portal timestamps with its own key, and anyone holding the file can
 * check it on a public page.
 */

/**
 * The templates: a fixed-term, open-ended or per-task contract (劳动合同法 arts. 12–15), a
 * part-time agreement (arts. 68–72), and the written agreement with a platform worker of the 2021
 * guidance on new forms of employment (人社部发〔2021〕56号).
 */
export const ContractKind = z.enum(['fixed_term', 'open_ended', 'per_task', 'part_time', 'platform_agreement'])
export type ContractKind = z.infer<typeof ContractKind>

/** 标准工时, 综合计算工时, 不定时工作制: the last two need the office's approval. */
export const HoursSystem = z.enum(['standard', 'comprehensive', 'flexible'])
export type HoursSystem = z.infer<typeof HoursSystem>

export const WageBasis = z.enum(['monthly', 'hourly', 'piece'])
export type WageBasis = z.infer<typeof WageBasis>

const text = (min: number, max: number) =>
  z
    .string({ message: 'field.required' })
    .trim()
    .min(1, { message: 'field.required', abort: true })
    .min(min, { message: 'field.tooShort' })
    .max(max, { message: 'field.tooLong' })

/**
 * The terms the employer fills in. Which are required, and the limits the law sets on them
 * (probation, end day, a wage not below the local minimum), are `checkTerms`' (terms.ts), so the
 * form and the service give the same field messages.
 */
export const ContractTerms = z.strictObject({
  position: text(2, 50),
  workPlace: text(2, 100),
  startsOn: IsoDate,
  /** Fixed-term contracts end on a day; the others have none (a per-task contract ends with its task). */
  endsOn: IsoDate.nullable(),
  /** What the per-task contract is for (以完成一定工作任务为期限); empty for the others. */
  task: z.string().trim().max(200, { message: 'field.tooLong' }).default(''),
  /** Months of probation; none for per-task and part-time work (arts. 19, 70). */
  probationMonths: z.number().int().min(0).max(6),
  wageBasis: WageBasis,
  /** The wage in fen: a month's, an hour's, or a piece's. */
  wageFen: Fen.positive({ message: 'contracts.wageRequired' }).max(100_000_000),
  /** The day of the month wages are paid (part-time work: every 15 days at most, art. 72). */
  payDay: z.number().int().min(1).max(31),
  hoursSystem: HoursSystem,
  /** Social insurance (for a platform worker: occupational injury protection) paid by the employer. */
  socialInsurance: z.boolean(),
  otherTerms: z.string().trim().max(1000, { message: 'field.tooLong' }).default(''),
})
export type ContractTerms = z.infer<typeof ContractTerms>

export const NewContract = z.strictObject({
  kind: ContractKind,
  /** The worker, by her real name and ID number: she signs from the account bound to that number. */
  worker: z.strictObject({ name: PersonName, idNumber: IdNumber }),
  /** The county where the work is done: its minimum wage applies. */
  regionCode: RegionCode,
  terms: ContractTerms,
})
export type NewContract = z.infer<typeof NewContract>

/**
 * Drafted → the employer's authorised person signs → awaiting the worker → signed; the worker may
 * decline, the employer withdraw before she signs; a signed contract ends on its day or when ended.
 */
export const ContractStatus = z.enum(['draft', 'awaiting_worker', 'signed', 'declined', 'withdrawn', 'ended'])
export type ContractStatus = z.infer<typeof ContractStatus>

export const ContractSigner = z.enum(['employer', 'worker'])
export type ContractSigner = z.infer<typeof ContractSigner>

/** The evidence chain: who viewed, checked, signed, downloaded, and when, from which device. */
export const ContractEventKind = z.enum([
  'drafted',
  'updated',
  'viewed',
  'identity_checked',
  'identity_check_failed',
  'signed',
  'timestamped',
  'declined',
  'withdrawn',
  'downloaded',
  'ended',
])
export type ContractEventKind = z.infer<typeof ContractEventKind>

export const ContractEvent = z.object({
  kind: ContractEventKind,
  at: Timestamp,
  by: z.enum(['employer', 'worker', 'system']),
  /** The device as its browser or WeChat named it (model, system), for the evidence chain. */
  device: z.string().nullable(),
  /** How an identity was checked (face, by the provider named), or why a signing was declined. */
  detail: z.string().nullable(),
})
export type ContractEvent = z.infer<typeof ContractEvent>

/** One clause of the text, as the page shows it and the PDF prints it. */
export const Clause = z.object({ heading: z.string(), text: z.string() })
export type Clause = z.infer<typeof Clause>

export const ContractSummary = z.object({
  id: z.string(),
  contractNumber: z.string(),
  kind: ContractKind,
  status: ContractStatus,
  employerName: z.string(),
  workerMaskedName: z.string(),
  position: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable(),
  updatedAt: Timestamp,
})
export type ContractSummary = z.infer<typeof ContractSummary>

export const Contract = ContractSummary.extend({
  employerCreditCode: z.string(),
  /** The worker's name whole to herself and to the employer that named her; her ID number masked. */
  workerName: z.string(),
  workerMaskedIdNumber: z.string(),
  regionCode: z.string(),
  terms: ContractTerms,
  /** The whole text, in Chinese (the text signed); `translation` in English when asked in English, for reading only. */
  clauses: z.array(Clause),
  translation: z.array(Clause).nullable(),
  signatures: z.array(z.object({ signer: ContractSigner, name: z.string(), at: Timestamp, check: z.string() })),
  /** Once signed: the PDF's SHA-256 and the portal's timestamp over it. */
  document: z.object({ sha256: z.string(), size: z.number().int(), timestampedAt: Timestamp }).nullable(),
  /** Kept at least until this day (two years after it ends); null while it runs without an end. */
  keepUntil: IsoDate.nullable(),
  events: z.array(ContractEvent),
  myRole: ContractSigner,
  /** What the caller may do now: the worker reads the whole text before `sign` is offered. */
  allowedActions: z.array(z.enum(['edit', 'sign', 'decline', 'withdraw', 'download', 'end', 'download_certificate', 'renew'])),
  /** The worker has read the whole text of this version. */
  readByWorker: z.boolean(),
  /** Once ended: the ground, the last day, and the certificate of ending (art. 50). */
  ending: ContractEnding.nullable(),
  /**
   * To the employer, when it may renew (a fixed term near its end, or ended by expiry): how many
   * fixed-term contracts in a row it has signed with her, this one included; from two, she may
   * require an open-ended one (劳动合同法 art. 14 para. 2 (3)).
   */
  renewal: z.object({ consecutiveFixedTerms: z.number().int().positive(), mayRequireOpenEnded: z.boolean() }).nullable(),
})
export type Contract = z.infer<typeof Contract>

export const ContractList = z.object({ items: z.array(ContractSummary), nextCursor: z.string().nullable() })
export type ContractList = z.infer<typeof ContractList>

/**
 * A signing begins with an identity check of the signer: the worker herself; for the employer, its
 * authorised person, named here. The check's session is the signer's alone, never shown to the
 * other side.
 */
export const SigningStart = z.strictObject({
  /** The employer's authorised person (法定代表人或委托代理人); the worker gives none. */
  signatory: z.strictObject({ name: PersonName, idNumber: IdNumber }).optional(),
  device: z.string().trim().max(200).default(''),
})

export const SigningSession = z.object({
  attemptId: z.string(),
  /** The provider's session for the phone's check; the development verifier says so. */
  verifyId: z.string(),
  provider: z.enum(['wechat', 'development']),
})
export type SigningSession = z.infer<typeof SigningSession>

export const SignatureInput = z.strictObject({
  attemptId: z.string().min(1).max(64),
  verifyId: z.string().min(1).max(256),
  /** Read by the development verifier only (its labelled panel); WeChat's answer is WeChat's. */
  simulated: z.enum(['pass', 'fail']).optional(),
  device: z.string().trim().max(200).default(''),
})

/** The largest PDF the public check reads: a signed contract is well under it. (Not in contract.ts, whose every export is an operation.) */
export const maxContractFileBytes = 5 * 1024 * 1024

/** The answer of the public check: never the worker's name or ID number, nor the terms. */
export const VerificationResult = z.object({
  result: z.enum(['valid', 'altered', 'unknown']),
  /** Which of the portal's files it is: the signed contract, or the certificate of its ending (art. 50). */
  documentKind: z.enum(['contract', 'ending_certificate']).nullable(),
  /** For `valid` (and `altered`, when the file names a contract of ours): what the holder can confirm. */
  contract: z
    .object({
      contractNumber: z.string(),
      kind: ContractKind,
      employerName: z.string(),
      signedAt: Timestamp,
      timestampedAt: Timestamp,
      status: ContractStatus,
    })
    .nullable(),
  sha256: z.string(),
})
export type VerificationResult = z.infer<typeof VerificationResult>
